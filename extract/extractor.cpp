#include "extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicons.hpp"
#include "extract/text.hpp"

namespace stancegraph::extract {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& set) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

// Nouns whose owner acts through them: "Russia's foreign minister", "the ministers of
// the CSTO", "Western leaders". A mention before or around one of these can be a subject.
constexpr std::array<std::string_view, 93> kAgentNounsList{"government",
                                                           "governments",
                                                           "minister",
                                                           "ministers",
                                                           "ministry",
                                                           "president",
                                                           "presidents",
                                                           "leader",
                                                           "leaders",
                                                           "leadership",
                                                           "troops",
                                                           "forces",
                                                           "army",
                                                           "military",
                                                           "navy",
                                                           "soldiers",
                                                           "warships",
                                                           "jets",
                                                           "aircraft",
                                                           "officials",
                                                           "official",
                                                           "diplomats",
                                                           "diplomat",
                                                           "delegation",
                                                           "envoy",
                                                           "envoys",
                                                           "ambassador",
                                                           "spokesman",
                                                           "spokeswoman",
                                                           "spokesperson",
                                                           "parliament",
                                                           "lawmakers",
                                                           "legislators",
                                                           "authorities",
                                                           "administration",
                                                           "regime",
                                                           "statement",
                                                           "statements",
                                                           "declaration",
                                                           "communique",
                                                           "document",
                                                           "side",
                                                           "counterpart",
                                                           "counterparts",
                                                           "premier",
                                                           "cabinet",
                                                           "state",
                                                           "states",
                                                           "members",
                                                           "member",
                                                           "foreign",
                                                           "defence",
                                                           "defense",
                                                           "prime",
                                                           "secretary",
                                                           "chancellor",
                                                           "king",
                                                           "monarch",
                                                           "emir",
                                                           "capitals",
                                                           "warplanes",
                                                           "planes",
                                                           "bombers",
                                                           "drones",
                                                           "missiles",
                                                           "submarines",
                                                           "fighters",
                                                           "gunboats",
                                                           "police",
                                                           "guards",
                                                           "peacekeepers",
                                                           "units",
                                                           "battalions",
                                                           "ships",
                                                           "vessels",
                                                           "allies",
                                                           "partners",
                                                           "summit",
                                                           "representatives",
                                                           "representative",
                                                           "mission",
                                                           "people",
                                                           "artillery",
                                                           "tanks",
                                                           "gunners",
                                                           "separatists",
                                                           "rebels",
                                                           "militias",
                                                           "interior",
                                                           "deputy",
                                                           "press"};

// Nouns whose owner is what a stance is about: "criticism of Russia's actions",
// "support for Georgia's sovereignty", "Russian claims".
constexpr std::array<std::string_view, 79> kStanceNounsList{
    "actions",    "action",       "activities",  "aggression",  "policy",     "policies",
    "move",       "moves",        "decision",    "recognition", "position",   "positions",
    "stance",     "claims",       "claim",       "behaviour",   "behavior",   "intervention",
    "invasion",   "role",         "efforts",     "conduct",     "occupation", "annexation",
    "operation",  "offensive",    "attack",      "attacks",     "plan",       "proposal",
    "bid",        "independence", "sovereignty", "statehood",   "integrity",  "territory",
    "soil",       "bias",         "campaign",    "war",         "course",     "interests",
    "case",       "cause",        "demands",     "stand",       "line",       "referendum",
    "incursion",  "bombing",      "shelling",    "assault",     "blockade",   "lead",
    "banks",      "companies",    "firms",       "oligarchs",   "assets",     "exports",
    "imports",    "oil",          "gas",         "economy",     "entities",   "individuals",
    "withdrawal", "expansion",    "people",      "ambassador",  "embassy",    "diplomats",
    "officials",  "separatists",  "leadership",  "authorities", "government"};

// Heads that make a possessive or demonym a place or a part, not an actor:
// "Georgia's breakaway regions", "the Tajik capital".
constexpr std::array<std::string_view, 14> kNotActorHeadsList{
    "regions", "region",    "provinces",  "province", "enclaves", "enclave",  "republics",
    "capital", "breakaway", "separatist", "rebel",    "crisis",   "language", "language"};

// Places that belong to an actor: attacking "the Georgian town of Gori" is attacking
// Georgia, but recognising it is not recognising Georgia.
constexpr std::array<std::string_view, 16> kPlaceHeadsList{
    "town",      "towns",  "city",    "cities", "village", "villages", "port",     "ports",
    "positions", "border", "borders", "coast",  "bases",   "base",     "airspace", "waters"};

constexpr std::array<std::string_view, 13> kLocativesList{
    "in",         "at",     "near", "inside",  "outside", "around", "across",
    "throughout", "within", "into", "between", "beyond",  "via"};

constexpr std::array<std::string_view, 28> kClauseBarriersList{
    "while",  "whereas", "although",  "though",  "because", "after",   "before",
    "when",   "if",      "unless",    "but",     "that",    "which",   "who",
    "whom",   "whose",   "where",     "whether", "since",   "until",   "so",
    "whilst", "however", "meanwhile", "as",      "than",    "despite", "amid"};

constexpr std::array<std::string_view, 12> kRelativeStartsList{
    "which", "who", "whose",     "whom", "some", "many",
    "most",  "all", "including", "both", "one",  "where"};

constexpr std::array<std::string_view, 26> kTitlesList{
    "mr",       "mrs",       "ms",         "dr",     "president",  "premier",     "chancellor",
    "minister", "secretary", "ambassador", "envoy",  "spokesman",  "spokeswoman", "spokesperson",
    "king",     "queen",     "emir",       "sheikh", "prince",     "leader",      "general",
    "gen",      "presdient", "vice",       "deputy", "counterpart"};

constexpr std::array<std::string_view, 22> kTitleWordsList{
    "prime",  "foreign",      "defence", "defense",    "interior", "state", "deputy",  "vice",
    "acting", "former",       "chief",   "top",        "senior",   "of",    "general", "un",
    "u.n.",   "presidential", "kremlin", "government", "press",    "first"};

// Words that refer back to a bloc even when its entry does not list them.
constexpr std::array<std::string_view, 7> kBlocWordsList{
    "organization", "organisation", "group", "bloc", "alliance", "grouping", "union"};

constexpr std::array<std::string_view, 16> kRoleNounsList{
    "ministers",   "minister",  "statement",  "document", "declaration", "communique",
    "government",  "leaders",   "delegation", "allies",   "members",     "spokesman",
    "spokeswoman", "officials", "delegates",  "diplomats"};

constexpr std::array<std::string_view, 17> kNounPrefixesList{
    "a",  "an",  "the", "his", "her", "its",  "their", "our", "of",
    "in", "for", "any", "no",  "'s",  "with", "such",  "more"};

constexpr std::array<std::string_view, 14> kWeekdaysList{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon",    "tue",     "wed",       "thu",      "fri",    "sat",      "sun"};

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};

// Words the sentence-level rules look for (votes, acts referred back to, judgements). Their
// union is the kRareWords class: a token outside it lets those rules skip it after one bit
// test.
// Nouns of force: "the invasion" refers back to whoever last used force.
constexpr std::array<std::string_view, 13> kForceNouns{
    "invasion",   "attack",  "assault",     "offensive", "incursion", "annexation",  "occupation",
    "aggression", "bombing", "bombardment", "strikes",   "war",       "intervention"};
// Nouns of an act: "the decision", "the move" refer back to its author.
constexpr std::array<std::string_view, 7> kActNouns{
    "move", "decision", "step", "recognition", "measures", "veto", "rejection"};
// "called the annexation illegal": the verb, then the judgement.
constexpr std::array<std::string_view, 14> kJudgementVerbs{
    "called",  "calls",     "call",      "calling",   "branded", "brands",   "labelled",
    "labeled", "described", "describes", "denounced", "deemed",  "declared", "termed"};
constexpr std::array<std::string_view, 28> kNegativeJudgements{
    "illegal",       "illegitimate", "unacceptable", "reckless",     "irresponsible",
    "dangerous",     "provocative",  "aggressive",   "unprovoked",   "unjustified",
    "unjustifiable", "criminal",     "crime",        "violation",    "breach",
    "aggression",    "threat",       "mistake",      "provocation",  "invalid",
    "outrageous",    "barbaric",     "brutal",       "hypocritical", "destabilising",
    "destabilizing", "lawless",      "terrorist"};
// What is voted on.
constexpr std::array<std::string_view, 8> kResolutionNouns{
    "resolution", "resolutions", "draft", "motion", "text", "measure", "declaration", "statement"};

// Word classes: every list above folded into one hash lookup per word.
enum WordClass : std::uint32_t {
  kAgentNouns = 1u << 0,
  kStanceNouns = 1u << 1,
  kNotActorHeads = 1u << 2,
  kPlaceHeads = 1u << 3,
  kLocatives = 1u << 4,
  kClauseBarriers = 1u << 5,
  kRelativeStarts = 1u << 6,
  kTitles = 1u << 7,
  kTitleWords = 1u << 8,
  kBlocWords = 1u << 9,
  kRoleNouns = 1u << 10,
  kNounPrefixes = 1u << 11,
  kWeekdays = 1u << 12,
  kRareWords = 1u << 13,
};

std::uint32_t word_classes(std::string_view w) {
  static const std::unordered_map<std::string_view, std::uint32_t, WordHash> kTable = [] {
    std::unordered_map<std::string_view, std::uint32_t, WordHash> t;
    auto add = [&t](const auto& list, WordClass c) {
      for (std::string_view x : list)
        if (!x.empty()) t[x] |= c;
    };
    add(kAgentNounsList, kAgentNouns);
    add(kStanceNounsList, kStanceNouns);
    add(kNotActorHeadsList, kNotActorHeads);
    add(kPlaceHeadsList, kPlaceHeads);
    add(kLocativesList, kLocatives);
    add(kClauseBarriersList, kClauseBarriers);
    add(kRelativeStartsList, kRelativeStarts);
    add(kTitlesList, kTitles);
    add(kTitleWordsList, kTitleWords);
    add(kBlocWordsList, kBlocWords);
    add(kRoleNounsList, kRoleNouns);
    add(kNounPrefixesList, kNounPrefixes);
    add(kWeekdaysList, kWeekdays);
    add(kForceNouns, kRareWords);
    add(kActNouns, kRareWords);
    add(kJudgementVerbs, kRareWords);
    add(kNegativeJudgements, kRareWords);
    add(kResolutionNouns, kRareWords);
    return t;
  }();
  auto it = kTable.find(w);
  return it == kTable.end() ? 0 : it->second;
}

bool in(std::string_view w, WordClass c) { return (word_classes(w) & c) != 0; }

// Calls fn(word) for every word of every class list.
template <typename Fn>
void word_class_words(Fn fn) {
  auto each = [&](const auto& list) {
    for (std::string_view x : list)
      if (!x.empty()) fn(x);
  };
  each(kAgentNounsList);
  each(kStanceNounsList);
  each(kNotActorHeadsList);
  each(kPlaceHeadsList);
  each(kLocativesList);
  each(kClauseBarriersList);
  each(kRelativeStartsList);
  each(kTitlesList);
  each(kTitleWordsList);
  each(kBlocWordsList);
  each(kRoleNounsList);
  each(kNounPrefixesList);
  each(kWeekdaysList);
  each(kForceNouns);
  each(kActNouns);
  each(kJudgementVerbs);
  each(kNegativeJudgements);
  each(kResolutionNouns);
}

}  // namespace

// What the lexicons know of one word, gathered so a token costs one lookup.
struct TokenInfo {
  std::uint32_t classes = 0;                   // WordClass bits
  std::uint32_t markers = 0;                   // CueLexicon::marker_mask
  const std::vector<CueForm>* cues = nullptr;  // cues starting with the word
  bool actor_first = false;                    // some actor form starts with it
};

struct Vocabulary {
  std::unordered_map<std::string_view, TokenInfo, WordHash> words;
  const TokenInfo* find(std::string_view w) const {
    auto it = words.find(w);
    return it == words.end() ? nullptr : &it->second;
  }
};

namespace {

int month_number(std::string_view w) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i + 1);
    // Abbreviations: Jan, Feb, Sept, Sep...
    if (w.size() >= 3 && w.size() < kMonths[i].size() && kMonths[i].compare(0, w.size(), w) == 0 &&
        !(i == 4 && w.size() < 3))
      return static_cast<int>(i + 1);
  }
  return 0;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

enum class MentionKind : std::uint8_t {
  kDirect = 0,   // a form of the actor's own
  kPerson = 1,   // a person who speaks for the actor
  kRole = 2,     // "the ministers", "the group": a reference back
  kPronoun = 3,  // it, they, he...
};

struct Mention {
  std::size_t begin = 0, end = 0;  // token range, without a trailing 's
  std::size_t actor = 0;
  MentionKind kind = MentionKind::kDirect;
  FormKind form = FormKind::kName;
  bool possessive = false;  // followed by 's
  bool locative = false;    // in Moscow
  bool modifier = false;    // Russia-led, Washington-based
  bool place = false;       // the Georgian town of Gori
  bool event = false;       // "the invasion": stands for whoever did it
  bool object = false;      // a pronoun object ("denounced it"): may be a target
  bool plural = false;      // they, the ministers: for references back
  std::string via;
  std::size_t head = kNone;        // first token after the mention (and its 's), if a word
  std::vector<std::size_t> group;  // more actors it stands for: "they" after "China and India"
};

struct CueHit {
  std::size_t begin = 0, end = 0;
  std::size_t cue = 0;
  Inflection inflection = Inflection::kBase;
  std::size_t slot = kNone;  // mention in the {T} slot
  bool noun = false;
};

// What the document has said so far, for references back.
struct Discourse {
  // Keys view token text or lexicon strings, both alive for the whole document.
  std::unordered_map<std::string_view, std::size_t, WordHash> persons;  // surname -> actor
  std::unordered_map<std::string_view, std::size_t, WordHash> roles;    // role noun -> actor
  std::size_t last_person = kNone;
  std::size_t last_singular = kNone;
  std::size_t last_plural = kNone;
  std::vector<std::size_t> last_plural_group;  // the other actors of a list "they" refers to
  std::size_t topic_bloc = kNone;
  std::size_t last_bloc = kNone;
  std::size_t last_territory = kNone;
  std::size_t antagonist = kNone;  // the last target of a sanction or condemnation
  std::size_t attacker = kNone;    // the last source of force: "the invasion" refers to its act
  std::size_t last_actor = kNone;  // the last source of an act: "the decision", "the move"
  std::size_t last_act_sentence = 0;
};

class DocumentExtractor {
 public:
  DocumentExtractor(const Lexicons& lex, const Vocabulary& vocabulary, const Document& doc)
      : lex_(lex), actors_(lex.actors), cues_(lex.cues), vocabulary_(vocabulary), doc_(doc) {}

