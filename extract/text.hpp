#pragma once
// Tokens and sentences: one pass over a document's bytes, no copies of the text.
//
//   TokenizedText t = tokenize(text);
//   for (const Sentence& s : t.sentences)
//     for (std::size_t i = s.first; i < s.last; ++i) use(t.tokens[i].lower);
//
// Token views point into the document (text) and into the TokenizedText's own buffer
// (lower), so the document must outlive the result and the result must not be copied
// after its buffer was filled (it is move-only).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph::extract {

enum class TokenKind : std::uint8_t {
  kWord = 0,
  kNumber = 1,
  kPunct = 2,   // . , ; : ! ? ( ) and the like; lower holds the ASCII form
  kQuote = 3,   // " “ ” « » and a lone ‘ ’ used as a quote
  kDash = 4,    // a spaced hyphen, en or em dash: lower is "--"
  kHyphen = 5,  // a hyphen joining two words ("Russia-led"): lower is "-"
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the document
  std::uint32_t end = 0;
  std::string_view text;   // as written
  std::string_view lower;  // ASCII-lowercased, curly apostrophes as '
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;
  bool newline_before = false;
  bool blank_line_before = false;  // an empty line precedes: a paragraph starts
  bool cap = false;                // starts with an upper-case letter (ASCII or Latin-1 range)
  bool all_caps = false;           // two or more letters, all upper-case

  bool is(std::string_view lower_form) const { return lower == lower_form; }
  bool word() const { return kind == TokenKind::kWord; }
};

struct Sentence {
  std::size_t first = 0;  // token index range [first, last)
  std::size_t last = 0;
  std::uint32_t begin = 0;  // byte range in the document
  std::uint32_t end = 0;
};

class TokenizedText {
 public:
  TokenizedText() = default;
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;
  TokenizedText(TokenizedText&&) = default;
  TokenizedText& operator=(TokenizedText&&) = default;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string lower_buffer;  // backing store of every Token::lower
};

// A fast hash for short words (FNV-1a), for the lexicon tables keyed by string_view.
struct WordHash {
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

// Longest sentence, in tokens, that tokenize() returns; longer ones are cut.
constexpr std::size_t kMaxSentenceTokens = 160;

// Splits text into tokens and sentences. Possessive 's and n't are their own tokens;
// dotted abbreviations ("U.S.", "U.N.") stay one token. A sentence ends at . ! ? (not
// after a title such as "Mr." or an initial), and at a line break unless the next
// line continues in lower case. A sentence has at most kMaxSentenceTokens tokens.
TokenizedText tokenize(std::string_view text);

// True when text is valid UTF-8. offset receives the first bad byte otherwise.
bool valid_utf8(std::string_view text, std::size_t* offset = nullptr);

}  // namespace stancegraph::extract
