#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "export/xml_escape.hpp"
#include "graph/error.hpp"

namespace stancegraph::io {

namespace {

struct Look {
  std::string_view colour;
  std::string_view style;
  std::string_view arrowhead;
};

Look look_of(EdgeStyle s) {
  switch (s) {
    case EdgeStyle::kSupport:
      return {"#2ca02c", "solid", "normal"};
    case EdgeStyle::kOpposition:
      return {"#d62728", "dashed", "tee"};
    case EdgeStyle::kWithheld:
      return {"#f08080", "dotted", "tee"};
    case EdgeStyle::kContact:
      return {"#7f7f7f", "solid", "odot"};
    case EdgeStyle::kMembership:
      return {"#a0a0a0", "dotted", "empty"};
  }
  return {"#7f7f7f", "solid", "normal"};
}

std::string_view shape_of(const std::string& kind) {
  if (kind == "bloc") return "box3d";
  if (kind == "territory") return "hexagon";
  return "ellipse";
}

// Pale fills keep black labels readable; the border carries the kind colour.
std::string_view fill_of(const std::string& kind) {
  if (kind == "state") return "#aec7e8";
  if (kind == "bloc") return "#ffbb78";
  if (kind == "territory") return "#c5b0d5";
  return "#dddddd";
}

double pen_width(const ExportEdge& e) {
  if (e.membership) return 1.0;
  return std::min(8.0, 1.0 + 1.5 * std::sqrt(e.weight));
}

void put_node(std::ostream& out, const ExportNode& n, std::string_view indent) {
  out << indent << dot_quote(n.id) << " [label=" << dot_quote(n.label, true)
      << ", shape=" << shape_of(n.kind) << ", color=\"" << hex_colour(n.colour)
      << "\", fillcolor=\"" << fill_of(n.kind) << "\"];\n";
}

void put_legend(std::ostream& out) {
  out << "  subgraph \"cluster_legend\" {\n"
         "    label=\"Legend\"; fontsize=10; style=\"rounded\"; color=\"#999999\";\n"
         "    node [fontsize=9];\n"
         "    \"legend:state\" [label=\"state\", shape=ellipse, color=\"#1f77b4\", "
         "fillcolor=\"#aec7e8\"];\n"
         "    \"legend:bloc\" [label=\"bloc\", shape=box3d, color=\"#ff7f0e\", "
         "fillcolor=\"#ffbb78\"];\n"
         "    \"legend:territory\" [label=\"territory\", shape=hexagon, color=\"#9467bd\", "
         "fillcolor=\"#c5b0d5\"];\n";
  const std::pair<EdgeStyle, std::string_view> rows[] = {
      {EdgeStyle::kSupport, "support"},
      {EdgeStyle::kOpposition, "opposition"},
      {EdgeStyle::kWithheld, "withheld support"},
      {EdgeStyle::kContact, "contact"},
      {EdgeStyle::kMembership, "member / observer"},
  };
  int i = 0;
  for (const auto& [style, text] : rows) {
    const Look l = look_of(style);
    out << fmt::format(
        "    \"legend:{0}a\" [shape=point, width=0.05, label=\"\"];\n"
        "    \"legend:{0}b\" [shape=point, width=0.05, label=\"\"];\n"
        "    \"legend:{0}a\" -> \"legend:{0}b\" [label=\"{1}\", fontsize=9, color=\"{2}\", "
        "fontcolor=\"{2}\", style={3}, arrowhead={4}];\n",
        i++, text, l.colour, l.style, l.arrowhead);
  }
  out << "  }\n";
}

// member -> the bloc whose cluster holds it (see the header for the rule).
std::map<std::size_t, std::size_t> cluster_of(const ExportModel& m, const ExportOptions& opt) {
  const StanceGraph& g = *m.graph;
  std::map<Vertex, std::size_t> node_index;
  for (std::size_t i = 0; i < m.nodes.size(); ++i) node_index[m.nodes[i].vertex] = i;
  // (member, bloc) -> member_of records, from the graph: clusters do not depend on
  // whether membership edges are drawn.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> counts;
  const StanceGraph::View view = g.membership_view(opt.window);
  for (auto [e, end] = boost::edges(view); e != end; ++e) {
    if (g.record(*e).relation != Relation::kMemberOf) continue;
    const auto s = node_index.find(boost::source(*e, view));
    const auto t = node_index.find(boost::target(*e, view));
    if (s == node_index.end() || t == node_index.end()) continue;
    if (m.nodes[s->second].kind == "bloc" || m.nodes[t->second].kind != "bloc") continue;
    ++counts[{s->second, t->second}];
  }
  // Node indices follow id order, so the first bloc met with the highest count is the
  // one with the smaller id.
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> best;  // member -> (bloc, n)
  for (const auto& [pair, n] : counts) {
    auto it = best.find(pair.first);
    if (it == best.end() || n > it->second.second) best[pair.first] = {pair.second, n};
  }
  std::map<std::size_t, std::size_t> out;
  for (const auto& [member, choice] : best) out[member] = choice.first;
  return out;
}

}  // namespace

bool known_layout_engine(std::string_view name) {
  constexpr std::string_view kEngines[] = {"dot",   "neato", "fdp",   "sfdp",
                                           "circo", "twopi", "osage", "patchwork"};
  return std::find(std::begin(kEngines), std::end(kEngines), name) != std::end(kEngines);
}

std::string dot_quote(std::string_view text, bool label) {
  const std::string clean = valid_utf8(text);
  std::string out = "\"";
  for (const char c : clean) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += ' ';
        break;
      case '&':
        out += label ? "&amp;" : "&";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
        out += c;
    }
  }
  out += '"';
  return out;
}