  std::vector<StanceRecord> run() {
    text_ = tokenize(doc_.text);
    classes_.reserve(text_.tokens.size());
    markers_.reserve(text_.tokens.size());
    cue_forms_.reserve(text_.tokens.size());
    actor_first_.reserve(text_.tokens.size());
    for (const Token& t : text_.tokens) {
      const TokenInfo* info = vocabulary_.find(t.lower);
      classes_.push_back(info && t.word() ? info->classes : 0);
      markers_.push_back(info ? info->markers : 0);
      cue_forms_.push_back(info ? info->cues : nullptr);
      actor_first_.push_back(info && info->actor_first);
    }
    date_ = doc_.date;
    if (!date_) date_ = find_dateline(doc_.text);
    for (const Sentence& s : text_.sentences) sentence(s);
    return std::move(out_);
  }

 private:
  const Token& tok(std::size_t i) const { return text_.tokens[i]; }
  std::string_view low(std::size_t i) const {
    return i < text_.tokens.size() ? text_.tokens[i].lower : std::string_view();
  }
  // Word classes of token i, computed once per document.
  bool is(std::size_t i, WordClass c) const {
    return i < classes_.size() && (classes_[i] & c) != 0;
  }

  bool marker_at(Marker m, std::size_t i, std::size_t end, std::size_t* len = nullptr) const {
    if (i >= markers_.size() || !(markers_[i] & (1u << static_cast<unsigned>(m)))) return false;
    if (auto r = cues_.marker(m).match(text_.tokens, i, end)) {
      if (len) *len = r->length;
      return true;
    }
    return false;
  }

  // ---- Noise ----------------------------------------------------------------

