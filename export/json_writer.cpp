#include "export/json_writer.hpp"

#include <cmath>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/xml_escape.hpp"

namespace stancegraph::io {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put_string(Writer& w, std::string_view key, const std::string& value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  // RapidJSON copies bytes as they are; invalid UTF-8 would make the file unreadable.
  const std::string clean = valid_utf8(value);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void put_date(Writer& w, std::string_view key, const std::optional<Date>& d) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  if (d)
    w.String(d->iso());
  else
    w.Null();
}

void put_number(Writer& w, std::string_view key, double x) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Double(std::isfinite(x) ? round6(x) : 0.0);
}

void put_int(Writer& w, std::string_view key, long long x) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Int64(x);
}

}  // namespace

std::string json_text(const ExportModel& m, const ExportOptions& opt) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  // Aggregated exports still hold parallel edges (one per sign), which a plain DiGraph
  // would merge; so "multigraph" is true whenever two links share source and target.
  bool multigraph = opt.multi;
  for (std::size_t i = 1; i < m.edges.size(); ++i)
    multigraph = multigraph || (m.edges[i].source_node == m.edges[i - 1].source_node &&
                                m.edges[i].target_node == m.edges[i - 1].target_node);
  w.Key("multigraph");
  w.Bool(multigraph);
  w.Key("graph");
  w.StartObject();
  put_string(w, "name", "stancegraph");
  put_date(w, "from", opt.window.from);
  put_date(w, "until", opt.window.until);
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (const ExportNode& n : m.nodes) {
    w.StartObject();
    put_string(w, "id", n.id);
    put_string(w, "label", n.label);
    put_string(w, "kind", n.kind);
    if (!n.iso3.empty()) put_string(w, "iso3", n.iso3);
    put_string(w, "color", hex_colour(n.colour));
    w.EndObject();
  }
  w.EndArray();

  w.Key("links");
  w.StartArray();
  for (const ExportEdge& e : m.edges) {
    w.StartObject();
    put_string(w, "id", e.id);
    if (multigraph) put_string(w, "key", e.id);
    put_string(w, "source", m.nodes[e.source_node].id);
    put_string(w, "target", m.nodes[e.target_node].id);
    put_int(w, "sign", e.sign);
    put_number(w, "weight", e.weight);
    put_number(w, "net", e.net);
    put_string(w, "relation", std::string(to_string(e.relation)));
    put_string(w, "relations", relations_text(e));
    put_int(w, "count", static_cast<long long>(e.count));
    put_date(w, "first", e.first);
    put_date(w, "last", e.last);
    w.Key("membership");
    w.Bool(e.membership);
    put_string(w, "label", edge_label(e));
    // Evidence in log order, with each sentence's date and document alongside.
    w.Key("evidence");
    w.StartArray();
    for (const std::size_t r : e.records) {
      const std::string clean = valid_utf8(m.record(r).sentence);
      w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
    }
    w.EndArray();
    w.Key("evidence_dates");
    w.StartArray();
    for (const std::size_t r : e.records) {
      if (m.record(r).date)
        w.String(m.record(r).date->iso());
      else
        w.Null();
    }
    w.EndArray();
    w.Key("evidence_docs");
    w.StartArray();
    for (const std::size_t r : e.records) {
      const std::string clean = valid_utf8(m.record(r).doc);
      w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

void write_json(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  out << json_text(m, opt) << '\n';
}

}  // namespace stancegraph::io
