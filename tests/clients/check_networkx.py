#!/usr/bin/python3
"""Read a stancegraph export with NetworkX (and igraph for GraphML) and check it
against the stance records it was built from.

usage: check_networkx.py graphml|gexf|json FILE FIXTURE.jsonl [--multi]

The expected graph is computed here from the records, independently of the C++ code:
one edge per (source, target, sign) for stances and per (member, bloc, relation) for
memberships (one per record with --multi); weight = sum of record weights, each at
least 0.01; first/last = earliest/latest dated record. Exit 0 when everything matches,
1 with a message otherwise.
"""
import collections
import json
import sys

import networkx as nx

MIN_WEIGHT = 0.01
MEMBERSHIP = {"member_of", "observer_of"}


def expected(fixture, multi):
    records = [json.loads(line) for line in open(fixture, encoding="utf-8") if line.strip()]
    names = {}
    groups = collections.OrderedDict()
    for i, r in enumerate(records):
        for end in ("source", "target"):
            names.setdefault(r[end], r.get(end + "_name") or r[end])
        if r["source"] == r["target"]:
            continue
        member = r["relation"] in MEMBERSHIP
        key = (r["source"], r["target"], "m" if member else "s",
               r["relation"] if member else r["sign"], i if multi else 0)
        g = groups.setdefault(key, {"sign": 0 if member else r["sign"], "weight": 0.0,
                                    "count": 0, "dates": []})
        g["weight"] += max(r.get("weight", 0.5), MIN_WEIGHT)
        g["count"] += 1
        if r.get("date"):
            g["dates"].append(r["date"])
    edges = collections.Counter()
    for (s, t, _, _, _), g in groups.items():
        first = min(g["dates"]) if g["dates"] else ""
        last = max(g["dates"]) if g["dates"] else ""
        edges[(s, t, g["sign"], round(g["weight"], 6), g["count"], first, last)] += 1
    return names, edges


def fail(message):
    print("check_networkx: " + message, file=sys.stderr)
    sys.exit(1)


def compare(client, names, edges, got_nodes, got_edges):
    if len(got_nodes) != len(names):
        fail(f"{client}: {len(got_nodes)} nodes, expected {len(names)}")
    for node_id, label in got_nodes.items():
        if names.get(node_id) != label:
            fail(f"{client}: node {node_id!r} has label {label!r}, expected {names.get(node_id)!r}")
    if sum(got_edges.values()) != sum(edges.values()):
        fail(f"{client}: {sum(got_edges.values())} edges, expected {sum(edges.values())}")
    if got_edges != edges:
        fail(f"{client}: edges differ\n  only in file: {got_edges - edges}\n"
             f"  only in records: {edges - got_edges}")
    for s, t, sign, weight, *_ in got_edges:
        if not weight > 0:
            fail(f"{client}: edge {s}->{t} has weight {weight}")


def date_text(value):
    return "" if value is None else str(value)


def final(value):
    """A dynamic GEXF attribute reads as [(value, start, end), ...]: its last value."""
    if isinstance(value, list) and value and isinstance(value[-1], tuple):
        return value[-1][0]
    return value


def edge_key(s, t, d):
    d = {k: final(d[k]) if k in d else None for k in ("sign", "weight", "count", "first", "last")}
    return (s, t, int(d["sign"]), round(float(d["weight"]), 6), int(d["count"]),
            date_text(d.get("first")), date_text(d.get("last")))


def check_networkx_graph(client, g, names, edges):
    if not g.is_directed():
        fail(f"{client}: graph is not directed")
    # GraphML node ids are NMTOKEN-encoded; the "actor" attribute holds the real id.
    actor = {n: d.get("actor", n) for n, d in g.nodes(data=True)}
    got_nodes = {actor[n]: d.get("label") for n, d in g.nodes(data=True)}
    got_edges = collections.Counter(edge_key(actor[s], actor[t], d)
                                    for s, t, d in g.edges(data=True))
    compare(client, names, edges, got_nodes, got_edges)


def check_igraph(path, names, edges):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        fail("igraph: graph is not directed")
    got_nodes = {v["actor"]: v["label"] for v in g.vs}
    got_edges = collections.Counter()
    for e in g.es:
        s, t = g.vs[e.source]["actor"], g.vs[e.target]["actor"]
        got_edges[edge_key(s, t, e.attributes())] += 1
    compare("igraph", names, edges, got_nodes, got_edges)


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    fmt, path, fixture = sys.argv[1:4]
    multi = "--multi" in sys.argv[4:]
    names, edges = expected(fixture, multi)
    if fmt == "graphml":
        check_networkx_graph("networkx read_graphml", nx.read_graphml(path), names, edges)
        check_igraph(path, names, edges)
    elif fmt == "gexf":
        g = nx.read_gexf(path, relabel=False)
        check_networkx_graph("networkx read_gexf", g, names, edges)
    elif fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        g = nx.node_link_graph(data)
        check_networkx_graph("networkx node_link_graph", g, names, edges)
    else:
        fail("unknown format " + fmt)
    print(f"check_networkx: {fmt}: {len(names)} nodes, {sum(edges.values())} edges match")


if __name__ == "__main__":
    main()
