// DOT export and rendering: styles, escaping, clusters, layout by size, and Graphviz
// itself (dot and sfdp) reading every file.

#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/dot_writer.hpp"
#include "export/graph_export.hpp"
#include "export/render.hpp"
#include "graph/error.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

// The attribute list of the edge from `source` to `target` with `sign`'s colour.
std::string edge_line(const std::string& dot, const std::string& source, const std::string& target,
                      const std::string& colour) {
  const std::string head = "  \"" + source + "\" -> \"" + target + "\" [";
  for (std::size_t p = dot.find(head); p != std::string::npos; p = dot.find(head, p + 1)) {
    const std::string line = dot.substr(p, dot.find('\n', p) - p);
    if (line.find("color=\"" + colour + "\"") != std::string::npos) return line;
  }
  return "";
}

StanceGraph many_nodes(int n) {
  StanceGraph g;
  for (int i = 0; i < n; ++i) {
    StanceRecord r;
    r.source = "S" + std::to_string(i);
    r.target = "S" + std::to_string((i + 1) % n);
    r.relation = i % 2 ? Relation::kSupport : Relation::kCondemn;
    r.sign = i % 2 ? 1 : -1;
    r.weight = 0.5;
    g.add(r);
  }
  return g;
}

}  // namespace

TEST_CASE("DOT draws support green, opposition red with a tee, withheld support dotted",
          "[export][dot]") {
  const std::string dot = export_text(fixture_graph(), Format::kDot);
  const std::string support = edge_line(dot, "USA", "GEO", "#2ca02c");
  CHECK(support.find("style=solid") != std::string::npos);
  const std::string opposition = edge_line(dot, "USA", "RUS", "#d62728");
  CHECK(opposition.find("style=dashed") != std::string::npos);
  CHECK(opposition.find("arrowhead=tee") != std::string::npos);
  const std::string withheld = edge_line(dot, "CSTO", "RUS", "#f08080");
  CHECK(withheld.find("style=dotted") != std::string::npos);
  CHECK(withheld.find("arrowhead=tee") != std::string::npos);
  CHECK_FALSE(edge_line(dot, "CIV", "FRA", "#7f7f7f").empty());  // contact grey
  CHECK(edge_line(dot, "ARM", "CSTO", "#a0a0a0").find("style=dotted") != std::string::npos);
  // Pen width grows with weight: USA->GEO (1.4) is wider than CSTO->RUS (0.4).
  CHECK(support.find("penwidth=2.77") != std::string::npos);
  CHECK(withheld.find("penwidth=1.95") != std::string::npos);
  CHECK(dot.find("\"CSTO\" [label=\"Collective Security Treaty Organization\", shape=box3d") !=
        std::string::npos);
  CHECK(dot.find("\"ABKHAZIA\" [label=\"Abkhazia\", shape=hexagon") != std::string::npos);
  CHECK(dot.find("subgraph \"cluster_legend\"") != std::string::npos);
  CHECK(dot.find("charset=\"UTF-8\"") != std::string::npos);
  CHECK(dot.find("layout=dot") != std::string::npos);
}

TEST_CASE("DOT quotes and escapes every id and label", "[export][dot]") {
  CHECK(dot_quote("plain") == "\"plain\"");
  CHECK(dot_quote("a\"b") == "\"a\\\"b\"");
  CHECK(dot_quote("back\\") == "\"back\\\\\"");
  CHECK(dot_quote("two\nlines") == "\"two\\nlines\"");
  CHECK(dot_quote("bell\x07") == "\"bell\"");
  CHECK(dot_quote("Côte d'Ivoire") == "\"Côte d'Ivoire\"");
  CHECK(dot_quote("<&>") == "\"<&>\"");
  CHECK(dot_quote("<&>", true) == "\"<&amp;>\"");
  const std::string dot = export_text(fixture_graph(), Format::kDot);
  CHECK(dot.find("\"Q\\\"X\\\\<&>\" [label=\"Quote \\\"Land\\\" \\\\ <&amp;> 'Isle'\"") !=
        std::string::npos);
}

TEST_CASE("DOT clusters put a state in two blocs in the one with more membership records",
          "[export][dot]") {
  ExportOptions opt;
  opt.clusters = true;
  const std::string dot = export_text(fixture_graph(), Format::kDot, opt);
  const std::size_t cis = dot.find("subgraph \"cluster_CIS\"");
  const std::size_t csto = dot.find("subgraph \"cluster_CSTO\"");
  REQUIRE(cis != std::string::npos);
  REQUIRE(csto != std::string::npos);
  const std::string cis_body = dot.substr(cis, dot.find("  }\n", cis) - cis);
  const std::string csto_body = dot.substr(csto, dot.find("  }\n", csto) - csto);
  // ARM: one record each for CIS and CSTO, a tie, so the smaller id (CIS).
  CHECK(cis_body.find("\"ARM\" [") != std::string::npos);
  CHECK(csto_body.find("\"ARM\" [") == std::string::npos);
  // RUS: two records for CSTO, one for CIS.
  CHECK(csto_body.find("\"RUS\" [") != std::string::npos);
  CHECK(cis_body.find("\"RUS\" [") == std::string::npos);
  // Observers stay outside; every node is declared exactly once.
  CHECK(csto_body.find("\"SRB\" [") == std::string::npos);
  for (const char* id : {"\"ARM\" [label", "\"RUS\" [label", "\"SRB\" [label", "\"CSTO\" [label",
                         "\"CIS\" [label"}) {
    const std::size_t first = dot.find(id);
    REQUIRE(first != std::string::npos);
    CHECK(dot.find(id, first + 1) == std::string::npos);
  }
}

