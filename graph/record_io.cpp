#include "graph/record_io.hpp"

#include <cmath>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/error.hpp"

namespace stancegraph {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void put_number(JsonWriter& w, const char* key, double value) {
  w.Key(key);
  // Rounded to 3 places so a value computed two ways prints the same.
  const double r = std::round(value * 1000.0) / 1000.0;
  if (r == std::floor(r) && std::fabs(r) < 1e15)
    w.Int64(static_cast<std::int64_t>(r));
  else
    w.Double(r);
}

}  // namespace

std::string to_jsonl(const StanceRecord& r) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.SetMaxDecimalPlaces(3);
  w.StartObject();
  put(w, "doc", r.doc);
  w.Key("date");
  if (r.date)
    w.String(r.date->iso().c_str());
  else
    w.Null();
  put(w, "source", r.source);
  put(w, "source_name", r.source_name);
  put(w, "source_kind", r.source_kind);
  put(w, "target", r.target);
  put(w, "target_name", r.target_name);
  put(w, "target_kind", r.target_kind);
  w.Key("relation");
  const auto rel = to_string(r.relation);
  w.String(rel.data(), static_cast<rapidjson::SizeType>(rel.size()));
  w.Key("sign");
  w.Int(r.sign);
  put_number(w, "weight", r.weight);
  put(w, "sentence", r.sentence);
  w.Key("span");
  w.StartArray();
  w.Uint64(r.span_begin);
  w.Uint64(r.span_end);
  w.EndArray();
  put(w, "cue", r.cue);
  put_number(w, "confidence", r.confidence);
  if (!r.cameo.empty()) put(w, "cameo", r.cameo);
  if (r.goldstein) put_number(w, "goldstein", *r.goldstein);
  if (!r.source_via.empty()) put(w, "source_via", r.source_via);
  if (!r.target_via.empty()) put(w, "target_via", r.target_via);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

namespace {

std::string get_string(const rapidjson::Value& obj, const char* key, bool required,
                       const std::string& path, std::size_t line) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    if (required) throw Error(path, line, 0, std::string("record has no \"") + key + "\" field");
    return {};
  }
  if (!it->value.IsString())
    throw Error(path, line, 0, std::string("\"") + key + "\" must be a string");
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

double get_number(const rapidjson::Value& obj, const char* key, double fallback,
                  const std::string& path, std::size_t line) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return fallback;
  if (!it->value.IsNumber())
    throw Error(path, line, 0, std::string("\"") + key + "\" must be a number");
  return it->value.GetDouble();
}

}  // namespace

void for_each_record(std::istream& in, const std::string& path,
                     const std::function<void(StanceRecord&&)>& fn) {
  std::string text;
  std::size_t line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (d.HasParseError())
      throw Error(path, line, d.GetErrorOffset() + 1,
                  std::string("not valid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
    if (!d.IsObject()) throw Error(path, line, 1, "a record must be a JSON object");
    StanceRecord r;
    r.doc = get_string(d, "doc", false, path, line);
    const std::string date = get_string(d, "date", false, path, line);
    if (!date.empty()) {
      r.date = parse_iso_date(date);
      if (!r.date) throw Error(path, line, 0, "\"date\" must be YYYY-MM-DD, got \"" + date + "\"");
    }
    r.source = get_string(d, "source", true, path, line);
    r.target = get_string(d, "target", true, path, line);
    if (r.source.empty() || r.target.empty())
      throw Error(path, line, 0, "\"source\" and \"target\" must not be empty");
    r.source_name = get_string(d, "source_name", false, path, line);
    r.target_name = get_string(d, "target_name", false, path, line);
    r.source_kind = get_string(d, "source_kind", false, path, line);
    r.target_kind = get_string(d, "target_kind", false, path, line);
    const std::string rel = get_string(d, "relation", true, path, line);
    const auto relation = relation_from_string(rel);
    if (!relation) throw Error(path, line, 0, "unknown relation \"" + rel + "\"");
    r.relation = *relation;
    auto sign = d.FindMember("sign");
    if (sign == d.MemberEnd() || !sign->value.IsInt() || sign->value.GetInt() < -1 ||
        sign->value.GetInt() > 1)
      throw Error(path, line, 0, "\"sign\" must be -1, 0 or 1");
    r.sign = sign->value.GetInt();
    r.weight = get_number(d, "weight", 0.5, path, line);
    if (!(r.weight >= 0.0) || r.weight > 1e9)
      throw Error(path, line, 0, "\"weight\" must be a non-negative number");
    r.confidence = get_number(d, "confidence", 1.0, path, line);
    r.sentence = get_string(d, "sentence", false, path, line);
    r.cue = get_string(d, "cue", false, path, line);
    r.cameo = get_string(d, "cameo", false, path, line);
    if (d.HasMember("goldstein")) r.goldstein = get_number(d, "goldstein", 0.0, path, line);
    r.source_via = get_string(d, "source_via", false, path, line);
    r.target_via = get_string(d, "target_via", false, path, line);
    auto span = d.FindMember("span");
    if (span != d.MemberEnd() && span->value.IsArray() && span->value.Size() == 2 &&
        span->value[0].IsUint64() && span->value[1].IsUint64()) {
      r.span_begin = span->value[0].GetUint64();
      r.span_end = span->value[1].GetUint64();
    }
    fn(std::move(r));
  }
  if (in.bad()) throw Error(path, line, 0, "read error");
}

}  // namespace stancegraph
