// GraphML export: keys, escaping, and real readers (Boost read_graphml, xmllint
// against the GraphML XSD, NetworkX and igraph).

#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/graph_export.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

struct ReadNode {
  std::string actor, label, kind, iso3;
  int r = -1, g = -1, b = -1;
};
struct ReadEdge {
  std::string label, relation, first, last;
  double weight = 0, net = 0;
  int sign = 99, count = 0;
  bool membership = false;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;

}  // namespace

TEST_CASE("GraphML keys are unique, descriptive and typed", "[export][graphml]") {
  const std::string text = export_text(fixture_graph(), Format::kGraphml);
  const std::regex key_re(
      "<key id=\"([^\"]+)\" for=\"(node|edge)\" attr.name=\"([^\"]+)\" "
      "attr.type=\"(string|int|double|boolean)\"/>");
  std::set<std::string> ids;
  std::size_t keys = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), key_re);
       it != std::sregex_iterator(); ++it) {
    ++keys;
    const std::string id = (*it)[1];
    CHECK(ids.insert(id).second);
    CHECK_FALSE(std::regex_match(id, std::regex("d[0-9]+")));
    CHECK(id.substr(0, 2) == ((*it)[2] == "node" ? "n_" : "e_"));
  }
  // Every <key> matched the typed pattern above.
  std::size_t all_keys = 0;
  for (std::size_t p = text.find("<key "); p != std::string::npos; p = text.find("<key ", p + 1))
    ++all_keys;
  CHECK(keys == all_keys);
  for (const char* name :
       {"n_label", "n_kind", "n_iso3", "n_r", "n_g", "n_b", "e_label", "e_weight", "e_sign",
        "e_relation", "e_count", "e_first", "e_last", "e_net"})
    CHECK(ids.count(name) == 1);
  CHECK(text.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(text.find(" type=") == std::string::npos);  // sigma.js reserves "type"
}

TEST_CASE("GraphML escapes names and sentences and stays well formed", "[export][graphml]") {
  ExportOptions opt;
  opt.multi = true;
  const std::string text = export_text(fixture_graph(), Format::kGraphml, opt);
  CHECK(text.find("<node id=\"Q.22X.5C.3C.26.3E\">") != std::string::npos);
  CHECK(text.find("<data key=\"n_actor\">Q&quot;X\\&lt;&amp;&gt;</data>") != std::string::npos);
  CHECK(text.find("Quote &quot;Land&quot; \\ &lt;&amp;&gt; &apos;Isle&apos;") != std::string::npos);
  CHECK(text.find("Côte d&apos;Ivoire") != std::string::npos);
  CHECK(text.find("&lt;/script&gt;") != std::string::npos);
  CHECK(text.find("</script>") == std::string::npos);

  // Control characters and invalid UTF-8 in a name cannot break the file.
  StanceGraph g;
  StanceRecord r;
  r.source = "A\x01\xFF";
  r.source_name = "bell\x07 and \xC3";
  r.target = "B";
  r.relation = Relation::kSupport;
  r.sign = 1;
  r.weight = 0.5;
  g.add(r);
  const std::string odd = export_text(g, Format::kGraphml);
  CHECK(odd.find('\x01') == std::string::npos);
  CHECK(odd.find('\x07') == std::string::npos);
  CHECK(odd.find("<data key=\"n_actor\">A\xEF\xBF\xBD</data>") != std::string::npos);

  if (!have_program("xmllint")) {
    WARN("xmllint not installed: well-formedness check skipped");
    return;
  }
  TempDir dir;
  write_text(dir.file("multi.graphml"), text);
  write_text(dir.file("odd.graphml"), odd);
  CHECK(run("xmllint --noout " + quote(dir.file("multi.graphml"))) == 0);
  CHECK(run("xmllint --noout " + quote(dir.file("odd.graphml"))) == 0);
}

TEST_CASE("GraphML aggregates one edge per pair and sign with summed positive weights",
          "[export][graphml]") {
  const std::string text = export_text(fixture_graph(), Format::kGraphml);
  // USA -> RUS: condemn 0.9 (2008-08-26) + criticize 0.5 (undated), and cooperate 0.3.
  CHECK(text.find("<edge id=\"e") != std::string::npos);
  const std::size_t usa_rus = text.find("source=\"USA\" target=\"RUS\"");
  REQUIRE(usa_rus != std::string::npos);
  const std::string first_edge = text.substr(usa_rus, text.find("</edge>", usa_rus) - usa_rus);
  CHECK(first_edge.find("<data key=\"e_sign\">-1</data>") != std::string::npos);
  CHECK(first_edge.find("<data key=\"e_weight\">1.4</data>") != std::string::npos);
  CHECK(first_edge.find("<data key=\"e_count\">2</data>") != std::string::npos);
  CHECK(first_edge.find("<data key=\"e_first\">2008-08-26</data>") != std::string::npos);
  CHECK(first_edge.find("<data key=\"e_net\">-1.1</data>") != std::string::npos);
  // One condemn and one criticize: the tie goes to the lower relation value.
  CHECK(first_edge.find("<data key=\"e_relation\">criticize</data>") != std::string::npos);
  CHECK(first_edge.find("<data key=\"e_relations\">criticize:1;condemn:1</data>") !=
        std::string::npos);
  // The weight-0 record still gives a positive weight.
  CHECK(text.find("<data key=\"e_weight\">0.01</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_weight\">0</data>") == std::string::npos);
  CHECK(text.find("<data key=\"e_weight\">-") == std::string::npos);
}

