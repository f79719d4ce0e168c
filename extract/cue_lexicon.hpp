#pragma once
// Stance cues ("declined to back", "condemnation", "follow X's lead") and the marker
// words that change what a cue means (negation, refusal, modality, reported speech).
//
//   const CueLexicon& cues = Lexicons::builtin().cues;
//   for (const CueForm& f : cues.starting_with(token.lower)) ... cues.cue(f.cue).relation
//   if (auto m = cues.marker(Marker::kRefusal).match(tokens, i, end)) ...

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_set.hpp"
#include "graph/record.hpp"

namespace stancegraph::extract {

enum class CuePos : std::uint8_t { kVerb = 0, kNoun = 1, kPhrase = 2 };

// What negation of a support cue means.
enum class Withhold : std::uint8_t {
  kNone = 0,     // negated: no record
  kAny = 1,      // any negation ("did not back") is withheld support
  kRefusal = 2,  // only an explicit refusal ("refused to recognise") is withheld support
};

enum class Frame : std::uint8_t {
  kPlain = 0,
  kComplement = 1,       // "accused X of ...": what follows X is not the source's stance
  kTargetIsSubject = 2,  // "X is to blame": the clause's subject is the target
  kSeekable = 3,         // a noun one can seek or win from someone: "backing from X"
  kAgentOnly = 4,        // "Russia's aggression": the possessor is the agent, no target by itself
  kAlly = 5,             // "X's ally Y" / "Y, an ally of X"
  kPassiveBy = 6,        // "X was joined by Y": Y is the source, the clause's subject the target
  kNeedsLight = 7,       // only with a verb that gives it: "sent tanks to Ukraine", not "Russian tanks"
};

struct Cue {
  std::vector<std::string> words;  // lower-case; "{T}" is the target slot
  CuePos pos = CuePos::kVerb;
  Relation relation = Relation::kSupport;
  int sign = 1;
  double weight = 0.5;
  std::string cameo;
  std::optional<double> goldstein;
  Withhold withhold = Withhold::kNone;
  Frame frame = Frame::kPlain;
  std::string text;  // the pattern as written, for the record's "cue"
};

// How the first word of a cue was inflected.
enum class Inflection : std::uint8_t { kBase = 0, kThird = 1, kPast = 2, kGerund = 3, kPlural = 4 };

struct CueForm {
  std::size_t cue = 0;
  Inflection inflection = Inflection::kBase;
};

enum class Marker : std::uint8_t {
  kNegation = 0,
  kRefusal,
  kModal,
  kSeek,
  kFailure,
  kLight,
  kAttract,
  kReporting,
  kDenial,
  kMembershipVerb,
  kObserverPhrase,
  kMemberPhrase,
  kCount
};

class CueLexicon {
 public:
  // Views into its own storage make it movable but not copyable.
  CueLexicon() = default;
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;
  CueLexicon(CueLexicon&&) = default;
  CueLexicon& operator=(CueLexicon&&) = default;

  void add(Cue cue, const std::vector<std::string>& extra_forms);
  void add_marker(Marker m, std::string_view phrase);

  // Cues whose first word has this lower-case form; empty when none.
  const std::vector<CueForm>& starting_with(std::string_view lower) const;
  const Cue& cue(std::size_t i) const { return cues_[i]; }
  std::size_t size() const { return cues_.size(); }
  const PhraseSet& marker(Marker m) const { return markers_[static_cast<std::size_t>(m)]; }
  // Bit (1 << m) is set when some phrase of marker set m starts with this word: one lookup
  // tells which marker sets are worth matching at a token.
  std::uint32_t marker_mask(std::string_view lower) const;
  // Calls fn(word) for every word that starts a cue or a marker phrase.
  template <typename Fn>
  void for_each_first_word(Fn fn) const {
    for (const auto& [word, forms] : by_first_) fn(word);
    for (const auto& [word, mask] : marker_first_) fn(word);
  }

 private:
  std::vector<Cue> cues_;
  std::deque<std::string> keys_;
  std::unordered_map<std::string_view, std::vector<CueForm>, WordHash> by_first_;
  std::array<PhraseSet, static_cast<std::size_t>(Marker::kCount)> markers_;
  std::unordered_map<std::string_view, std::uint32_t, WordHash> marker_first_;
};

}  // namespace stancegraph::extract
