// Fuzz smoke: deterministic pseudo-random and systematic mutations of sample text fed to
// the extractor, and malformed lines fed to the record reader. Not a fuzzer (that lives
// beside the parsers); a quick guard that runs with every test run. The extractor must
// return, and every record's span must lie in the text with the sentence it names; the
// record reader must throw stancegraph::Error and nothing else.

#include <cstdint>
#include <exception>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extractor.hpp"
#include "extract/lexicons.hpp"
#include "graph/error.hpp"
#include "graph/record_io.hpp"
#include "tests/test_support.hpp"

using stancegraph::Error;
using stancegraph::StanceRecord;
using stancegraph::extract::Document;
using stancegraph::extract::Extractor;
using stancegraph::extract::Lexicons;

namespace {

// A fixed generator with its own arithmetic, so the inputs are the same on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

std::string read_sample(const char* name) {
  std::ifstream in(stancegraph::testing::source_path(std::string("samples/") + name),
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Extracts and checks the span contract; returns the number of records.
std::size_t extract_checked(const Extractor& ex, const std::string& text, const char* what) {
  const Document doc{"fuzz", stancegraph::parse_iso_date("2008-09-04"), text};
  const std::vector<StanceRecord> recs = ex.extract(doc);
  for (const StanceRecord& r : recs) {
    if (r.span_begin > r.span_end || r.span_end > text.size() ||
        text.compare(r.span_begin, r.span_end - r.span_begin, r.sentence) != 0) {
      INFO(what << ": record " << r.source << "->" << r.target << " span [" << r.span_begin << ", "
                << r.span_end << "] in a text of " << text.size()
                << " bytes; sentence: " << r.sentence.substr(0, 200));
      FAIL("record span does not name its sentence");
    }
  }
  return recs.size();
}

const std::string kShort =
    "Russia's recognition of Abkhazia was condemned by Western leaders, but Kazakhstan "
    "declined to back Moscow. \"We stand with Georgia,\" said President Bush; the CSTO "
    "(ODKB) did not follow Russia's lead.";

// Reads lines with for_each_record; true when it threw Error, false when it read them.
// Any other exception fails the test.
bool record_reader_rejects(const std::string& content, std::size_t* line = nullptr) {
  std::istringstream in(content);
  try {
    stancegraph::for_each_record(in, "fuzz.jsonl", [](StanceRecord&&) {});
  } catch (const Error& e) {
    if (line) *line = e.line();
    return true;
  } catch (const std::exception& e) {
    INFO("input: " << content.substr(0, 200));
    FAIL("for_each_record threw something other than stancegraph::Error: " << e.what());
  }
  return false;
}

const std::string kGoodRecord =
    R"({"doc":"a.txt","date":"2008-09-05","source":"CSTO","source_name":"Collective Security Treaty Organization",)"
    R"("target":"RUS","target_name":"Russia","relation":"withhold_support","sign":-1,"weight":0.4,)"
    R"("sentence":"They did not follow Russia's lead.","span":[10,44],"cue":"did not follow","confidence":0.8})";

}  // namespace

TEST_CASE("the extractor survives byte flips in sample articles", "[robustness]") {
  const Extractor ex(Lexicons::builtin());
  const std::vector<std::string> samples = {read_sample("01_csto_summit_georgia_2008.txt"),
                                            read_sample("05_kosovo_recognition_noise.txt")};
  for (const std::string& s : samples) REQUIRE(s.size() > 500);
  Rng rng(20080904);
  std::size_t records = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = samples[static_cast<std::size_t>(round) % samples.size()];
    const std::size_t flips = 1 + rng.below(16);
    for (std::size_t i = 0; i < flips; ++i) {
      const std::size_t at = rng.below(text.size());
      switch (rng.below(4)) {
        case 0:
          text[at] = static_cast<char>(rng.below(256));
          break;  // any byte, UTF-8 or not
        case 1:
          text[at] = static_cast<char>(text[at] ^ (1 << rng.below(8)));
          break;  // one bit
        case 2:
          text[at] = "\"'.,;:-()\n \t"[rng.below(13)];
          break;  // punctuation
        default:
          text.erase(at, 1 + rng.below(40));
          break;  // a cut
      }
    }
    if (rng.below(3) == 0) text.resize(rng.below(text.size() + 1));
    records += extract_checked(ex, text, "byte flips");
  }
  CHECK(records > 0);  // mutated text still yields something: the extractor ran
}

TEST_CASE("the extractor survives the text cut at every position", "[robustness]") {
  const Extractor ex(Lexicons::builtin());
  for (std::size_t n = 0; n <= kShort.size(); ++n)
    extract_checked(ex, kShort.substr(0, n), "prefix");
  for (std::size_t n = 0; n <= kShort.size(); ++n) extract_checked(ex, kShort.substr(n), "suffix");
  CHECK(extract_checked(ex, kShort, "whole") > 0);
}

TEST_CASE("the extractor survives empty, blank and degenerate texts", "[robustness]") {
  const Extractor ex(Lexicons::builtin());
  std::vector<std::string> texts = {
      "",
      " ",
      "\n",
      "\r\n\r\n",
      std::string(1000, ' '),
      std::string(1000, '\n'),
      " \t\r\n\f\v \t\r\n",
      std::string(5000, '"'),
      std::string(5000, '\''),
      std::string(5000, '-'),
      std::string(5000, '.'),
      "\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x98\xe2\x80\x99\xe2\x80\x94\xe2\x80\x93",  // curly quotes,
                                                                                   // dashes
      std::string("Russia\0condemned\0Georgia.", 26),
      "Russia",
      "Russia.",
      "Russia condemned",
      "condemned Georgia.",
      "(",
      ")",
      "\"",
      "''",
      "--",
      "...",
      "Russia's 's 's 's",
      "Russia -- -- -- condemned -- Georgia",
  };
  std::string runs;
  for (int i = 0; i < 300; ++i) runs += i % 3 == 0 ? "\"\"\"" : i % 3 == 1 ? "''" : "---";
  texts.push_back("Russia " + runs + " condemned " + runs + " Georgia.");
  std::string quotes;
  for (int i = 0; i < 200; ++i) quotes += "\"Russia condemned Georgia, ";  // never closed
  texts.push_back(quotes);
  texts.push_back("Russia condemned " + std::string(100000, 'a') + " Georgia.");  // one long token
  texts.push_back(std::string(50000, 'x') + "." + kShort);
  std::string mixed;
  for (int i = 0; i < 2000; ++i)
    mixed += kShort[static_cast<std::size_t>(i * 7919) % kShort.size()];
  texts.push_back(mixed);
  for (const std::string& t : texts) extract_checked(ex, t, "degenerate");
  SUCCEED("no crash");
}

TEST_CASE("the extractor survives a 1 MB single line", "[robustness]") {
  const Extractor ex(Lexicons::builtin());
  // Stance sentences at both ends of a megabyte of talk with no full stop or newline.
  const std::string stance = "Russia condemned Georgia and Kazakhstan declined to back Moscow, ";
  const std::string filler = "the delegates talked about grain prices and weather for hours, ";
  std::string line = stance;
  while (line.size() + filler.size() + stance.size() < (1 << 20)) line += filler;
  line += stance;
  extract_checked(ex, line, "1 MB line");
  extract_checked(ex, std::string(1 << 20, 'x'), "1 MB token");
  SUCCEED("no crash");
}

// Hidden: minutes, not seconds, while extraction is quadratic in the mentions of one
// sentence (see the report for the fix). Run with: stancegraph_tests "[slow]"
TEST_CASE("the extractor survives a 1 MB single line dense with actors and cues", "[.][slow]") {
  const Extractor ex(Lexicons::builtin());
  std::string line;
  line.reserve(1 << 20);
  const std::string piece =
      "Russia condemned Georgia and Kazakhstan declined to back Moscow while the CSTO praised "
      "Russia, ";
  while (line.size() + piece.size() < (1 << 20)) line += piece;  // no full stop, no newline
  extract_checked(ex, line, "1 MB line");
  std::string glued = line;
  for (char& c : glued)
    if (c == ' ') c = '-';  // and one 1 MB hyphenated token
  extract_checked(ex, glued, "1 MB token");
  SUCCEED("no crash");
}

TEST_CASE("the record reader rejects malformed JSONL lines with stancegraph::Error",
          "[robustness]") {
  const std::vector<std::string> bad = {
      "{",
      "}",
      "[]",
      "42",
      "null",
      "\"a string\"",
      "{\"source\":\"RUS\"",
      "not json at all",
      "{'source':'RUS'}",
      "{}",
      R"({"target":"RUS","relation":"support","sign":1})",
      R"({"source":"CUB","relation":"support","sign":1})",
      R"({"source":"CUB","target":"RUS","sign":1})",
      R"({"source":"CUB","target":"RUS","relation":"support"})",
      R"({"source":1,"target":"RUS","relation":"support","sign":1})",
      R"({"source":"CUB","target":["RUS"],"relation":"support","sign":1})",
      R"({"source":"CUB","target":"RUS","relation":7,"sign":1})",
      R"({"source":"CUB","target":"RUS","relation":"support","sign":"+1"})",
      R"({"source":"CUB","target":"RUS","relation":"support","sign":2})",
      R"({"source":"CUB","target":"RUS","relation":"no_such_relation","sign":1})",
      R"({"source":"","target":"RUS","relation":"support","sign":1})",
      R"({"source":"CUB","target":"RUS","relation":"support","sign":1,"date":"2008-13-45"})",
      R"({"source":"CUB","target":"RUS","relation":"support","sign":1,"weight":-1})",
      R"({"source":"CUB","target":"RUS","relation":"support","sign":1} trailing)",
      std::string("{\"source\":\"CU") + '\0' +
          "B\",\"target\":\"RUS\",\"relation\":\"support\",\"sign\":1}",
  };
  for (const std::string& line : bad) {
    INFO("line: " << line);
    std::size_t where = 0;
    CHECK(record_reader_rejects(kGoodRecord + "\n\n" + line + "\n" + kGoodRecord + "\n", &where));
    CHECK(where == 3);  // the blank line still counts
  }
  CHECK_FALSE(record_reader_rejects(kGoodRecord + "\n"));
}

TEST_CASE("the record reader rejects every cut and survives byte flips of a record",
          "[robustness]") {
  // Every strict prefix of an object is not JSON.
  for (std::size_t n = 1; n < kGoodRecord.size(); ++n) {
    INFO("prefix of " << n << " bytes");
    CHECK(record_reader_rejects(kGoodRecord.substr(0, n) + "\n"));
  }
  // Random damage: either read or rejected with Error, never a crash or another exception.
  Rng rng(42);
  std::size_t rejected = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string line = kGoodRecord;
    const std::size_t flips = 1 + rng.below(6);
    for (std::size_t i = 0; i < flips; ++i) {
      const std::size_t at = rng.below(line.size());
      if (rng.below(2) == 0)
        line[at] = static_cast<char>(rng.below(256));
      else
        line[at] = "{}[]\":,\\0-e."[rng.below(12)];
    }
    if (record_reader_rejects(line + "\n")) ++rejected;
  }
  CHECK(rejected > 0);
}
