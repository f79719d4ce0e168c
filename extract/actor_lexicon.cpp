#include "extract/actor_lexicon.hpp"

#include <algorithm>

namespace stancegraph::extract {

std::string_view to_string(FormKind k) {
  switch (k) {
    case FormKind::kName:
      return "name";
    case FormKind::kAbbreviation:
      return "abbreviation";
    case FormKind::kCapital:
      return "capital";
    case FormKind::kSeat:
      return "seat of government";
    case FormKind::kDemonym:
      return "demonym";
    case FormKind::kPlural:
      return "people";
    case FormKind::kMisspelling:
      return "misspelling";
    case FormKind::kOfficial:
      return "office holder";
  }
  return "name";
}

std::size_t ActorLexicon::add_actor(Actor actor) {
  auto it = by_id_.find(actor.id);
  std::size_t index;
  if (it != by_id_.end()) {
    index = it->second;
    actors_[index] = std::move(actor);
  } else {
    index = actors_.size();
    by_id_.emplace(actor.id, index);
    actors_.push_back(std::move(actor));
  }
  for (const std::string& w : actors_[index].name_words) name_words_.emplace(key(w), index);
  return index;
}

std::string_view ActorLexicon::key(const std::string& word) {
  keys_.push_back(word);
  return keys_.back();
}

void ActorLexicon::index_form(Form form) {
  if (form.lower.empty()) return;
  auto found = by_first_.find(form.lower.front());
  if (found == by_first_.end()) found = by_first_.emplace(key(form.lower.front()), Bucket{}).first;
  const std::size_t index = forms_.size();
  const bool single = form.lower.size() == 1;
  std::vector<std::size_t>* list = &found->second.single;
  if (!single) {
    auto& by_second = found->second.by_second;
    auto second = by_second.find(form.lower[1]);
    if (second == by_second.end())
      second = by_second.emplace(key(form.lower[1]), std::vector<std::size_t>{}).first;
    list = &second->second;
  }
  forms_.push_back(std::move(form));
  list->push_back(index);
  // Longest forms first; among equals, the earliest added.
  std::stable_sort(list->begin(), list->end(), [&](std::size_t a, std::size_t b) {
    return forms_[a].lower.size() > forms_[b].lower.size();
  });
}

void ActorLexicon::add_form(std::size_t actor, std::string_view text, FormKind kind) {
  const TokenizedText t = tokenize(text);
  Form f;
  f.actor = actor;
  f.kind = kind;
  f.official = kNone;
  for (const Token& tok : t.tokens) {
    f.lower.emplace_back(tok.lower);
    f.cap.push_back(tok.cap ? 1 : 0);
    if (kind == FormKind::kAbbreviation) f.exact.emplace_back(tok.text);
  }
  if (kind == FormKind::kName && f.lower.size() == 1 && f.lower[0].size() >= 7)
    long_names_[static_cast<std::uint16_t>((static_cast<unsigned char>(f.lower[0].front()) << 8) |
                                           static_cast<unsigned char>(f.lower[0].back()))]
        .push_back(forms_.size());
  index_form(std::move(f));
}

std::size_t ActorLexicon::add_official(Official official,
                                       const std::vector<std::string>& full_names) {
  const std::size_t index = officials_.size();
  by_surname_[key(official.surname)].push_back(index);
  for (const std::string& n : full_names) {
    const TokenizedText t = tokenize(n);
    if (t.tokens.size() < 2) continue;  // a lone surname is never matched without context
    Form f;
    f.actor = official.actor;
    f.kind = FormKind::kOfficial;
    f.official = index;
    for (const Token& tok : t.tokens) {
      f.lower.emplace_back(tok.lower);
      f.cap.push_back(tok.cap ? 1 : 0);
    }
    index_form(std::move(f));
  }
  officials_.push_back(std::move(official));
  return index;
}

bool ActorLexicon::form_matches(const Form& f, const std::vector<Token>& toks, std::size_t i,
                                std::size_t end) const {
  if (i + f.lower.size() > end) return false;
  for (std::size_t k = 0; k < f.lower.size(); ++k) {
    const Token& t = toks[i + k];
    if (t.lower != f.lower[k]) return false;
    if (!f.exact.empty()) {
      if (t.text != f.exact[k]) return false;
    } else if (f.cap[k] && !t.cap) {
      return false;
    }
    // A form never continues across a sentence-internal line break.
    if (k > 0 && t.newline_before) return false;
  }
  return true;
}

std::optional<ActorLexicon::Match> ActorLexicon::match(const std::vector<Token>& toks,
                                                       std::size_t i, std::size_t end,
                                                       const std::optional<Date>& date) const {
  if (i >= end) return std::nullopt;
  auto it = by_first_.find(toks[i].lower);
  if (it == by_first_.end()) return std::nullopt;
  std::optional<Match> best;
  std::size_t best_len = 0;
  bool ambiguous = false;
  auto consider = [&](const std::vector<std::size_t>& list) {
    for (std::size_t fi : list) {
      const Form& f = forms_[fi];
      if (f.lower.size() < best_len) break;
      if (!form_matches(f, toks, i, end)) continue;
      if (f.kind == FormKind::kOfficial) {
        const Official& o = officials_[f.official];
        if (!o.in_office(date)) {
          // Out of office on this date: still a match, but weaker than one in office.
          if (!best) {
            best = Match{f.lower.size(), f.actor, f.kind, f.official};
            best_len = f.lower.size();
          }
          continue;
        }
        if (best && best->kind == FormKind::kOfficial && best_len == f.lower.size() &&
            officials_[best->official].in_office(date)) {
          if (actors_[best->actor].id != actors_[f.actor].id) ambiguous = true;
          continue;
        }
        best = Match{f.lower.size(), f.actor, f.kind, f.official};
        best_len = f.lower.size();
        continue;
      }
      if (!best || f.lower.size() > best_len || best->kind == FormKind::kOfficial) {
        if (best && best->kind == FormKind::kOfficial && f.lower.size() <= best_len) continue;
        best = Match{f.lower.size(), f.actor, f.kind, kNone};
        best_len = f.lower.size();
      }
    }
  };
  if (i + 1 < end) {
    auto second = it->second.by_second.find(toks[i + 1].lower);
    if (second != it->second.by_second.end()) consider(second->second);
  }
  consider(it->second.single);
  if (ambiguous) return std::nullopt;
  return best;
}

namespace {
// True when a and b differ by one edit inside the word: first and last letters equal.
bool one_inner_edit(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2 || a.front() != b.front() || a.back() != b.back() || a == b)
    return false;
  if (a.size() == b.size()) {
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
        a.substr(i + 2) == b.substr(i + 2))
      return true;
    return a.substr(i + 1) == b.substr(i + 1);  // one substitution
  }
  if (a.size() + 1 == b.size()) std::swap(a, b);
  if (a.size() != b.size() + 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  return a.substr(i + 1) == b.substr(i);  // one letter dropped or added
}
}  // namespace

