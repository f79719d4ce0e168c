#include "extract/text.hpp"

#include <array>
#include <cassert>

namespace stancegraph::extract {

namespace {

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Multi-byte punctuation we recognise, with the ASCII form tokens carry.
struct Special {
  std::string_view bytes;
  std::string_view lower;
  TokenKind kind;
  bool space;  // counts as whitespace, not a token
};
constexpr std::array<Special, 16> kSpecials{{
    {"\xE2\x80\x99", "'", TokenKind::kPunct, false},    // right single quote / apostrophe
    {"\xE2\x80\x98", "'", TokenKind::kQuote, false},    // left single quote
    {"\xE2\x80\x9C", "\"", TokenKind::kQuote, false},   // left double quote
    {"\xE2\x80\x9D", "\"", TokenKind::kQuote, false},   // right double quote
    {"\xE2\x80\x94", "--", TokenKind::kDash, false},    // em dash
    {"\xE2\x80\x93", "--", TokenKind::kDash, false},    // en dash
    {"\xE2\x80\x90", "-", TokenKind::kHyphen, false},   // hyphen
    {"\xE2\x80\x91", "-", TokenKind::kHyphen, false},   // non-breaking hyphen
    {"\xE2\x80\xA6", "...", TokenKind::kPunct, false},  // ellipsis
    {"\xE2\x80\xA2", "*", TokenKind::kPunct, false},    // bullet
    {"\xC2\xAB", "\"", TokenKind::kQuote, false},       // «
    {"\xC2\xBB", "\"", TokenKind::kQuote, false},       // »
    {"\xC2\xA0", " ", TokenKind::kPunct, true},         // no-break space
    {"\xE2\x80\x89", " ", TokenKind::kPunct, true},     // thin space
    {"\xE2\x80\xAF", " ", TokenKind::kPunct, true},     // narrow no-break space
    {"\xEF\xBB\xBF", " ", TokenKind::kPunct, true},     // byte order mark
}};

const Special* special_at(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0xC2) return nullptr;
  for (const Special& s : kSpecials)
    if (text.compare(i, s.bytes.size(), s.bytes) == 0) return &s;
  return nullptr;
}

std::size_t utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Letters of a word: ASCII letters and any non-ASCII character that is not one of
// the punctuation marks above (accented letters, Cyrillic...).
bool word_char_at(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (ascii_alpha(c) || ascii_digit(c)) return true;
  if (c < 0x80) return false;
  if (c == 0xC2 && i + 1 < text.size()) {
    // Latin-1 supplement symbols (©, °, ·...) are not letters.
    return false;
  }
  return special_at(text, i) == nullptr;
}

bool apostrophe_at(std::string_view text, std::size_t i, std::size_t* len) {
  if (text[i] == '\'') return *len = 1, true;
  if (static_cast<unsigned char>(text[i]) == 0xE2 && i + 2 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x99)
    return *len = 3, true;
  return false;
}

bool is_title_abbrev(std::string_view lower) {
  static constexpr std::array<std::string_view, 34> kAbbrev{
      "mr",  "mrs",  "ms",  "dr",  "gen",  "sen", "rep",  "gov", "lt",     "col",  "capt", "cmdr",
      "adm", "st",   "jr",  "sr",  "prof", "no",  "vs",   "sgt", "maj",    "pres", "jan",  "feb",
      "aug", "sept", "sep", "oct", "nov",  "dec", "corp", "inc", "messrs", "rev"};
  for (std::string_view a : kAbbrev)
    if (a == lower) return true;
  return false;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, TokenizedText& out) : text_(text), out_(out) {
    // Lower-cased text is never longer than the text (’ becomes ').
    out_.lower_buffer.resize(text.size() + 16);
    out_.tokens.reserve(text.size() / 5 + 8);
  }

