#include "extract/lexicons.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <mutex>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "graph/error.hpp"

extern const char stancegraph_actors_json[];
extern const std::size_t stancegraph_actors_json_size;
extern const char stancegraph_officials_json[];
extern const std::size_t stancegraph_officials_json_size;
extern const char stancegraph_memberships_json[];
extern const std::size_t stancegraph_memberships_json_size;
extern const char stancegraph_cameo_json[];
extern const std::size_t stancegraph_cameo_json_size;
extern const char stancegraph_cues_json[];
extern const std::size_t stancegraph_cues_json_size;

namespace stancegraph::extract {

namespace {

using rapidjson::Value;

// Line and column of a byte offset, for error messages.
std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

rapidjson::Document parse_json(std::string_view json, const std::string& path) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (d.HasParseError()) {
    auto [line, col] = line_col(json, d.GetErrorOffset());
    throw Error(path, line, col,
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
  }
  if (!d.IsObject()) throw Error(path, 1, 1, "expected a JSON object at the top");
  return d;
}

const Value& array_member(const Value& obj, const char* key, const std::string& path) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray())
    throw Error(path, 0, 0, std::string("expected an array \"") + key + "\"");
  return it->value;
}

std::string str(const Value& obj, const char* key, const std::string& where, bool required = true) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    if (required) throw Error(where + ": missing \"" + key + "\"");
    return {};
  }
  if (!it->value.IsString()) throw Error(where + ": \"" + key + "\" must be a string");
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> strings(const Value& obj, const char* key, const std::string& where) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return out;
  if (!it->value.IsArray()) throw Error(where + ": \"" + key + "\" must be an array of strings");
  for (const Value& v : it->value.GetArray()) {
    if (!v.IsString() || v.GetStringLength() == 0)
      throw Error(where + ": \"" + key + "\" must hold non-empty strings");
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::optional<Date> date_field(const Value& obj, const char* key, const std::string& where) {
  const std::string s = str(obj, key, where, false);
  if (s.empty()) return std::nullopt;
  auto d = parse_iso_date(s);
  if (!d) throw Error(where + ": \"" + key + "\" must be a date YYYY-MM-DD, got \"" + s + "\"");
  return d;
}

bool is_stopword(const std::string& w) {
  static const char* kStop[] = {
      "the",          "of",           "and",           "for",         "in",
      "organization", "organisation", "treaty",        "cooperation", "co-operation",
      "council",      "union",        "security",      "states",      "nations",
      "united",       "collective",   "republic",      "people's",    "group",
      "community",    "league",       "international", "economic",    "association",
      "north",        "south",        "east",          "west",        "central",
      "new",          "world",        "commonwealth",  "independent", "gulf",
      "african",      "arab",         "american"};
  for (const char* s : kStop)
    if (w == s) return true;
  return false;
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, 0, 0, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path, 0, 0, "read error");
  return ss.str();
}

