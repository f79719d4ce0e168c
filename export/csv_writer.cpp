#include "export/csv_writer.hpp"

#include <initializer_list>
#include <string>

#include "export/xml_escape.hpp"

namespace stancegraph::io {

namespace {

constexpr std::string_view kEnd = "\r\n";

void put_row(std::ostream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out << ',';
    out << csv_field(f);
    first = false;
  }
  out << kEnd;
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

std::string iso_or_empty(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

// Neo4j labels: every node is an Actor, and also a State, Bloc or Territory.
std::string labels_of(const std::string& kind) {
  if (kind == "state") return "Actor;State";
  if (kind == "bloc") return "Actor;Bloc";
  if (kind == "territory") return "Actor;Territory";
  return "Actor";
}

// Relationship types by sign, the detail in `relation`: queries match SUPPORTS or
// OPPOSES without listing thirty relations.
std::string_view neo4j_type(const StanceRecord& r) {
  if (r.relation == Relation::kMemberOf) return "MEMBER_OF";
  if (r.relation == Relation::kObserverOf) return "OBSERVER_OF";
  if (r.sign > 0) return "SUPPORTS";
  if (r.sign < 0) return "OPPOSES";
  return "CONTACTS";
}

}  // namespace

std::string csv_field(std::string_view text) {
  const std::string clean = valid_utf8(text);
  if (clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
  std::string out = "\"";
  for (const char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_nodes(std::ostream& out, const ExportModel& m) {
  put_row(out, {"Id", "Label", "kind", "iso3", "color"});
  for (const ExportNode& n : m.nodes)
    put_row(out, {n.id, n.label, n.kind, n.iso3, hex_colour(n.colour)});
}

void write_csv_edges(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  if (opt.multi)
    put_row(out, {"Source", "Target", "Id", "Label", "Weight", "sign", "relation", "relations",
                  "count", "first", "last", "net", "membership", "date", "evidence", "doc"});
  else
    put_row(out, {"Source", "Target", "Id", "Label", "Weight", "sign", "relation", "relations",
                  "count", "first", "last", "net", "membership"});
  for (const ExportEdge& e : m.edges) {
    const std::string source = m.nodes[e.source_node].id, target = m.nodes[e.target_node].id;
    if (opt.multi) {
      const StanceRecord& r = m.record(e.records.front());
      put_row(out,
              {source, target, e.id, edge_label(e), format_number(e.weight), std::to_string(e.sign),
               std::string(to_string(e.relation)), relations_text(e), std::to_string(e.count),
               iso_or_empty(e.first), iso_or_empty(e.last), format_number(e.net),
               e.membership ? "true" : "false", iso_or_empty(r.date), r.sentence, r.doc});
    } else {
      put_row(out, {source, target, e.id, edge_label(e), format_number(e.weight),
                    std::to_string(e.sign), std::string(to_string(e.relation)), relations_text(e),
                    std::to_string(e.count), iso_or_empty(e.first), iso_or_empty(e.last),
                    format_number(e.net), e.membership ? "true" : "false"});
    }
  }
}

void write_neo4j_nodes(std::ostream& out, const ExportModel& m) {
  put_row(out, {"id:ID(Actor)", "name", "kind", ":LABEL"});
  for (const ExportNode& n : m.nodes)
    put_row(out, {n.id, one_line(n.label), n.kind, labels_of(n.kind)});
}

void write_neo4j_edges(std::ostream& out, const ExportModel& m) {
  put_row(out, {":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "sign:int", "weight:double",
                "date:date", "relation", "sentence", "doc", "cue"});
  for (const ExportEdge& e : m.edges)
    for (const std::size_t index : e.records) {
      const StanceRecord& r = m.record(index);
      put_row(out,
              {m.nodes[e.source_node].id, m.nodes[e.target_node].id, std::string(neo4j_type(r)),
               std::to_string(e.membership ? 0 : r.sign), format_number(effective_weight(r)),
               iso_or_empty(r.date), std::string(to_string(r.relation)), one_line(r.sentence),
               one_line(r.doc), one_line(r.cue)});
    }
}

}  // namespace stancegraph::io