TEST_CASE("Boost read_graphml reads the GraphML export back", "[export][graphml]") {
  const StanceGraph source = fixture_graph();
  for (const bool multi : {false, true}) {
    ExportOptions opt;
    opt.multi = multi;
    std::istringstream in(export_text(source, Format::kGraphml, opt));
    ReadGraph g;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("actor", boost::get(&ReadNode::actor, g));
    dp.property("label", boost::get(&ReadNode::label, g));
    dp.property("kind", boost::get(&ReadNode::kind, g));
    dp.property("iso3", boost::get(&ReadNode::iso3, g));
    dp.property("r", boost::get(&ReadNode::r, g));
    dp.property("g", boost::get(&ReadNode::g, g));
    dp.property("b", boost::get(&ReadNode::b, g));
    dp.property("label", boost::get(&ReadEdge::label, g));
    dp.property("relation", boost::get(&ReadEdge::relation, g));
    dp.property("first", boost::get(&ReadEdge::first, g));
    dp.property("last", boost::get(&ReadEdge::last, g));
    dp.property("weight", boost::get(&ReadEdge::weight, g));
    dp.property("net", boost::get(&ReadEdge::net, g));
    dp.property("sign", boost::get(&ReadEdge::sign, g));
    dp.property("count", boost::get(&ReadEdge::count, g));
    dp.property("membership", boost::get(&ReadEdge::membership, g));
    REQUIRE_NOTHROW(boost::read_graphml(in, g, dp));

    // 13 actors; 9 stance pairs-and-signs + 5 memberships, or 17 records without the
    // self-loop.
    CHECK(boost::num_vertices(g) == 13);
    CHECK(boost::num_edges(g) == (multi ? 17u : 14u));
    std::size_t memberships = 0, undated_edges = 0;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
      const ReadEdge& x = g[*e];
      CHECK(x.weight > 0);
      CHECK((x.sign == -1 || x.sign == 0 || x.sign == 1));
      CHECK(x.count >= 1);
      CHECK_FALSE(x.relation.empty());
      if (x.membership) {
        ++memberships;
        CHECK(x.sign == 0);
        CHECK((x.relation == "member_of" || x.relation == "observer_of"));
      }
      if (x.first.empty()) ++undated_edges;
    }
    CHECK(memberships == (multi ? 6u : 5u));
    CHECK(undated_edges == (multi ? 1u : 0u));
    bool found_awkward = false, found_ivory = false;
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
      const ReadNode& n = g[*v];
      CHECK((n.r >= 0 && n.g >= 0 && n.b >= 0));
      found_awkward = found_awkward || (n.label == kAwkwardName && n.actor == kAwkwardId);
      if (n.label == "Côte d'Ivoire") {
        found_ivory = true;
        CHECK(n.kind == "state");
        CHECK(n.iso3 == "CIV");
      }
    }
    CHECK(found_awkward);
    CHECK(found_ivory);
  }
}

TEST_CASE("GraphML validates against the GraphML 1.0 schema", "[export][graphml][schema]") {
  const std::string schemas = schemas_dir();
  if (schemas.empty()) {
    WARN("../shared/schemas absent: schema validation skipped");
    return;
  }
  if (!have_program("xmllint")) {
    WARN("xmllint not installed: schema validation skipped");
    return;
  }
  TempDir dir;
  for (const bool multi : {false, true}) {
    ExportOptions opt;
    opt.multi = multi;
    const std::string file = dir.file(multi ? "multi.graphml" : "agg.graphml");
    write_text(file, export_text(fixture_graph(), Format::kGraphml, opt));
    CHECK(run("xmllint --noout --schema " + quote(schemas + "/graphml/graphml.xsd") + " " +
              quote(file) + " 2>&1") == 0);
  }
}

TEST_CASE("NetworkX and igraph read the GraphML export as the records say",
          "[export][graphml][clients]") {
  if (!have_python_clients()) {
    WARN("/usr/bin/python3 with networkx and igraph not found: client check skipped");
    return;
  }
  TempDir dir;
  write_text(dir.file("agg.graphml"), export_text(fixture_graph(), Format::kGraphml));
  CHECK(check_with_python("graphml", dir.file("agg.graphml")) == 0);
  ExportOptions opt;
  opt.multi = true;
  write_text(dir.file("multi.graphml"), export_text(fixture_graph(), Format::kGraphml, opt));
  CHECK(check_with_python("graphml", dir.file("multi.graphml"), "--multi") == 0);
}
