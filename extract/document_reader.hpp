#pragma once
// Documents from files, directories, JSONL batches and stdin, one at a time.
//
//   for_each_document({"news/", "batch.jsonl", "-"}, std::nullopt,
//                     [](InputDocument&& d) { extractor.extract(d.view()); });
//
// Only one document is held at a time, so memory does not grow with their number.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "graph/date.hpp"

namespace stancegraph::extract {

struct InputDocument {
  std::string id;            // a text file's base name, or the JSONL document's "id"
  std::optional<Date> date;  // its "date", else its dateline, else the default date
  std::string text;
  std::string path;      // where it came from, for messages
  std::size_t line = 0;  // line in a JSONL file, 0 for a text file

  Document view() const { return Document{id, date, text}; }
};

// What a .jsonl file holds, judged by its first non-blank line.
enum class JsonlKind { kEmpty = 0, kDocuments = 1, kRecords = 2 };
JsonlKind classify_jsonl(const std::string& path);

// Calls fn for each document, in argument order; directories are walked recursively in
// sorted path order and contribute their .txt and .jsonl files. "-" reads stdin: JSONL
// when it starts with '{', else one text document with id "stdin". Throws Error naming
// the file (and line) for a missing file, invalid UTF-8, or a malformed JSONL line.
void for_each_document(const std::vector<std::string>& paths,
                       const std::optional<Date>& default_date,
                       const std::function<void(InputDocument&&)>& fn);

// Documents in already-read content (stdin): JSONL when it starts with '{', else one
// text document with id "stdin".
void documents_from_text(std::string content, const std::string& name,
                         const std::optional<Date>& default_date,
                         const std::function<void(InputDocument&&)>& fn);

// The files a path stands for (a directory expanded as above), in order.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

}  // namespace stancegraph::extract
