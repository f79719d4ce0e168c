// The export front door: format names, the model every writer shares (aggregation,
// windows, memberships), escaping, and determinism.

#include <limits>
#include <string>

#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/export_model.hpp"
#include "export/graph_export.hpp"
#include "export/xml_escape.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

const Format kAll[] = {Format::kGraphml,    Format::kDot,        Format::kJson,
                       Format::kGexf,       Format::kCsvNodes,   Format::kCsvEdges,
                       Format::kNeo4jNodes, Format::kNeo4jEdges, Format::kHtml};

}  // namespace

TEST_CASE("Format names parse back to their formats and have extensions", "[export]") {
  for (const Format f : kAll) {
    CHECK(parse_format(format_name(f)) == f);
    CHECK(format_extension(f).substr(0, 1) == ".");
  }
  CHECK(parse_format("csv-nodes") == Format::kCsvNodes);
  CHECK(format_extension(Format::kGraphml) == ".graphml");
  CHECK(format_extension(Format::kDot) == ".dot");
  CHECK_FALSE(parse_format("GraphML").has_value());
  CHECK_FALSE(parse_format("").has_value());
}

TEST_CASE("The same graph gives the same bytes in every format", "[export]") {
  for (const Format f : kAll)
    for (const bool multi : {false, true}) {
      ExportOptions opt;
      opt.multi = multi;
      opt.clusters = multi;
      const std::string a = export_text(fixture_graph(), f, opt);
      const std::string b = export_text(fixture_graph(), f, opt);
      CHECK(!a.empty());
      CHECK(a == b);
    }
}

TEST_CASE("The model aggregates stances per pair and sign and memberships per relation",
          "[export]") {
  const StanceGraph g = fixture_graph();
  const ExportModel m = build_model(g, {});
  CHECK(m.nodes.size() == 13);
  CHECK(m.edges.size() == 14);
  for (std::size_t i = 1; i < m.nodes.size(); ++i) CHECK(m.nodes[i - 1].id < m.nodes[i].id);
  std::size_t memberships = 0;
  for (const ExportEdge& e : m.edges) {
    CHECK(e.weight > 0);
    if (e.membership) {
      ++memberships;
      CHECK(e.sign == 0);
      CHECK(e.style == EdgeStyle::kMembership);
    }
  }
  CHECK(memberships == 5);
  ExportOptions no_members;
  no_members.include_memberships = false;
  CHECK(build_model(g, no_members).edges.size() == 9);
  ExportOptions multi;
  multi.multi = true;
  CHECK(build_model(g, multi).edges.size() == 17);
}

TEST_CASE("A window keeps dated records inside it and the actors they touch", "[export]") {
  ExportOptions opt;
  opt.window = Window{parse_iso_date("2008-09-03"), parse_iso_date("2008-09-04")};
  const ExportModel m = build_model(fixture_graph(), opt);
  // CSTO->RUS, NIC->ABKHAZIA, CHN->RUS; ARM->CSTO, RUS->CSTO, SRB->CSTO.
  CHECK(m.edges.size() == 6);
  CHECK(m.nodes.size() == 7);  // CSTO, RUS, NIC, ABKHAZIA, CHN, ARM, SRB
  for (const ExportEdge& e : m.edges) {
    REQUIRE(e.first.has_value());
    CHECK(e.first->iso() >= "2008-09-03");
    CHECK(e.last->iso() <= "2008-09-04");
  }
}

TEST_CASE("Text is made valid UTF-8 and safe XML", "[export][xml]") {
  CHECK(valid_utf8("Côte") == "Côte");
  CHECK(valid_utf8("C\xF4te") == "C\xEF\xBF\xBDte");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(valid_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated
  CHECK(xml_escape("Q&A <\"x\"> 'y'") == "Q&amp;A &lt;&quot;x&quot;&gt; &apos;y&apos;");
  CHECK(xml_escape("a\x01\x1F b") == "a b");
  CHECK(xml_escape("tab\tline\n") == "tab&#9;line&#10;");
  CHECK(xml_escape("\xEF\xBF\xBE") == "");  // U+FFFE is not an XML character
  CHECK(xml_escape("\xF0\x9F\x8C\x8D") == "\xF0\x9F\x8C\x8D");
}

TEST_CASE("Numbers print rounded and short", "[export]") {
  CHECK(format_number(0.1 + 0.2) == "0.3");
  CHECK(format_number(1.0) == "1");
  CHECK(format_number(-1.1) == "-1.1");
  CHECK(format_number(-0.0000001) == "0");
  CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "0");
}