void Lexicons::add_actors_json(std::string_view json, const std::string& path) {
  const rapidjson::Document d = parse_json(json, path);
  const Value& list = array_member(d, "actors", path);
  std::size_t n = 0;
  for (const Value& a : list.GetArray()) {
    ++n;
    if (!a.IsObject()) throw Error(path + ": actor #" + std::to_string(n) + " is not an object");
    Actor actor;
    actor.id = str(a, "id", path + ": actor #" + std::to_string(n));
    const std::string where = path + ": actor " + actor.id;
    if (actor.id.empty()) throw Error(where + ": empty id");
    actor.kind = str(a, "kind", where);
    if (actor.kind != "state" && actor.kind != "bloc" && actor.kind != "territory")
      throw Error(where + ": kind must be state, bloc or territory, got \"" + actor.kind + "\"");
    actor.name = str(a, "name", where);
    actor.iso3 = str(a, "iso3", where, false);
    for (std::string& g : strings(a, "generic", where)) {
      std::transform(g.begin(), g.end(), g.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      actor.generic.push_back(g);
    }
    const auto names = strings(a, "names", where);
    if (actor.kind == "bloc") {
      for (const std::string& nm : names) {
        const TokenizedText t = tokenize(nm);
        for (const Token& tok : t.tokens) {
          const std::string w(tok.lower);
          if (tok.cap && tok.word() && w.size() > 3 && !is_stopword(w) &&
              std::find(actor.name_words.begin(), actor.name_words.end(), w) ==
                  actor.name_words.end())
            actor.name_words.push_back(w);
        }
      }
    }
    const std::size_t idx = actors.add_actor(actor);
    actors.add_form(idx, actor.name, FormKind::kName);
    for (const auto& s : names) actors.add_form(idx, s, FormKind::kName);
    for (const auto& s : strings(a, "abbreviations", where))
      actors.add_form(idx, s, FormKind::kAbbreviation);
    for (const auto& s : strings(a, "capitals", where)) actors.add_form(idx, s, FormKind::kCapital);
    for (const auto& s : strings(a, "seats", where)) actors.add_form(idx, s, FormKind::kSeat);
    for (const auto& s : strings(a, "demonyms", where)) actors.add_form(idx, s, FormKind::kDemonym);
    for (const auto& s : strings(a, "plurals", where)) actors.add_form(idx, s, FormKind::kPlural);
    for (const auto& s : strings(a, "misspellings", where))
      actors.add_form(idx, s, FormKind::kMisspelling);
  }
}

void Lexicons::add_officials_json(std::string_view json, const std::string& path) {
  const rapidjson::Document d = parse_json(json, path);
  std::size_t n = 0;
  for (const Value& o : array_member(d, "officials", path).GetArray()) {
    ++n;
    const std::string where = path + ": official #" + std::to_string(n);
    if (!o.IsObject()) throw Error(where + " is not an object");
    const std::string actor_id = str(o, "actor", where);
    const auto actor = actors.find(actor_id);
    if (!actor) throw Error(where + ": unknown actor \"" + actor_id + "\"");
    Official off;
    off.actor = *actor;
    off.name = str(o, "name", where);
    off.surname = str(o, "surname", where);
    std::transform(off.surname.begin(), off.surname.end(), off.surname.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    off.role = str(o, "role", where, false);
    off.from = date_field(o, "from", where);
    off.until = date_field(o, "until", where);
    std::vector<std::string> names = strings(o, "variants", where);
    names.insert(names.begin(), off.name);
    actors.add_official(std::move(off), names);
  }
}

void Lexicons::add_memberships_json(std::string_view json, const std::string& path) {
  const rapidjson::Document d = parse_json(json, path);
  std::size_t n = 0;
  for (const Value& m : array_member(d, "memberships", path).GetArray()) {
    ++n;
    const std::string where = path + ": membership #" + std::to_string(n);
    if (!m.IsObject()) throw Error(where + " is not an object");
    Membership ms;
    const std::string member = str(m, "member", where), bloc = str(m, "bloc", where);
    auto mi = actors.find(member), bi = actors.find(bloc);
    if (!mi) throw Error(where + ": unknown member \"" + member + "\"");
    if (!bi) throw Error(where + ": unknown bloc \"" + bloc + "\"");
    ms.member = *mi;
    ms.bloc = *bi;
    ms.status = str(m, "status", where);
    ms.from = date_field(m, "from", where);
    ms.until = date_field(m, "until", where);
    memberships.push_back(std::move(ms));
  }
}

void Lexicons::add_cameo_json(std::string_view json, const std::string& path) {
  const rapidjson::Document d = parse_json(json, path);
  for (const Value& c : array_member(d, "codes", path).GetArray()) {
    if (!c.IsObject()) throw Error(path + ": a code entry is not an object");
    const std::string code = str(c, "code", path + ": code");
    CameoCode cc;
    cc.description = str(c, "description", path + ": code " + code, false);
    auto g = c.FindMember("goldstein");
    if (g != c.MemberEnd() && g->value.IsNumber()) cc.goldstein = g->value.GetDouble();
    cameo_[code] = std::move(cc);
  }
}

void Lexicons::add_cues_json(std::string_view json, const std::string& path) {
  const rapidjson::Document d = parse_json(json, path);
  std::size_t n = 0;
  for (const Value& c : array_member(d, "cues", path).GetArray()) {
    ++n;
    const std::string where = path + ": cue #" + std::to_string(n);
    if (!c.IsObject()) throw Error(where + " is not an object");
    Cue cue;
    cue.text = str(c, "pattern", where);
    cue.words = phrase_words(cue.text);
    // phrase_words splits "{T}" into braces; put the slot back together.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < cue.words.size(); ++i) {
      if (cue.words[i] == "{" && i + 2 < cue.words.size() && cue.words[i + 2] == "}") {
        words.push_back("{T}");
        i += 2;
      } else {
        words.push_back(cue.words[i]);
      }
    }
    cue.words = std::move(words);
    if (cue.words.empty() || cue.words.front() == "{T}")
      throw Error(where + ": a pattern must start with a word");
    const std::string pos = str(c, "pos", where);
    if (pos == "verb")
      cue.pos = CuePos::kVerb;
    else if (pos == "noun")
      cue.pos = CuePos::kNoun;
    else if (pos == "phrase")
      cue.pos = CuePos::kPhrase;
    else
      throw Error(where + ": pos must be verb, noun or phrase");
    const std::string rel = str(c, "relation", where);
    auto r = relation_from_string(rel);
    if (!r) throw Error(where + ": unknown relation \"" + rel + "\"");
    cue.relation = *r;
    auto sign = c.FindMember("sign");
    if (sign == c.MemberEnd() || !sign->value.IsInt() || sign->value.GetInt() < -1 ||
        sign->value.GetInt() > 1)
      throw Error(where + ": sign must be -1, 0 or 1");
    cue.sign = sign->value.GetInt();
    auto w = c.FindMember("weight");
    if (w == c.MemberEnd() || !w->value.IsNumber() || w->value.GetDouble() <= 0 ||
        w->value.GetDouble() > 1)
      throw Error(where + ": weight must be a number in (0, 1]");
    cue.weight = w->value.GetDouble();
    cue.cameo = str(c, "cameo", where, false);
    if (const CameoCode* cc = cameo(cue.cameo)) cue.goldstein = cc->goldstein;
    const std::string withhold = str(c, "withhold", where, false);
    if (withhold == "any")
      cue.withhold = Withhold::kAny;
    else if (withhold == "refusal")
      cue.withhold = Withhold::kRefusal;
    else if (!withhold.empty())
      throw Error(where + ": withhold must be any or refusal");
    const std::string frame = str(c, "frame", where, false);
    if (frame == "complement")
      cue.frame = Frame::kComplement;
    else if (frame == "target_is_subject")
      cue.frame = Frame::kTargetIsSubject;
    else if (frame == "seekable")
      cue.frame = Frame::kSeekable;
    else if (frame == "agent_only")
      cue.frame = Frame::kAgentOnly;
    else if (frame == "needs_light")
      cue.frame = Frame::kNeedsLight;
    else if (frame == "passive_by")
      cue.frame = Frame::kPassiveBy;
    else if (frame == "ally")
      cue.frame = Frame::kAlly;
    else if (!frame.empty())
      throw Error(where + ": unknown frame \"" + frame + "\"");
    cues.add(std::move(cue), strings(c, "forms", where));
  }
  auto markers = d.FindMember("markers");
  if (markers == d.MemberEnd() || !markers->value.IsObject())
    throw Error(path + ": expected an object \"markers\"");
  const std::pair<const char*, Marker> kMarkers[] = {{"negation", Marker::kNegation},
                                                     {"refusal", Marker::kRefusal},
                                                     {"modal", Marker::kModal},
                                                     {"seek", Marker::kSeek},
                                                     {"failure", Marker::kFailure},
                                                     {"light", Marker::kLight},
                                                     {"attract", Marker::kAttract},
                                                     {"reporting", Marker::kReporting},
                                                     {"denial", Marker::kDenial},
                                                     {"membership_verbs", Marker::kMembershipVerb},
                                                     {"observer_phrases", Marker::kObserverPhrase},
                                                     {"member_phrases", Marker::kMemberPhrase}};
  for (const auto& [key, marker] : kMarkers)
    for (const std::string& phrase : strings(markers->value, key, path + ": markers"))
      cues.add_marker(marker, phrase);
}

namespace {

// TABARI dates: YYMMDD or YYYYMMDD.
std::optional<Date> tabari_date(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int y, m, d;
  if (s.size() == 6) {
    y = std::stoi(std::string(s.substr(0, 2)));
    y += y < 50 ? 2000 : 1900;
    m = std::stoi(std::string(s.substr(2, 2)));
    d = std::stoi(std::string(s.substr(4, 2)));
  } else if (s.size() == 8) {
    y = std::stoi(std::string(s.substr(0, 4)));
    m = std::stoi(std::string(s.substr(4, 2)));
    d = std::stoi(std::string(s.substr(6, 2)));
  } else {
    return std::nullopt;
  }
  if (!valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::string tabari_phrase(std::string_view raw) {
  std::string out;
  for (char c : raw) out += c == '_' ? ' ' : c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // TABARI writes everything upper-case; names are matched capitalised.
  bool start = true;
  for (char& c : out) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      c = static_cast<char>(start ? std::toupper(static_cast<unsigned char>(c))
                                  : std::tolower(static_cast<unsigned char>(c)));
      start = false;
    } else {
      start = c == ' ' || c == '-';
    }
  }
  return out;
}

}  // namespace

void Lexicons::add_tabari(std::string_view text, const std::string& path) {
  static const std::pair<const char*, const char*> kIgo[] = {
      {"IGOUNO", "UN"},      {"IGOEU", "EU"},
      {"IGOEUREEC", "EU"},   {"IGOWSTNAT", "NATO"},
      {"IGONAT", "NATO"},    {"IGOCAS", "SCO"},
      {"IGOAFRAU", "AU"},    {"IGOARBARL", "ARAB_LEAGUE"},
      {"IGOOPC", "OPEC"},    {"IGOASNASN", "ASEAN"},
      {"IGOSEAASN", "ASEAN"}};
  struct Entry {
    std::vector<std::string> names;
    std::size_t line = 0;
  } entry;
  auto resolve_code = [&](const std::string& code) -> std::optional<std::size_t> {
    for (const auto& [igo, id] : kIgo)
      if (code.rfind(igo, 0) == 0) return actors.find(id);
    if (code.size() >= 3) {
      if (auto a = actors.find(code.substr(0, 3))) return a;
    }
    return std::nullopt;
  };
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    const std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty()) continue;
    const bool indented = line.front() == ' ' || line.front() == '\t';
    std::string_view body = line;
    while (!body.empty() && (body.front() == ' ' || body.front() == '\t')) body.remove_prefix(1);
    if (!indented && body.front() == '+') {
      if (entry.names.empty())
        throw Error(path, line_no, 1, "synonym line \"+...\" before any entry");
      entry.names.push_back(tabari_phrase(body.substr(1)));
      continue;
    }
    std::string_view codes_part;
    if (!indented) {
      const std::size_t br = body.find('[');
      entry = Entry{};
      entry.line = line_no;
      std::string_view name = br == std::string_view::npos ? body : body.substr(0, br);
      while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
      if (name.empty()) throw Error(path, line_no, 1, "entry without a name");
      entry.names.push_back(tabari_phrase(name));
      if (br == std::string_view::npos) continue;
      codes_part = body.substr(br);
    } else {
      if (entry.names.empty()) throw Error(path, line_no, 1, "code line before any entry");
      codes_part = body;
    }
    // One or more "[CODE dates]" groups.
    while (!codes_part.empty()) {
      const std::size_t open = codes_part.find('[');
      if (open == std::string_view::npos) break;
      const std::size_t close = codes_part.find(']', open);
      if (close == std::string_view::npos) throw Error(path, line_no, 0, "unclosed '[' in code");
      std::string_view inside = codes_part.substr(open + 1, close - open - 1);
      codes_part.remove_prefix(close + 1);
      const std::size_t sp = inside.find(' ');
      const std::string code(inside.substr(0, sp));
      std::string_view when =
          sp == std::string_view::npos ? std::string_view() : inside.substr(sp + 1);
      while (!when.empty() && when.front() == ' ') when.remove_prefix(1);
      if (code.empty() || code == "~") continue;
      std::optional<Date> from, until;
      bool dated = false;
      if (!when.empty()) {
        dated = true;
        // Malformed dates occur in real dictionaries; such a code is kept undated.
        if (when.front() == '>') {
          from = tabari_date(when.substr(1));
        } else if (when.front() == '<') {
          until = tabari_date(when.substr(1));
        } else if (const std::size_t dash = when.find('-'); dash != std::string_view::npos) {
          from = tabari_date(when.substr(0, dash));
          until = tabari_date(when.substr(dash + 1));
        }
      }
      auto actor = resolve_code(code);
      if (!actor) {
        Actor a;
        a.id = code;
        a.kind = code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 ? "bloc" : "state";
        a.name = entry.names.front();
        actor = actors.add_actor(a);
      }
      if (dated || code.size() > 3) {
        // A person or an institution: an office holder for that period.
        Official o;
        o.actor = *actor;
        o.name = entry.names.front();
        const auto words = phrase_words(o.name);
        o.surname = words.empty() ? "" : words.back();
        o.role = code.size() > 3 ? code.substr(3) : "";
        o.from = from;
        o.until = until;
        actors.add_official(std::move(o), entry.names);
      } else {
        for (const std::string& n : entry.names) actors.add_form(*actor, n, FormKind::kName);
      }
    }
  }
}

