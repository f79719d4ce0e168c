// GraphML and GEXF exports read by graphology-graphml and graphology-gexf, the readers
// Gephi Lite uses, from npm (tests/clients/package.json) with Node.js. Skipped, with a
// warning, where `node` or tests/clients/node_modules is absent:
//
//   cd tests/clients && npm ci
//
// tests/clients/check_graphology.js does the reading; this file writes the exports and
// what the records say they must hold.

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/graph_export.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

// The reason the graphology clients cannot run here, or "" when they can.
std::string graphology_missing(const std::string& package) {
  if (!have_program("node")) return "node not on PATH";
  if (!std::filesystem::is_directory(clients_dir() + "/node_modules/" + package))
    return "tests/clients/node_modules/" + package + " absent (run npm ci in tests/clients)";
  return "";
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[(c >> 4) & 0xF];
          out += hex[c & 0xF];
        } else {
          out += c;  // UTF-8 passes through
        }
    }
  }
  return out + "\"";
}

struct NodeCheck {
  std::string actor, label, kind, iso3;
};
struct EdgeCheck {
  std::string source, target;
  int sign;
  std::string relation;
  double weight;
  std::string label;  // "" = not checked
  int count;          // edges of this pair, sign and relation; 0 = not checked
};
struct Expectation {
  int nodes, edges;
  std::vector<NodeCheck> node_checks;
  std::vector<EdgeCheck> edge_checks;
};

std::string to_json(const Expectation& x) {
  std::string out = "{\"nodes\": " + std::to_string(x.nodes) +
                    ", \"edges\": " + std::to_string(x.edges) + ",\n \"node_checks\": [";
  for (std::size_t i = 0; i < x.node_checks.size(); ++i) {
    const NodeCheck& n = x.node_checks[i];
    out += std::string(i ? ",\n  " : "\n  ") + "{\"actor\": " + json_string(n.actor) +
           ", \"label\": " + json_string(n.label) + ", \"kind\": " + json_string(n.kind);
    if (!n.iso3.empty()) out += ", \"iso3\": " + json_string(n.iso3);
    out += "}";
  }
  out += "],\n \"edge_checks\": [";
  for (std::size_t i = 0; i < x.edge_checks.size(); ++i) {
    const EdgeCheck& e = x.edge_checks[i];
    std::ostringstream weight;
    weight << e.weight;
    out += std::string(i ? ",\n  " : "\n  ") + "{\"source\": " + json_string(e.source) +
           ", \"target\": " + json_string(e.target) + ", \"sign\": " + std::to_string(e.sign) +
           ", \"relation\": " + json_string(e.relation) + ", \"weight\": " + weight.str();
    if (!e.label.empty()) out += ", \"label\": " + json_string(e.label);
    if (e.count) out += ", \"count\": " + std::to_string(e.count);
    out += "}";
  }
  return out + "]}\n";
}

// What the 18 records of tests/clients/fixture.jsonl say: 13 actors; aggregated, 9
// stance pairs-and-signs and 5 memberships; --multi, the 17 records without the self-loop.
Expectation expected(bool multi) {
  Expectation x;
  x.nodes = 13;
  x.edges = multi ? 17 : 14;
  x.node_checks = {
      {kAwkwardId, kAwkwardName, "territory", ""},
      {"CIV", "Côte d'Ivoire", "state", "CIV"},
      {"USA", "United States", "state", "USA"},
      {"CSTO", "Collective Security Treaty Organization", "bloc", ""},
  };
  if (!multi) {
    x.edge_checks = {
        // condemn 0.9 + criticize 0.5 (undated): one edge, the tie to the lower relation.
        {"USA", "RUS", -1, "criticize", 1.4, "criticize (2)", 1},
        {"USA", "RUS", 1, "cooperate", 0.3, "cooperate", 1},
        {"USA", "GEO", 1, "support", 1.4, "support (2)", 1},
        {"CSTO", "RUS", -1, "withhold_support", 0.4, "withhold_support", 1},
        {"CHN", "RUS", 0, "consult", 0.01, "consult", 1},  // the weight-0 record
        {"CIV", "FRA", 0, "meet", 0.3, "meet", 1},
        {kAwkwardId, "RUS", 1, "praise", 0.5, "praise", 1},
        {"RUS", "CSTO", 0, "member_of", 2, "member_of (2)", 1},
        {"SRB", "CSTO", 0, "observer_of", 1, "observer_of", 1},
    };
  } else {
    x.edge_checks = {
        {"USA", "RUS", -1, "condemn", 0.9, "condemn", 1},
        {"USA", "RUS", -1, "criticize", 0.5, "criticize", 1},
        {"USA", "RUS", 1, "cooperate", 0.3, "cooperate", 1},
        {"USA", "GEO", 1, "support", 0.8, "support", 2},
        {"USA", "GEO", 1, "support", 0.6, "support", 2},
        {"CSTO", "RUS", -1, "withhold_support", 0.4, "withhold_support", 1},
        {"CHN", "RUS", 0, "consult", 0.01, "consult", 1},
        {kAwkwardId, "RUS", 1, "praise", 0.5, "praise", 1},
        {"RUS", "CSTO", 0, "member_of", 1, "member_of", 2},
    };
  }
  return x;
}

// Runs tests/clients/check_graphology.js; 0 when graphology read what the records say.
// Its findings go to the test log.
int check_with_graphology(const TempDir& dir, const std::string& format,
                          const std::string& name, const std::string& text, bool multi) {
  const std::string file = dir.file(name);
  const std::string expect = dir.file(name + ".expect.json");
  write_text(file, text);
  write_text(expect, to_json(expected(multi)));
  return run("node " + quote(clients_dir() + "/check_graphology.js") + " " + format + " " +
             quote(file) + " " + quote(expect));
}

}  // namespace

TEST_CASE("graphology-graphml reads the GraphML export as the records say",
          "[export][graphology]") {
  const std::string missing = graphology_missing("graphology-graphml");
  if (!missing.empty()) {
    WARN(missing + ": graphology-graphml check skipped");
    return;
  }
  const StanceGraph g = fixture_graph();
  TempDir dir;
  REQUIRE_FALSE(dir.path().empty());
  for (const bool multi : {false, true}) {
    INFO((multi ? "--multi" : "aggregated"));
    ExportOptions opt;
    opt.multi = multi;
    CHECK(check_with_graphology(dir, "graphml", multi ? "multi.graphml" : "agg.graphml",
                                export_text(g, Format::kGraphml, opt), multi) == 0);
  }
}

TEST_CASE("graphology-gexf reads the GEXF export, 1.2draft and 1.3, as the records say",
          "[export][graphology]") {
  const std::string missing = graphology_missing("graphology-gexf");
  if (!missing.empty()) {
    WARN(missing + ": graphology-gexf check skipped");
    return;
  }
  const StanceGraph g = fixture_graph();
  TempDir dir;
  REQUIRE_FALSE(dir.path().empty());
  for (const std::string version : {"1.2draft", "1.3"}) {
    for (const bool multi : {false, true}) {
      INFO("GEXF " << version << (multi ? " --multi" : " aggregated"));
      ExportOptions opt;
      opt.multi = multi;
      opt.gexf_version = version;
      const std::string name = std::string(multi ? "multi-" : "agg-") + version + ".gexf";
      CHECK(check_with_graphology(dir, "gexf", name, export_text(g, Format::kGexf, opt),
                                  multi) == 0);
    }
  }
}