  bool is_noise(const Sentence& s) const {
    std::size_t words = 0, caps = 0, other = 0;
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (tok(i).word()) {
        ++words;
        if (tok(i).cap) ++caps;
      } else if (tok(i).kind != TokenKind::kPunct || (low(i) != "," && low(i) != ".")) {
        ++other;
      }
    }
    if (words < 3) return true;
    if (low(s.first) == "*" || low(s.first) == "\xC2\xA9" || low(s.first) == "|") return true;
    // Menus and tag lists: mostly capitalised words and separators, no verb-bearing prose.
    if (words >= 4 && caps * 10 >= words * 8 && other * 3 >= words) return true;
    return false;
  }

  // ---- Mentions --------------------------------------------------------------

  bool title_before(std::size_t i, std::size_t first) const {
    std::size_t k = i;
    if (k > first && low(k - 1) == ".") --k;
    return k > first && is(k - 1, kTitles);
  }

  void add_mention(std::vector<Mention>& ms, Mention m, const Sentence& s) {
    const std::size_t after = m.end;
    if (after < s.last && low(after) == "'s") {
      m.possessive = true;
    } else if (after < s.last && tok(after).kind == TokenKind::kQuote && low(after) == "'" &&
               !tok(after).space_before) {
      m.possessive = true;
    }
    const std::size_t head = m.end + (m.possessive ? 1 : 0);
    if (head < s.last && tok(head).kind == TokenKind::kHyphen) m.modifier = true;
    if (m.begin > s.first && tok(m.begin - 1).kind == TokenKind::kHyphen)
      m.modifier = true;  // pro-Moscow
    if (head < s.last && tok(head).word()) m.head = head;
    for (std::size_t k = head; k < std::min(s.last, head + 3) && tok(k).word(); ++k) {
      if (is(k, kPlaceHeads)) {
        m.place = m.possessive || m.form == FormKind::kDemonym;
        break;
      }
      if (is(k, kAgentNouns) || is(k, kStanceNouns)) break;
    }
    // A place, not an actor: "in Moscow", "in the Caucasus".
    std::size_t b = m.begin;
    while (b > s.first &&
           (low(b - 1) == "the" || low(b - 1) == "neighbouring" || low(b - 1) == "neighboring" ||
            low(b - 1) == "eastern" || low(b - 1) == "western" || low(b - 1) == "northern" ||
            low(b - 1) == "southern" || low(b - 1) == "central"))
      --b;
    if (b > s.first && is(b - 1, kLocatives)) m.locative = true;
    // "the separatist republics in Donetsk and Luhansk" names them; it does not place them.
    if (m.locative && b == m.begin && b >= s.first + 2 && low(b - 1) == "in" &&
        is(b - 2, kNotActorHeads) && actors_.actor(m.actor).kind == "territory")
      m.locative = false;
    ms.push_back(std::move(m));
  }

  // A reference back spanning tokens [first, last], reached as `how` ("reference back").
  Mention role_mention(std::size_t first, std::size_t last, std::size_t actor,
                       std::string_view how) const {
    Mention m;
    m.begin = first;
    m.end = last + 1;
    m.actor = actor;
    m.kind = MentionKind::kRole;
    m.via = std::string(how) + ": " +
            std::string(doc_.text.substr(tok(first).begin, tok(last).end - tok(first).begin));
    return m;
  }

  std::size_t head_after(const Mention& m, const Sentence& s) const {
    // The noun the mention modifies, skipping a few adjectives: "Georgia's military activities".
    std::size_t h = m.end + (m.possessive ? 1 : 0);
    for (int k = 0; k < 5 && h < s.last && (tok(h).word() || tok(h).kind == TokenKind::kHyphen);
         ++k, ++h) {
      if (is(h, kAgentNouns) || is(h, kStanceNouns) || is(h, kNotActorHeads) || is_cue_noun_at(h))
        return h;
    }
    return kNone;
  }

  const std::vector<CueForm>& forms_at(std::size_t i) const {
    static const std::vector<CueForm> kEmpty;
    return i < cue_forms_.size() && cue_forms_[i] ? *cue_forms_[i] : kEmpty;
  }

  bool is_cue_noun_at(std::size_t i) const {
    for (const CueForm& f : forms_at(i))
      if (cues_.cue(f.cue).pos == CuePos::kNoun) return true;
    return false;
  }

  std::optional<std::size_t> resolve_role(std::string_view noun) const {
    // Bloc generics ("the group", "the organisation") go to the bloc in focus.
    const std::string_view n = noun;
    std::size_t bloc = dis_.topic_bloc != kNone ? dis_.topic_bloc : dis_.last_bloc;
    if (bloc != kNone) {
      const auto& g = actors_.actor(bloc).generic;
      if (std::find(g.begin(), g.end(), n) != g.end()) return bloc;
    }
    if (dis_.last_bloc != kNone && dis_.last_bloc != bloc) {
      const auto& g = actors_.actor(dis_.last_bloc).generic;
      if (std::find(g.begin(), g.end(), n) != g.end()) return dis_.last_bloc;
    }
    auto it = dis_.roles.find(n);
    if (it != dis_.roles.end()) return it->second;
    // A bloc referred to by a word it does not list: "the organisation" for the EU.
    if (in(noun, kBlocWords) && bloc != kNone) return bloc;
    // "the ministers", "the leaders" after a bloc or state convened them.
    static constexpr std::array<std::string_view, 7> kPeople{
        "ministers", "leaders", "officials", "delegates", "diplomats", "envoys", "delegation"};
    if (in(noun, kPeople)) {
      if (bloc != kNone) return bloc;
      if (dis_.last_singular != kNone) return dis_.last_singular;
    }
    return std::nullopt;
  }

  std::vector<Mention> mentions(const Sentence& s) {
    std::vector<Mention> ms;
    for (std::size_t i = s.first; i < s.last;) {
      const Token& t = tok(i);
      if (!t.word()) {
        ++i;
        continue;
      }
      // 1. Lexicon forms: names, capitals, demonyms, office holders by full name.
      if (auto m = actor_first_[i] ? actors_.match(text_.tokens, i, s.last, date_) : std::nullopt) {
        if (accept_form(*m, i, s)) {
          Mention mm;
          mm.begin = i;
          mm.end = i + m->length;
          mm.actor = m->actor;
          mm.form = m->kind;
          mm.kind = m->kind == FormKind::kOfficial ? MentionKind::kPerson : MentionKind::kDirect;
          if (m->kind == FormKind::kOfficial) {
            const Official& o = actors_.official(m->official);
            mm.via = "office holder: " + o.name + (o.role.empty() ? "" : " (" + o.role + ")");
            dis_.persons[o.surname] = m->actor;
            dis_.last_person = m->actor;
          } else {
            mm.via = std::string(to_string(m->kind)) + ": " +
                     std::string(doc_.text.substr(t.begin, tok(mm.end - 1).end - t.begin));
          }
          // "British Foreign Secretary David Miliband": the actor introduces a person.
          if (m->kind == FormKind::kDemonym || m->kind == FormKind::kName) introduce_person(mm, s);
          add_mention(ms, std::move(mm), s);
          i = ms.back().end;
          continue;
        }
      }
      // 2. A surname after a title, or one the document has introduced.
      if (t.cap) {
        const std::string_view surname = t.lower;
        auto known = dis_.persons.find(surname);
        std::size_t actor = kNone;
        std::string via;
        if (known != dis_.persons.end()) {
          actor = known->second;
          via = "person named earlier: " + std::string(t.text);
        } else if (title_before(i, s.first)) {
          for (std::size_t oi : actors_.officials_with_surname(surname)) {
            const Official& o = actors_.official(oi);
            if (!o.in_office(date_)) continue;
            if (actor != kNone && actor != o.actor) {
              actor = kNone;  // namesakes of two states in office: ambiguous
              break;
            }
            actor = o.actor;
            via = "office holder: " + o.name + (o.role.empty() ? "" : " (" + o.role + ")");
          }
        }
        if (actor != kNone) {
          Mention mm;
          mm.begin = i;
          mm.end = i + 1;
          mm.actor = actor;
          mm.kind = MentionKind::kPerson;
          mm.form = FormKind::kOfficial;
          mm.via = via;
          // Absorb a following "of Russia".
          dis_.last_person = actor;
          add_mention(ms, std::move(mm), s);
          ++i;
          continue;
        }
      }
      // A misspelt name a reader forgives: "Britian", "Venezeula".
      if (t.cap && t.lower.size() >= 7) {
        if (auto m = actors_.match_misspelling(t)) {
          Mention mm;
          mm.begin = i;
          mm.end = i + 1;
          mm.actor = m->actor;
          mm.form = FormKind::kMisspelling;
          mm.via = "misspelling: " + std::string(t.text);
          add_mention(ms, std::move(mm), s);
          ++i;
          continue;
        }
      }
      // The territory the story last named: "the peninsula", "the breakaway region".
      if (t.lower == "the" && dis_.last_territory != kNone) {
        std::size_t k = i + 1;
        while (k < s.last && k < i + 4 && tok(k).word() && !is(k, kNotActorHeads) &&
               low(k) != "peninsula" && low(k) != "territory" && !mention_at(ms, k))
          ++k;
        if (k < s.last && (low(k) == "peninsula" || low(k) == "territory" || low(k) == "region" ||
                           low(k) == "enclave" || low(k) == "province")) {
          add_mention(ms, role_mention(i, k, dis_.last_territory, "reference back"), s);
          i = k + 1;
          continue;
        }
      }
      // 3. References back: "the ministers", "the group", "the Shanghai organization".
      if ((t.lower == "the" || t.lower == "this" || t.lower == "that") && i + 1 < s.last) {
        if (auto r = role_reference(i, s)) {
          add_mention(ms, std::move(*r), s);
          i = ms.back().end;
          continue;
        }
      }
      // 4. Pronouns.
      if (auto p = pronoun(i, s, ms)) {
        add_mention(ms, std::move(*p), s);
        ++i;
        continue;
      }
      ++i;
    }
    // "Foreign Minister Sergei Lavrov of Russia": the "of X" names the person's state.
    for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
      Mention& a = ms[k];
      const Mention& b = ms[k + 1];
      if (a.kind == MentionKind::kPerson && b.begin == a.end + 1 && low(a.end) == "of" &&
          b.kind == MentionKind::kDirect) {
        a.actor = b.actor;
        if (a.end - a.begin == 1 || a.form == FormKind::kOfficial)
          dis_.persons[low(a.end - 1)] = b.actor;
        a.end = b.end;
        a.possessive = b.possessive;
        a.head = b.head;
        ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(k + 1));
      }
    }
    return ms;
  }

  bool accept_form(const ActorLexicon::Match& m, std::size_t i, const Sentence& s) const {
    const std::size_t end = i + m.length;
    const Actor& a = actors_.actor(m.actor);
    if (m.kind == FormKind::kDemonym) {
      // "Russian troops", "Western leaders", "British Foreign Secretary": the demonym acts only
      // through an agent or stance noun (or a title); "Georgian rebels" and "the Tajik capital" are
      // not the state.
      std::size_t h = end;
      for (int k = 0; k < 3 && h < s.last && tok(h).word(); ++k, ++h) {
        const auto w = low(h);
        if (is(h, kNotActorHeads)) return false;
        if (is(h, kAgentNouns) || is(h, kStanceNouns) || is(h, kTitles) || is_cue_noun_at(h) ||
            is(h, kPlaceHeads))
          return true;
        // "Georgian rebels" are not Georgia; "Abkhaz separatists" are Abkhazia's side.
        if (w == "rebels" || w == "separatists" || w == "militias" || w == "insurgents")
          return a.kind == "territory";
        if (w == "counterpart" || w == "side") return true;
      }
      return false;
    }
    if (m.kind == FormKind::kName && m.length == 1) {
      // Names that are also first names or words: Jordan, Chad, Georgia (the US state), Turkey.
      static constexpr std::array<std::string_view, 10> kAmbiguous{
          "jordan", "chad",   "georgia", "turkey", "niger",
          "guinea", "israel", "lebanon", "china",  "cuba"};
      if (in(tok(i).lower, kAmbiguous)) {
        if (i > s.first && tok(i - 1).cap && tok(i - 1).word() && !title_before(i, s.first) &&
            !actors_.match(text_.tokens, i - 1, i, date_) && low(i - 1) != "the" &&
            i - 1 != s.first)
          return false;  // "Michael Jordan"
        if (i > s.first + 1 && low(i - 1) == "," && tok(i - 2).cap && tok(i - 2).word() &&
            !actors_.match(text_.tokens, i - 2, i - 1, date_))
          return false;  // "Atlanta, Georgia"
        if (end < s.last && tok(end).cap && tok(end).word() &&
            !actors_.match(text_.tokens, end, s.last, date_))
          return false;  // "Georgia Tech"
      }
    }
    return true;
  }

  void introduce_person(Mention& mm, const Sentence& s) {
    // [demonym or name] title-words+ Capitalised-name-words+  ->  one person mention.
    std::size_t k = mm.end;
    if (k < s.last && low(k) == "'s") ++k;
    std::size_t titles = 0;
    while (k < s.last && (is(k, kTitles) || is(k, kTitleWords)) && tok(k).word()) {
      if (is(k, kTitles)) ++titles;
      ++k;
      if (k < s.last && low(k) == ".") ++k;
    }
    if (titles == 0) return;
    std::size_t name_end = k;
    while (name_end < s.last && tok(name_end).word() && tok(name_end).cap && name_end - k < 4 &&
           !actors_.match(text_.tokens, name_end, s.last, date_))
      ++name_end;
    if (name_end == k) return;
    dis_.persons[low(name_end - 1)] = mm.actor;
    dis_.last_person = mm.actor;
    mm.via = "person: " + std::string(doc_.text.substr(
                              tok(mm.begin).begin, tok(name_end - 1).end - tok(mm.begin).begin));
    mm.kind = MentionKind::kPerson;
    mm.end = name_end;
  }

  std::optional<Mention> role_reference(std::size_t i, const Sentence& s) const {
    // the [Capitalised-word] [adjective] noun
    std::size_t k = i + 1;
    std::size_t partial_bloc = kNone;
    if (k < s.last && tok(k).cap && tok(k).word()) {
      if (auto a = actors_.actor_with_name_word(low(k))) partial_bloc = *a;
      if (partial_bloc == kNone) return std::nullopt;
      ++k;
    }
    // Skip one adjective: "the six-member group", "the Western alliance".
    for (int skip = 0; skip < 2 && k < s.last; ++skip) {
      const auto w = low(k);
      const std::string ws(w);
      bool is_generic =
          in(w, kRoleNouns) ||
          (in(w, kBlocWords) && (dis_.topic_bloc != kNone || dis_.last_bloc != kNone));
      for (std::size_t a : {dis_.topic_bloc, dis_.last_bloc, partial_bloc}) {
        if (a == kNone) continue;
        const auto& g = actors_.actor(a).generic;
        if (std::find(g.begin(), g.end(), ws) != g.end()) is_generic = true;
      }
      if (partial_bloc != kNone) {
        const auto& g = actors_.actor(partial_bloc).generic;
        if (std::find(g.begin(), g.end(), ws) != g.end() || w == "organization" ||
            w == "organisation" || w == "group" || w == "bloc" || w == "alliance" ||
            w == "grouping") {
          return role_mention(i, k, partial_bloc, "partial name");
        }
        return std::nullopt;
      }
      if (is_generic) {
        // "the ministers of X" names X itself; that is matched as X.
        if (k + 1 < s.last && low(k + 1) == "of") return std::nullopt;
        if (auto a = resolve_role(w)) {
          Mention m = role_mention(i, k, *a, "reference back");
          m.plural = w.back() == 's' || actors_.actor(*a).kind == "bloc";
          return m;
        }
        return std::nullopt;
      }
      // Only adjectives may stand between: "that the alliance" is a conjunction and a reference.
      if (!tok(k).word() || tok(k).cap || w == "the" || w == "a" || w == "an" || low(i) != "the")
        return std::nullopt;
      ++k;
      if (k < s.last && tok(k).kind == TokenKind::kHyphen) k += 2;  // "six-member"
    }
    return std::nullopt;
  }

  std::optional<Mention> pronoun(std::size_t i, const Sentence& s,
                                 const std::vector<Mention>& earlier) const {
    const auto w = low(i);
    std::size_t actor = kNone;
    bool plural = false;
    std::vector<std::size_t> group;
    // An antecedent earlier in the same sentence: its first subject-like mention.
    const Mention* first = nullptr;
    for (const Mention& m : earlier) {
      if (m.kind == MentionKind::kPronoun || m.locative || m.modifier || m.possessive) continue;
      if (m.begin > s.first &&
          (low(m.begin - 1) == "of" || low(m.begin - 1) == "to" || low(m.begin - 1) == "with" ||
           low(m.begin - 1) == "for" || low(m.begin - 1) == "by" || low(m.begin - 1) == "against"))
        continue;
      first = &m;
      break;
    }
    if (w == "he" || w == "his" || w == "she" || w == "her" || w == "him") {
      actor = dis_.last_person;
    } else if (w == "its") {
      // A possessive refers to the nearest actor before it: "condemned Russia for ... its troops".
      const Mention* nearest = nullptr;
      const Mention* fallback_pp = nullptr;  // "with Russia": only when nothing else will do
      for (const Mention& m : earlier) {
        if (m.kind == MentionKind::kPronoun || m.locative || m.modifier ||
            m.kind == MentionKind::kPerson)
          continue;
        const auto p = m.begin > s.first ? low(m.begin - 1) : std::string_view();
        if (p == "to" || p == "with" || p == "of" || p == "for" || p == "by" || p == "against" ||
            p == "from") {
          fallback_pp = &m;
          continue;
        }
        nearest = &m;
      }
      if (!nearest) nearest = fallback_pp;
      actor = nearest ? nearest->actor : dis_.last_singular;
    } else if ((w == "it" || w == "them") && i > s.first && tok(i - 1).word() && !tok(i - 1).cap &&
               !is(i - 1, kClauseBarriers) && low(i - 1) != "and" && !is(i - 1, kLocatives) &&
               low(i - 1).size() > 3 && low(i - 1).substr(low(i - 1).size() - 2) == "ed") {
      // An object after a verb ("... and Georgia denounced it"): the nearest actor before it.
      // Not the subject of its own clause: look before the last "and" or comma.
      std::size_t j = i;
      while (j > s.first && low(j - 1) != "," && low(j - 1) != "and" && low(j - 1) != ";" &&
             low(j - 1) != "but")
        --j;
      const Mention* nearest = nullptr;
      for (const Mention& m : earlier)
        if (m.kind == MentionKind::kDirect && !m.locative && !m.modifier && !m.possessive &&
            m.end < j)
          nearest = &m;
      if (!nearest) return std::nullopt;
      Mention m;
      m.begin = i;
      m.end = i + 1;
      m.actor = nearest->actor;
      m.kind = MentionKind::kPronoun;
      m.object = true;
      m.via = "reference back: " + std::string(tok(i).text);
      return m;
    } else if (w == "it") {
      // "it is clear that": an expletive, not a reference.
      if (i + 1 < s.last && (low(i + 1) == "is" || low(i + 1) == "was" || low(i + 1) == "'s"))
        return std::nullopt;
      actor = first && first->kind != MentionKind::kPerson ? first->actor : dis_.last_singular;
    } else if (w == "they" || w == "their" || w == "them") {
      if (first && first->plural) {
        actor = first->actor;
        group = first->group;
      } else {
        actor = dis_.last_plural;
        group = dis_.last_plural_group;
      }
      plural = true;
    }
    if (actor == kNone) return std::nullopt;
    Mention m;
    m.group = group;
    m.begin = i;
    m.end = i + 1;
    m.actor = actor;
    m.kind = MentionKind::kPronoun;
    m.plural = plural;
    m.via = "reference back: " + std::string(tok(i).text);
    return m;
  }

  // ---- Cues -------------------------------------------------------------------

  const Mention* mention_at(const std::vector<Mention>& ms, std::size_t i) const {
    for (const Mention& m : ms)
      if (m.begin == i) return &m;
    return nullptr;
  }

  std::vector<CueHit> find_cues(const Sentence& s, const std::vector<Mention>& ms) const {
    std::vector<CueHit> hits;
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (!tok(i).word()) continue;
      const auto& forms = forms_at(i);
      if (forms.empty()) continue;
      std::optional<CueHit> best;
      for (const CueForm& f : forms) {
        const Cue& c = cues_.cue(f.cue);
        std::size_t k = i + 1;
        std::size_t slot = kNone;
        bool ok = true;
        for (std::size_t w = 1; w < c.words.size() && ok; ++w) {
          if (k >= s.last) {
            ok = false;
            break;
          }
          if (c.words[w] == "{T}") {
            const Mention* m = nullptr;
            for (std::size_t mi = 0; mi < ms.size(); ++mi)
              if (ms[mi].begin == k) m = &ms[mi], slot = mi;
            if (!m) {
              ok = false;
              break;
            }
            k = m->end;
            if (k < s.last && low(k) == "'s") ++k;
            continue;
          }
          // An adverb may sit inside a phrase: "stood firmly behind".
          if (low(k) != c.words[w] && k + 1 < s.last && low(k + 1) == c.words[w] && tok(k).word() &&
              low(k).size() > 3 && low(k).substr(low(k).size() - 2) == "ly")
            ++k;
          if (low(k) != c.words[w]) ok = false;
          ++k;
        }
        if (!ok) continue;
        if (c.pos == CuePos::kNoun && !noun_reading(i, s, ms)) continue;
        if (c.pos == CuePos::kVerb && verb_blocked(i, f, c, s, ms)) continue;
        if (!best || k - i > best->end - best->begin) {
          CueHit h;
          h.begin = i;
          h.end = k;
          h.cue = f.cue;
          h.inflection = f.inflection;
          h.slot = slot;
          h.noun = c.pos != CuePos::kVerb;
          best = h;
        }
      }
      if (best) {
        hits.push_back(*best);
        i = best->end - 1;
      }
    }
    return hits;
  }

  // "support" the noun or the verb: the noun follows a determiner, an adjective, "of",
  // a possessive, or is followed by for/from/of.
  bool noun_reading(std::size_t i, const Sentence& s, const std::vector<Mention>& ms) const {
    // Forms only a noun has are nouns.
    bool also_verb = false;
    for (const CueForm& f : forms_at(i))
      if (cues_.cue(f.cue).pos == CuePos::kVerb) also_verb = true;
    if (!also_verb) return true;
    if (i + 1 < s.last && (low(i + 1) == "for" || low(i + 1) == "from" || low(i + 1) == "of" ||
                           low(i + 1) == "among"))
      return true;
    if (i > s.first) {
      const auto p = low(i - 1);
      if (is(i - 1, kNounPrefixes)) return true;
      // After a verb that takes it as object: "joins sanctions", "imposed sanctions".
      if (markers_[i - 1] & (1u << static_cast<unsigned>(Marker::kLight))) return true;
      for (const Mention& m : ms)
        if (m.end == i && m.form == FormKind::kDemonym) return true;
      if (p.size() > 2 &&
          (p.substr(p.size() - 2) == "er" || p.substr(p.size() - 2) == "al" || p == "full" ||
           p == "strong" || p == "wide" || p == "broad" || p == "clear" || p == "firm" ||
           p == "tacit" || p == "open" || p == "initial" || p == "renewed"))
        return true;
    }
    return false;
  }

  // A verb form used as a noun ("the support", "an attack") is no verb cue.
  bool verb_blocked(std::size_t i, const CueForm& f, const Cue& c, const Sentence& s,
                    const std::vector<Mention>& ms) const {
    if (f.inflection == Inflection::kGerund) {
      // "backing Russia" is the verb; "backing from China" is the noun.
      bool noun_too = false;
      for (const CueForm& g : forms_at(i))
        if (cues_.cue(g.cue).pos == CuePos::kNoun) noun_too = true;
      if (i > s.first && (low(i - 1) == "a" || low(i - 1) == "an" || low(i - 1) == "the" ||
                          low(i - 1) == "their" || low(i - 1) == "its" || low(i - 1) == "his" ||
                          low(i - 1) == "'s"))
        return true;  // "a meeting of", "their backing"
      return noun_too && mention_at(ms, i + 1) == nullptr;
    }
    // "held back", "came back", "pushed back": a particle, not the verb "back".
    if (c.words.size() == 1 && c.words.front() == "back" && f.inflection == Inflection::kBase &&
        i > s.first) {
      static constexpr std::array<std::string_view, 24> kPhrasal{
          "hold",  "holds",  "held",  "holding", "come",  "came",    "comes", "coming",
          "go",    "went",   "goes",  "going",   "step",  "stepped", "pull",  "pulled",
          "fight", "fought", "bring", "brought", "scale", "scaled",  "way",   "turn"};
      const auto p = low(i - 1);
      if (in(p, kPhrasal) || (p.size() > 3 && p.substr(p.size() - 2) == "ed")) return true;
    }
    if (f.inflection == Inflection::kBase || f.inflection == Inflection::kThird) {
      // Same spelling as a noun cue: prefer the noun reading when it fits.
      bool noun_too = false;
      for (const CueForm& g : forms_at(i))
        if (cues_.cue(g.cue).pos == CuePos::kNoun) noun_too = true;
      if (noun_too && noun_reading(i, s, ms)) return true;
      if (i > s.first && (low(i - 1) == "a" || low(i - 1) == "an" || low(i - 1) == "the"))
        return true;
    }
    return false;
  }

  // ---- Clauses ------------------------------------------------------------------

  bool barrier(std::size_t i) const {
    const Token& t = tok(i);
    if (t.kind == TokenKind::kQuote) return !transparent_[i];
    if (t.kind == TokenKind::kPunct &&
        (t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")"))
      return t.lower == ";" || t.lower == ":";
    if (!t.word() || !is(i, kClauseBarriers)) return false;
    // "as well as" joins, it does not open a clause.
    if (t.lower == "as" &&
        ((i + 1 < text_.tokens.size() && low(i + 1) == "well") || (i > 0 && low(i - 1) == "well")))
      return false;
    // "dismissed the charge as groundless", "recognise X as independent": a preposition.
    if (t.lower == "as" && i + 1 < text_.tokens.size() && tok(i + 1).word() && !tok(i + 1).cap &&
        !is(i + 1, kNounPrefixes) && low(i + 1) != "it" && low(i + 1) != "they" &&
        low(i + 1) != "he" && low(i + 1) != "she" && low(i + 1) != "we")
      return false;
    return true;
  }

  // Marks quotes around a short phrase ("informed", "buffer zones") as transparent:
  // they are scare quotes, not reported speech.
  void mark_quotes(const Sentence& s) {
    if (transparent_.size() != text_.tokens.size()) transparent_.assign(text_.tokens.size(), false);
    std::fill(transparent_.begin() + static_cast<std::ptrdiff_t>(s.first),
              transparent_.begin() + static_cast<std::ptrdiff_t>(s.last), false);
    std::size_t open = kNone;
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (tok(i).kind != TokenKind::kQuote) continue;
      if (open == kNone) {
        open = i;
        continue;
      }
      bool short_span = i - open <= 5;
      for (std::size_t k = open + 1; k < i && short_span; ++k)
        if (low(k) == "," || low(k) == "." || low(k) == ";") short_span = false;
      if (short_span) transparent_[open] = transparent_[i] = true;
      open = kNone;
    }
  }

  // The start of the clause holding token i. An aside between commas that opens with a
  // relative word (", some of whom ... ,") is passed over with whatever barriers it holds.
  std::size_t clause_start(std::size_t i, const Sentence& s) const {
    const bool memo = i >= memo_first_ && i - memo_first_ < clause_memo_.size();
    if (memo && clause_memo_[i - memo_first_] != kNone) return clause_memo_[i - memo_first_];
    const std::size_t k = clause_start_uncached(i, s);
    if (memo) clause_memo_[i - memo_first_] = k;
    return k;
  }

  std::size_t clause_start_uncached(std::size_t i, const Sentence& s) const {
    std::size_t k = i;
    // What follows "X said (that)" is a clause of its own.
    const std::size_t floor =
        said_at_ != kNone && said_at_ < i && said_at_ >= s.first ? said_at_ + 1 : s.first;
    while (k > floor) {
      if (low(k - 1) == ",") {
        std::size_t open = k - 1;
        while (open > s.first && low(open - 1) != ",") --open;
        if (open > s.first && open < k - 1 && is(open, kRelativeStarts)) {
          k = open - 1;  // continue left of the opening comma
          continue;
        }
      }
      if (barrier(k - 1) && !aside_[k - 1]) break;
      --k;
    }
    return k;
  }

  bool eligible_subject(const Mention& m, const Sentence& s, bool any_head) const {
    if (m.locative || m.modifier || m.place || (m.event && !any_head)) return false;
    if (m.begin > s.first) {
      const auto p = low(m.begin - 1);
      const std::size_t before = m.begin >= s.first + 2 ? m.begin - 2 : kNone;
      // "the ministers of X", and "Secretary-General Guterres of the United Nations".
      if (p == "of" && before != kNone && !(is(before, kAgentNouns) || tok(before).cap || any_head))
        return false;
      if (p == "with" || p == "to" || p == "for" || p == "by" || p == "against" || p == "on" ||
          p == "over" || p == "about" || p == "than" || p == "from" || p == "like" ||
          p == "toward" || p == "towards" || p == "under" || p == "including" || p == "among")
        return any_head && p != "than" && p != "by" && p != "from" && p != "with" && p != "to" &&
               p != "against";
    }
    if (m.possessive || m.form == FormKind::kDemonym) {
      if (any_head) return true;
      // "Germany's decision to send weapons": the owner of a decision acts in what follows.
      const std::size_t ph = m.end + (m.possessive ? 1 : 0);
      for (std::size_t k = ph; k < std::min(s.last, ph + 3); ++k)
        if (low(k) == "decision" || low(k) == "plan" || low(k) == "move" || low(k) == "refusal" ||
            low(k) == "pledge" || low(k) == "promise" || low(k) == "offer" ||
            low(k) == "readiness" || low(k) == "willingness")
          return true;
      const std::size_t h = head_after(m, s);
      if (h == kNone) return m.kind == MentionKind::kPronoun ? false : m.form == FormKind::kDemonym;
      return is(h, kAgentNouns);
    }
    return true;
  }

  // The subject of the verb group that ends just before `pos`: the leftmost eligible
  // mention of the clause, skipping asides. Returns indices into ms.
  std::vector<std::size_t> subject_of(std::size_t pos, const Sentence& s,
                                      const std::vector<Mention>& ms, bool any_head = false) const {
    std::size_t start = clause_start(pos, s);
    // "..., and Canada announced ...": a coordinated clause with its own subject, unless the
    // ", and" closes a list of names ("Armenia, Belarus, and Kyrgyzstan voiced ...").
    for (std::size_t k = pos; k > start + 1; --k) {
      if (!(low(k - 2) == "," && (low(k - 1) == "and" || low(k - 1) == "but"))) continue;
      // A list when the name before ", and" follows another item ("Belarus" in "Armenia,
      // Belarus, and Kyrgyzstan"), not a verb ("praised Moscow, and Georgia ...").
      bool list = false;
      for (const Mention& m : ms)
        if (m.end + (m.possessive ? 1 : 0) == k - 2 && m.begin > s.first &&
            (low(m.begin - 1) == "," || low(m.begin - 1) == "and"))
          list = true;
      if (list) break;
      bool subject_after = false;
      for (const Mention& m : ms)
        if (m.begin >= k && m.end <= pos && !m.locative && !aside_[m.begin]) subject_after = true;
      if (subject_after) start = k;
      break;
    }
    for (std::size_t mi = 0; mi < ms.size(); ++mi) {
      const Mention& m = ms[mi];
      // Asides (", which ... ,") between subject and verb are passed over.
      if (m.begin < start || m.end > pos || aside_[m.begin]) continue;
      if (!eligible_subject(m, s, any_head)) continue;
      std::vector<std::size_t> out{mi};
      extend_list(out, s, ms, pos);
      return out;
    }
    return {};
  }

  // Coordinated mentions after ms[list.back()]: "Laos, Mali and Cuba".
  void extend_list(std::vector<std::size_t>& list, const Sentence& s,
                   const std::vector<Mention>& ms, std::size_t limit) const {
    for (;;) {
      const Mention& last = ms[list.back()];
      std::size_t k = last.end + (last.possessive ? 1 : 0);
      bool sep = false;
      bool comma_and = false;
      while (
          k < limit &&
          (low(k) == "," || low(k) == "and" || low(k) == "or" || low(k) == "the" ||
           low(k) == "as" || low(k) == "well" || low(k) == "also" || low(k) == "its" ||
           low(k) == "nor" ||
           ((low(k) == "along" || low(k) == "together") && k + 1 < limit && low(k + 1) == "with") ||
           (low(k) == "with" && k > 0 && (low(k - 1) == "along" || low(k - 1) == "together")))) {
        if (low(k) == "," && k + 1 < limit && low(k + 1) == "and") comma_and = true;
        sep = true;
        ++k;
      }
      if (!sep || k >= limit) return;
      // "the presidents of Poland and Estonia and the prime minister of Latvia".
      {
        std::size_t j = k;
        while (j < limit && j < k + 4 && tok(j).word() && !tok(j).cap &&
               (is(j, kAgentNouns) || is(j, kTitleWords)))
          ++j;
        if (j > k && j + 1 < limit && low(j) == "of") k = j + 1;
      }
      std::size_t next = kNone;
      for (std::size_t mi = list.back() + 1; mi < ms.size(); ++mi)
        if (ms[mi].begin == k || (k > 0 && ms[mi].begin == k - 1 && low(k - 1) == "the")) next = mi;
      if (next == kNone || ms[next].kind == MentionKind::kPronoun || ms[next].locative) return;
      // ", and Georgia denounced it": a new clause with its own subject, not a list item.
      if (comma_and && list.size() == 1) {
        // Past the coordinated names: a verb means a new clause ("..., and Cyprus, Romania
        // and Slovakia also refused"), not more items of this list.
        std::size_t after = ms[next].end + (ms[next].possessive ? 1 : 0);
        for (;;) {
          if (after < s.last && (low(after) == "," || low(after) == "and")) {
            ++after;
            continue;
          }
          const Mention* more = mention_at(ms, after);
          if (!more) break;
          after = more->end;
        }
        if (after < s.last && tok(after).word() && !tok(after).cap && !is(after, kLocatives) &&
            low(after) != "of" && low(after) != "as" && low(after) != "for" && low(after) != "on")
          return;
      }
      list.push_back(next);
    }
  }

  // ignore_locative: the preposition belongs to the cue ("lashed out at Moscow").
  bool eligible_target(const Mention& m, const Sentence& s, bool negative = false,
                       bool ignore_locative = false) const {
    // "condemned its annexation of Crimea": the owner of the act is the target.
    const bool owner_of_act = m.kind == MentionKind::kPronoun &&
                              (low(m.begin) == "its" || low(m.begin) == "their") &&
                              m.end < s.last && is(m.end, kStanceNouns);
    if ((m.locative && !ignore_locative) || m.modifier ||
        (m.kind == MentionKind::kPronoun && !m.object && !owner_of_act))
      return false;
    if (m.place) return negative;
    if (m.possessive || m.form == FormKind::kDemonym) {
      const std::size_t h = head_after(m, s);
      if (h != kNone && is(h, kNotActorHeads)) return false;
      if (m.form == FormKind::kDemonym && h == kNone) return false;
    }
    return true;
  }

  // Targets to the right of `from`: the first eligible mention before a barrier and its
  // coordinated list. `window` bounds the search in tokens.
  std::vector<std::size_t> targets_after(std::size_t from, const Sentence& s,
                                         const std::vector<Mention>& ms, std::size_t window = 12,
                                         bool stop_at_comma = true, bool negative = false) const {
    const std::size_t limit = std::min(s.last, from + window);
    for (std::size_t k = from; k < limit; ++k) {
      // "demand that Russia withdraw": the complementizer right after the cue opens its object.
      if (k == from && low(k) == "that") continue;
      // "opposed sanctions and accused the United States": a second verb, a new object.
      if ((low(k) == "and" || low(k) == "but") && k + 1 < s.last && tok(k + 1).word() &&
          !tok(k + 1).cap && low(k + 1).size() > 4 &&
          low(k + 1).substr(low(k + 1).size() - 2) == "ed")
        break;
      if (barrier(k) && low(k) != "than") break;
      if (low(k) == "than" || (low(k) == "by" && k == from) || (low(k) == "from" && k > from))
        break;
      if (stop_at_comma && low(k) == ",") break;
      // An infinitive starts a new verb phrase: "to prevent".
      if (low(k) == "to" && k + 1 < s.last && tok(k + 1).word() && !tok(k + 1).cap &&
          low(k + 1) != "the" && low(k + 1) != "a" && low(k + 1) != "its" && low(k + 1) != "their")
        break;
      for (std::size_t mi = 0; mi < ms.size(); ++mi) {
        if (ms[mi].begin != k) continue;
        const Mention& m = ms[mi];
        // "in coordination with the G7", "along with Britain": company, not the target.
        if (k > from) {
          std::size_t b = k;
          if (b > from && low(b - 1) == "the") --b;
          if (b > from && low(b - 1) == "with") continue;
        }
        if (!eligible_target(m, s, negative, /*ignore_locative=*/k == from)) continue;
        std::vector<std::size_t> out{mi};
        extend_list(out, s, ms, s.last);
        // "Western leaders including President Bush": both.
        const Mention& last = ms[out.back()];
        std::size_t inc = last.end + (last.possessive ? 1 : 0);
        // Past the head noun: "Western capitals, including Washington".
        for (int skip = 0; skip < 2 && inc < s.last && tok(inc).word() && !tok(inc).cap &&
                           (is(inc, kAgentNouns) || is(inc, kStanceNouns));
             ++skip)
          ++inc;
        if (inc + 1 < s.last && low(inc) == ",") ++inc;
        if (inc + 2 < s.last && low(inc) == "among" && low(inc + 1) == "them") ++inc;
        if (inc + 1 < s.last && (low(inc) == "including" || low(inc) == "notably" ||
                                 low(inc) == "especially" || low(inc) == "them")) {
          for (std::size_t mj = out.back() + 1; mj < ms.size(); ++mj)
            if (ms[mj].begin > inc && ms[mj].begin <= inc + 3 && eligible_target(ms[mj], s)) {
              out.push_back(mj);
              extend_list(out, s, ms, s.last);
              break;
            }
        }
        return out;
      }
    }
    return {};
  }

  // ---- Records ------------------------------------------------------------------

  void emit(const Mention& src, const Mention& tgt, Relation rel, int sign, double weight,
            const Cue* cue, const CueHit* hit, const Sentence& s, double confidence) {
    emit_one(src, tgt, rel, sign, weight, cue, hit, s, confidence);
    for (std::size_t extra : src.group) {
      Mention m = src;
      m.actor = extra;
      m.group.clear();
      emit_one(m, tgt, rel, sign, weight, cue, hit, s, confidence);
    }
  }

  void emit_one(const Mention& src, const Mention& tgt, Relation rel, int sign, double weight,
                const Cue* cue, const CueHit* hit, const Sentence& s, double confidence) {
    const Actor& a = actors_.actor(src.actor);
    const Actor& b = actors_.actor(tgt.actor);
    if (a.id == b.id) return;
    // One statement, one record: the same pair, relation and sentence is not repeated.
    const std::string key = fmt_key(s.begin, a.id, b.id, rel);
    if (!emitted_.insert(key).second) return;
    if (date_sentence_ != s.begin) {
      sentence_date_ = event_date(s);
      date_sentence_ = s.begin;
    }
    StanceRecord r;
    r.doc = doc_.id;
    r.date = sentence_date_;
    r.source = a.id;
    r.source_name = a.name;
    r.source_kind = a.kind;
    r.target = b.id;
    r.target_name = b.name;
    r.target_kind = b.kind;
    r.relation = rel;
    r.sign = sign;
    r.weight = weight;
    r.sentence = std::string(doc_.text.substr(s.begin, s.end - s.begin));
    r.span_begin = s.begin;
    r.span_end = s.end;
    if (hit)
      r.cue = std::string(
          doc_.text.substr(tok(hit->begin).begin, tok(hit->end - 1).end - tok(hit->begin).begin));
    r.confidence = confidence;
    if (cue && rel == cue->relation) {
      r.cameo = cue->cameo;
      r.goldstein = cue->goldstein;
    } else if (rel == Relation::kWithholdSupport) {
      r.cameo = "120";
      if (const CameoCode* c = lex_.cameo("120")) r.goldstein = c->goldstein;
    }
    r.source_via = src.via;
    r.target_via = tgt.via;
    if (r.sign < 0 && b.kind != "territory" &&
        (r.relation == Relation::kSanction || r.relation == Relation::kCondemn ||
         r.relation == Relation::kInvade || r.relation == Relation::kAttack))
      dis_.antagonist = tgt.actor;
    if (r.relation == Relation::kAttack || r.relation == Relation::kInvade ||
        r.relation == Relation::kCoerce || r.relation == Relation::kMobilize)
      dis_.attacker = src.actor;
    // Acts, not reactions to them, are what "the decision" and "the move" refer back to.
    if (r.relation == Relation::kRecognize || r.relation == Relation::kSanction ||
        r.relation == Relation::kAid || r.relation == Relation::kAttack ||
        r.relation == Relation::kInvade || r.relation == Relation::kCoerce ||
        r.relation == Relation::kMobilize || r.relation == Relation::kBreakRelations ||
        r.relation == Relation::kExpel || r.relation == Relation::kOppose ||
        r.relation == Relation::kReject) {
      dis_.last_actor = src.actor;
      dis_.last_act_sentence = sentence_index_;
    }
    out_.push_back(std::move(r));
  }

  static std::string fmt_key(std::size_t sentence, const std::string& a, const std::string& b,
                             Relation rel) {
    std::string k = std::to_string(sentence);
    k += '|';
    k += a;
    k += '|';
    k += b;
    k += '|';
    k += std::to_string(static_cast<int>(rel));
    return k;
  }

  std::optional<Date> event_date(const Sentence& s) const {
    if (!date_) return std::nullopt;
    for (std::size_t i = s.first; i < s.last; ++i) {
      const auto w = low(i);
      if (w == "yesterday") return date_->plus_days(-1);
      if (w == "today") return date_;
      if (is(i, kWeekdays) && w.size() > 3 && i > s.first &&
          (low(i - 1) == "on" || low(i - 1) == "last")) {
        int wd = 0;
        for (std::size_t k = 0; k < 7; ++k)
          if (kWeekdaysList[k] == w) wd = static_cast<int>(k);
        // The most recent such day on or before the document's date.
        int back = (date_->weekday() - wd + 7) % 7;
        if (low(i - 1) == "last" && back == 0) back = 7;
        return date_->plus_days(-back);
      }
      if (i > s.first && low(i - 1) == "on" && tok(i).cap) {
        const int m = month_number(w);
        if (m > 0 && i + 1 < s.last && tok(i + 1).kind == TokenKind::kNumber) {
          const int d = to_int(low(i + 1));
          int y = date_->year;
          if (i + 3 < s.last && low(i + 2) == "," && tok(i + 3).kind == TokenKind::kNumber)
            y = to_int(low(i + 3));
          if (valid_date(y, m, d)) {
            Date e{y, m, d};
            if (e > *date_ && y == date_->year && i + 3 >= s.last) e.year -= 1;
            return e;
          }
        }
      }
    }
    return date_;
  }

  // Negation, refusal and modality between `from` and `to` (exclusive).
  struct Scope {
    bool negated = false;
    bool refused = false;
    bool modal = false;
    bool threat = false;
    bool call = false;  // "called for tougher sanctions on Moscow"
  };
  Scope scope_between(std::size_t from, std::size_t to, const Sentence& s) const {
    Scope sc;
    for (std::size_t k = from; k < to && k < s.last; ++k) {
      if (k < aside_.size() && aside_[k]) continue;  // ", which has no troops there,"
      // "would never recognize X and reaffirmed its support": a new finite verb ends the scope;
      // "did not follow X's lead and recognise Y" shares it.
      if ((low(k) == "and" || low(k) == "but") && k + 1 < to && tok(k + 1).word() &&
          !tok(k + 1).cap) {
        const auto v = low(k + 1);
        if (v.size() > 4 && v.substr(v.size() - 2) == "ed") {
          sc = Scope{};
          continue;
        }
      }
      std::size_t len = 0;
      if (marker_at(Marker::kRefusal, k, to, &len)) {
        sc.refused = true;
        k += len - 1;
        continue;
      }
      // "said it would impose sanctions" reports a decision; "would welcome" is a wish.
      if (low(k) == "would" && said_at_ != kNone && said_at_ < k) continue;
      if (marker_at(Marker::kModal, k, to, &len)) {
        if (low(k).substr(0, 6) == "threat" || low(k).substr(0, 4) == "warn") sc.threat = true;
        if (len == 2 && (low(k + 1) == "for") &&
            (low(k).substr(0, 4) == "call" || low(k).substr(0, 4) == "push" ||
             low(k).substr(0, 5) == "press"))
          sc.call = true;
        sc.modal = true;
        k += len - 1;
        continue;
      }
      if (marker_at(Marker::kNegation, k, to, &len)) {
        // "not only ... but also" is no negation.
        if (low(k) == "not" && k + 1 < s.last && low(k + 1) == "only") continue;
        sc.negated = true;
        k += len - 1;
      }
    }
    return sc;
  }

  // The scope of a cue whose subject spans [subj_begin, subj_end): what stands between the
  // subject and the cue, a raising verb before the subject ("expect Iran to"), a negated
  // subject ("Neither China nor India"), and an opening "if".
  Scope scope_for(std::size_t subj_begin, std::size_t subj_end, std::size_t cue,
                  const Sentence& s) const {
    const std::size_t cs = clause_start(cue, s);
    Scope sc = scope_between(subj_end < cue ? std::max(subj_end, cs) : cs, cue, s);
    if (subj_begin >= cs && subj_begin < cue) {
      const Scope pre = scope_between(cs, subj_begin, s);
      if (pre.modal) sc.modal = true;
      if (pre.threat) sc.threat = true;
      if (subj_begin > s.first && (low(subj_begin - 1) == "neither" ||
                                   low(subj_begin - 1) == "not" || low(subj_begin - 1) == "no"))
        sc.negated = true;
    }
    if (cs > s.first &&
        (low(cs - 1) == "if" || low(cs - 1) == "unless" || low(cs - 1) == "whether"))
      sc.modal = true;
    return sc;
  }

  // Decides what a cue with its scope means. Returns false when it yields nothing.
  bool resolve_polarity(const Cue& c, const Scope& sc, Relation* rel, int* sign,
                        double* weight) const {
    *rel = c.relation;
    *sign = c.sign;
    *weight = c.weight;
    if (sc.modal) {
      if (sc.threat && c.sign < 0) {
        *rel = Relation::kThreaten;
        return true;
      }
      // Calling for sanctions on X, or for X's condemnation, is hostile to X.
      if (sc.call && c.sign < 0 && !sc.negated && !sc.refused) {
        *rel = Relation::kDemand;
        *weight = 0.5;
        return true;
      }
      return false;
    }
    if (sc.refused || sc.negated) {
      if (c.sign <= 0) return false;
      const bool withheld =
          c.withhold == Withhold::kAny || (c.withhold == Withhold::kRefusal && sc.refused);
      if (!withheld) return false;
      *rel = Relation::kWithholdSupport;
      *sign = -1;
      *weight = 0.5;
      return true;
    }
    return true;
  }

  // ---- Sentences ----------------------------------------------------------------

  void mark_asides(const Sentence& s) {
    if (aside_.size() != text_.tokens.size()) aside_.assign(text_.tokens.size(), false);
    std::fill(aside_.begin() + static_cast<std::ptrdiff_t>(s.first),
              aside_.begin() + static_cast<std::ptrdiff_t>(s.last), false);
    clause_memo_.assign(s.last - s.first, kNone);
    memo_first_ = s.first;
    for (std::size_t i = s.first; i < s.last; ++i) {
      // ", which ... ,", ", speaking after the session, ".
      if (low(i) != "," || i + 1 >= s.last) continue;
      const auto w = low(i + 1);
      const bool gerund =
          tok(i + 1).word() && !tok(i + 1).cap && w.size() > 5 && w.substr(w.size() - 3) == "ing";
      // ", on his first visit to Russia since taking office,": a prepositional aside.
      const bool prepositional = w == "on" || w == "in" || w == "during" || w == "at" ||
                                 w == "after" || w == "before" || w == "since" || w == "despite" ||
                                 w == "amid" || w == "under";
      if (!is(i + 1, kRelativeStarts) && !gerund && !prepositional) continue;
      std::size_t e = i + 1;
      while (e < s.last && low(e) != "," && tok(e).kind != TokenKind::kQuote) ++e;
      if (e >= s.last || low(e) != ",") continue;  // an aside closes with a comma
      for (std::size_t k = i + 1; k < e; ++k) aside_[k] = true;
      i = e - 1;
    }
  }

  void sentence(const Sentence& s) {
    ++sentence_index_;
    if (is_noise(s)) return;
    mark_quotes(s);
    mark_asides(s);
    std::vector<Mention> ms = mentions(s);
    // "PRISTINA, Kosovo (AP) —", "Moscow —": a dateline names a place, not an actor.
    {
      std::size_t dash = kNone;
      for (std::size_t i = s.first; i < s.last && i < s.first + 16; ++i) {
        if (tok(i).kind == TokenKind::kDash) {
          dash = i;
          break;
        }
        const bool dateline_word = (tok(i).word() && (tok(i).cap || tok(i).all_caps)) ||
                                   low(i) == "," || low(i) == "(" || low(i) == ")" ||
                                   tok(i).kind == TokenKind::kNumber || low(i) == ".";
        if (!dateline_word) break;
      }
      if (dash != kNone && dash > s.first)
        ms.erase(
            std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) { return m.begin < dash; }),
            ms.end());
    }
    add_event_mentions(s, ms);
    if (ms.empty()) return;
    // "... doesn't mean that ...": a denial; nothing in it is a stance.
    for (std::size_t i = s.first; i < s.last; ++i)
      if (marker_at(Marker::kDenial, i, s.last)) {
        update_discourse(s, ms, {});
        return;
      }
    std::size_t said_at = kNone;
    said_at_ = kNone;
    std::vector<std::size_t> speaker = find_speaker(s, ms, &said_at);
    if (!speaker.empty()) {
      // "We", "our" in the quotation, and "it"/"they" opening what was said, are the speaker.
      const Mention sp = ms[speaker.front()];
      for (std::size_t i = s.first; i < s.last; ++i) {
        const auto w = low(i);
        const bool first_person = w == "we" || w == "our" || w == "us";
        const bool opens_report = (w == "it" || w == "they" || w == "its" || w == "their") &&
                                  said_at != kNone && i > said_at && i <= said_at + 3;
        if (!first_person && !opens_report) continue;
        Mention* existing = nullptr;
        for (Mention& m : ms)
          if (m.begin == i) existing = &m;
        if (existing) {
          existing->actor = sp.actor;
          existing->group = sp.group;
          continue;
        }
        Mention m;
        m.begin = i;
        m.end = i + 1;
        m.actor = sp.actor;
        m.group = sp.group;
        m.kind = MentionKind::kPronoun;
        m.via = "the speaker: " + std::string(tok(i).text);
        if (i + 1 < s.last && low(i + 1) == "'s") m.possessive = true;
        ms.push_back(std::move(m));
      }
      std::sort(ms.begin(), ms.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
      speaker = find_speaker(s, ms, &said_at);
    }
    // Only "X said ..." opens a clause; in "..., X said" the content comes first.
    if (!speaker.empty() && said_at != kNone && ms[speaker.front()].begin < said_at)
      said_at_ = said_at;
    std::fill(clause_memo_.begin(), clause_memo_.end(), kNone);  // clauses now end at said_at_
    memberships(s, ms);
    judgements(s, ms, speaker);
    demands(s, ms);
    const std::vector<CueHit> hits = find_cues(s, ms);
    const std::vector<bool> voted = votes(s, ms, hits);
    std::size_t suppressed_from = kNone;  // complement of "accused X of ..."
    for (std::size_t hi = 0; hi < hits.size(); ++hi) {
      const CueHit& h = hits[hi];
      if (voted[hi]) continue;
      if (suppressed_from != kNone && h.begin >= suppressed_from &&
          clause_start(h.begin, s) <= suppressed_from)
        continue;
      const Cue& c = cues_.cue(h.cue);
      std::size_t complement = kNone;
      if (h.noun)
        noun_cue(h, c, s, ms, speaker);
      else
        complement = verb_cue(h, c, s, ms, speaker);
      if (c.frame == Frame::kComplement && complement != kNone) suppressed_from = complement;
    }
    update_discourse(s, ms, speaker);
  }

  // "condemned the invasion", "called the move dangerous", "Kyiv welcomed the decision": a
  // definite event noun with no actor of its own refers to the act the story last reported,
  // and a stance on it is a stance on whoever did it.
  void add_event_mentions(const Sentence& s, std::vector<Mention>& ms) {
    const std::size_t before = ms.size();
    for (std::size_t i = s.first; i + 1 < s.last; ++i) {
      const auto d = low(i);
      const bool definite = d == "the" || d == "this" || d == "that" || d == "such";
      const bool called = (d == "a" || d == "an") && i >= s.first + 1 &&
                          (low(i - 1) == "called" || low(i - 1) == "calls");
      if (!definite && !called) continue;
      std::size_t k = i + 1;
      bool actor_inside = false;
      for (int adj = 0; adj < 4 && k < s.last && tok(k).word(); ++adj) {
        if (mention_at(ms, k)) {
          actor_inside = true;
          break;
        }
        if (is(k, kRareWords) && (in(low(k), kForceNouns) || in(low(k), kActNouns))) break;
        if (tok(k).cap) break;
        ++k;
        if (k < s.last && tok(k).kind == TokenKind::kHyphen) k += 2;  // "full-scale"
      }
      if (actor_inside || k >= s.last || !tok(k).word()) continue;
      if (!is(k, kRareWords)) continue;
      const bool force = in(low(k), kForceNouns);
      if (!force && !in(low(k), kActNouns)) continue;
      // "the attack by Russia", "the decision of the EU": the actor is named right after.
      if (k + 2 < s.last && ((low(k + 1) == "by") || (low(k + 1) == "of" && mention_at(ms, k + 2))))
        continue;
      // An act is referred back to only shortly after it was reported.
      const std::size_t agent =
          force ? dis_.attacker
                : (sentence_index_ <= dis_.last_act_sentence + 6 ? dis_.last_actor : kNone);
      if (agent == kNone) continue;
      Mention m = role_mention(i, k, agent, "the act referred to");
      m.event = true;
      ms.push_back(std::move(m));
      i = k;
    }
    if (ms.size() != before)
      std::sort(ms.begin(), ms.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

  // "called the annexation illegal", "described the move as reckless": a judgement on an
  // act or an actor. Source: the subject of the verb; target: the object.
  void judgements(const Sentence& s, const std::vector<Mention>& ms,
                  const std::vector<std::size_t>& speaker) {
    for (std::size_t i = s.first; i + 2 < s.last; ++i) {
      if (!is(i, kRareWords) || !in(low(i), kJudgementVerbs)) continue;
      // The object: a mention (an actor or an act) right after the verb.
      const Mention* obj = nullptr;
      for (const Mention& m : ms)
        if (m.begin > i && m.begin <= i + 2 && !m.locative && m.kind != MentionKind::kPronoun) {
          obj = &m;
          break;
        }
      if (!obj) continue;
      // "Russia's intervention": the owner is judged.
      bool judged = false;
      std::size_t e = obj->end + (obj->possessive ? 1 : 0);
      for (std::size_t k = e; k < s.last && k < e + 8; ++k) {
        if (barrier(k) || low(k) == ";") break;
        if (is(k, kRareWords) && in(low(k), kNegativeJudgements)) {
          judged = true;
          break;
        }
      }
      if (!judged) continue;
      auto src = subject_of(i, s, ms);
      if (src.empty()) src = speaker;
      if (src.empty()) continue;
      const Scope sc = scope_for(ms[src.front()].begin, ms[src.back()].end, i, s);
      if (sc.negated || sc.modal || sc.refused) continue;
      for (std::size_t a : src)
        emit(ms[a], *obj, Relation::kCriticize, -1, 0.6, nullptr, nullptr, s, 0.6);
    }
  }

  // "urged Russia to withdraw", "appealed to President Putin to stop": a demand on the one
  // asked to stop, withdraw or end something. Requests to do good things ("urged Japan to
  // recognise Kosovo") are not stances.
  void demands(const Sentence& s, const std::vector<Mention>& ms) {
    static constexpr std::array<std::string_view, 15> kAsk{
        "urged",   "urges", "urging", "called",   "calls",   "appealed", "appeals", "pressed",
        "presses", "asked", "asks",   "demanded", "demands", "told",     "warned"};
    static constexpr std::array<std::string_view, 12> kStop{
        "stop",  "halt",    "end",     "withdraw", "cease",   "pull",
        "leave", "reverse", "abandon", "release",  "refrain", "respect"};
    for (std::size_t i = s.first; i + 3 < s.last; ++i) {
      if (!in(low(i), kAsk)) continue;
      std::size_t k = i + 1;
      while (k < s.last && k < i + 3 && (low(k) == "on" || low(k) == "to" || is_adverb(low(k))))
        ++k;
      const Mention* who = nullptr;
      for (const Mention& m : ms)
        if (m.begin >= k && m.begin <= k + 1 && !m.locative && m.kind != MentionKind::kPronoun)
          who = &m;
      if (!who) continue;
      std::size_t t = who->end;
      if (t + 1 >= s.last || low(t) != "to" || !in(low(t + 1), kStop)) continue;
      auto src = subject_of(i, s, ms);
      const Scope sc =
          src.empty() ? Scope{} : scope_for(ms[src.front()].begin, ms[src.back()].end, i, s);
      if (sc.negated || sc.refused) continue;
      for (std::size_t a : src)
        emit(ms[a], *who, Relation::kDemand, -1, 0.5, nullptr, nullptr, s, 0.6);
    }
  }

  void update_discourse(const Sentence& s, const std::vector<Mention>& ms,
                        const std::vector<std::size_t>& speaker) {
    // The sentence's subject becomes what "it" and "they" refer to.
    auto subj = subject_of(s.last, s, ms);
    std::vector<std::size_t> focus =
        !subj.empty() && ms[subj.front()].begin < s.first + 12 ? subj : speaker;
    if (focus.empty()) focus = subj;
    for (const Mention& m : ms) {
      if (m.kind == MentionKind::kPronoun) continue;
      // "the West" is a camp, never "the group" or "the organisation".
      if (actors_.actor(m.actor).kind == "bloc" && actors_.actor(m.actor).id != "WEST")
        dis_.last_bloc = m.actor;
      if (actors_.actor(m.actor).kind == "territory" && m.kind == MentionKind::kDirect)
        dis_.last_territory = m.actor;
    }
    if (!focus.empty()) {
      const Mention& f = ms[focus.front()];
      const Actor& a = actors_.actor(f.actor);
      if (a.kind == "bloc" && a.id != "WEST") dis_.topic_bloc = f.actor;
      if (focus.size() > 1 || f.plural || a.kind == "bloc") {
        dis_.last_plural = f.actor;
        dis_.last_plural_group.clear();
        for (std::size_t k = 1; k < focus.size(); ++k)
          dis_.last_plural_group.push_back(ms[focus[k]].actor);
      }
      if (focus.size() == 1 && f.kind != MentionKind::kPerson) dis_.last_singular = f.actor;
    }
    // Role nouns: "the defence ministers of the CSTO", "the CSTO statement", "Russia's government".
    for (const Mention& m : ms) {
      if (m.kind == MentionKind::kPronoun && low(m.begin) != "their" && low(m.begin) != "its")
        continue;
      if (m.begin >= s.first + 2 && low(m.begin - 1) == "of") {
        const auto noun = low(m.begin - 2);
        if (is(m.begin - 2, kRoleNouns)) dis_.roles[noun] = m.actor;
      }
      const std::size_t h = m.end + (m.possessive ? 1 : 0);
      for (std::size_t k = h; k < std::min(s.last, h + 3); ++k) {
        if (!tok(k).word()) break;
        if (is(k, kRoleNouns)) {
          dis_.roles[low(k)] = m.actor;
          break;
        }
      }
    }
    // "they said in a final statement": the statement is theirs.
    if (!speaker.empty()) {
      for (std::size_t i = s.first; i + 1 < s.last; ++i)
        if (low(i) == "statement" || low(i) == "declaration" || low(i) == "communique")
          dis_.roles[low(i)] = ms[speaker.front()].actor;
    }
  }

  // The actor whose words the sentence reports: "X said", "..., X told reporters",
  // "said X", "according to X".
  std::vector<std::size_t> find_speaker(const Sentence& s, const std::vector<Mention>& ms,
                                        std::size_t* verb_at = nullptr) const {
    for (std::size_t i = s.first; i < s.last; ++i) {
      std::size_t len = 0;
      if (low(i) == "according" && i + 1 < s.last && low(i + 1) == "to") {
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].begin >= i + 2 && ms[mi].begin <= i + 4 && !ms[mi].locative) {
            if (verb_at) *verb_at = i;
            return {mi};
          }
        continue;
      }
      if (!marker_at(Marker::kReporting, i, s.last, &len)) continue;
      if (tok(i).cap && i != s.first) continue;
      // A noun, not a verb: "Russian claims", "the report", "its statement".
      if (i > s.first) {
        const auto p = low(i - 1);
        if (p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "its" ||
            p == "their" || p == "'s" || p == "of" || p == "in")
          continue;
        bool demonym = false;
        for (const Mention& m : ms)
          if (m.end == i && m.form == FormKind::kDemonym) demonym = true;
        if (demonym) continue;
      }
      // Subject right before, with at most commas and adverbs between: "Mr. Peskov, ... said",
      // "Lavrov also said". ("as independent states" is no speaker.)
      std::size_t best = kNone;
      for (std::size_t mi = 0; mi < ms.size(); ++mi) {
        const Mention& m = ms[mi];
        if (m.end > i || m.locative || m.modifier || aside_[m.begin]) continue;
        bool adjacent = true;
        for (std::size_t k = m.end; k < i && adjacent; ++k)
          adjacent = aside_[k] || low(k) == "," || low(k) == "also" || low(k) == "later" ||
                     low(k) == "has" || low(k) == "had" || low(k) == "have" || low(k) == "again" ||
                     low(k) == "then" || (k == m.end && low(k) == "'s") ||
                     ((is(k, kAgentNouns) || is(k, kTitleWords)) && k < m.end + 4);
        if (adjacent && eligible_subject(m, s, false)) best = mi;
      }
      if (best != kNone) {
        // Prefer the start of the speaker noun phrase: "Russian Foreign Minister Sergei Lavrov".
        if (verb_at) *verb_at = i;
        return {best};
      }
      // Inverted: "..., said Mr. Peskov" (not "..., saying Moscow's actions ...").
      const auto v = low(i);
      if (i > s.first && (low(i - 1) == "," || tok(i - 1).kind == TokenKind::kQuote) &&
          (v == "said" || v == "says" || v == "told" || v == "added" || v == "stated"))
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].begin >= i + len && ms[mi].begin <= i + len + 2 && !ms[mi].locative) {
            if (verb_at) *verb_at = i;
            return {mi};
          }
    }
    return {};
  }

  // The source of a cue: the clause's subject, else the sentence's speaker.
  std::vector<std::size_t> source_for(std::size_t pos, const Sentence& s,
                                      const std::vector<Mention>& ms,
                                      const std::vector<std::size_t>& speaker) const {
    auto subj = subject_of(pos, s, ms);
    if (!subj.empty()) return subj;
    const std::size_t cs = clause_start(pos, s);
    if (cs > s.first + 1) {
      const auto b = low(cs - 1);
      // A relative clause: "President Bush, who asked ...", "the only country that recognises".
      if (b == "who" || b == "which" || b == "that" || b == "whose") {
        std::size_t k = cs - 1;
        if (b == "whose") {
          // "Belarus, whose leader, Aleksandr Lukashenko, allowed ...".
          while (k > s.first && low(k - 1) != ",") --k;
        }
        if (k > s.first && low(k - 1) == ",") --k;
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].end + (ms[mi].possessive ? 1 : 0) == k &&
              ms[mi].kind != MentionKind::kPronoun && !ms[mi].locative)
            return {mi};
        // "Turkey is the only country that recognises ...": the copula's subject.
        const std::size_t noun = cs >= s.first + 2 ? cs - 2 : kNone;
        bool copula = false;
        if (noun != kNone &&
            (low(noun) == "country" || low(noun) == "state" || low(noun) == "nation" ||
             low(noun) == "one" || low(noun) == "government"))
          for (std::size_t j = noun; j > s.first && j + 5 > noun; --j)
            if (low(j - 1) == "is" || low(j - 1) == "was" || low(j - 1) == "became" ||
                low(j - 1) == "remains")
              copula = true;
        if (copula) {
          auto main = subject_of(cs - 1, s, ms);
          if (!main.empty()) return main;
        }
        return {};
      }
      // A coordinated verb: "not only praised Moscow but also recognised ...".
      if (b == "but") {
        auto main = subject_of(cs - 1, s, ms);
        if (!main.empty()) return main;
      }
    }
    // Inside a quotation or a "that" clause with no subject of its own: the speaker.
    return speaker;
  }

  std::size_t verb_cue(const CueHit& h, const Cue& c, const Sentence& s,
                       const std::vector<Mention>& ms, const std::vector<std::size_t>& speaker) {
    // Passive: "X was condemned by Y", "a deal mediated by Y".
    const bool participle = h.inflection == Inflection::kPast;
    std::size_t aux = h.begin;
    while (aux > s.first &&
           (low(aux - 1) == "widely" || low(aux - 1) == "strongly" || low(aux - 1) == "also" ||
            low(aux - 1) == "been" || low(aux - 1) == "being" || low(aux - 1) == "not" ||
            low(aux - 1) == "publicly" || low(aux - 1) == "openly"))
      --aux;
    const bool be_before =
        aux > s.first &&
        (low(aux - 1) == "was" || low(aux - 1) == "were" || low(aux - 1) == "is" ||
         low(aux - 1) == "are" || low(aux - 1) == "be" || low(aux - 1) == "been" ||
         low(aux - 1) == "being" || low(aux - 1) == "get" || low(aux - 1) == "got");
    const bool by_after = h.end < s.last && low(h.end) == "by";
    if (participle && c.frame != Frame::kTargetIsSubject && (be_before || by_after) &&
        c.words.size() == 1) {
      std::vector<std::size_t> tgt;
      if (be_before) {
        // The subject right before the auxiliary.
        const std::size_t auxpos = aux - 1;
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].end + (ms[mi].possessive ? 1 : 0) + 2 >= auxpos && ms[mi].end <= auxpos &&
              eligible_target(ms[mi], s, c.sign < 0) && !barrier_between(ms[mi].end, auxpos))
            tgt = {mi};
        if (tgt.empty()) {
          auto subj = subject_of(auxpos, s, ms, true);
          // The nearest subject, or a possessed one opening the clause ("Germany's decision
          // ..., reversing a ban, was praised by ...").
          if (!subj.empty() &&
              (ms[subj.back()].end + 3 >= auxpos ||
               (ms[subj.front()].possessive && ms[subj.front()].begin == clause_start(auxpos, s))))
            tgt = subj;
        }
      } else {
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].end <= aux && ms[mi].end + 1 >= aux && eligible_target(ms[mi], s)) tgt = {mi};
      }
      std::vector<std::size_t> src;
      if (by_after) src = targets_after(h.end + 1, s, ms, 8, false);
      if (tgt.empty() || src.empty()) return kNone;
      Scope sc = scope_between(clause_start(aux, s), h.begin, s);
      Relation rel;
      int sign;
      double weight;
      if (!resolve_polarity(c, sc, &rel, &sign, &weight)) return kNone;
      for (std::size_t a : src)
        for (std::size_t b : tgt) emit(ms[a], ms[b], rel, sign, weight, &c, &h, s, 0.7);
      return kNone;
    }

    if (c.frame == Frame::kPassiveBy) {
      // "Russia was joined by Armenia, Belarus ... in voting against the text".
      auto tgt = subject_of(h.begin, s, ms);
      auto src = targets_after(h.end, s, ms, 6, false);
      for (std::size_t a : src)
        for (std::size_t b : tgt) emit(ms[a], ms[b], c.relation, c.sign, c.weight, &c, &h, s, 0.6);
      return kNone;
    }

    if (c.frame == Frame::kTargetIsSubject) {
      auto tgt = subject_of(h.begin, s, ms, true);
      if (tgt.empty()) return kNone;
      std::vector<std::size_t> src = speaker;
      if (src.empty()) return kNone;
      for (std::size_t a : src)
        for (std::size_t b : tgt)
          if (a != b) emit(ms[a], ms[b], c.relation, c.sign, c.weight, &c, &h, s, 0.6);
      return kNone;
    }

    auto src = source_for(h.begin, s, ms, speaker);
    if (src.empty()) return kNone;
    std::vector<std::size_t> tgt;
    if (h.slot != kNone)
      tgt = {h.slot};
    else
      tgt = targets_after(h.end, s, ms, 12, true, c.sign < 0);
    if (tgt.empty()) return kNone;
    // "joined NATO in 2009" is membership, not joining NATO in a stance.
    if (c.words.front() == "join")
      tgt.erase(
          std::remove_if(tgt.begin(), tgt.end(),
                         [&](std::size_t t) { return actors_.actor(ms[t].actor).kind == "bloc"; }),
          tgt.end());
    if (tgt.empty()) return kNone;
    // Scope: from the subject to the cue. A negation of an earlier verb carries over a
    // coordinated one: "did not follow X's lead and recognise Y".
    const Scope sc = scope_for(ms[src.front()].begin, ms[src.back()].end, h.begin, s);
    Relation rel;
    int sign;
    double weight;
    if (!resolve_polarity(c, sc, &rel, &sign, &weight)) return kNone;
    const double conf = (src.size() > 1 || tgt.size() > 1) ? 0.7 : 0.8;
    for (std::size_t a : src)
      for (std::size_t b : tgt) emit(ms[a], ms[b], rel, sign, weight, &c, &h, s, conf);
    // "accused X of ...", "condemned X for ...": the complement is the accusation.
    const Mention& last = ms[tgt.back()];
    const std::size_t after = last.end + (last.possessive ? 1 : 0);
    if (after < s.last && (low(after) == "of" || low(after) == "for" || low(after) == "over"))
      return after;
    return kNone;
  }

  bool barrier_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (barrier(k) || low(k) == ",") return true;
    return false;
  }

  void noun_cue(const CueHit& h, const Cue& c, const Sentence& s, const std::vector<Mention>& ms,
                const std::vector<std::size_t>& speaker) {
    // Owner right before the noun: "Russia's recognition", "Western criticism", "its recognition".
    std::size_t owner = kNone;
    {
      std::size_t k = h.begin;
      for (int skip = 0; skip < 3 && k > s.first; ++skip) {
        bool found = false;
        for (std::size_t mi = 0; mi < ms.size(); ++mi) {
          const Mention& m = ms[mi];
          const std::size_t e = m.end + (m.possessive ? 1 : 0);
          if (e == k &&
              (m.possessive || m.form == FormKind::kDemonym || low(m.begin) == "its" ||
               low(m.begin) == "their" || low(m.begin) == "his" || low(m.begin) == "her" ||
               (m.kind == MentionKind::kDirect && m.form == FormKind::kAbbreviation))) {
            owner = mi;
            found = true;
          }
        }
        if (found) break;
        // Skip an adjective or a time phrase between owner and noun.
        const auto w = low(k - 1);
        if (!tok(k - 1).word() || tok(k - 1).cap || is(k - 1, kClauseBarriers) || w == "of" ||
            w == "the" || w == "a")
          break;
        --k;
      }
    }

    // Seek frame: "win backing from X", "seeking support from X".
    std::size_t seek_at = kNone;
    {
      std::size_t k = owner != kNone ? ms[owner].begin : h.begin;
      for (int back = 0; back < 4 && k > s.first; ++back) {
        --k;
        std::size_t len = 0;
        if (marker_at(Marker::kSeek, k, h.begin, &len) && tok(k).word()) {
          // Past forms of win/get/secure report a success, not a wish.
          const auto w = low(k);
          const bool success = w == "won" || w == "got" || w == "secured" || w == "obtained" ||
                               w == "garnered" || w == "enlisted" || w == "gained";
          if (!success) seek_at = k;
          break;
        }
        if (!tok(k).word() || is(k, kClauseBarriers)) break;
      }
    }
    // Mentions after the noun: "from X" (a source) or "of/for/to/against X" (a target).
    std::vector<std::size_t> from_src, after_tgt;
    {
      std::size_t k = h.end;
      // Allow a time phrase: "recognition last month of Abkhazia".
      while (k < s.last && k < h.end + 4 && tok(k).word() && !tok(k).cap &&
             (low(k) == "last" || low(k) == "this" || low(k) == "month" || low(k) == "week" ||
              low(k) == "year" || low(k) == "earlier" || low(k) == "later" ||
              (low(k) == "on" && k + 1 < s.last &&
               (is(k + 1, kWeekdays) || month_number(low(k + 1)) > 0))))
        ++k;
      if (k < s.last) {
        const auto p = low(k);
        if (p == "from" || p == "by" || p == "among") {
          from_src = targets_after(k + 1, s, ms, 10, false);
        } else if (p == "of" || p == "for" || p == "to" || p == "against" || p == "toward" ||
                   p == "towards" || p == "on" || p == "over" || p == "with") {
          after_tgt = targets_after(k + 1, s, ms, 4, true, c.sign < 0);
        } else if (c.frame == Frame::kNeedsLight) {
          // "send anti-tank weapons and Stinger missiles to Ukraine": the recipient after "to".
          for (std::size_t j = k; j < s.last && j < k + 8; ++j) {
            if (barrier(j) || low(j) == ",") break;
            if (low(j) == "to" || low(j) == "for") {
              after_tgt = targets_after(j + 1, s, ms, 4, true);
              break;
            }
          }
        } else if (h.end > h.begin + 1 && c.words.back() != "{T}" && h.slot == kNone) {
          after_tgt = targets_after(h.end, s, ms, 8, true, c.sign < 0);
        }
      }
      if (h.slot != kNone)
        after_tgt = {h.slot};
      else if (c.pos == CuePos::kPhrase && after_tgt.empty())
        after_tgt = targets_after(h.end, s, ms, 8, true, c.sign < 0);
    }

    if (seek_at != kNone) {
      if (c.frame != Frame::kSeekable) return;
      // Sought support exists only when the attempt failed: then it was withheld.
      bool failed = false;
      const std::size_t cs = clause_start(seek_at, s);
      if (scope_between(cs, seek_at, s).refused) failed = true;
      for (std::size_t k = h.end; k < s.last && !failed; ++k)
        if (marker_at(Marker::kFailure, k, s.last)) failed = true;
      if (!failed) return;
      std::vector<std::size_t> giver = from_src;
      if (giver.empty()) giver = after_tgt;
      std::vector<std::size_t> seeker;
      // "Russia's attempt to win ...": the owner of the attempt.
      for (std::size_t mi = 0; mi < ms.size(); ++mi) {
        const Mention& m = ms[mi];
        if (m.possessive && m.end < seek_at && m.end + 6 >= seek_at) seeker = {mi};
      }
      if (seeker.empty()) seeker = subject_of(seek_at, s, ms);
      for (std::size_t a : giver)
        for (std::size_t b : seeker)
          emit(ms[a], ms[b], Relation::kWithholdSupport, -1, 0.5, &c, &h, s, 0.6);
      return;
    }

    // "X drew condemnation from Y": Y condemns X.
    if (!from_src.empty()) {
      std::size_t verb = h.begin;
      while (verb > s.first && tok(verb - 1).word() && !is(verb - 1, kClauseBarriers) &&
             verb + 4 > h.begin) {
        --verb;
        if (marker_at(Marker::kAttract, verb, h.begin)) break;
      }
      std::vector<std::size_t> tgt;
      if (marker_at(Marker::kAttract, verb, h.begin)) tgt = subject_of(verb, s, ms, true);
      if (tgt.empty()) tgt = after_tgt;
      if (tgt.empty() && c.sign < 0 && dis_.antagonist != kNone &&
          h.begin == s.first + (low(s.first) == "the" ? 1 : 0)) {
        // "Criticism from NATO was equally sharp.": of whoever the story condemns.
        Mention who;
        who.actor = dis_.antagonist;
        who.via = "the target of the story's condemnation";
        for (std::size_t a : from_src)
          emit(ms[a], who, c.relation, c.sign, c.weight, &c, &h, s, 0.5);
        return;
      }
      if (tgt.empty()) return;
      Scope sc = scope_between(clause_start(h.begin, s), h.begin, s);
      Relation rel;
      int sign;
      double weight;
      if (!resolve_polarity(c, sc, &rel, &sign, &weight)) return;
      for (std::size_t a : from_src)
        for (std::size_t b : tgt) emit(ms[a], ms[b], rel, sign, weight, &c, &h, s, 0.7);
      return;
    }

    if (c.frame == Frame::kAgentOnly) {
      // "Georgia's aggression" names the aggressor; the victim must be stated. Annexing a
      // territory is no stance towards it.
      if (owner == kNone || after_tgt.empty()) return;
      if (c.relation == Relation::kCoerce)
        after_tgt.erase(std::remove_if(after_tgt.begin(), after_tgt.end(),
                                       [&](std::size_t t) {
                                         return actors_.actor(ms[t].actor).kind == "territory";
                                       }),
                        after_tgt.end());
      if (ms[owner].kind == MentionKind::kPronoun) return;
      for (std::size_t b : after_tgt)
        emit(ms[owner], ms[b], c.relation, c.sign, c.weight, &c, &h, s, 0.6);
      return;
    }

    // Source: a light verb's subject ("Britain renewed criticism", "offer Moscow support"),
    // else the owner, else the clause's subject.
    std::vector<std::size_t> src;
    std::vector<std::size_t> indirect;
    std::size_t light = kNone;
    for (std::size_t k = h.begin; k > s.first && k + 6 > h.begin; --k) {
      if (marker_at(Marker::kLight, k - 1, h.begin) && tok(k - 1).word()) {
        light = k - 1;
        break;
      }
      if (is(k - 1, kClauseBarriers)) break;
    }
    if (c.frame == Frame::kNeedsLight && light == kNone) return;
    // "opposed sanctions", "rejected the criticism": the subject is against the noun itself.
    if (owner == kNone && h.begin > s.first) {
      std::size_t v = h.begin;
      for (int back = 0; back < 3 && v > s.first && tok(v - 1).word(); ++back) {
        --v;
        const auto w = low(v);
        if (w.substr(0, 6) == "oppose" || w.substr(0, 6) == "reject" || w.substr(0, 4) == "lift" ||
            w.substr(0, 4) == "ease" || w.substr(0, 8) == "denounce" ||
            w.substr(0, 7) == "condemn" || w.substr(0, 7) == "critici" ||
            w.substr(0, 7) == "dismiss")
          return;
      }
    }
    if (light != kNone) {
      src = subject_of(light, s, ms);
      // "offer Moscow firmer support": the indirect object is the target.
      for (std::size_t mi = 0; mi < ms.size(); ++mi)
        if (ms[mi].begin > light && ms[mi].end <= h.begin && owner != mi &&
            eligible_target(ms[mi], s))
          indirect.push_back(mi);
    }
    // A named owner states a fact of its own ("Russia's recognition"); a pronoun owner
    // ("withheld its support") is part of the clause, which decides its polarity.
    const bool owner_is_source = owner != kNone && ms[owner].kind != MentionKind::kPronoun;
    if (owner != kNone && !owner_is_source && src.empty())
      src = source_for(h.begin, s, ms, speaker);
    if (src.empty() && owner_is_source) src = {owner};
    if (src.empty()) src = source_for(h.begin, s, ms, speaker);
    if (src.empty()) return;
    std::vector<std::size_t> tgt = !indirect.empty() ? indirect : after_tgt;
    Mention antagonist;
    if (tgt.empty() && c.relation == Relation::kSanction && dis_.antagonist != kNone &&
        light != kNone) {
      // "Japan would impose further sanctions": on whoever the story's sanctions target.
      antagonist.actor = dis_.antagonist;
      antagonist.via = "the target of the story's sanctions and condemnation";
      antagonist.begin = antagonist.end = h.end;
    }
    if (tgt.empty() && antagonist.via.empty()) return;
    // A possessed nominalisation is a fact whatever its clause says ("made no reference to
    // Russia's recognition of X"); otherwise the clause's negation and modality apply.
    // "adopted the EU sanctions": the EU's, and the adopter's too.
    if (owner_is_source && !(src.size() == 1 && src.front() == owner)) {
      Scope own = scope_between(ms[owner].end, h.begin, s);
      Relation r2;
      int s2;
      double w2;
      if (!negated_existence(ms[owner].begin, s) && resolve_polarity(c, own, &r2, &s2, &w2))
        for (std::size_t b : tgt) emit(ms[owner], ms[b], r2, s2, w2, &c, &h, s, 0.7);
    }
    Scope sc;
    if (!(owner_is_source && src.size() == 1 && src.front() == owner)) {
      sc = scope_for(ms[src.front()].begin, ms[src.back()].end, h.begin, s);
    } else {
      // Only the words between the owner and the noun: "Russia's wish for recognition".
      sc = scope_between(ms[owner].end, h.begin, s);
      if (negated_existence(ms[owner].begin, s)) return;
    }
    Relation rel;
    int sign;
    double weight;
    if (!resolve_polarity(c, sc, &rel, &sign, &weight)) return;
    for (std::size_t a : src) {
      for (std::size_t b : tgt) emit(ms[a], ms[b], rel, sign, weight, &c, &h, s, 0.7);
      if (tgt.empty()) emit(ms[a], antagonist, rel, sign, weight, &c, &h, s, 0.5);
    }
  }

  // Votes on resolutions: "voted against a resolution condemning Russia" supports Russia,
  // "voted for" it opposes Russia, "vetoed" it supports Russia. The resolution's own words
  // are no actor's stance. Returns, per cue hit, whether it was used up here.
  std::vector<bool> votes(const Sentence& s, const std::vector<Mention>& ms,
                          const std::vector<CueHit>& hits) {
    std::vector<bool> used(hits.size(), false);
    static constexpr std::array<std::string_view, 12> kFor{
        "backed", "supported", "sponsored", "co-sponsored", "adopted",  "approved",
        "passed", "endorsed",  "backs",     "supports",     "sponsors", "adopts"};
    static constexpr std::array<std::string_view, 10> kAgainst{
        "blocked", "vetoed",  "opposed", "rejected", "blocks",
        "vetoes",  "opposes", "rejects", "block",    "veto"};
    // "Belarus and Syria voted against, alongside Russia itself": with Russia.
    for (std::size_t v = s.first; v + 3 < s.last; ++v) {
      if (low(v).substr(0, 4) != "vote" ||
          (low(v + 1) != "against" && low(v + 1) != "for" && low(v + 1) != "no"))
        continue;
      std::size_t k = v + 2;
      if (k < s.last && low(k) == ",") ++k;
      const bool with =
          k + 1 < s.last && (low(k) == "alongside" ||
                             ((low(k) == "along" || low(k) == "together") && low(k + 1) == "with"));
      if (!with) continue;
      k += low(k) == "alongside" ? 1 : 2;
      const Mention* ally = nullptr;
      for (const Mention& m : ms)
        if (m.begin >= k && m.begin <= k + 1 && m.kind == MentionKind::kDirect) ally = &m;
      if (!ally) continue;
      for (std::size_t a : subject_of(v, s, ms))
        emit(ms[a], *ally, Relation::kSupport, 1, 0.6, nullptr, nullptr, s, 0.6);
      for (std::size_t hi = 0; hi < hits.size(); ++hi)
        if (hits[hi].begin == v) used[hi] = true;
    }
    for (std::size_t r = s.first; r < s.last; ++r) {
      if (!is(r, kRareWords) || !in(low(r), kResolutionNouns)) continue;
      // The vote: a verb a few words before the resolution noun.
      int vote = 0;
      std::size_t vote_at = kNone;
      bool abstained = false;
      for (std::size_t j = r; j > s.first && j + 7 > r; --j) {
        const auto w = low(j - 1);
        const bool voted_verb = j >= s.first + 2 && low(j - 2).substr(0, 4) == "vote";
        if (w == "for" && voted_verb)
          vote = 1, vote_at = j - 2;
        else if (w == "against" && voted_verb)
          vote = -1, vote_at = j - 2;
        else if (in(w, kFor))
          vote = 1, vote_at = j - 1;
        else if (in(w, kAgainst))
          vote = -1, vote_at = j - 1;
        else if (w.substr(0, 7) == "abstain")
          abstained = true, vote_at = j - 1;
        if (vote != 0 || abstained) break;
        if (is(j - 1, kClauseBarriers) || !tok(j - 1).word()) break;
      }
      if (vote_at == kNone) continue;
      // What the resolution does: a cue right after it ("condemning Russia", "that demands"),
      // or "on Ukraine's territorial integrity" (support).
      std::size_t k = r + 1;
      if (k < s.last && (low(k) == "that" || low(k) == "which")) ++k;
      int inner = 0;
      std::vector<std::size_t> targets;
      std::size_t inner_hit = kNone;
      for (std::size_t hi = 0; hi < hits.size(); ++hi)
        if (hits[hi].begin == k) inner_hit = hi;
      if (inner_hit != kNone) {
        const Cue& c = cues_.cue(hits[inner_hit].cue);
        inner = c.sign;
        targets = hits[inner_hit].slot != kNone
                      ? std::vector<std::size_t>{hits[inner_hit].slot}
                      : targets_after(hits[inner_hit].end, s, ms, 8, true, c.sign < 0);
        used[inner_hit] = true;
      } else if (k < s.last && (low(k) == "on" || low(k) == "supporting" || low(k) == "backing")) {
        for (std::size_t mi = 0; mi < ms.size(); ++mi)
          if (ms[mi].begin > k && ms[mi].begin <= k + 2 && ms[mi].possessive &&
              ms[mi].head != kNone &&
              (low(ms[mi].head) == "territorial" || low(ms[mi].head) == "sovereignty" ||
               low(ms[mi].head) == "independence"))
            targets = {mi}, inner = 1;
      }
      // The vote verb's own cue ("voted against", "backed") speaks of the resolution, not its
      // target.
      for (std::size_t hi = 0; hi < hits.size(); ++hi)
        if (hits[hi].begin >= vote_at && hits[hi].end <= r) used[hi] = true;
      if (abstained || inner == 0 || targets.empty()) continue;
      const auto voters = subject_of(vote_at, s, ms);
      const int sign = vote * inner;
      const CueHit& h = hits[inner_hit == kNone ? 0 : inner_hit];
      for (std::size_t a : voters)
        for (std::size_t b : targets)
          emit(ms[a], ms[b], sign > 0 ? Relation::kSupport : Relation::kOppose, sign, 0.6, nullptr,
               inner_hit == kNone ? nullptr : &h, s, 0.6);
    }
    return used;
  }

  // "no sign of Chinese backing", "no evidence of ...": the nominal is denied.
  bool negated_existence(std::size_t owner_begin, const Sentence& s) const {
    const std::size_t k = owner_begin;
    if (k > s.first && (low(k - 1) == "without")) return true;
    if (k < s.first + 3 || low(k - 1) != "of") return false;
    const auto noun = low(k - 2);
    if (noun != "sign" && noun != "signs" && noun != "evidence" && noun != "indication" &&
        noun != "hint" && noun != "trace" && noun != "lack" && noun != "absence")
      return false;
    if (noun == "lack" || noun == "absence") return true;
    for (std::size_t j = k - 2; j > s.first && j + 4 > k - 2; --j)
      if (low(j - 1) == "no" || low(j - 1) == "not" || low(j - 1) == "n't" || low(j - 1) == "never")
        return true;
    return false;
  }

  // ---- Membership ---------------------------------------------------------------

  void emit_member(const Mention& member, const Mention& bloc, Relation rel, const Sentence& s) {
    const Actor& b = actors_.actor(bloc.actor);
    const Actor& a = actors_.actor(member.actor);
    // "the West" is a camp, not an organisation with members.
    if (b.kind != "bloc" || b.id == "WEST" || a.kind == "bloc" || a.id == b.id) return;
    Mention m = member;
    emit(m, bloc, rel, 0, 1.0, nullptr, nullptr, s, 0.8);
  }

  void memberships(const Sentence& s, const std::vector<Mention>& ms) {
    auto is_bloc = [&](const Mention& m) {
      return actors_.actor(m.actor).kind == "bloc" && m.kind != MentionKind::kPronoun;
    };
    for (std::size_t i = s.first; i < s.last; ++i) {
      std::size_t len = 0;
      // "The Russia-led CSTO"
      if (tok(i).kind == TokenKind::kHyphen && i + 1 < s.last && low(i + 1) == "led") {
        const Mention* leader = nullptr;
        const Mention* bloc = nullptr;
        for (const Mention& m : ms) {
          if (m.end == i) leader = &m;
          if (m.begin >= i + 2 && m.begin <= i + 3 && is_bloc(m)) bloc = &m;
        }
        // "the Moscow-led bloc": the bloc referred back to.
        Mention referred;
        if (!bloc && i + 2 < s.last && is(i + 2, kBlocWords))
          if (auto b = resolve_role(low(i + 2))) {
            referred = role_mention(i + 2, i + 2, *b, "reference back");
            if (actors_.actor(*b).kind == "bloc") bloc = &referred;
          }
        if (leader && bloc) emit_member(*leader, *bloc, Relation::kMemberOf, s);
        // "the Moscow-led bloc counts Armenia, Belarus ... among its members".
        if (bloc && bloc == &referred && i + 3 < s.last && low(i + 3).substr(0, 5) == "count") {
          std::size_t k = i + 4;
          std::size_t among = kNone;
          for (std::size_t j = k; j + 2 < s.last; ++j) {
            if (barrier(j) || low(j) == ";") break;
            if (low(j) == "among" && (low(j + 1) == "its" || low(j + 1) == "their") &&
                (low(j + 2) == "members" || low(j + 2) == "member"))
              among = j;
          }
          if (among != kNone) {
            for (const Mention& m : ms)
              if (m.begin >= k && m.end <= among && !is_bloc(m) && m.kind == MentionKind::kDirect)
                emit_member(m, *bloc, Relation::kMemberOf, s);
            for (const Mention& m : ms)
              if (m.end < i && m.begin > s.first && low(m.begin - 1) == "besides" &&
                  m.kind == MentionKind::kDirect)
                emit_member(m, *bloc, Relation::kMemberOf, s);
          }
        }
      }
      if (marker_at(Marker::kMembershipVerb, i, s.last, &len) && tok(i).word() && !tok(i).cap &&
          low(i) != "including") {
        // The bloc right before the verb: "the SCO grouping ...", "the organization includes".
        const Mention* bloc = nullptr;
        for (const Mention& m : ms)
          if (m.end <= i && m.end + 3 >= i && is_bloc(m)) bloc = &m;
        // "The group was founded in 2001 by ...", "and later admitted India": the clause's subject.
        if (!bloc) {
          auto subj = subject_of(i, s, ms);
          if (!subj.empty() && is_bloc(ms[subj.front()])) bloc = &ms[subj.front()];
        }
        if (!bloc) continue;
        // Members: state and territory mentions up to the end of the clause.
        std::size_t k = i + len;
        for (; k < s.last; ++k) {
          if (low(k) == "while" || low(k) == "whereas" || low(k) == ";" || low(k) == "but" ||
              low(k) == "which" || low(k) == "who" || tok(k).kind == TokenKind::kDash)
            break;
          for (const Mention& m : ms)
            if (m.begin == k && !is_bloc(m) && m.kind != MentionKind::kPronoun && !m.locative)
              emit_member(m, *bloc, Relation::kMemberOf, s);
        }
        // "In addition to Russia and China, the organization includes ...".
        for (std::size_t j = s.first; j + 3 < bloc->begin; ++j) {
          if ((low(j) == "addition" && low(j + 1) == "to") || low(j + 1) == "besides")
            for (const Mention& m : ms)
              if (m.begin > j && m.end < bloc->begin && !is_bloc(m) &&
                  m.kind != MentionKind::kPronoun)
                emit_member(m, *bloc, Relation::kMemberOf, s);
        }
        i = k;
        continue;
      }
      const bool observer = marker_at(Marker::kObserverPhrase, i, s.last, &len);
      const bool member = !observer && marker_at(Marker::kMemberPhrase, i, s.last, &len);
      if (observer || member) {
        const std::size_t cs = clause_start(i, s);
        const Scope sc = scope_for(cs, cs, i, s);
        if (sc.modal || sc.negated || sc.refused) continue;
        // The bloc: after the phrase ("members of the SCO", "of both the CSTO and the SCO"),
        // else the one named in the sentence, else the one in focus. "join the EU's
        // sanctions" joins no bloc.
        const Mention* bloc = nullptr;
        std::vector<const Mention*> more;
        for (const Mention& m : ms)
          if (!bloc && m.begin >= i + len && m.begin <= i + len + 5 && is_bloc(m) && !m.possessive)
            bloc = &m;
        if (bloc)
          for (const Mention& m : ms)
            if (m.begin > bloc->end && m.begin <= bloc->end + 3 && is_bloc(m) && !m.possessive &&
                (low(m.begin - 1) == "and" || low(m.begin - 2) == "and"))
              more.push_back(&m);
        if (!bloc && observer)
          for (const Mention& m : ms)
            if (is_bloc(m)) bloc = &m;
        Mention focus;
        // "Iran became a full member last year": of the bloc in focus.
        const bool becomes = low(i).substr(0, 3) == "bec";
        if (!bloc && (observer || becomes) &&
            (dis_.topic_bloc != kNone || dis_.last_bloc != kNone)) {
          focus.actor = dis_.topic_bloc != kNone ? dis_.topic_bloc : dis_.last_bloc;
          focus.via = "bloc in focus";
          bloc = &focus;
        }
        if (!bloc) continue;
        // "Kazakhstan, which belongs to the CSTO": the relative's antecedent.
        std::size_t from = cs;
        if (cs > s.first + 1 &&
            (low(cs - 1) == "which" || low(cs - 1) == "who" || low(cs - 1) == "that"))
          from = cs - 1 > s.first && low(cs - 2) == "," ? cs - 2 : cs - 1;
        std::vector<const Mention*> members;
        for (const Mention& m : ms)
          if (m.end == from && !is_bloc(m) && m.kind == MentionKind::kDirect) members.push_back(&m);
        for (const Mention& m : ms)
          if (m.begin >= cs && m.end <= i && !is_bloc(m) && m.kind != MentionKind::kPronoun &&
              !m.locative && !m.possessive)
            members.push_back(&m);
        for (const Mention* mp : members) {
          const Mention& m = *mp;
          {
            emit_member(m, *bloc, observer ? Relation::kObserverOf : Relation::kMemberOf, s);
            for (const Mention* b : more) emit_member(m, *b, Relation::kMemberOf, s);
          }
        }
        i += len - 1;
        continue;
      }
      // "Turkey, a NATO member," and "Finland became NATO's 31st member".
      if ((low(i) == "member" || low(i) == "members" || low(i) == "ally") && i > s.first + 1) {
        const Mention* bloc = nullptr;
        for (const Mention& m : ms)
          if (is_bloc(m) && m.end + (m.possessive ? 1 : 0) <= i &&
              m.end + (m.possessive ? 1 : 0) + 2 >= i)
            bloc = &m;
        if (!bloc || low(i) == "ally") continue;
        std::size_t k = bloc->begin;
        while (k > s.first && (low(k - 1) == "a" || low(k - 1) == "an" || low(k - 1) == "the" ||
                               low(k - 1) == "fellow"))
          --k;
        const Mention* joiner = nullptr;
        if (k > s.first && low(k - 1) == "," && k < bloc->begin) {
          for (const Mention& m : ms)
            if (m.end == k - 1 && !is_bloc(m) && m.kind == MentionKind::kDirect) joiner = &m;
        } else if (k > s.first &&
                   (low(k - 1) == "became" || low(k - 1) == "becomes" || low(k - 1) == "become")) {
          auto subj = subject_of(k - 1, s, ms);
          if (!subj.empty()) joiner = &ms[subj.front()];
        }
        if (joiner) emit_member(*joiner, *bloc, Relation::kMemberOf, s);
      }
    }
  }

  const Lexicons& lex_;
  const ActorLexicon& actors_;
  const CueLexicon& cues_;
  const Vocabulary& vocabulary_;
  const Document& doc_;
  TokenizedText text_;
  std::optional<Date> date_;
  Discourse dis_;
  std::vector<bool> transparent_;
  std::vector<bool> aside_;
  std::size_t said_at_ = kNone;                   // the reporting verb of the current sentence
  mutable std::vector<std::size_t> clause_memo_;  // clause_start() of the current sentence's tokens
  std::size_t memo_first_ = 0;
  std::vector<StanceRecord> out_;
  std::vector<std::uint32_t> classes_;  // word classes per token
  std::vector<bool> actor_first_;       // an actor form may start at the token
  std::size_t sentence_index_ = 0;
  std::unordered_set<std::string> emitted_;  // sentence, source, target, relation already recorded
  std::size_t date_sentence_ = kNone;        // the sentence sentence_date_ belongs to
  std::optional<Date> sentence_date_;
  std::vector<std::uint32_t> markers_;                  // CueLexicon::marker_mask per token
  std::vector<const std::vector<CueForm>*> cue_forms_;  // cues starting at each token, or null
};

}  // namespace