TEST_CASE("DOT picks sfdp with overlap=false above 50 nodes unless a layout is given",
          "[export][dot]") {
  CHECK(export_text(many_nodes(50), Format::kDot).find("layout=dot,") != std::string::npos);
  const std::string big = export_text(many_nodes(51), Format::kDot);
  CHECK(big.find("layout=sfdp, fontname=\"Helvetica\", overlap=false") != std::string::npos);
  ExportOptions opt;
  opt.layout = "neato";
  CHECK(export_text(many_nodes(51), Format::kDot, opt).find("layout=neato") != std::string::npos);
  opt.layout = "rm -rf";
  CHECK_THROWS_AS(export_text(many_nodes(3), Format::kDot, opt), Error);
}

TEST_CASE("Graphviz dot and sfdp render every DOT export", "[export][dot][clients]") {
  if (!graphviz_available() || !have_program("sfdp")) {
    WARN("Graphviz not installed: rendering check skipped");
    return;
  }
  TempDir dir;
  int i = 0;
  for (const bool clusters : {false, true})
    for (const bool multi : {false, true}) {
      ExportOptions opt;
      opt.clusters = clusters;
      opt.multi = multi;
      const std::string file = dir.file("g" + std::to_string(i++) + ".dot");
      write_text(file, export_text(fixture_graph(), Format::kDot, opt));
      CHECK(run("dot -Tsvg " + quote(file) + " -o " + quote(file + ".svg") + " 2>/dev/null") == 0);
      CHECK(run("sfdp -Tsvg " + quote(file) + " -o " + quote(file + "s.svg") + " 2>/dev/null") ==
            0);
    }
  // The names come out as written: quotes, backslash, <&> and non-ASCII.
  const std::string svg = read_text(dir.file("g0.dot.svg"));
  CHECK(svg.find("Quote &quot;Land&quot; \\ &lt;&amp;&gt; &#39;Isle&#39;") != std::string::npos);
  CHECK(svg.find("Côte d&#39;Ivoire") != std::string::npos);
  const std::string big = dir.file("big.dot");
  write_text(big, export_text(many_nodes(60), Format::kDot));
  CHECK(run("dot -Tsvg " + quote(big) + " -o " + quote(big + ".svg") + " 2>/dev/null") == 0);
}

TEST_CASE("render writes SVG and PNG through Graphviz", "[export][render][clients]") {
  if (!graphviz_available()) {
    WARN("Graphviz not installed: render check skipped");
    return;
  }
  TempDir dir;
  const std::string dot = export_text(fixture_graph(), Format::kDot);
  render(dot, "svg", dir.file("g.svg"));
  CHECK(read_text(dir.file("g.svg")).find("<svg") != std::string::npos);
  render(dot, "png", dir.file("g.png"), "sfdp");
  CHECK(read_text(dir.file("g.png")).substr(1, 3) == "PNG");
  // A syntax error: dot's message, the output path, and no file left behind.
  try {
    render("digraph { a -> }", "svg", dir.file("bad.svg"));
    FAIL("no error for bad DOT");
  } catch (const Error& e) {
    CHECK(e.path() == dir.file("bad.svg"));
    CHECK(std::string(e.what()).find("Graphviz dot failed") != std::string::npos);
    CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
  }
  CHECK(run("test -e " + quote(dir.file("bad.svg"))) != 0);
  CHECK(run("ls -A " + quote(dir.path()) + " | grep -q tmp") != 0);
  CHECK_THROWS_AS(render(dot, "gif", dir.file("g.gif")), Error);
  CHECK_THROWS_AS(render(dot, "svg", dir.file("g2.svg"), "nonsense"), Error);
}

TEST_CASE("render says how to install Graphviz when dot is absent", "[export][render]") {
  const char* old = std::getenv("PATH");
  const std::string saved = old ? old : "";
  TempDir dir;
  ::setenv("PATH", dir.path().c_str(), 1);
  CHECK_FALSE(graphviz_available());
  try {
    render("digraph { a }", "svg", dir.file("g.svg"));
    FAIL("no error without dot");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("Graphviz 'dot' not found; install the graphviz package") !=
          std::string::npos);
  }
  ::setenv("PATH", saved.c_str(), 1);
  CHECK(run("test -e " + quote(dir.file("g.svg"))) != 0);
}
