// CSV exports: Gephi's spreadsheet tables and neo4j-admin import files.

#include <string>

#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/csv_writer.hpp"
#include "export/graph_export.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find("\r\n")); }

std::size_t rows(const std::string& text) {
  std::size_t n = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[export][csv]") {
  CHECK(csv_field("RUS") == "RUS");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("Côte d'Ivoire") == "Côte d'Ivoire");
  CHECK(csv_field("\xFF") == "\xEF\xBF\xBD");
}

TEST_CASE("Gephi CSV tables have Id/Label and Source/Target and no type column", "[export][csv]") {
  const StanceGraph g = fixture_graph();
  const std::string nodes = export_text(g, Format::kCsvNodes);
  const std::string edges = export_text(g, Format::kCsvEdges);
  CHECK(first_line(nodes) == "Id,Label,kind,iso3,color");
  CHECK(first_line(edges) ==
        "Source,Target,Id,Label,Weight,sign,relation,relations,count,first,last,net,membership");
  CHECK(rows(nodes) == 14);
  CHECK(rows(edges) == 15);
  CHECK(nodes.find(
            "\r\n\"Q\"\"X\\<&>\",\"Quote \"\"Land\"\" \\ <&> 'Isle'\",territory,,#9467bd\r\n") !=
        std::string::npos);
  CHECK(edges.find("\r\nUSA,RUS,") != std::string::npos);
  ExportOptions opt;
  opt.multi = true;
  const std::string multi = export_text(g, Format::kCsvEdges, opt);
  CHECK(rows(multi) == 18);
  CHECK(multi.find(",\"A line with \"\"quotes\"\", a backslash \\ and <&>,\nthen") !=
        std::string::npos);
}

TEST_CASE("Neo4j CSV has neo4j-admin import headers and one row per statement",
          "[export][csv][neo4j]") {
  const StanceGraph g = fixture_graph();
  const std::string nodes = export_text(g, Format::kNeo4jNodes);
  const std::string edges = export_text(g, Format::kNeo4jEdges);
  CHECK(first_line(nodes) == "id:ID(Actor),name,kind,:LABEL");
  CHECK(first_line(edges) ==
        ":START_ID(Actor),:END_ID(Actor),:TYPE,sign:int,weight:double,date:date,relation,"
        "sentence,doc,cue");
  CHECK(nodes.find("\r\nCSTO,Collective Security Treaty Organization,bloc,Actor;Bloc\r\n") !=
        std::string::npos);
  CHECK(rows(edges) == 18);  // header + 17 statements, aggregated or not
  CHECK(edges.find("\r\nCSTO,RUS,OPPOSES,-1,0.4,2008-09-04,withhold_support,") !=
        std::string::npos);
  CHECK(edges.find("\r\nUSA,RUS,OPPOSES,-1,0.5,,criticize,") != std::string::npos);
  CHECK(edges.find("\r\nARM,CSTO,MEMBER_OF,0,1,2008-09-04,member_of,") != std::string::npos);
  CHECK(edges.find("\r\nSRB,CSTO,OBSERVER_OF,") != std::string::npos);
  CHECK(edges.find("\r\nCHN,RUS,CONTACTS,0,0.01,") != std::string::npos);
  // Sentences stay on one line for the default import.
  CHECK(edges.find("<&>, then a new line") != std::string::npos);
}
