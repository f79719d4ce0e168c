// Extraction throughput on a generated news-like corpus.
//
//   stancegraph_bench [--mb N] [--docs-kb K] [--seed S] [--text FILE]...
//
// Generates about N MB of wire-style text (sentences built from templates, actors
// drawn from a fixed list, plus web-page noise) in memory, then times extraction on
// one core and prints MB/s, documents/s and records found. The corpus is
// deterministic for a seed, so runs compare like with like. With --text, the corpus is
// instead the given real articles, repeated as separate documents up to N MB: the
// template corpus is far denser in actors and cues than real news.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "extract/extractor.hpp"
#include "extract/lexicons.hpp"

namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

const char* kActors[] = {"Russia",       "Moscow",
                         "the Kremlin",  "China",
                         "Beijing",      "the United States",
                         "Washington",   "Britain",
                         "France",       "Germany",
                         "Georgia",      "Ukraine",
                         "Kiev",         "the European Union",
                         "NATO",         "the CSTO",
                         "the SCO",      "Belarus",
                         "Armenia",      "Kazakhstan",
                         "Iran",         "India",
                         "Turkey",       "Japan",
                         "the West",     "Nicaragua",
                         "Venezuela",    "Serbia",
                         "Kosovo",       "Abkhazia",
                         "South Ossetia"};
const char* kVerbs[] = {"condemned",
                        "backed",
                        "criticised",
                        "declined to back",
                        "praised",
                        "accused",
                        "did not follow the lead of",
                        "recognised",
                        "rejected",
                        "met",
                        "threatened",
                        "welcomed",
                        "stopped short of endorsing",
                        "sided with"};
const char* kTemplates[] = {
    "{A} {V} {B} on {D}, officials said.",
    "In a statement, {A} {V} {B} over the dispute.",
    "The foreign minister of {A} said {A2} {V} {B} after talks in Geneva.",
    "\"We have {V} {B},\" a spokesman for {A} told reporters.",
    "{A}'s recognition of {B} drew condemnation from {A2}.",
    "Trade between the two countries grew by 4.5 percent last year, according to customs data.",
    "Officials in {A} are seeking support from {B} for the plan.",
    "The summit, held in a hotel on the outskirts of the capital, ended without a joint "
    "declaration.",
    "{A} and {A2} {V} {B} in the vote on Thursday."};
const char* kNoise[] = {"Sign in or create a free account", "  * wide-browser-and-larger",
                        "(c) 2024 Example News Company. All rights reserved.",
                        "Reporting by Jane Doe; Editing by John Roe"};
const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

std::string fill(const char* tpl, Rng& r) {
  std::string out;
  for (const char* p = tpl; *p;) {
    if (std::strncmp(p, "{A2}", 4) == 0)
      out += kActors[r.pick(std::size(kActors))], p += 4;
    else if (std::strncmp(p, "{A}", 3) == 0)
      out += kActors[r.pick(std::size(kActors))], p += 3;
    else if (std::strncmp(p, "{B}", 3) == 0)
      out += kActors[r.pick(std::size(kActors))], p += 3;
    else if (std::strncmp(p, "{V}", 3) == 0)
      out += kVerbs[r.pick(std::size(kVerbs))], p += 3;
    else if (std::strncmp(p, "{D}", 3) == 0)
      out += kDays[r.pick(std::size(kDays))], p += 3;
    else
      out += *p++;
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 20;
  std::size_t doc_kb = 4;
  std::uint64_t seed = 42;
  std::vector<std::string> texts;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--text") == 0) {
      std::ifstream in(argv[i + 1], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[i + 1]);
        return 1;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
      continue;
    }
    if (std::strcmp(argv[i], "--mb") == 0)
      mb = std::atof(argv[i + 1]);
    else if (std::strcmp(argv[i], "--docs-kb") == 0)
      doc_kb = static_cast<std::size_t>(std::atoi(argv[i + 1]));
    else if (std::strcmp(argv[i], "--seed") == 0)
      seed = static_cast<std::uint64_t>(std::atoll(argv[i + 1]));
    else {
      std::fprintf(stderr, "usage: stancegraph_bench [--mb N] [--docs-kb K] [--seed S]\n");
      return 2;
    }
  }
  Rng r{seed * 2654435761u + 1};
  std::vector<std::string> docs;
  std::size_t total = 0;
  const std::size_t target = static_cast<std::size_t>(mb * 1024 * 1024);
  while (!texts.empty() && total < target) {
    for (const std::string& t : texts) {
      docs.push_back(t);
      total += t.size();
    }
  }
  while (total < target) {
    std::string d = "September 4, 2008 / 11:18 AM\n\n";
    while (d.size() < doc_kb * 1024) {
      for (int s = 0; s < 3; ++s) d += fill(kTemplates[r.pick(std::size(kTemplates))], r) + " ";
      d += "\n\n";
      if (r.pick(10) == 0) d += std::string(kNoise[r.pick(std::size(kNoise))]) + "\n";
    }
    total += d.size();
    docs.push_back(std::move(d));
  }
  const auto& lex = stancegraph::extract::Lexicons::builtin();
  stancegraph::extract::Extractor ex(lex);
  std::size_t records = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    stancegraph::extract::Document doc{std::to_string(i), std::nullopt, docs[i]};
    records += ex.extract(doc).size();
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mbs = static_cast<double>(total) / (1024.0 * 1024.0) / secs;
  fmt::print(
      "corpus {:.1f} MB in {} documents; extracted {} records in {:.3f} s: {:.1f} MB/s, {:.0f} "
      "docs/s (one core)\n",
      static_cast<double>(total) / (1024.0 * 1024.0), docs.size(), records, secs, mbs,
      static_cast<double>(docs.size()) / secs);
  return 0;
}
