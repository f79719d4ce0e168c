#pragma once
// Writing a stance graph in the formats that users' tools open: Gephi, yEd, NetworkX,
// igraph, Graphviz, d3, Neo4j and a browser.
//
//   ExportOptions opt;                             // aggregated, every record, memberships
//   write_graph(std::cout, g, Format::kGraphml, opt);
//
//   auto f = parse_format("dot");                  // nullopt for an unknown name
//   opt.window = Window{parse_iso_date("2008-09-01"), std::nullopt};
//   opt.clusters = true;                           // members drawn inside their bloc
//   AtomicFile file("out/graph" + std::string(format_extension(*f)));  // atomic_file.hpp
//   write_graph(file.stream(), g, *f, opt);
//   file.commit();
//
// Every writer is deterministic: the same graph and options give the same bytes
// (nodes sorted by id, edges by source id, target id, then sign; no timestamps).
// docs/exports.md says which client reads which format, and why each choice was made.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/stance_graph.hpp"

namespace stancegraph::io {

// Output formats. Values are stable: scripts may store them.
enum class Format : int {
  kGraphml = 1,     // GraphML with typed, descriptively named keys (Gephi, yEd, NetworkX, igraph)
  kDot = 2,         // Graphviz DOT, styled by sign, with a legend
  kJson = 3,        // node-link JSON as NetworkX node_link_graph and d3 read it
  kGexf = 4,        // GEXF with dynamic edges for Gephi's timeline (1.2draft or 1.3)
  kCsvNodes = 5,    // nodes table for Gephi's spreadsheet import
  kCsvEdges = 6,    // edges table for Gephi's spreadsheet import
  kNeo4jNodes = 7,  // nodes CSV with neo4j-admin import headers
  kNeo4jEdges = 8,  // relationships CSV with neo4j-admin import headers, one per statement
  kHtml = 9,        // one self-contained HTML page that draws the graph, no network
};

// "graphml", "dot", "json", "gexf", "csv-nodes", "csv-edges", "neo4j-nodes",
// "neo4j-edges", "html"; nullopt for any other name (matching is exact, lower case).
std::optional<Format> parse_format(std::string_view name);
// The name parse_format accepts for f.
std::string_view format_name(Format f);
// File name extension with its dot: ".graphml", ".dot", ".json", ".gexf", ".nodes.csv",
// ".edges.csv", ".neo4j-nodes.csv", ".neo4j-edges.csv", ".html". The CSV pairs differ
// so that both tables of one graph can sit side by side.
std::string_view format_extension(Format f);

struct ExportOptions {
  Window window;          // only records dated inside it (inactive = every record)
  bool multi = false;     // every statement its own edge, not one per (source, target, sign)
  bool clusters = false;  // DOT: members drawn inside bloc clusters
  std::string layout;     // DOT: "" = dot up to 50 nodes, else sfdp with overlap=false
  std::string gexf_version = "1.2draft";  // or "1.3"
  bool include_memberships = true;        // member_of / observer_of as their own edges
};

// Writes g in format f. Throws Error for an option the format cannot honour (an
// unknown gexf_version or layout engine). Writes nothing else: the caller owns `out`
// and checks it for write errors.
void write_graph(std::ostream& out, const StanceGraph& g, Format f, const ExportOptions& opt);

}  // namespace stancegraph::io
