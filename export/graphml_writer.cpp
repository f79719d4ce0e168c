#include "export/graphml_writer.hpp"

#include <string>
#include <string_view>

#include "export/xml_escape.hpp"

namespace stancegraph::io {

namespace {

struct Key {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;
};

// Declared whatever the data, so every file of one mode has the same columns.
constexpr Key kNodeKeys[] = {
    {"n_actor", "node", "actor", "string"},
    {"n_label", "node", "label", "string"},
    {"n_kind", "node", "kind", "string"},
    {"n_iso3", "node", "iso3", "string"},
    {"n_r", "node", "r", "int"},
    {"n_g", "node", "g", "int"},
    {"n_b", "node", "b", "int"},
};
constexpr Key kEdgeKeys[] = {
    {"e_label", "edge", "label", "string"},
    {"e_weight", "edge", "weight", "double"},
    {"e_sign", "edge", "sign", "int"},
    {"e_relation", "edge", "relation", "string"},
    {"e_relations", "edge", "relations", "string"},
    {"e_count", "edge", "count", "int"},
    {"e_first", "edge", "first", "string"},
    {"e_last", "edge", "last", "string"},
    {"e_net", "edge", "net", "double"},
    {"e_membership", "edge", "membership", "boolean"},
};
// Only with --multi, where an edge is one statement.
constexpr Key kStatementKeys[] = {
    {"e_date", "edge", "date", "string"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_doc", "edge", "doc", "string"},
    {"e_cue", "edge", "cue", "string"},
    {"e_cameo", "edge", "cameo", "string"},
    {"e_goldstein", "edge", "goldstein", "double"},
    {"e_confidence", "edge", "confidence", "double"},
};

void put_key(std::ostream& out, const Key& k) {
  out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
      << "\" attr.type=\"" << k.type << "\"/>\n";
}

void put_data(std::ostream& out, std::string_view key, std::string_view escaped_value) {
  out << "      <data key=\"" << key << "\">" << escaped_value << "</data>\n";
}

// Node ids must be XML NMTOKENs for the schema (and igraph mangles entities in them), so
// bytes other than ASCII letters, digits, '_', '-' and ':' are written ".HH" (hex, upper
// case). '.' is itself escaped, so distinct actor ids stay distinct: "Q\"X" -> "Q.22X".
std::string node_id(std::string_view actor) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : actor) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
        u == '-' || u == ':') {
      out += c;
    } else {
      out += '.';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::string iso_or_empty(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

}  // namespace

void write_graphml(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kNodeKeys) put_key(out, k);
  for (const Key& k : kEdgeKeys) put_key(out, k);
  if (opt.multi)
    for (const Key& k : kStatementKeys) put_key(out, k);
  out << "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n";

  for (const ExportNode& n : m.nodes) {
    out << "    <node id=\"" << node_id(n.id) << "\">\n";
    put_data(out, "n_actor", xml_escape(n.id));
    put_data(out, "n_label", xml_escape(n.label));
    put_data(out, "n_kind", xml_escape(n.kind));
    if (!n.iso3.empty()) put_data(out, "n_iso3", n.iso3);
    put_data(out, "n_r", std::to_string(n.colour.r));
    put_data(out, "n_g", std::to_string(n.colour.g));
    put_data(out, "n_b", std::to_string(n.colour.b));
    out << "    </node>\n";
  }

  for (const ExportEdge& e : m.edges) {
    out << "    <edge id=\"" << e.id << "\" source=\"" << node_id(m.nodes[e.source_node].id)
        << "\" target=\"" << node_id(m.nodes[e.target_node].id) << "\">\n";
    put_data(out, "e_label", xml_escape(edge_label(e)));
    put_data(out, "e_weight", format_number(e.weight));
    put_data(out, "e_sign", std::to_string(e.sign));
    put_data(out, "e_relation", to_string(e.relation));
    put_data(out, "e_relations", relations_text(e));
    put_data(out, "e_count", std::to_string(e.count));
    put_data(out, "e_first", iso_or_empty(e.first));
    put_data(out, "e_last", iso_or_empty(e.last));
    put_data(out, "e_net", format_number(e.net));
    put_data(out, "e_membership", e.membership ? "1" : "0");
    if (opt.multi) {
      const StanceRecord& r = m.record(e.records.front());
      put_data(out, "e_date", iso_or_empty(r.date));
      put_data(out, "e_evidence", xml_escape(r.sentence));
      put_data(out, "e_doc", xml_escape(r.doc));
      put_data(out, "e_cue", xml_escape(r.cue));
      put_data(out, "e_cameo", xml_escape(r.cameo));
      if (r.goldstein) put_data(out, "e_goldstein", format_number(*r.goldstein));
      put_data(out, "e_confidence", format_number(r.confidence));
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace stancegraph::io