void write_dot(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  std::string layout = opt.layout;
  if (layout.empty()) layout = m.nodes.size() <= kDotNodeLimit ? "dot" : "sfdp";
  if (!known_layout_engine(layout))
    throw Error(
        fmt::format("unknown Graphviz layout engine '{}' (use dot, neato, fdp, sfdp, "
                    "circo, twopi, osage or patchwork)",
                    layout));
  out << "digraph \"stancegraph\" {\n"
      << "  graph [charset=\"UTF-8\", layout=" << layout << ", fontname=\"Helvetica\"";
  // Force-directed engines overlap nodes unless told not to.
  if (layout != "dot") out << ", overlap=false, splines=true";
  out << "];\n"
         "  node [fontname=\"Helvetica\", style=filled, fontsize=11];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  put_legend(out);

  std::vector<bool> placed(m.nodes.size(), false);
  if (opt.clusters) {
    std::map<std::size_t, std::vector<std::size_t>> members;  // bloc -> members, by id
    for (const auto& [member, bloc] : cluster_of(m, opt)) members[bloc].push_back(member);
    for (const auto& [bloc, list] : members) {
      const ExportNode& b = m.nodes[bloc];
      out << "  subgraph " << dot_quote("cluster_" + b.id) << " {\n"
          << "    label=" << dot_quote(b.label, true)
          << "; style=\"rounded,dashed\"; color=\"#ff7f0e\";\n";
      put_node(out, b, "    ");
      placed[bloc] = true;
      for (const std::size_t n : list) {
        put_node(out, m.nodes[n], "    ");
        placed[n] = true;
      }
      out << "  }\n";
    }
  }
  for (std::size_t i = 0; i < m.nodes.size(); ++i)
    if (!placed[i]) put_node(out, m.nodes[i], "  ");

  for (const ExportEdge& e : m.edges) {
    const Look l = look_of(e.style);
    std::string tooltip = edge_label(e);
    if (e.first) {
      tooltip += ", " + e.first->iso();
      if (*e.last != *e.first) tooltip += " to " + e.last->iso();
    }
    out << "  " << dot_quote(m.nodes[e.source_node].id) << " -> "
        << dot_quote(m.nodes[e.target_node].id) << " [id=\"" << e.id << "\", color=\"" << l.colour
        << "\", style=" << l.style << ", arrowhead=" << l.arrowhead
        << ", penwidth=" << format_number(std::round(pen_width(e) * 100) / 100)
        << ", tooltip=" << dot_quote(tooltip, true) << "];\n";
  }
  out << "}\n";
}

}  // namespace stancegraph::io
