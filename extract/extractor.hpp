#pragma once
// Stance extraction: one document in, stance and membership records out.
//
//   const Lexicons& lex = Lexicons::builtin();       // embedded actors, cues, officials
//   Extractor ex(lex);
//   Document doc{"article.txt", parse_iso_date("2008-09-04"), text};
//   for (const StanceRecord& r : ex.extract(doc)) std::cout << to_jsonl(r) << '\n';
//
// Extraction is a pure function of the document and the lexicons: the same input
// gives the same records in the same order. An Extractor holds no per-document state
// and may be shared by threads.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "graph/record.hpp"

namespace stancegraph::extract {

class Lexicons;
struct Vocabulary;

struct Document {
  std::string id;            // becomes each record's "doc"
  std::optional<Date> date;  // the document's date; a dateline in the text overrides
                             // nothing given here, and is used when this is empty
  std::string_view text;     // UTF-8; must outlive the extract() call
};

class Extractor {
 public:
  // Indexes every word the lexicons know once, so each token of a document costs one
  // lookup. The lexicons must outlive the extractor.
  explicit Extractor(const Lexicons& lexicons);
  ~Extractor();
  Extractor(Extractor&&) noexcept;

  // Records in text order. "No stance here" is an empty vector, never an error.
  std::vector<StanceRecord> extract(const Document& doc) const;

 private:
  const Lexicons& lex_;
  std::unique_ptr<const Vocabulary> vocabulary_;
};

// The date a dateline at the top of the text gives ("September 4, 2008 / 11:18 AM",
// "MOSCOW, Sept 4 (Reuters)" with a year, "2008-09-04"), or nullopt. Only the first
// few lines are looked at.
std::optional<Date> find_dateline(std::string_view text);

}  // namespace stancegraph::extract