  void run() {
    std::size_t i = 0;
    bool space = true, newline = true;
    int newlines = 0;
    while (i < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c == '\n') {
        space = newline = true;
        ++newlines;
        ++i;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        space = true;
        ++i;
        continue;
      }
      pending_newlines_ = newlines;
      if (const Special* s = special_at(text_, i)) {
        if (s->space) {
          space = true;
          i += s->bytes.size();
          continue;
        }
        i = special(i, *s, space, newline);
      } else if (word_char_at(text_, i)) {
        i = word(i, space, newline);
      } else {
        i = punct(i, space, newline);
      }
      space = newline = false;
      newlines = 0;
    }
  }

 private:
  Token& emit(std::size_t b, std::size_t e, TokenKind kind, bool space, bool newline,
              std::string_view lower) {
    Token t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.text = text_.substr(b, e - b);
    // The buffer was sized for the whole text up front; used_ is its filled length.
    char* dst = out_.lower_buffer.data() + used_;
    int letters = 0;
    bool all = true;
    if (lower.data() == nullptr) {
      // A plain word: lower-case straight into the buffer, counting capitals on the way.
      for (std::size_t i = b; i < e; ++i) {
        const unsigned char c = static_cast<unsigned char>(text_[i]);
        const bool up = ascii_upper(c);
        if (up || (c >= 'a' && c <= 'z')) {
          ++letters;
          if (!up) all = false;
        }
        dst[i - b] = static_cast<char>(up ? c | 0x20 : c);
      }
      t.lower = std::string_view(dst, e - b);
    } else {
      std::copy(lower.begin(), lower.end(), dst);
      t.lower = std::string_view(dst, lower.size());
      for (unsigned char ch : t.text) {
        if (ascii_alpha(ch)) {
          ++letters;
          if (!ascii_upper(ch)) all = false;
        }
      }
    }
    used_ += t.lower.size();
    assert(used_ <= out_.lower_buffer.size());
    t.kind = kind;
    t.space_before = space;
    t.newline_before = newline;
    t.blank_line_before = pending_newlines_ >= 2;
    if (!t.text.empty()) {
      const unsigned char f = static_cast<unsigned char>(t.text[0]);
      t.cap = ascii_upper(f) ||
              (f == 0xC3 && t.text.size() > 1 && static_cast<unsigned char>(t.text[1]) >= 0x80 &&
               static_cast<unsigned char>(t.text[1]) <= 0x9E);
      t.all_caps = letters >= 2 && all;
    }
    out_.tokens.push_back(t);
    return out_.tokens.back();
  }

  // Lower-cases [b, e) into a scratch string, turning ’ into '.
  std::string_view lowered(std::size_t b, std::size_t e) {
    scratch_.clear();
    // Plain ASCII words, the common case, are lower-cased by emit() in place: a null view
    // tells it so.
    bool plain = true;
    for (std::size_t i = b; i < e && plain; ++i)
      plain = static_cast<unsigned char>(text_[i]) < 0x80 && text_[i] != '\'';
    if (plain) return std::string_view();
    for (std::size_t i = b; i < e;) {
      std::size_t len = 0;
      if (apostrophe_at(text_, i, &len)) {
        scratch_ += '\'';
        i += len;
        continue;
      }
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      scratch_ += static_cast<char>(ascii_upper(c) ? c | 0x20 : c);
      ++i;
    }
    return scratch_;
  }

  std::size_t special(std::size_t i, const Special& s, bool space, bool newline) {
    const std::size_t e = i + s.bytes.size();
    TokenKind kind = s.kind;
    // ’ between a word and a letter is an apostrophe handled by word(); alone it is a
    // closing quote or a plural possessive ("allies’").
    if (s.lower == "'" && kind == TokenKind::kPunct) kind = TokenKind::kQuote;
    if (kind == TokenKind::kHyphen && space) kind = TokenKind::kDash;
    emit(i, e, kind, space, newline, kind == TokenKind::kDash ? "--" : s.lower);
    return e;
  }

  std::size_t punct(std::size_t i, bool space, bool newline) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '-') {
      std::size_t e = i + 1;
      while (e < text_.size() && text_[e] == '-') ++e;
      const bool spaced = space || e == text_.size() || text_[e] == ' ' || text_[e] == '\n';
      const bool dash = spaced || e - i > 1;
      emit(i, e, dash ? TokenKind::kDash : TokenKind::kHyphen, space, newline, dash ? "--" : "-");
      return e;
    }
    if (c == '.' && text_.compare(i, 3, "...") == 0) {
      emit(i, i + 3, TokenKind::kPunct, space, newline, "...");
      return i + 3;
    }
    if (c == '"') {
      emit(i, i + 1, TokenKind::kQuote, space, newline, "\"");
      return i + 1;
    }
    if (c == '\'') {
      emit(i, i + 1, TokenKind::kQuote, space, newline, "'");
      return i + 1;
    }
    const std::size_t len = c < 0x80 ? 1 : std::min(utf8_length(c), text_.size() - i);
    emit(i, i + len, TokenKind::kPunct, space, newline, lowered(i, i + len));
    return i + len;
  }

  std::size_t word(std::size_t i, bool space, bool newline) {
    const std::size_t b = i;
    // Dotted abbreviations stay one token: U.S., U.N., E.U., U.S.A.
    {
      std::size_t e = b;
      while (e + 1 < text_.size() && ascii_alpha(static_cast<unsigned char>(text_[e])) &&
             text_[e + 1] == '.' && (e == b || text_[e - 1] == '.'))
        e += 2;
      if (e - b >= 4 && (e >= text_.size() || !word_char_at(text_, e))) {
        emit(b, e, TokenKind::kWord, space, newline, lowered(b, e));
        return e;
      }
    }
    bool digits_only = true;
    bool plain = true;  // ASCII letters and digits only: emit() lower-cases it in place
    while (i < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c < 0x80 && (ascii_alpha(c) || ascii_digit(c))) {
        if (!ascii_digit(c)) digits_only = false;
        ++i;
        continue;
      }
      if (word_char_at(text_, i)) {
        plain = false;
        if (!ascii_digit(c)) digits_only = false;
        i += c < 0x80 ? 1 : std::min(utf8_length(c), text_.size() - i);
        continue;
      }
      std::size_t alen = 0;
      if (apostrophe_at(text_, i, &alen) && i + alen < text_.size() &&
          word_char_at(text_, i + alen)) {
        // n't and 's end the word; an apostrophe inside a name (O'Brien, Côte d'Ivoire) does not.
        const std::string_view rest = text_.substr(i + alen);
        const bool s_end = (rest.size() == 1 || !word_char_at(rest, 1)) && (rest[0] | 0x20) == 's';
        const bool nt = (text_[i - 1] | 0x20) == 'n' && (rest[0] | 0x20) == 't' &&
                        (rest.size() == 1 || !word_char_at(rest, 1));
        if (nt) {
          const bool alone = i - 1 == b;  // "n't" written on its own
          if (!alone) emit(b, i - 1, TokenKind::kWord, space, newline, lowered(b, i - 1));
          const std::size_t e = i + alen + 1;
          emit(i - 1, e, TokenKind::kWord, alone && space, alone && newline, "n't");
          return e;
        }
        if (s_end) {
          emit(b, i, TokenKind::kWord, space, newline, lowered(b, i));
          const std::size_t e = i + alen + 1;
          emit(i, e, TokenKind::kWord, false, false, "'s");
          return e;
        }
        i += alen;
        plain = false;
        continue;
      }
      // Numbers keep their separators: 1,200 and 3.5 and 11:18.
      if (digits_only && (c == ',' || c == '.' || c == ':') && i + 1 < text_.size() &&
          ascii_digit(static_cast<unsigned char>(text_[i + 1]))) {
        ++i;
        continue;
      }
      break;
    }
    emit(b, i, digits_only ? TokenKind::kNumber : TokenKind::kWord, space, newline,
         plain ? std::string_view() : lowered(b, i));
    return i;
  }

  std::string_view text_;
  TokenizedText& out_;
  std::string scratch_;
  int pending_newlines_ = 0;
  std::size_t used_ = 0;

 public:
  void finish() { out_.lower_buffer.resize(used_); }
};

