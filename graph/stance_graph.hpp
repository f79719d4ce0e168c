#pragma once
// The stance graph: actors as vertices, every record its own parallel edge.
//
//   StanceGraph g;
//   g.add(record);                                 // stance or membership
//   Window sept{parse_iso_date("2008-09-01"), parse_iso_date("2008-09-30")};
//   for (const PairSummary& p : g.aggregate(sept)) ...   // one per (source, target, sign)
//   auto view = g.stance_view(sept);               // boost::filtered_graph
//
// Time filtering is an edge predicate and aggregation is a view: the record log is
// never lost. Membership edges live in the same graph, flagged apart, so members and
// the blocs they belong to share vertices.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/date.hpp"
#include "graph/record.hpp"

namespace stancegraph {

struct ActorNode {
  std::string id;    // "RUS", "CSTO", "ABKHAZIA"
  std::string name;  // "Russia"
  std::string kind;  // "state", "bloc", "territory", or "" when no record said
};

struct StanceEdge {
  std::size_t record = 0;  // index into StanceGraph::records()
  bool membership = false;
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode, StanceEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// A closed date interval; an open end is unbounded. An inactive window keeps every
// record, dated or not; an active one keeps only records dated inside it.
struct Window {
  std::optional<Date> from;
  std::optional<Date> until;
  bool active() const { return from.has_value() || until.has_value(); }
  bool contains(const std::optional<Date>& d) const {
    if (!active()) return true;
    if (!d) return false;
    return (!from || *d >= *from) && (!until || *d <= *until);
  }
};

// One ordered pair and sign, over the records a window keeps.
struct PairSummary {
  Vertex source = 0;
  Vertex target = 0;
  int sign = 0;
  std::size_t count = 0;      // statements
  double weight = 0.0;        // sum of record weights (> 0 when count > 0)
  double net = 0.0;           // sum of sign * weight over all signs of the pair
  std::optional<Date> first;  // earliest dated statement
  std::optional<Date> last;
  std::map<Relation, std::size_t> relations;  // how many of each kind
  std::vector<std::size_t> records;           // indices into StanceGraph::records(), in log order
  Relation main_relation() const;             // the most frequent; ties go to the lowest value
};

// Score of one actor towards another, for who-supports-whom queries.
struct ActorScore {
  Vertex actor = 0;
  double net = 0.0;       // sum of sign * weight
  std::size_t count = 0;  // statements
};

class StanceGraph {
 public:
  // Adds one record as an edge, creating its vertices on first sight. A record whose
  // source equals its target is kept in the log but adds no edge.
  void add(StanceRecord record);

  const Graph& graph() const { return graph_; }
  const std::vector<StanceRecord>& records() const { return records_; }
  std::size_t vertex_count() const { return boost::num_vertices(graph_); }

  // nullopt when no record mentions the id.
  std::optional<Vertex> find(std::string_view id) const;
  const ActorNode& node(Vertex v) const { return graph_[v]; }
  const StanceRecord& record(Edge e) const { return records_[graph_[e].record]; }

  struct EdgeFilter {
    const StanceGraph* g = nullptr;
    Window window;
    bool membership = false;
    bool operator()(const Edge& e) const {
      const StanceEdge& se = g->graph_[e];
      return se.membership == membership && window.contains(g->records_[se.record].date);
    }
  };
  using View = boost::filtered_graph<Graph, EdgeFilter>;
  // Stance edges dated inside the window (all stance edges for an inactive window).
  View stance_view(const Window& window = {}) const {
    return View(graph_, EdgeFilter{this, window, false});
  }
  // Membership edges; the window applies to the date each was stated.
  View membership_view(const Window& window = {}) const {
    return View(graph_, EdgeFilter{this, window, true});
  }

  // Stance edges aggregated per (source, target, sign), sorted by source id, target id,
  // then sign. Sign-0 records are aggregated too.
  std::vector<PairSummary> aggregate(const Window& window = {}) const;

  // Actors with statements towards `target` in the window, net score summed over signs.
  // Sorted by net descending, then id. Excludes the target itself.
  std::vector<ActorScore> scores_towards(Vertex target, const Window& window = {}) const;

  // Stance records from `source` to `target` in the window, in date order (undated last),
  // then log order.
  std::vector<std::size_t> statements(Vertex source, Vertex target,
                                      const Window& window = {}) const;

  // Stance records the window leaves out only because they are undated; with a source
  // and/or target given, only those between them (a query's own statements).
  std::size_t undated_outside(const Window& window, std::optional<Vertex> source = std::nullopt,
                              std::optional<Vertex> target = std::nullopt) const;

 private:
  Vertex vertex_for(const std::string& id, const std::string& name, const std::string& kind);

  Graph graph_;
  std::vector<StanceRecord> records_;
  std::unordered_map<std::string, Vertex> index_;
};

}  // namespace stancegraph
