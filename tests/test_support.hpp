#pragma once
// Helpers shared by the test files: run the built-in extractor on a sentence and
// print what it found in the compact form the sentence tables use.
//
//   CHECK(stances("The West condemned Russia.") == "WEST->RUS -1 condemn");
//   CHECK_THAT(..., matches_stances("WEST->RUS -1"));  // relation left open

#include <cstddef>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

namespace stancegraph::testing {

// Records found in text (dated 2008-09-04 unless date says otherwise), one per distinct
// "SRC->TGT +1 relation" (memberships: "SRC->BLOC member_of"), sorted, joined by "; ".
// Sign-0 records are left out. Empty when nothing is found.
std::string stances(std::string_view text, std::string_view date = "2008-09-04");

// True when `actual` (as stances() prints it) holds exactly the expected items.
// An expected item may leave out the relation ("CSTO->RUS -1"): then any relation
// with that pair and sign matches it. "" expects nothing.
bool same_stances(const std::string& actual, const std::string& expected);

// Whole file as bytes ("" when it cannot be read), and its inverse.
std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);
// A string quoted for /bin/sh.
std::string quote(const std::string& s);

// A fresh directory under the system temp directory, removed with its contents when the
// object goes. The test fails at construction when none can be made.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "sg-test-");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Path of a file in the source tree.
std::string source_path(std::string_view relative);
// Path of ../shared beside the checkout, or "" when it is absent (tests then skip).
std::string shared_path(std::string_view relative);

// Runs a table of rows {text, expected, date}: one CHECK per row, which on failure prints
// the text, its date, what was expected and what came out; the other rows still run.
template <typename Row, std::size_t N>
void run_sentence_table(const Row (&table)[N]) {
  for (const Row& row : table) {
    const std::string actual = stances(row.text, row.date);
    INFO("sentence: " << row.text << "\ndate:     " << row.date
                      << "\nexpected: " << (*row.expected ? row.expected : "(nothing)")
                      << "\nactual:   " << (actual.empty() ? "(nothing)" : actual));
    CHECK(same_stances(actual, row.expected));
  }
}

}  // namespace stancegraph::testing
