#include "extract/phrase_set.hpp"

#include <algorithm>

namespace stancegraph::extract {

namespace {
bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool doubles(const std::string& w) {
  // Short stems ending consonant-vowel-consonant double their last letter: ban -> banned.
  const std::size_t n = w.size();
  if (n < 3 || n > 4) return false;
  const char last = w[n - 1];
  return !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[n - 2]) &&
         !vowel(w[n - 3]);
}
}  // namespace

namespace {
// Irregular past and participle forms of verbs that cues and markers use.
struct Irregular {
  const char* base;
  const char* forms;  // space-separated
};
constexpr Irregular kIrregular[] = {
    {"say", "said"},
    {"tell", "told"},
    {"hold", "held"},
    {"withhold", "withheld"},
    {"uphold", "upheld"},
    {"seek", "sought"},
    {"win", "won"},
    {"get", "got gotten"},
    {"draw", "drew drawn"},
    {"bring", "brought"},
    {"meet", "met"},
    {"write", "wrote written"},
    {"give", "gave given"},
    {"take", "took taken"},
    {"send", "sent"},
    {"lend", "lent"},
    {"stand", "stood"},
    {"come", "came"},
    {"speak", "spoke spoken"},
    {"break", "broke broken"},
    {"cut", "cut"},
    {"lead", "led"},
    {"fight", "fought"},
    {"make", "made"},
    {"keep", "kept"},
    {"leave", "left"},
    {"throw", "threw thrown"},
    {"strike", "struck"},
    {"freeze", "froze frozen"},
    {"become", "became"},
    {"begin", "began begun"},
    {"find", "found"},
    {"go", "went gone"},
    {"see", "saw seen"},
    {"show", "showed shown"},
    {"think", "thought"},
    {"set", "set"},
    {"put", "put"},
    {"shut", "shut"},
    {"let", "let"},
    {"rise", "rose risen"},
    {"run", "ran"},
    {"buy", "bought"},
    {"sell", "sold"},
    {"build", "built"},
    {"spend", "spent"},
    {"lose", "lost"},
    {"forbid", "forbade forbidden"},
    {"undertake", "undertook undertaken"},
    {"overthrow", "overthrew overthrown"},
    {"shoot", "shot"},
    {"drive", "drove driven"},
    {"choose", "chose chosen"},
    {"feel", "felt"},
    {"pay", "paid"},
    {"lay", "laid"},
    {"stick", "stuck"},
    {"swear", "swore sworn"},
    {"foresee", "foresaw foreseen"},
    // Stressed last syllables double their consonant: admitted, expelled, deterred.
    {"admit", "admitted admitting"},
    {"permit", "permitted permitting"},
    {"commit", "committed committing"},
    {"submit", "submitted submitting"},
    {"regret", "regretted regretting"},
    {"control", "controlled controlling"},
    {"patrol", "patrolled patrolling"},
    {"compel", "compelled compelling"},
    {"expel", "expelled expelling"},
    {"equip", "equipped equipping"},
    {"prefer", "preferred preferring"},
    {"refer", "referred referring"},
    {"deter", "deterred deterring"},
    {"transfer", "transferred transferring"},
    {"rebut", "rebutted rebutting"},
    {"embed", "embedded embedding"},
    {"outstrip", "outstripped outstripping"}};
}  // namespace

