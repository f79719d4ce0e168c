// Golden files for the whole pipeline on samples/: the records `stancegraph extract`
// prints, and the GraphML and DOT `stancegraph export` writes from those records.
//
// A mismatch writes <golden>.actual beside the golden file and shows the first
// differing lines. To accept a change on purpose:
//
//   STANCEGRAPH_UPDATE_GOLDEN=1 ./build/tests/stancegraph_tests "[golden]"
//
// then review `git diff tests/golden/`.

#include <sys/wait.h>

#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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
using stancegraph::testing::write_text;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

// The first few lines that differ, as "-expected" / "+actual" pairs with line numbers.
std::string short_diff(const std::string& expected, const std::string& actual) {
  const auto e = split_lines(expected), a = split_lines(actual);
  std::ostringstream out;
  out << "--- golden (" << e.size() << " lines)\n+++ actual (" << a.size() << " lines)\n";
  int shown = 0;
  const std::size_t n = std::max(e.size(), a.size());
  for (std::size_t i = 0; i < n && shown < 6; ++i) {
    const bool has_e = i < e.size(), has_a = i < a.size();
    if (has_e && has_a && e[i] == a[i]) continue;
    out << "@@ line " << i + 1 << " @@\n";
    if (has_e) out << "-" << e[i].substr(0, 400) << "\n";
    if (has_a) out << "+" << a[i].substr(0, 400) << "\n";
    ++shown;
  }
  if (shown == 6) out << "... (more differences; see the .actual file)\n";
  return out.str();
}

bool updating_golden() {
  const char* v = std::getenv("STANCEGRAPH_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

// Compares actual with tests/golden/<name>, or rewrites it when asked to.
void check_golden(const std::string& name, const std::string& actual) {
  const std::string golden = std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/golden/" + name;
  const std::string actual_path = golden + ".actual";
  if (updating_golden()) {
    fs::create_directories(fs::path(golden).parent_path());
    write_text(golden, actual);
    std::error_code ec;
    fs::remove(actual_path, ec);
    WARN("rewrote tests/golden/" << name);
    return;
  }
  if (!fs::exists(golden)) {
    fs::create_directories(fs::path(golden).parent_path());
    write_text(actual_path, actual);
    FAIL("tests/golden/" << name << " is missing; wrote " << actual_path
                         << " (run with STANCEGRAPH_UPDATE_GOLDEN=1 to create it)");
  }
  const std::string expected = read_text(golden);
  if (expected == actual) {
    std::error_code ec;
    fs::remove(actual_path, ec);
    SUCCEED("tests/golden/" << name << " matches");
    return;
  }
  write_text(actual_path, actual);
  INFO(short_diff(expected, actual));
  FAIL("output differs from tests/golden/" << name << "; wrote " << actual_path
                                           << " (STANCEGRAPH_UPDATE_GOLDEN=1 accepts it)");
}

// Runs the CLI in dir (relative paths only, so none but relative paths can reach the
// output) and returns its stdout; the test fails when it exits non-zero.
std::string run_cli(const std::string& dir, const std::string& args, const std::string& scratch) {
  const std::string out = scratch + "/stdout", err = scratch + "/stderr";
  const std::string cmd = "cd " + quote(dir) + " && " + quote(STANCEGRAPH_BINARY) + " " + args +
                          " >" + quote(out) + " 2>" + quote(err) + " </dev/null";
  const int status = std::system(cmd.c_str());
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  INFO("stancegraph " << args << "\n" << read_text(err));
  REQUIRE(code == 0);
  return read_text(out);
}

// Scratch space for the test's files.
class Scratch : public stancegraph::testing::TempDir {
 public:
  Scratch() : TempDir("sg-golden-") {}
};

// Records over samples/, run from the source tree; the export step then runs in the
// scratch folder on the records file by its relative name.
struct PipelineOutput {
  std::string records, graphml, dot, multi;
  std::map<std::string, std::string> others;  // format name -> output
};

const PipelineOutput& pipeline() {
  static const PipelineOutput result = [] {
    Scratch scratch;
    PipelineOutput p;
    p.records = run_cli(STANCEGRAPH_SOURCE_DIR, "extract samples", scratch.path());
    write_text(scratch.path() + "/samples.records.jsonl", p.records);
    p.graphml = run_cli(scratch.path(), "export -f graphml samples.records.jsonl", scratch.path());
    p.dot = run_cli(scratch.path(), "export -f dot samples.records.jsonl", scratch.path());
    for (const char* f :
         {"json", "gexf", "csv-nodes", "csv-edges", "neo4j-nodes", "neo4j-edges", "html"})
      p.others[f] = run_cli(
          scratch.path(), std::string("export -f ") + f + " samples.records.jsonl", scratch.path());
    p.multi =
        run_cli(scratch.path(), "export -f graphml --multi samples.records.jsonl", scratch.path());
    return p;
  }();
  return result;
}

}  // namespace

TEST_CASE("extract over samples/ gives the golden records", "[golden]") {
  check_golden("samples.records.jsonl", pipeline().records);
}

TEST_CASE("export -f graphml of the sample records gives the golden GraphML", "[golden]") {
  check_golden("samples.graphml", pipeline().graphml);
}

TEST_CASE("export -f dot of the sample records gives the golden DOT", "[golden]") {
  check_golden("samples.dot", pipeline().dot);
}

TEST_CASE("every other export of the sample records matches its golden file", "[golden]") {
  const PipelineOutput& p = pipeline();
  const std::pair<const char*, const char*> files[] = {{"json", "samples.json"},
                                                       {"gexf", "samples.gexf"},
                                                       {"csv-nodes", "samples.nodes.csv"},
                                                       {"csv-edges", "samples.edges.csv"},
                                                       {"neo4j-nodes", "samples.neo4j-nodes.csv"},
                                                       {"neo4j-edges", "samples.neo4j-edges.csv"},
                                                       {"html", "samples.html"}};
  for (const auto& [format, golden] : files) {
    INFO("format " << format);
    check_golden(golden, p.others.at(format));
  }
  check_golden("samples.multi.graphml", p.multi);
}

TEST_CASE("the sample records hold no absolute paths or machine-specific text", "[golden]") {
  const PipelineOutput& p = pipeline();
  const std::string source_dir = STANCEGRAPH_SOURCE_DIR;
  const std::string temp_dir = fs::temp_directory_path().string();
  for (const std::string* text : {&p.records, &p.graphml, &p.dot}) {
    CHECK(text->find(source_dir) == std::string::npos);
    CHECK(text->find(temp_dir + "/sg-golden-") == std::string::npos);
  }
  std::size_t line_no = 0;
  for (const std::string& line : split_lines(p.records)) {
    if (line.empty()) continue;
    ++line_no;
    INFO("record " << line_no << ": " << line);
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.HasMember("doc"));
    REQUIRE(d["doc"].IsString());
    const std::string doc = d["doc"].GetString();
    CHECK_FALSE(doc.empty());
    CHECK(doc.find('/') == std::string::npos);  // a base name or a JSONL id, never a path
  }
  CHECK(line_no > 0);
}
