#include "export/gexf_writer.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "export/xml_escape.hpp"
#include "graph/error.hpp"

namespace stancegraph::io {

namespace {

struct Step {
  std::optional<Date> start;  // nullopt: from the beginning of time
  std::optional<Date> end;    // nullopt: open
  double weight = 0.0;
};

// The cumulative weight steps of one edge (see the header).
std::vector<Step> steps_of(const ExportModel& m, const ExportEdge& e) {
  std::map<Date, double> by_day;  // Date has operator<
  double undated = 0.0;
  for (const std::size_t r : e.records) {
    const StanceRecord& rec = m.record(r);
    if (rec.date)
      by_day[*rec.date] += effective_weight(rec);
    else
      undated += effective_weight(rec);
  }
  std::vector<Step> steps;
  if (by_day.empty()) return steps;  // static: the edge's own weight says it all
  if (undated > 0.0) steps.push_back({std::nullopt, by_day.begin()->first.plus_days(-1), undated});
  double sum = undated;
  for (auto it = by_day.begin(); it != by_day.end(); ++it) {
    sum += it->second;
    const auto next = std::next(it);
    steps.push_back(
        {it->first,
         next == by_day.end() ? std::nullopt : std::optional<Date>(next->first.plus_days(-1)),
         sum});
  }
  return steps;
}

bool has_undated(const ExportModel& m, const ExportEdge& e) {
  for (const std::size_t r : e.records)
    if (!m.record(r).date) return true;
  return false;
}

std::optional<Date> edge_start(const ExportModel& m, const ExportEdge& e) {
  if (has_undated(m, e)) return std::nullopt;
  return e.first;
}

void put_attvalue(std::ostream& out, std::string_view id, std::string_view escaped) {
  out << "          <attvalue for=\"" << id << "\" value=\"" << escaped << "\"/>\n";
}

}  // namespace

void write_gexf(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  const bool v13 = opt.gexf_version == "1.3";
  if (!v13 && opt.gexf_version != "1.2draft")
    throw Error(fmt::format("unknown GEXF version '{}' (use 1.2draft or 1.3)", opt.gexf_version));

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v13)
    out << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
           "    version=\"1.3\">\n";
  else
    out << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
           "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
           "http://www.gexf.net/1.2draft/gexf.xsd\"\n"
           "    version=\"1.2\">\n";
  out << "  <meta>\n    <creator>stancegraph</creator>\n"
         "    <description>who supports whom: signed, dated stances between states and "
         "blocs</description>\n  </meta>\n";
  out << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
      << (v13 ? " timerepresentation=\"interval\"" : "") << ">\n";
  out << "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"n_kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"n_iso3\" title=\"iso3\" type=\"string\"/>\n"
         "    </attributes>\n"
         // One block for every edge attribute: readers such as graphology-gexf (Gephi Lite)
         // keep only the last block of a class. Dynamic mode lets "weight" change over time;
         // the other attributes simply carry no spells.
         "    <attributes class=\"edge\" mode=\"dynamic\">\n"
         "      <attribute id=\"e_weight\" title=\"weight\" type=\"double\"/>\n"
         "      <attribute id=\"e_sign\" title=\"sign\" type=\"integer\"/>\n"
         "      <attribute id=\"e_relation\" title=\"relation\" type=\"string\"/>\n"
         "      <attribute id=\"e_relations\" title=\"relations\" type=\"string\"/>\n"
         "      <attribute id=\"e_count\" title=\"count\" type=\"integer\"/>\n"
         "      <attribute id=\"e_first\" title=\"first\" type=\"string\"/>\n"
         "      <attribute id=\"e_last\" title=\"last\" type=\"string\"/>\n"
         "      <attribute id=\"e_net\" title=\"net\" type=\"double\"/>\n"
         "      <attribute id=\"e_membership\" title=\"membership\" type=\"boolean\"/>\n";
  if (opt.multi)
    out << "      <attribute id=\"e_evidence\" title=\"evidence\" type=\"string\"/>\n"
           "      <attribute id=\"e_doc\" title=\"doc\" type=\"string\"/>\n";
  out << "    </attributes>\n";

  // A node starts with its earliest edge, when every edge it has starts.
  std::vector<std::optional<Date>> node_start(m.nodes.size());
  std::vector<bool> always(m.nodes.size(), false);
  for (const ExportEdge& e : m.edges) {
    const std::optional<Date> s = edge_start(m, e);
    for (const std::size_t n : {e.source_node, e.target_node}) {
      if (!s)
        always[n] = true;
      else if (!node_start[n] || *s < *node_start[n])
        node_start[n] = s;
    }
  }

  out << "    <nodes count=\"" << m.nodes.size() << "\">\n";
  for (std::size_t i = 0; i < m.nodes.size(); ++i) {
    const ExportNode& n = m.nodes[i];
    out << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << '"';
    if (node_start[i] && !always[i]) out << " start=\"" << node_start[i]->iso() << '"';
    out << ">\n        <attvalues>\n";
    put_attvalue(out, "n_kind", xml_escape(n.kind));
    put_attvalue(out, "n_iso3", n.iso3);
    out << "        </attvalues>\n"
        << fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n", n.colour.r, n.colour.g,
                       n.colour.b)
        << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << m.edges.size() << "\">\n";
  for (const ExportEdge& e : m.edges) {
    out << "      <edge id=\"" << e.id << "\" source=\"" << xml_escape(m.nodes[e.source_node].id)
        << "\" target=\"" << xml_escape(m.nodes[e.target_node].id) << "\" label=\""
        << xml_escape(edge_label(e)) << "\" weight=\"" << format_number(e.weight) << '"';
    if (const auto s = edge_start(m, e)) out << " start=\"" << s->iso() << '"';
    out << ">\n        <attvalues>\n";
    put_attvalue(out, "e_sign", std::to_string(e.sign));
    put_attvalue(out, "e_relation", to_string(e.relation));
    put_attvalue(out, "e_relations", relations_text(e));
    put_attvalue(out, "e_count", std::to_string(e.count));
    put_attvalue(out, "e_first", e.first ? e.first->iso() : "");
    put_attvalue(out, "e_last", e.last ? e.last->iso() : "");
    put_attvalue(out, "e_net", format_number(e.net));
    put_attvalue(out, "e_membership", e.membership ? "true" : "false");
    if (opt.multi) {
      const StanceRecord& r = m.record(e.records.front());
      put_attvalue(out, "e_evidence", xml_escape(r.sentence));
      put_attvalue(out, "e_doc", xml_escape(r.doc));
    }
    for (const Step& s : steps_of(m, e)) {
      out << "          <attvalue for=\"e_weight\" value=\"" << format_number(s.weight) << '"';
      if (s.start) out << " start=\"" << s.start->iso() << '"';
      if (s.end) out << " end=\"" << s.end->iso() << '"';
      out << "/>\n";
    }
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace stancegraph::io
