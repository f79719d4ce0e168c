#include "extract/cue_lexicon.hpp"

namespace stancegraph::extract {

void CueLexicon::add(Cue cue, const std::vector<std::string>& extra_forms) {
  const std::size_t index = cues_.size();
  if (cue.words.empty()) return;
  const std::string first = cue.words.front();
  std::vector<CueForm> forms;
  auto push = [&](const std::string& form, Inflection inf) {
    auto found = by_first_.find(form);
    if (found == by_first_.end()) {
      keys_.push_back(form);
      found = by_first_.emplace(std::string_view(keys_.back()), std::vector<CueForm>{}).first;
    }
    found->second.push_back(CueForm{index, inf});
  };
  if (cue.pos == CuePos::kVerb) {
    const auto all = verb_forms(first, extra_forms);
    for (std::size_t k = 0; k < all.size(); ++k) {
      const std::string& f = all[k];
      Inflection inf = Inflection::kPast;
      if (f == first)
        inf = Inflection::kBase;
      else if (f.size() > 3 && f.compare(f.size() - 3, 3, "ing") == 0)
        inf = Inflection::kGerund;
      else if (k == 1 || (f.back() == 's' && first != "be"))
        inf = Inflection::kThird;
      if (first == "be") inf = Inflection::kBase;
      push(f, inf);
    }
  } else if (cue.pos == CuePos::kNoun) {
    const auto all = noun_forms(first);
    push(all[0], Inflection::kBase);
    if (all.size() > 1) push(all[1], Inflection::kPlural);
  } else {
    push(first, Inflection::kBase);
  }
  cues_.push_back(std::move(cue));
}

void CueLexicon::add_marker(Marker m, std::string_view phrase) {
  markers_[static_cast<std::size_t>(m)].add_verb_phrase(phrase, 0);
  const std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  for (const std::string& form : verb_forms(words.front())) {
    auto it = marker_first_.find(form);
    if (it == marker_first_.end()) {
      keys_.push_back(form);
      it = marker_first_.emplace(std::string_view(keys_.back()), 0u).first;
    }
    it->second |= 1u << static_cast<unsigned>(m);
  }
}

std::uint32_t CueLexicon::marker_mask(std::string_view lower) const {
  auto it = marker_first_.find(lower);
  return it == marker_first_.end() ? 0u : it->second;
}

const std::vector<CueForm>& CueLexicon::starting_with(std::string_view lower) const {
  static const std::vector<CueForm> kEmpty;
  auto it = by_first_.find(lower);
  return it == by_first_.end() ? kEmpty : it->second;
}

}  // namespace stancegraph::extract
