#include "graph/stance_graph.hpp"

#include <algorithm>
#include <tuple>

namespace stancegraph {

Relation PairSummary::main_relation() const {
  Relation best = Relation::kSupport;
  std::size_t best_count = 0;
  for (const auto& [rel, n] : relations)
    if (n > best_count) best = rel, best_count = n;
  return best;
}

Vertex StanceGraph::vertex_for(const std::string& id, const std::string& name,
                               const std::string& kind) {
  auto it = index_.find(id);
  if (it != index_.end()) {
    ActorNode& n = graph_[it->second];
    if (n.name.empty() || n.name == n.id) n.name = name.empty() ? n.name : name;
    if (n.kind.empty()) n.kind = kind;
    return it->second;
  }
  const Vertex v = boost::add_vertex(ActorNode{id, name.empty() ? id : name, kind}, graph_);
  index_.emplace(id, v);
  return v;
}

void StanceGraph::add(StanceRecord record) {
  const std::size_t index = records_.size();
  records_.push_back(std::move(record));
  const StanceRecord& r = records_.back();
  const Vertex s = vertex_for(r.source, r.source_name, r.source_kind);
  const Vertex t = vertex_for(r.target, r.target_name, r.target_kind);
  if (s == t) return;
  boost::add_edge(s, t, StanceEdge{index, is_membership(r.relation)}, graph_);
}

std::optional<Vertex> StanceGraph::find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<PairSummary> StanceGraph::aggregate(const Window& window) const {
  std::map<std::tuple<Vertex, Vertex, int>, PairSummary> pairs;
  std::map<std::pair<Vertex, Vertex>, double> net;
  const View view = stance_view(window);
  // Visit edges in record order so summaries list evidence in log order.
  std::vector<Edge> edges;
  for (auto [e, end] = boost::edges(view); e != end; ++e) edges.push_back(*e);
  std::sort(edges.begin(), edges.end(),
            [&](const Edge& a, const Edge& b) { return graph_[a].record < graph_[b].record; });
  for (const Edge& e : edges) {
    const StanceRecord& r = records_[graph_[e].record];
    const Vertex s = boost::source(e, graph_), t = boost::target(e, graph_);
    PairSummary& p = pairs[{s, t, r.sign}];
    p.source = s;
    p.target = t;
    p.sign = r.sign;
    ++p.count;
    p.weight += r.weight;
    ++p.relations[r.relation];
    p.records.push_back(graph_[e].record);
    if (r.date) {
      if (!p.first || *r.date < *p.first) p.first = r.date;
      if (!p.last || *r.date > *p.last) p.last = r.date;
    }
    net[{s, t}] += r.sign * r.weight;
  }
  std::vector<PairSummary> out;
  out.reserve(pairs.size());
  for (auto& [key, p] : pairs) {
    p.net = net[{p.source, p.target}];
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [&](const PairSummary& a, const PairSummary& b) {
    return std::make_tuple(graph_[a.source].id, graph_[a.target].id, a.sign) <
           std::make_tuple(graph_[b.source].id, graph_[b.target].id, b.sign);
  });
  return out;
}

std::vector<ActorScore> StanceGraph::scores_towards(Vertex target, const Window& window) const {
  std::map<Vertex, ActorScore> by_actor;
  const View view = stance_view(window);
  for (auto [e, end] = boost::in_edges(target, view); e != end; ++e) {
    const Vertex s = boost::source(*e, view);
    if (s == target) continue;
    const StanceRecord& r = records_[graph_[*e].record];
    ActorScore& a = by_actor[s];
    a.actor = s;
    a.net += r.sign * r.weight;
    ++a.count;
  }
  std::vector<ActorScore> out;
  for (auto& [v, a] : by_actor) out.push_back(a);
  std::sort(out.begin(), out.end(), [&](const ActorScore& a, const ActorScore& b) {
    if (a.net != b.net) return a.net > b.net;
    return graph_[a.actor].id < graph_[b.actor].id;
  });
  return out;
}

std::vector<std::size_t> StanceGraph::statements(Vertex source, Vertex target,
                                                 const Window& window) const {
  std::vector<std::size_t> out;
  const View view = stance_view(window);
  for (auto [e, end] = boost::out_edges(source, view); e != end; ++e)
    if (boost::target(*e, view) == target) out.push_back(graph_[*e].record);
  std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    const auto& da = records_[a].date;
    const auto& db = records_[b].date;
    if (da.has_value() != db.has_value()) return da.has_value();
    if (da && *da != *db) return *da < *db;
    return a < b;
  });
  return out;
}

std::size_t StanceGraph::undated_outside(const Window& window, std::optional<Vertex> source,
                                         std::optional<Vertex> target) const {
  if (!window.active()) return 0;
  std::size_t n = 0;
  for (auto [e, end] = boost::edges(graph_); e != end; ++e) {
    if (graph_[*e].membership || records_[graph_[*e].record].date) continue;
    if (source && boost::source(*e, graph_) != *source) continue;
    if (target && boost::target(*e, graph_) != *target) continue;
    ++n;
  }
  return n;
}

}  // namespace stancegraph
