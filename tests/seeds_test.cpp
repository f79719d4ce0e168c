// The bar the project is held to: the extractor run over ../shared/seeds/*.txt, scored by
// ../shared/eval/score.py against the gold file. Skipped (with a warning) in a clone
// without ../shared or on a machine without python3.

#include <sys/wait.h>

#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/test_support.hpp"

namespace fs = std::filesystem;

namespace {

using stancegraph::testing::quote;
using stancegraph::testing::read_text;

int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Scratch space for the test's files.
class Scratch : public stancegraph::testing::TempDir {
 public:
  Scratch() : TempDir("sg-seeds-") {}
};

double f1_of(const rapidjson::Document& report, const char* kind) {
  INFO("score.py report lacks " << kind << ".f1");
  REQUIRE(report.HasMember(kind));
  REQUIRE(report[kind].IsObject());
  REQUIRE(report[kind].HasMember("f1"));
  REQUIRE(report[kind]["f1"].IsNumber());
  return report[kind]["f1"].GetDouble();
}

std::string list_of(const rapidjson::Document& report, const char* kind, const char* field) {
  std::string out;
  if (!report.HasMember(kind) || !report[kind].IsObject() || !report[kind].HasMember(field))
    return out;
  for (const auto& v : report[kind][field].GetArray())
    if (v.IsString()) out += std::string("\n  ") + v.GetString();
  return out;
}

}  // namespace

TEST_CASE("the extractor scores stance and membership F1 of at least 0.90 on the shared seeds",
          "[seeds]") {
  const std::string seeds_dir = stancegraph::testing::shared_path("seeds");
  if (seeds_dir.empty()) {
    WARN("../shared not found; skipping");
    return;
  }
  const std::string gold = stancegraph::testing::shared_path("eval/seeds.gold.jsonl");
  const std::string score = stancegraph::testing::shared_path("eval/score.py");
  if (!fs::exists(gold) || !fs::exists(score) || !fs::is_directory(seeds_dir)) {
    WARN("../shared has no seeds, gold file or score.py; skipping");
    return;
  }
  if (run("command -v python3 >/dev/null 2>&1") != 0) {
    WARN("python3 not found on PATH; skipping");
    return;
  }
  std::vector<std::string> seeds;
  for (const auto& e : fs::directory_iterator(seeds_dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") seeds.push_back(e.path().string());
  std::sort(seeds.begin(), seeds.end());
  REQUIRE_FALSE(seeds.empty());

  Scratch scratch;
  const std::string pred = scratch.file("seeds.pred.jsonl");
  std::string extract = quote(STANCEGRAPH_BINARY) + " extract -o " + quote(pred);
  for (const std::string& s : seeds) extract += " " + quote(s);
  extract += " 2>" + quote(scratch.file("extract.err"));
  {
    INFO("stancegraph extract failed:\n" << read_text(scratch.file("extract.err")));
    REQUIRE(run(extract) == 0);
  }

  const std::string json_path = scratch.file("score.json");
  const std::string score_cmd = "python3 " + quote(score) + " " + quote(gold) + " " + quote(pred) +
                                " --json >" + quote(json_path) + " 2>" +
                                quote(scratch.file("score.err"));
  {
    INFO("score.py failed:\n" << read_text(scratch.file("score.err")));
    REQUIRE(run(score_cmd) == 0);
  }
  const std::string json = read_text(json_path);
  rapidjson::Document report;
  report.Parse(json.c_str(), json.size());
  INFO("score.py said:\n" << json);
  REQUIRE_FALSE(report.HasParseError());
  REQUIRE(report.IsObject());

  const double stance_f1 = f1_of(report, "stance");
  const double membership_f1 = f1_of(report, "membership");
  INFO("stance missed:" << list_of(report, "stance", "missed"));
  INFO("stance spurious:" << list_of(report, "stance", "spurious"));
  INFO("membership missed:" << list_of(report, "membership", "missed"));
  CHECK(stance_f1 >= 0.90);
  CHECK(membership_f1 >= 0.90);
  REQUIRE(report.HasMember("forbidden_hits"));
  REQUIRE(report["forbidden_hits"].IsArray());
  CHECK(report["forbidden_hits"].Size() == 0);
}