std::optional<ActorLexicon::Match> ActorLexicon::match_misspelling(const Token& token) const {
  if (!token.cap || token.lower.size() < 7) return std::nullopt;
  std::optional<Match> found;
  auto bucket = long_names_.find(
      static_cast<std::uint16_t>((static_cast<unsigned char>(token.lower.front()) << 8) |
                                 static_cast<unsigned char>(token.lower.back())));
  if (bucket == long_names_.end()) return std::nullopt;
  for (std::size_t fi : bucket->second) {
    const Form& f = forms_[fi];
    if (!one_inner_edit(token.lower, f.lower[0])) continue;
    if (found && found->actor != f.actor) return std::nullopt;  // two names this close: no guess
    found = Match{1, f.actor, FormKind::kMisspelling, kNone};
  }
  return found;
}

const std::vector<std::size_t>& ActorLexicon::officials_with_surname(
    std::string_view surname) const {
  static const std::vector<std::size_t> kEmpty;
  auto it = by_surname_.find(surname);
  return it == by_surname_.end() ? kEmpty : it->second;
}

std::optional<std::size_t> ActorLexicon::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<ActorLexicon::Match> ActorLexicon::resolve(std::string_view text,
                                                         const std::optional<Date>& date) const {
  if (auto id = find(text)) return Match{0, *id, FormKind::kName, kNone};
  const TokenizedText t = tokenize(text);
  const auto& toks = t.tokens;
  if (toks.empty()) return std::nullopt;
  // Whole-text forms first, also with a leading "the" dropped or added.
  if (auto m = match(toks, 0, toks.size(), date); m && m->length == toks.size()) return m;
  if (toks.size() > 1 && toks[0].lower == "the")
    if (auto m = match(toks, 1, toks.size(), date); m && m->length == toks.size() - 1) return m;
  // A bare surname of an office holder: the one in office on date, else the latest.
  if (toks.size() == 1) {
    std::optional<Match> found;
    for (std::size_t oi : officials_with_surname(toks[0].lower)) {
      const Official& o = officials_[oi];
      if (!o.in_office(date) && found) continue;
      found = Match{1, o.actor, FormKind::kOfficial, oi};
    }
    if (found) return found;
  }
  return std::nullopt;
}

}  // namespace stancegraph::extract
