#pragma once
// A set of short word sequences matched against tokens, first word hashed.
//
//   PhraseSet s;
//   s.add({"stop", "short", "of"}, /*value=*/0);
//   if (auto m = s.match(tokens, i, end)) ... m->length, m->value
//
// Matching compares lower-cased tokens; longest match wins, ties go to the phrase
// added first.

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/text.hpp"

namespace stancegraph::extract {

// Inflected forms of an English verb lemma: base, -s, -ed, -ing (regular rules with
// doubling of short consonant-vowel-consonant stems), plus `extra` irregular forms.
// "be" gives its finite forms.
std::vector<std::string> verb_forms(const std::string& lemma,
                                    const std::vector<std::string>& extra = {});
// Words that may stand inside a phrase without breaking it: -ly adverbs, "both", "also".
bool is_adverb(std::string_view word);
// Singular and plural of a noun.
std::vector<std::string> noun_forms(const std::string& noun);
// Splits a phrase written in a data file into lower-case words the way tokenize() does.
std::vector<std::string> phrase_words(std::string_view phrase);

class PhraseSet {
 public:
  // Views into its own storage make it movable but not copyable.
  PhraseSet() = default;
  PhraseSet(const PhraseSet&) = delete;
  PhraseSet& operator=(const PhraseSet&) = delete;
  PhraseSet(PhraseSet&&) = default;
  PhraseSet& operator=(PhraseSet&&) = default;

  struct Match {
    std::size_t length = 0;  // tokens consumed
    std::size_t value = 0;
  };

  void add(std::vector<std::string> words, std::size_t value);
  // Adds every inflection of a phrase whose first word is a verb.
  void add_verb_phrase(std::string_view phrase, std::size_t value);
  std::optional<Match> match(const std::vector<Token>& toks, std::size_t i, std::size_t end) const;
  bool empty() const { return first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // words after the first
    std::size_t value;
  };
  // Keys view strings owned by keys_, so lookups by token need no allocation.
  std::deque<std::string> keys_;
  std::unordered_map<std::string_view, std::vector<Entry>, WordHash> first_;
};

}  // namespace stancegraph::extract