Extractor::Extractor(const Lexicons& lexicons) : lex_(lexicons) {
  auto v = std::make_unique<Vocabulary>();
  auto entry = [&](std::string_view w) -> TokenInfo& { return v->words[w]; };
  lexicons.actors.for_each_first_word([&](std::string_view w) { entry(w).actor_first = true; });
  lexicons.cues.for_each_first_word([&](std::string_view w) {
    TokenInfo& info = entry(w);
    info.markers = lexicons.cues.marker_mask(w);
    const auto& forms = lexicons.cues.starting_with(w);
    info.cues = forms.empty() ? nullptr : &forms;
  });
  // Word classes for every listed word; the table's keys are static strings.
  for (auto& [w, info] : v->words) info.classes = word_classes(w);
  word_class_words([&](std::string_view w) { entry(w).classes = word_classes(w); });
  vocabulary_ = std::move(v);
}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

std::vector<StanceRecord> Extractor::extract(const Document& doc) const {
  return DocumentExtractor(lex_, *vocabulary_, doc).run();
}

namespace {

// "September 4, 2008", "Sept. 4, 2008", "Feb 24, 2022", "2008-09-04" within a line.
std::optional<Date> date_in(std::string_view line) {
  // Cheap test first: a date needs a run of four digits (its year).
  int run = 0;
  bool year = false;
  for (char c : line) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) {
      year = true;
      break;
    }
  }
  if (!year) return std::nullopt;
  const TokenizedText t = tokenize(line);
  const auto& toks = t.tokens;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (auto d = parse_iso_date(toks[i].text)) return d;
    const int m = month_number(toks[i].lower);
    if (m == 0 || !toks[i].cap) continue;
    std::size_t k = i + 1;
    if (k < toks.size() && toks[k].lower == ".") ++k;
    if (k >= toks.size() || toks[k].kind != TokenKind::kNumber) continue;
    const int d = to_int(toks[k].lower);
    ++k;
    if (k < toks.size() && toks[k].lower == ",") ++k;
    if (k >= toks.size() || toks[k].kind != TokenKind::kNumber) continue;
    const int y = to_int(toks[k].lower);
    if (valid_date(y, m, d)) return Date{y, m, d};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> find_dateline(std::string_view text) {
  // A dateline near the top ("September 4, 2008 / 11:18 AM", "MOSCOW, Sept 4, 2008 (Reuters) -",
  // a date under the byline), else a line holding only a date at the very end, as some
  // agencies print it. Dates inside the story's prose are not the document's date.
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  for (std::size_t i = 0; i < lines.size() && i < 12; ++i)
    if (auto d = date_in(lines[i].substr(0, std::min<std::size_t>(lines[i].size(), 80)))) return d;
  for (std::size_t i = lines.size(); i > 0 && i + 6 > lines.size(); --i)
    if (lines[i - 1].size() <= 40)
      if (auto d = date_in(lines[i - 1])) return d;
  return std::nullopt;
}

}  // namespace stancegraph::extract
