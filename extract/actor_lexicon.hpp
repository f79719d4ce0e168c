#pragma once
// Who can take a stance, and every way text names them.
//
//   ActorLexicon lex;                       // usually Lexicons::builtin().actors
//   if (auto m = lex.match(tokens, i, end)) use(lex.actor(m->actor).id, m->length);
//   auto ru = lex.resolve("the Kremlin");   // free text -> actor, for the CLI
//
// Names, capitals, seats, demonyms and plurals are matched word by word: capitalised
// words must be capitalised in the text, abbreviations must match exactly ("US" but
// not "us"). Office holders are matched by full name here; surnames alone are for the
// extractor to accept after a title or an earlier full mention.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/text.hpp"
#include "graph/date.hpp"

namespace stancegraph::extract {

struct Actor {
  std::string id;                       // "RUS", "CSTO", "ABKHAZIA"
  std::string kind;                     // "state", "bloc", "territory"
  std::string name;                     // display name
  std::string iso3;                     // "" when none
  std::vector<std::string> generic;     // lower-case nouns that refer back: "group", "alliance"
  std::vector<std::string> name_words;  // distinctive capitalised words of its names ("shanghai")
};

// How a mention reached its actor. Values reach output ("source_via").
enum class FormKind : std::uint8_t {
  kName = 0,          // the name or a variant
  kAbbreviation = 1,  // CSTO, ODKB, U.S.
  kCapital = 2,       // Moscow said
  kSeat = 3,          // the Kremlin
  kDemonym = 4,       // Russian troops
  kPlural = 5,        // the Russians
  kMisspelling = 6,   // Britian
  kOfficial = 7,      // Sergei Lavrov
};
std::string_view to_string(FormKind k);

struct Official {
  std::size_t actor = 0;
  std::string name;          // "Sergei Lavrov"
  std::string surname;       // lower-case: "lavrov"
  std::string role;          // "foreign minister"
  std::optional<Date> from;  // term; open ends are unbounded
  std::optional<Date> until;
  bool in_office(const std::optional<Date>& d) const {
    if (!d) return true;
    return (!from || *from <= *d) && (!until || *d <= *until);
  }
};

class ActorLexicon {
 public:
  // Views into its own storage make it movable but not copyable.
  ActorLexicon() = default;
  ActorLexicon(const ActorLexicon&) = delete;
  ActorLexicon& operator=(const ActorLexicon&) = delete;
  ActorLexicon(ActorLexicon&&) = default;
  ActorLexicon& operator=(ActorLexicon&&) = default;

  // Adds an actor, or replaces the one with the same id (its forms are kept and the new
  // ones added). Returns its index.
  std::size_t add_actor(Actor actor);
  void add_form(std::size_t actor, std::string_view text, FormKind kind);
  std::size_t add_official(Official official, const std::vector<std::string>& full_names);

  struct Match {
    std::size_t length = 0;  // tokens
    std::size_t actor = 0;
    FormKind kind = FormKind::kName;
    std::size_t official = kNone;  // index into officials() for kOfficial
  };
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Longest form starting at token i (tokens [i, end)); for office holders, one in office
  // on `date` is preferred, and a name held by two actors' officials on that date is no match.
  std::optional<Match> match(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                             const std::optional<Date>& date) const;

  // A capitalised word one slip away from a one-word name of seven letters or more
  // ("Britian", "Uzbekstan", "Venezeula"): one letter swapped with its neighbour, changed,
  // dropped or doubled inside the word (first and last letters kept). nullopt otherwise.
  std::optional<Match> match_misspelling(const Token& token) const;

  // Office holders with this lower-case surname (any date).
  const std::vector<std::size_t>& officials_with_surname(std::string_view surname) const;

  // Calls fn(word) for each first word of a form: a token that is none of them starts no match.
  template <typename Fn>
  void for_each_first_word(Fn fn) const {
    for (const auto& [word, bucket] : by_first_) fn(word);
  }
  // The bloc one of whose distinctive name words this is ("shanghai"), if any.
  std::optional<std::size_t> actor_with_name_word(std::string_view word) const {
    auto it = name_words_.find(word);
    if (it == name_words_.end()) return std::nullopt;
    return it->second;
  }

  const Actor& actor(std::size_t i) const { return actors_[i]; }
  std::size_t size() const { return actors_.size(); }
  const Official& official(std::size_t i) const { return officials_[i]; }
  std::size_t official_count() const { return officials_.size(); }
  std::optional<std::size_t> find(std::string_view id) const;

  // Free text to an actor: an id ("RUS"), or text whose whole length is one form
  // ("Russia", "the Kremlin", "Lavrov"). nullopt when nothing matches.
  std::optional<Match> resolve(std::string_view text, const std::optional<Date>& date) const;

 private:
  struct Form {
    std::vector<std::string> lower;
    std::vector<std::uint8_t> cap;   // 1 when the word must be capitalised
    std::vector<std::string> exact;  // for abbreviations: the exact spelling per word
    std::size_t actor;
    FormKind kind;
    std::size_t official;
  };
  bool form_matches(const Form& f, const std::vector<Token>& toks, std::size_t i,
                    std::size_t end) const;
  void index_form(Form form);

  std::vector<Actor> actors_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::vector<Form> forms_;
  // Forms indexed by their first word, and those of two or more words also by the second,
  // so a common first word ("the", "John") costs one more lookup, not a scan.
  struct Bucket {
    std::vector<std::size_t> single;  // one-word forms
    std::unordered_map<std::string_view, std::vector<std::size_t>, WordHash> by_second;
  };
  std::string_view key(const std::string& word);
  std::deque<std::string> keys_;
  std::unordered_map<std::string_view, Bucket, WordHash> by_first_;
  std::unordered_map<std::string_view, std::size_t, WordHash> name_words_;
  std::vector<Official> officials_;
  // One-word name forms of 7+ letters, for misspellings, by first and last letter.
  std::unordered_map<std::uint16_t, std::vector<std::size_t>> long_names_;
  std::unordered_map<std::string_view, std::vector<std::size_t>, WordHash> by_surname_;
};

}  // namespace stancegraph::extract