std::vector<std::string> verb_forms(const std::string& w, const std::vector<std::string>& extra) {
  std::vector<std::string> out;
  if (w == "be") {
    out = {"be", "is", "are", "was", "were", "been", "being"};
  } else if (!w.empty()) {
    out.push_back(w);
    const char last = w.back();
    const bool ends_y = last == 'y' && w.size() > 1 && !vowel(w[w.size() - 2]);
    const bool sibilant = last == 's' || last == 'x' || last == 'z' ||
                          (w.size() > 1 && (w.compare(w.size() - 2, 2, "ch") == 0 ||
                                            w.compare(w.size() - 2, 2, "sh") == 0));
    if (ends_y)
      out.push_back(w.substr(0, w.size() - 1) + "ies");
    else if (sibilant)
      out.push_back(w + "es");
    else
      out.push_back(w + "s");
    if (ends_y)
      out.push_back(w.substr(0, w.size() - 1) + "ied");
    else if (last == 'e')
      out.push_back(w + "d");
    else if (doubles(w))
      out.push_back(w + w.back() + "ed");
    else
      out.push_back(w + "ed");
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "ie") == 0)
      out.push_back(w.substr(0, w.size() - 2) + "ying");
    else if (last == 'e' && w.size() > 2 && w[w.size() - 2] != 'e')
      out.push_back(w.substr(0, w.size() - 1) + "ing");
    else if (doubles(w))
      out.push_back(w + w.back() + "ing");
    else
      out.push_back(w + "ing");
  }
  for (const Irregular& irr : kIrregular) {
    if (w != irr.base) continue;
    std::string_view forms = irr.forms;
    while (!forms.empty()) {
      const std::size_t sp = forms.find(' ');
      out.emplace_back(forms.substr(0, sp));
      if (sp == std::string_view::npos) break;
      forms.remove_prefix(sp + 1);
    }
  }
  for (const std::string& e : extra) out.push_back(e);
  std::vector<std::string> unique;
  for (auto& f : out)
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
  return unique;
}

bool is_adverb(std::string_view w) {
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) return true;
  return w == "both" || w == "all" || w == "also" || w == "still" || w == "now" || w == "already" ||
         w == "then" || w == "again" || w == "full";
}

std::vector<std::string> noun_forms(const std::string& w) {
  if (w.empty()) return {};
  const char last = w.back();
  if (last == 'y' && w.size() > 1 && !vowel(w[w.size() - 2]))
    return {w, w.substr(0, w.size() - 1) + "ies"};
  if (last == 's' || last == 'x' || last == 'z' ||
      (w.size() > 1 && w.compare(w.size() - 2, 2, "ch") == 0))
    return {w, w + "es"};
  return {w, w + "s"};
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  const TokenizedText t = tokenize(phrase);
  std::vector<std::string> out;
  out.reserve(t.tokens.size());
  for (const Token& tok : t.tokens)
    if (!tok.lower.empty()) out.emplace_back(tok.lower);
  return out;
}

void PhraseSet::add(std::vector<std::string> words, std::size_t value) {
  if (words.empty()) return;
  auto found = first_.find(words.front());
  if (found == first_.end()) {
    keys_.push_back(words.front());
    found = first_.emplace(std::string_view(keys_.back()), std::vector<Entry>{}).first;
  }
  words.erase(words.begin());
  auto& list = found->second;
  list.push_back(Entry{std::move(words), value});
  // Longest first so match() can stop at the first hit.
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

void PhraseSet::add_verb_phrase(std::string_view phrase, std::size_t value) {
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  for (const std::string& form : verb_forms(words.front())) {
    std::vector<std::string> w = words;
    w.front() = form;
    add(std::move(w), value);
  }
}

std::optional<PhraseSet::Match> PhraseSet::match(const std::vector<Token>& toks, std::size_t i,
                                                 std::size_t end) const {
  if (i >= end) return std::nullopt;
  auto it = first_.find(toks[i].lower);
  if (it == first_.end()) return std::nullopt;
  for (const Entry& e : it->second) {
    // One adverb may stand inside a phrase: "appealed directly to", "are both members of".
    std::size_t k = i + 1;
    bool ok = true;
    bool skipped = false;
    for (std::size_t w = 0; w < e.rest.size() && ok; ++w) {
      if (k < end && toks[k].lower != e.rest[w] && !skipped && k + 1 < end &&
          toks[k + 1].lower == e.rest[w] && is_adverb(toks[k].lower)) {
        ++k;
        skipped = true;
      }
      ok = k < end && toks[k].lower == e.rest[w];
      ++k;
    }
    if (ok) return Match{k - i, e.value};
  }
  return std::nullopt;
}

}  // namespace stancegraph::extract