bool ends_sentence(const std::vector<Token>& toks, std::size_t i) {
  // toks[i] is . ! or ?; decide whether the sentence ends here.
  const Token& t = toks[i];
  if (t.lower != "." && t.lower != "!" && t.lower != "?") return false;
  if (i + 1 >= toks.size()) return true;
  std::size_t n = i + 1;
  while (n < toks.size() && (toks[n].kind == TokenKind::kQuote || toks[n].lower == ")")) ++n;
  if (n >= toks.size()) return true;
  const Token& next = toks[n];
  if (!next.space_before && n == i + 1) return false;
  if (t.lower == "." && i > 0) {
    const Token& prev = toks[i - 1];
    if (!t.space_before && prev.word() && is_title_abbrev(prev.lower)) return false;
    // An initial: "George W. Bush".
    if (!t.space_before && prev.word() && prev.text.size() == 1 && prev.cap) return false;
  }
  return next.cap || next.kind == TokenKind::kNumber || next.kind == TokenKind::kQuote ||
         next.newline_before || !next.word();
}

}  // namespace

TokenizedText tokenize(std::string_view text) {
  TokenizedText out;
  Tokenizer tk(text, out);
  tk.run();
  tk.finish();
  auto& toks = out.tokens;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end > start) {
      Sentence s;
      s.first = start;
      s.last = end;
      s.begin = toks[start].begin;
      s.end = toks[end - 1].end;
      out.sentences.push_back(s);
    }
    start = end;
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i > start && toks[i].newline_before) {
      // A line break ends the sentence unless the next line plainly continues it.
      const Token& prev = toks[i - 1];
      const bool continues = !toks[i].blank_line_before && toks[i].word() && !toks[i].cap &&
                             toks[i].kind != TokenKind::kNumber && prev.lower != "." &&
                             prev.lower != "*";
      if (!continues) close(i);
    }
    if (ends_sentence(toks, i)) {
      std::size_t e = i + 1;
      while (e < toks.size() && !toks[e].newline_before &&
             (toks[e].kind == TokenKind::kQuote || toks[e].lower == ")") &&
             (e + 1 >= toks.size() || toks[e + 1].space_before || toks[e + 1].newline_before))
        ++e;
      close(e);
      i = e - 1;
    }
  }
  close(toks.size());
  // Bound the work per sentence: a "sentence" of thousands of tokens (a page without
  // punctuation, a table) is cut at its last comma or semicolon before the limit, else at
  // the limit. Real sentences are far shorter.
  std::vector<Sentence> bounded;
  bounded.reserve(out.sentences.size());
  for (const Sentence& s : out.sentences) {
    std::size_t first = s.first;
    while (s.last - first > kMaxSentenceTokens) {
      std::size_t cut = first + kMaxSentenceTokens;
      for (std::size_t k = cut; k > first + kMaxSentenceTokens / 2; --k)
        if (toks[k - 1].lower == "," || toks[k - 1].lower == ";") {
          cut = k;
          break;
        }
      bounded.push_back(Sentence{first, cut, toks[first].begin, toks[cut - 1].end});
      first = cut;
    }
    bounded.push_back(Sentence{first, s.last, toks[first].begin, toks[s.last - 1].end});
  }
  out.sentences = std::move(bounded);
  return out;
}

bool valid_utf8(std::string_view text, std::size_t* offset) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07;
    } else {
      if (offset) *offset = i;
      return false;
    }
    if (i + len > n) {
      if (offset) *offset = i;
      return false;
    }
    for (std::size_t k = 1; k < len; ++k) {
      const unsigned char cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) {
        if (offset) *offset = i;
        return false;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    const bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (offset) *offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace stancegraph::extract
