#pragma once
// What every writer draws: the nodes and edges an export holds, decided once so that
// all formats agree on counts, weights, ids and order.
//
//   ExportModel m = build_model(g, opt);
//   for (const ExportEdge& e : m.edges) ... m.nodes[e.source_node].id ...
//
// Rules, the same for every format:
// - Stance edges are aggregated per (source, target, sign), or one per record with
//   `multi`. Membership edges (member_of, observer_of) are aggregated per (member,
//   bloc, relation) and always carry sign 0.
// - An edge's weight is the sum of its records' weights, each at least kMinWeight, so
//   it is always > 0: Gephi drops or refuses edges of weight 0.
// - Nodes are sorted by id. Without a window every vertex is kept; with one, only the
//   vertices an exported edge touches.
// - Edges are sorted by source id, target id, stance before membership, sign, relation,
//   then first record; ids are "e0", "e1", ... in that order.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph_export.hpp"
#include "graph/stance_graph.hpp"

namespace stancegraph::io {

// The floor on one record's weight: a record of weight 0 still counts, a little.
inline constexpr double kMinWeight = 0.01;

struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

struct ExportNode {
  Vertex vertex = 0;
  std::string id;     // valid UTF-8 (invalid bytes replaced), as every text field here
  std::string label;  // the display name, the id when no record named it
  std::string kind;   // "state", "bloc", "territory" or ""
  std::string iso3;   // the id when kind is "state" and the id is three capitals, else ""
  Rgb colour;         // by kind
};

// How an edge is drawn, from its sign and main relation.
enum class EdgeStyle : int {
  kSupport = 1,     // sign +1
  kOpposition = 2,  // sign -1
  kWithheld = 3,    // sign -1, mostly withhold_support
  kContact = 4,     // sign 0 stance
  kMembership = 5,  // member_of / observer_of
};

struct ExportEdge {
  std::string id;               // "e0", ...
  std::size_t source_node = 0;  // index into ExportModel::nodes
  std::size_t target_node = 0;
  int sign = 0;
  bool membership = false;
  Relation relation = Relation::kSupport;     // the most frequent; ties to the lowest value
  std::map<Relation, std::size_t> relations;  // how many records of each kind
  std::size_t count = 0;                      // records
  double weight = 0.0;                        // > 0
  double net = 0.0;  // sum of sign * weight over every sign of the pair (multi: this record)
  std::optional<Date> first;  // earliest dated record, nullopt if none
  std::optional<Date> last;
  std::vector<std::size_t> records;  // indices into StanceGraph::records(), log order
  EdgeStyle style = EdgeStyle::kContact;
};

struct ExportModel {
  const StanceGraph* graph = nullptr;
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
  const StanceRecord& record(std::size_t index) const { return graph->records()[index]; }
};

ExportModel build_model(const StanceGraph& g, const ExportOptions& opt);

// A record's weight as exports count it: at least kMinWeight (NaN counts as kMinWeight).
double effective_weight(const StanceRecord& r);

// A number for text formats: rounded to 6 decimals, shortest form ("0.3", "2", "-1.25"),
// so sums like 0.1 + 0.2 print the same on every machine and never as 0.30000000000000004.
// NaN and infinities print as "0".
std::string format_number(double x);
double round6(double x);

// "support (3)" style edge label; "member_of" for one membership record.
std::string edge_label(const ExportEdge& e);
// "condemn:2;criticize:1", by relation value.
std::string relations_text(const ExportEdge& e);
// "#rrggbb".
std::string hex_colour(Rgb c);

}  // namespace stancegraph::io