void Lexicons::add_actors_file(const std::string& path) { add_actors_json(read_file(path), path); }
void Lexicons::add_tabari_file(const std::string& path) { add_tabari(read_file(path), path); }

std::vector<const Membership*> Lexicons::members_of(std::size_t bloc,
                                                    const std::optional<Date>& date) const {
  std::vector<const Membership*> out;
  for (const Membership& m : memberships)
    if (m.bloc == bloc && m.on(date)) out.push_back(&m);
  std::sort(out.begin(), out.end(), [&](const Membership* a, const Membership* b) {
    return actors.actor(a->member).id < actors.actor(b->member).id;
  });
  return out;
}

const CameoCode* Lexicons::cameo(const std::string& code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

Lexicons Lexicons::load_builtin() {
  Lexicons lex;
  lex.add_actors_json({stancegraph_actors_json, stancegraph_actors_json_size}, "data/actors.json");
  lex.add_officials_json({stancegraph_officials_json, stancegraph_officials_json_size},
                         "data/officials.json");
  lex.add_memberships_json({stancegraph_memberships_json, stancegraph_memberships_json_size},
                           "data/memberships.json");
  lex.add_cameo_json({stancegraph_cameo_json, stancegraph_cameo_json_size}, "data/cameo.json");
  lex.add_cues_json({stancegraph_cues_json, stancegraph_cues_json_size}, "data/cues.json");
  return lex;
}

const Lexicons& Lexicons::builtin() {
  static const Lexicons kBuiltin = load_builtin();
  return kBuiltin;
}

}  // namespace stancegraph::extract
