#include "export/export_model.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <fmt/format.h>

#include "export/xml_escape.hpp"

namespace stancegraph::io {

namespace {

bool is_iso3(const std::string& id) {
  return id.size() == 3 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Colours Gephi shows as they are: states blue, blocs orange, territories purple,
// unknown grey. Green and red are kept for support and opposition edges.
Rgb colour_of(const std::string& kind) {
  if (kind == "state") return {31, 119, 180};
  if (kind == "bloc") return {255, 127, 14};
  if (kind == "territory") return {148, 103, 189};
  return {127, 127, 127};
}

EdgeStyle style_of(const ExportEdge& e) {
  if (e.membership) return EdgeStyle::kMembership;
  if (e.sign > 0) return EdgeStyle::kSupport;
  if (e.sign < 0)
    return e.relation == Relation::kWithholdSupport ? EdgeStyle::kWithheld : EdgeStyle::kOpposition;
  return EdgeStyle::kContact;
}

Relation main_relation(const std::map<Relation, std::size_t>& relations) {
  Relation best = Relation::kSupport;
  std::size_t best_count = 0;
  for (const auto& [rel, n] : relations)
    if (n > best_count) best = rel, best_count = n;
  return best;
}

}  // namespace

double round6(double x) {
  const double r = std::round(x * 1e6) / 1e6;
  return r == 0.0 ? 0.0 : r;  // no "-0"
}

std::string format_number(double x) {
  // Readers reject "nan" and "inf" in numeric attributes; such a value is no measure.
  if (!std::isfinite(x)) return "0";
  return fmt::format("{}", round6(x));
}

double effective_weight(const StanceRecord& r) {
  return r.weight >= kMinWeight ? r.weight : kMinWeight;
}

std::string hex_colour(Rgb c) { return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b); }

std::string relations_text(const ExportEdge& e) {
  std::string out;
  for (const auto& [rel, n] : e.relations) {
    if (!out.empty()) out += ';';
    out += fmt::format("{}:{}", to_string(rel), n);
  }
  return out;
}

std::string edge_label(const ExportEdge& e) {
  std::string label(to_string(e.relation));
  if (e.count > 1) label += fmt::format(" ({})", e.count);
  return label;
}

ExportModel build_model(const StanceGraph& g, const ExportOptions& opt) {
  ExportModel m;
  m.graph = &g;
  const Graph& graph = g.graph();

  // Edges of the window, stance and (when asked) membership, visited in log order so
  // each edge lists its evidence as the log does.
  std::vector<Edge> chosen;
  const auto take = [&](const StanceGraph::View& view) {
    for (auto [e, end] = boost::edges(view); e != end; ++e) chosen.push_back(*e);
  };
  take(g.stance_view(opt.window));
  if (opt.include_memberships) take(g.membership_view(opt.window));
  std::sort(chosen.begin(), chosen.end(),
            [&](const Edge& a, const Edge& b) { return graph[a].record < graph[b].record; });

  // Group key: source, target, membership, then sign for stances or relation for
  // memberships; in multi mode the record index makes every group a single record.
  using Key = std::tuple<Vertex, Vertex, bool, int, std::size_t>;
  std::map<Key, ExportEdge> groups;
  std::map<std::pair<Vertex, Vertex>, double> pair_net;
  for (const Edge& e : chosen) {
    const std::size_t index = graph[e].record;
    const StanceRecord& r = g.records()[index];
    const bool membership = graph[e].membership;
    const Vertex s = boost::source(e, graph), t = boost::target(e, graph);
    const int sign = membership ? 0 : r.sign;
    const int sub = membership ? static_cast<int>(r.relation) : sign;
    ExportEdge& x = groups[Key{s, t, membership, sub, opt.multi ? index : 0}];
    const double w = effective_weight(r);
    x.source_node = s;  // a vertex for now; an index into m.nodes below
    x.target_node = t;
    x.sign = sign;
    x.membership = membership;
    ++x.count;
    x.weight += w;
    ++x.relations[r.relation];
    x.records.push_back(index);
    if (r.date) {
      if (!x.first || *r.date < *x.first) x.first = r.date;
      if (!x.last || *r.date > *x.last) x.last = r.date;
    }
    if (!membership) pair_net[{s, t}] += sign * w;
  }

  std::vector<bool> touched(boost::num_vertices(graph), false);
  for (auto& [key, x] : groups) {
    x.relation = main_relation(x.relations);
    x.style = style_of(x);
    if (x.membership)
      x.net = 0.0;
    else if (opt.multi)
      x.net = x.sign * x.weight;
    else
      x.net = pair_net[{x.source_node, x.target_node}];
    touched[x.source_node] = touched[x.target_node] = true;
    m.edges.push_back(std::move(x));
  }

  // Nodes sorted by id; vertex -> node index for the edges.
  std::vector<Vertex> vertices;
  for (auto [v, end] = boost::vertices(graph); v != end; ++v)
    if (!opt.window.active() || touched[*v]) vertices.push_back(*v);
  std::sort(vertices.begin(), vertices.end(),
            [&](Vertex a, Vertex b) { return graph[a].id < graph[b].id; });
  std::vector<std::size_t> node_of(boost::num_vertices(graph), 0);
  for (const Vertex v : vertices) {
    const ActorNode& a = graph[v];
    ExportNode n;
    n.vertex = v;
    n.id = valid_utf8(a.id);
    n.label = valid_utf8(a.name.empty() ? a.id : a.name);
    n.kind = valid_utf8(a.kind);
    n.iso3 = a.kind == "state" && is_iso3(a.id) ? a.id : "";
    n.colour = colour_of(a.kind);
    node_of[v] = m.nodes.size();
    m.nodes.push_back(std::move(n));
  }
  for (ExportEdge& x : m.edges) {
    x.source_node = node_of[x.source_node];
    x.target_node = node_of[x.target_node];
  }
  std::stable_sort(m.edges.begin(), m.edges.end(), [&](const ExportEdge& a, const ExportEdge& b) {
    return std::make_tuple(a.source_node, a.target_node, a.membership, a.sign,
                           static_cast<int>(a.relation), a.records.front()) <
           std::make_tuple(b.source_node, b.target_node, b.membership, b.sign,
                           static_cast<int>(b.relation), b.records.front());
  });
  for (std::size_t i = 0; i < m.edges.size(); ++i) m.edges[i].id = fmt::format("e{}", i);
  return m;
}

}  // namespace stancegraph::io
