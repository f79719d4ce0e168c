// The command line as a user meets it: the built stancegraph binary run in a shell,
// from the source tree with relative paths, its stdout, stderr and exit code checked.
// Expectations about what the samples hold are limited to edges that both the
// extractor and samples/README.md agree on, so tuning the extractor does not break them.

#include <sys/wait.h>

#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/test_support.hpp"

namespace fs = std::filesystem;

namespace {

using stancegraph::testing::read_text;
using stancegraph::testing::write_text;
using stancegraph::testing::quote;

// For the shell: a single-quoted word.
bool have_program(const std::string& name) {
  const int status = std::system(("command -v " + name + " >/dev/null 2>&1").c_str());
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

struct CliResult {
  int code = -1;  // exit status, -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// A fresh directory under the system temp directory, removed with its contents at the
// end of the test. run() executes the CLI in the source tree, so inputs are given as
// relative paths ("samples/...") and outputs as sandbox paths.
class Sandbox {
 public:
  Sandbox() {
    std::string pattern = (fs::temp_directory_path() / "sg-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
    REQUIRE_FALSE(path_.empty());
    fs::create_directory(fs::path(path_) / ".io");
  }
  ~Sandbox() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

  // Runs `stancegraph ARGS` (ARGS already shell-quoted where needed), stdin from a file
  // when one is given.
  CliResult run(const std::string& args, const std::string& stdin_path = "") const {
    const std::string out = path_ + "/.io/stdout", err = path_ + "/.io/stderr";
    std::string cmd = "cd " + quote(STANCEGRAPH_SOURCE_DIR) + " && " + quote(STANCEGRAPH_BINARY) +
                      " " + args + " >" + quote(out) + " 2>" + quote(err);
    cmd += " <" + quote(stdin_path.empty() ? std::string("/dev/null") : stdin_path);
    const int status = std::system(cmd.c_str());
    CliResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_text(out);
    r.err = read_text(err);
    return r;
  }

  // Names in a directory of the sandbox (its own .io folder left out), sorted.
  std::vector<std::string> entries(const std::string& dir = "") const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.empty() ? path_ : file(dir))) {
      const std::string n = e.path().filename().string();
      if (n != ".io") names.push_back(n);
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  std::string path_;
};

std::string source_file(const std::string& relative) {
  return std::string(STANCEGRAPH_SOURCE_DIR) + "/" + relative;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// One stance record as the CLI printed it; the test fails when a line is not JSON or
// lacks a field of the DESIGN.md contract.
struct Rec {
  std::string doc;
  std::optional<std::string> date;
  std::string source, target, relation;
  int sign = 0;
  double weight = 0;
  std::string sentence;
  std::size_t begin = 0, end = 0;
};

std::vector<Rec> parse_records(const std::string& jsonl) {
  std::vector<Rec> recs;
  std::size_t line_no = 0;
  for (const std::string& line : lines_of(jsonl)) {
    ++line_no;
    INFO("record line " << line_no << ": " << line);
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsObject());
    for (const char* key : {"doc", "source", "target", "relation", "sentence"}) {
      INFO("field " << key);
      REQUIRE(d.HasMember(key));
      REQUIRE(d[key].IsString());
    }
    REQUIRE(d.HasMember("date"));
    REQUIRE((d["date"].IsNull() || d["date"].IsString()));
    REQUIRE(d.HasMember("sign"));
    REQUIRE(d["sign"].IsInt());
    REQUIRE(d.HasMember("weight"));
    REQUIRE(d["weight"].IsNumber());
    REQUIRE(d.HasMember("span"));
    REQUIRE(d["span"].IsArray());
    REQUIRE(d["span"].Size() == 2);
    REQUIRE(d["span"][0].IsUint());
    REQUIRE(d["span"][1].IsUint());
    Rec r;
    r.doc = d["doc"].GetString();
    if (d["date"].IsString()) r.date = d["date"].GetString();
    r.source = d["source"].GetString();
    r.target = d["target"].GetString();
    r.relation = d["relation"].GetString();
    r.sign = d["sign"].GetInt();
    r.weight = d["weight"].GetDouble();
    r.sentence = d["sentence"].GetString();
    r.begin = d["span"][0].GetUint();
    r.end = d["span"][1].GetUint();
    CHECK((r.sign == -1 || r.sign == 0 || r.sign == 1));
    CHECK(r.weight >= 0.0);
    CHECK(r.begin <= r.end);
    recs.push_back(std::move(r));
  }
  return recs;
}

std::set<std::string> docs_of(const std::vector<Rec>& recs) {
  std::set<std::string> docs;
  for (const Rec& r : recs) docs.insert(r.doc);
  return docs;
}

// `query supporters|opponents` output: id -> (net score, statements), in printed order.
struct ScoreLine {
  std::string id;
  double net = 0;
  int count = 0;
};

std::vector<ScoreLine> parse_scores(const std::string& out) {
  std::vector<ScoreLine> rows;
  for (const std::string& line : lines_of(out)) {
    if (line.rfind("note:", 0) == 0 || line.rfind("no ", 0) == 0) continue;
    std::istringstream in(line);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    INFO("query line: " << line);
    REQUIRE(words.size() >= 3);
    ScoreLine s;
    s.id = words.front();
    s.net = std::stod(words[words.size() - 2]);
    s.count = std::stoi(words.back());
    rows.push_back(s);
  }
  return rows;
}

std::set<std::string> ids_of(const std::vector<ScoreLine>& rows) {
  std::set<std::string> ids;
  for (const ScoreLine& s : rows) ids.insert(s.id);
  return ids;
}

const char* const kDated = "samples/01_csto_summit_georgia_2008.txt";  // "September 5, 2008"
const char* const kUndated = "samples/03_sanctions_ukraine_2022.txt";  // no dateline
const char* const kBatch = "samples/wire_batch.jsonl";

// A records file whose windowed queries have one right answer whatever the extractor does.
const char* const kWindowRecords =
    R"({"doc":"a","date":"2014-03-27","source":"CUB","target":"RUS","relation":"support","sign":1,"weight":0.7})"
    "\n"
    R"({"doc":"b","date":"2022-03-02","source":"ERI","target":"RUS","relation":"support","sign":1,"weight":0.7})"
    "\n"
    R"({"doc":"c","date":null,"source":"BLR","target":"RUS","relation":"support","sign":1,"weight":0.7})"
    "\n"
    R"({"doc":"d","date":"2008-09-05","source":"USA","target":"RUS","relation":"condemn","sign":-1,"weight":0.8})"
    "\n"
    R"({"doc":"e","date":null,"source":"JPN","target":"RUS","relation":"condemn","sign":-1,"weight":0.8})"
    "\n";

}  // namespace

// ---------------------------------------------------------------------------------------
// extract

TEST_CASE("extract prints one JSON stance record per line for a text file", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run(std::string("extract ") + kDated);
  INFO(r.err);
  REQUIRE(r.code == 0);
  REQUIRE(!r.out.empty());
  CHECK(r.out.back() == '\n');
  const auto recs = parse_records(r.out);
  REQUIRE(!recs.empty());
  const std::string text = read_text(source_file(kDated));
  for (const Rec& rec : recs) {
    CHECK(rec.doc == "01_csto_summit_georgia_2008.txt");
    REQUIRE(rec.end <= text.size());
    CHECK(text.substr(rec.begin, rec.end - rec.begin) == rec.sentence);
  }
}

TEST_CASE("extract dates a dated sample's records from its dateline", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run(std::string("extract ") + kDated);
  REQUIRE(r.code == 0);
  const auto recs = parse_records(r.out);
  REQUIRE(!recs.empty());
  bool dateline = false;
  for (const Rec& rec : recs) {
    INFO(rec.sentence);
    REQUIRE(rec.date.has_value());
    // Event dates ("on August 26") are resolved against the dateline, so stay in its year.
    CHECK(rec.date->rfind("2008-", 0) == 0);
    dateline = dateline || *rec.date == "2008-09-05";
  }
  CHECK(dateline);
}

TEST_CASE("extract leaves an undated sample's dates null unless --date is given", "[cli]") {
  Sandbox sb;
  const CliResult plain = sb.run(std::string("extract ") + kUndated);
  REQUIRE(plain.code == 0);
  const auto recs = parse_records(plain.out);
  REQUIRE(!recs.empty());
  for (const Rec& rec : recs) CHECK_FALSE(rec.date.has_value());

  const CliResult dated = sb.run(std::string("extract --date 2022-02-27 ") + kUndated);
  REQUIRE(dated.code == 0);
  const auto with_date = parse_records(dated.out);
  REQUIRE(with_date.size() == recs.size());
  bool given = false;
  for (const Rec& rec : with_date) {
    REQUIRE(rec.date.has_value());
    CHECK(rec.date->rfind("2022-", 0) == 0);
    given = given || *rec.date == "2022-02-27";
  }
  CHECK(given);
}

TEST_CASE("extract --date does not override a dateline", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run(std::string("extract --date 1999-01-01 ") + kDated);
  REQUIRE(r.code == 0);
  const auto recs = parse_records(r.out);
  REQUIRE(!recs.empty());
  for (const Rec& rec : recs) {
    REQUIRE(rec.date.has_value());
    CHECK(rec.date->rfind("2008-", 0) == 0);
  }
}

TEST_CASE("extract -o writes the records to the file and nothing to stdout", "[cli]") {
  Sandbox sb;
  const CliResult to_stdout = sb.run(std::string("extract ") + kDated);
  REQUIRE(to_stdout.code == 0);
  const CliResult to_file =
      sb.run(std::string("extract -o ") + quote(sb.file("out.jsonl")) + " " + kDated);
  INFO(to_file.err);
  REQUIRE(to_file.code == 0);
  CHECK(to_file.out.empty());
  REQUIRE(fs::exists(sb.file("out.jsonl")));
  CHECK(read_text(sb.file("out.jsonl")) == to_stdout.out);
  CHECK(sb.entries() == std::vector<std::string>{"out.jsonl"});
}

TEST_CASE("extract of a directory reads its .txt and .jsonl files recursively and nothing else",
          "[cli]") {
  Sandbox sb;
  fs::create_directories(sb.file("news/deep/er"));
  fs::copy_file(source_file(kDated), sb.file("news/deep/er/nested.txt"));
  fs::copy_file(source_file(kBatch), sb.file("news/batch.jsonl"));
  // Same text, other extensions: must be ignored.
  fs::copy_file(source_file(kDated), sb.file("news/notes.md"));
  fs::copy_file(source_file(kDated), sb.file("news/deep/article.html"));
  const CliResult r = sb.run("extract " + quote(sb.file("news")));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto recs = parse_records(r.out);
  CHECK(docs_of(recs) == std::set<std::string>{"nested.txt", "wire-2008-09-03-managua",
                                               "wire-2022-03-02-unga", "wire-undated-astana"});
}

TEST_CASE("extract of the samples directory covers every sample document", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("extract samples");
  REQUIRE(r.code == 0);
  const auto docs = docs_of(parse_records(r.out));
  for (const char* doc : {"01_csto_summit_georgia_2008.txt", "02_crimea_un_vote_2014.txt",
                          "03_sanctions_ukraine_2022.txt", "04_sco_summit_samarkand_2022.txt",
                          "05_kosovo_recognition_noise.txt", "06_g7_brics_hague_2014.txt",
                          "wire-2008-09-03-managua", "wire-undated-astana"}) {
    INFO(doc);
    CHECK(docs.count(doc) == 1);
  }
  CHECK(docs.count("README.md") == 0);
}

TEST_CASE("extract - reads plain text from stdin as one document", "[cli]") {
  Sandbox sb;
  const CliResult piped = sb.run("extract -", source_file(kDated));
  INFO(piped.err);
  REQUIRE(piped.code == 0);
  const auto recs = parse_records(piped.out);
  REQUIRE(!recs.empty());
  const auto from_file = parse_records(sb.run(std::string("extract ") + kDated).out);
  REQUIRE(recs.size() == from_file.size());
  for (std::size_t i = 0; i < recs.size(); ++i) {
    CHECK(recs[i].doc == "stdin");
    CHECK(recs[i].date == from_file[i].date);
    CHECK(recs[i].source == from_file[i].source);
    CHECK(recs[i].target == from_file[i].target);
    CHECK(recs[i].sentence == from_file[i].sentence);
  }
}

TEST_CASE("extract - reads JSONL documents from stdin", "[cli]") {
  Sandbox sb;
  const CliResult piped = sb.run("extract -", source_file(kBatch));
  INFO(piped.err);
  REQUIRE(piped.code == 0);
  const CliResult from_file = sb.run(std::string("extract ") + kBatch);
  REQUIRE(from_file.code == 0);
  CHECK(piped.out == from_file.out);
  CHECK(docs_of(parse_records(piped.out)).count("wire-2008-09-03-managua") == 1);
}

TEST_CASE("extract of a .jsonl batch takes doc from each line's id and date from its date",
          "[cli]") {
  Sandbox sb;
  const auto recs = parse_records(sb.run(std::string("extract ") + kBatch).out);
  REQUIRE(!recs.empty());
  for (const Rec& rec : recs) {
    INFO(rec.doc << ": " << rec.sentence);
    if (rec.doc == "wire-2008-09-03-managua") {
      REQUIRE(rec.date.has_value());
      CHECK(rec.date->rfind("2008-", 0) == 0);
    } else if (rec.doc == "wire-2022-03-02-unga") {
      REQUIRE(rec.date.has_value());
      CHECK(rec.date->rfind("2022-", 0) == 0);
    } else {
      CHECK(rec.doc == "wire-undated-astana");
      CHECK_FALSE(rec.date.has_value());
    }
  }
  CHECK(docs_of(recs).count("wire-2008-09-03-managua") == 1);

  // A batch of our own: integer-free ids, extra metadata kept out of the way, a date.
  write_text(
      sb.file("mine.jsonl"),
      R"({"id": "mine-1", "date": "2011-05-06", "source": "Desk", "text": "France condemned Russia."})"
      "\n");
  const CliResult mine = sb.run("extract " + quote(sb.file("mine.jsonl")));
  INFO(mine.err);
  REQUIRE(mine.code == 0);
  const auto own = parse_records(mine.out);
  REQUIRE(!own.empty());
  for (const Rec& rec : own) {
    CHECK(rec.doc == "mine-1");
    CHECK(rec.date == std::optional<std::string>("2011-05-06"));
  }
}

TEST_CASE("extract gives the same bytes when run twice", "[cli]") {
  Sandbox sb;
  const CliResult a = sb.run("extract samples");
  const CliResult b = sb.run("extract samples");
  REQUIRE(a.code == 0);
  REQUIRE(b.code == 0);
  CHECK(!a.out.empty());
  CHECK(a.out == b.out);
}

// ---------------------------------------------------------------------------------------
// export

TEST_CASE("export -f graphml writes directed GraphML from records and from documents alike",
          "[cli]") {
  Sandbox sb;
  REQUIRE(sb.run("extract -o " + quote(sb.file("records.jsonl")) + " samples").code == 0);
  const CliResult from_records = sb.run("export -f graphml " + quote(sb.file("records.jsonl")));
  const CliResult from_docs = sb.run("export -f graphml samples");
  INFO(from_records.err << from_docs.err);
  REQUIRE(from_records.code == 0);
  REQUIRE(from_docs.code == 0);
  CHECK(from_records.out.find("<graphml") != std::string::npos);
  CHECK(from_records.out.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(from_records.out.find("<node id=\"RUS\"") != std::string::npos);
  CHECK(from_records.out.find("<edge") != std::string::npos);
  CHECK(from_records.out.find("</graphml>") != std::string::npos);
  // Records are the whole interface between extract and the graph.
  CHECK(from_records.out == from_docs.out);
  // Deterministic.
  CHECK(sb.run("export -f graphml samples").out == from_docs.out);
}

TEST_CASE("export -f dot writes a Graphviz digraph", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("export -f dot samples");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("digraph", 0) == 0);
  CHECK(r.out.find("\"RUS\"") != std::string::npos);
  CHECK(r.out.find("->") != std::string::npos);
  CHECK(r.out.find_last_of('}') != std::string::npos);
  if (!have_program("dot")) {
    WARN("Graphviz dot not installed: the DOT output is not rendered");
    return;
  }
  write_text(sb.file("g.dot"), r.out);
  const std::string cmd =
      "dot -Tsvg " + quote(sb.file("g.dot")) + " -o " + quote(sb.file("g.svg")) + " 2>/dev/null";
  const int status = std::system(cmd.c_str());
  CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  CHECK(read_text(sb.file("g.svg")).find("<svg") != std::string::npos);
}

TEST_CASE("export -f json writes node-link JSON that parses", "[cli]") {
  Sandbox sb;
  REQUIRE(sb.run("extract -o " + quote(sb.file("records.jsonl")) + " samples").code == 0);
  for (const std::string& input : {quote(sb.file("records.jsonl")), std::string("samples")}) {
    INFO("input " << input);
    const CliResult r = sb.run("export -f json " + input);
    INFO(r.err);
    REQUIRE(r.code == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str(), r.out.size());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsObject());
    REQUIRE(d.HasMember("nodes"));
    REQUIRE(d.HasMember("links"));
    REQUIRE(d["nodes"].IsArray());
    REQUIRE(d["links"].IsArray());
    CHECK(d["nodes"].Size() > 0);
    CHECK(d["links"].Size() > 0);
    std::set<std::string> ids;
    for (const auto& n : d["nodes"].GetArray()) {
      REQUIRE(n.HasMember("id"));
      ids.insert(n["id"].GetString());
    }
    CHECK(ids.count("RUS") == 1);
    for (const auto& l : d["links"].GetArray()) {
      REQUIRE(l.HasMember("source"));
      REQUIRE(l.HasMember("target"));
      CHECK(ids.count(l["source"].GetString()) == 1);
      CHECK(ids.count(l["target"].GetString()) == 1);
    }
  }
}

TEST_CASE("export -o writes the file whole and leaves no temporary file beside it", "[cli]") {
  Sandbox sb;
  for (const std::string format : {"graphml", "dot", "json"}) {
    const std::string name = "graph." + format;
    const CliResult r = sb.run("export -f " + format + " -o " + quote(sb.file(name)) + " samples");
    INFO(format << ": " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    REQUIRE(fs::exists(sb.file(name)));
    CHECK(read_text(sb.file(name)) == sb.run("export -f " + format + " samples").out);
  }
  CHECK(sb.entries() == std::vector<std::string>{"graph.dot", "graph.graphml", "graph.json"});
}

// ---------------------------------------------------------------------------------------
// query

TEST_CASE("query supporters RUS lists the states the samples show siding with Russia", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("query supporters RUS samples");
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  const auto rows = parse_scores(r.out);
  const auto ids = ids_of(rows);
  CHECK(ids.size() == rows.size());  // one line per actor
  // 02: "sided with Russia in the vote"; wire batch: Nicaragua "backed Moscow's position".
  for (const char* id : {"CUB", "NIC", "VEN"}) {
    INFO(id);
    CHECK(ids.count(id) == 1);
  }
  for (const char* id : {"USA", "JPN", "RUS"}) {
    INFO(id);
    CHECK(ids.count(id) == 0);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i].net > 0);
    CHECK(rows[i].count >= 1);
    if (i > 0) CHECK(rows[i - 1].net >= rows[i].net);  // strongest first
  }
}

TEST_CASE("query opponents accepts a name and lists those the samples show opposing Russia",
          "[cli]") {
  Sandbox sb;
  const CliResult by_name = sb.run("query opponents Russia samples");
  INFO(by_name.out << by_name.err);
  REQUIRE(by_name.code == 0);
  const auto rows = parse_scores(by_name.out);
  const auto ids = ids_of(rows);
  CHECK(ids.size() == rows.size());
  // 01/02: Washington condemned; 03: Japan and the EU sanction, the G7 condemns.
  for (const char* id : {"USA", "JPN", "EU", "G7"}) {
    INFO(id);
    CHECK(ids.count(id) == 1);
  }
  for (const char* id : {"CUB", "VEN"}) {
    INFO(id);
    CHECK(ids.count(id) == 0);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i].net < 0);
    if (i > 0) CHECK(rows[i - 1].net <= rows[i].net);  // strongest first
  }
  // "Russia", "RUS" and "Moscow" are one actor.
  CHECK(sb.run("query opponents RUS samples").out == by_name.out);
  CHECK(sb.run("query opponents Moscow samples").out == by_name.out);
}

TEST_CASE("query stance lists the statements from A to B and a total line", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("query stance CSTO RUS samples");
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("CSTO -> RUS:") != std::string::npos);

  write_text(sb.file("w.jsonl"), kWindowRecords);
  const CliResult usa = sb.run("query stance USA Russia " + quote(sb.file("w.jsonl")));
  INFO(usa.out << usa.err);
  REQUIRE(usa.code == 0);
  CHECK(usa.out.find("2008-09-05") != std::string::npos);
  CHECK(usa.out.find("condemn") != std::string::npos);
  CHECK(usa.out.find("USA -> RUS: 1 statements") != std::string::npos);
}

TEST_CASE("query --from/--until keeps only statements dated inside and counts the undated ones",
          "[cli]") {
  Sandbox sb;
  write_text(sb.file("w.jsonl"), kWindowRecords);
  const std::string recs = " " + quote(sb.file("w.jsonl"));

  const CliResult all = sb.run("query supporters RUS" + recs);
  REQUIRE(all.code == 0);
  CHECK(ids_of(parse_scores(all.out)) == std::set<std::string>{"BLR", "CUB", "ERI"});
  CHECK(all.out.find("undated") == std::string::npos);

  const CliResult y2014 =
      sb.run("query supporters RUS --from 2014-01-01 --until 2014-12-31" + recs);
  INFO(y2014.out << y2014.err);
  REQUIRE(y2014.code == 0);
  CHECK(ids_of(parse_scores(y2014.out)) == std::set<std::string>{"CUB"});
  CHECK(y2014.out.find("note: 2 undated statements") != std::string::npos);

  const CliResult since = sb.run("query supporters RUS --from 2020-01-01" + recs);
  REQUIRE(since.code == 0);
  CHECK(ids_of(parse_scores(since.out)) == std::set<std::string>{"ERI"});
  CHECK(since.out.find("undated") != std::string::npos);

  const CliResult until = sb.run("query opponents RUS --until 2010-01-01" + recs);
  REQUIRE(until.code == 0);
  CHECK(ids_of(parse_scores(until.out)) == std::set<std::string>{"USA"});
  CHECK(until.out.find("undated") != std::string::npos);
}

// Known bug (mayfail until fixed): the note counts every undated statement in the graph,
// not the ones the query left out.
TEST_CASE("query's undated note counts only the statements the window left out of that query",
          "[cli][!mayfail]") {
  Sandbox sb;
  write_text(
      sb.file("w.jsonl"),
      std::string(kWindowRecords) +
          R"({"doc":"f","date":null,"source":"USA","target":"FRA","relation":"praise","sign":1,"weight":0.5})"
          "\n");
  const CliResult r = sb.run("query supporters RUS --from 2014-01-01 " + quote(sb.file("w.jsonl")));
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  // BLR->RUS and JPN->RUS are undated and about Russia; USA->FRA is not.
  CHECK(r.out.find("note: 2 undated statements") != std::string::npos);
}

TEST_CASE("query with a date window on the samples leaves out other years", "[cli]") {
  Sandbox sb;
  const CliResult y2014 =
      sb.run("query supporters RUS --from 2014-01-01 --until 2014-12-31 samples");
  INFO(y2014.out << y2014.err);
  REQUIRE(y2014.code == 0);
  CHECK(ids_of(parse_scores(y2014.out)).count("CUB") == 1);  // 02, March 2014
  // 03, 05 and one wire document are undated.
  CHECK(y2014.out.find("undated statements left out") != std::string::npos);

  const CliResult y2022 = sb.run("query supporters RUS --from 2022-01-01 samples");
  REQUIRE(y2022.code == 0);
  CHECK(ids_of(parse_scores(y2022.out)).count("CUB") == 0);
  const CliResult y2008 = sb.run("query opponents RUS --until 2008-12-31 samples");
  REQUIRE(y2008.code == 0);
  const auto ids = ids_of(parse_scores(y2008.out));
  CHECK(ids.count("USA") == 1);  // 01: "Washington has condemned"
  CHECK(ids.count("JPN") == 0);  // 03 is undated
  CHECK(ids.count("G7") == 0);   // 2014 and undated
}

TEST_CASE("query of an actor nobody knows fails with a message", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("query supporters Narnia samples");
  CHECK(r.code != 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("unknown actor") != std::string::npos);
  CHECK(r.err.find("Narnia") != std::string::npos);

  const CliResult stance = sb.run("query stance RUS Narnia samples");
  CHECK(stance.code != 0);
  CHECK(stance.err.find("Narnia") != std::string::npos);
}

TEST_CASE("query with an invalid date or a missing input fails with a message", "[cli]") {
  Sandbox sb;
  const CliResult bad_date = sb.run("query supporters RUS --from 2014-02-30 samples");
  CHECK(bad_date.code != 0);
  CHECK(bad_date.err.find("--from") != std::string::npos);
  const CliResult no_input = sb.run("query supporters RUS");
  CHECK(no_input.code != 0);
  CHECK_FALSE(no_input.err.empty());
}

// Known bug (mayfail until fixed): export/query sniff stdin for "source" to decide that it
// holds records, so an article quoting the word "source" is parsed as JSON and rejected.
TEST_CASE("export - reads a plain-text article from stdin even when it quotes the word source",
          "[cli][!mayfail]") {
  Sandbox sb;
  write_text(sb.file("article.txt"),
             "Russia condemned Georgia, a \"source\" close to the talks said.\n");
  const CliResult r = sb.run("export -f json -", sb.file("article.txt"));
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.out.find("\"GEO\"") != std::string::npos);
}

TEST_CASE("export - and query - read records from stdin", "[cli]") {
  Sandbox sb;
  write_text(sb.file("w.jsonl"), kWindowRecords);
  const CliResult exp = sb.run("export -f json -", sb.file("w.jsonl"));
  INFO(exp.err);
  REQUIRE(exp.code == 0);
  CHECK(exp.out == sb.run("export -f json " + quote(sb.file("w.jsonl"))).out);
  const CliResult q = sb.run("query supporters Russia -", sb.file("w.jsonl"));
  REQUIRE(q.code == 0);
  CHECK(ids_of(parse_scores(q.out)) == std::set<std::string>{"BLR", "CUB", "ERI"});
}

// ---------------------------------------------------------------------------------------
// resolve

TEST_CASE("resolve maps seats of power and demonyms to their state", "[cli]") {
  Sandbox sb;
  const CliResult kremlin = sb.run("resolve 'the Kremlin'");
  INFO(kremlin.out << kremlin.err);
  REQUIRE(kremlin.code == 0);
  CHECK(kremlin.out.rfind("RUS\t", 0) == 0);

  const CliResult troops = sb.run("resolve 'Georgian troops'");
  INFO(troops.out << troops.err);
  REQUIRE(troops.code == 0);
  CHECK(troops.out.rfind("GEO\t", 0) == 0);
}

TEST_CASE("resolve --json prints one JSON object", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("resolve --json Moscow");
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str(), r.out.size());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.IsObject());
  REQUIRE(d.HasMember("id"));
  CHECK(std::string(d["id"].GetString()) == "RUS");
  REQUIRE(d.HasMember("match"));
  CHECK(d["match"].IsTrue());
}

TEST_CASE("resolve of a nonsense string fails and says no actor matches", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("resolve 'xyzzy plugh frobnicate'");
  CHECK(r.code != 0);
  CHECK((r.out + r.err).find("no actor matches") != std::string::npos);

  const CliResult json = sb.run("resolve --json 'xyzzy plugh frobnicate'");
  CHECK(json.code != 0);
  rapidjson::Document d;
  d.Parse(json.out.c_str(), json.out.size());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.HasMember("match"));
  CHECK(d["match"].IsFalse());
}

// ---------------------------------------------------------------------------------------
// run

TEST_CASE("run -o DIR samples writes records and every graph format and prints a summary",
          "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("run -o " + quote(sb.file("out")) + " samples");
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  std::vector<std::string> expected = {"graph.dot",  "graph.gexf", "graph.graphml",
                                       "graph.html", "graph.json", "records.jsonl"};
  if (have_program("dot")) expected.push_back("graph.svg");
  std::sort(expected.begin(), expected.end());
  CHECK(sb.entries("out") == expected);  // and no temporary files
  for (const std::string& name : expected) {
    INFO(name);
    CHECK(fs::file_size(sb.file("out/" + name)) > 0);
  }
  // The records are what extract prints; the graphs are what export writes.
  CHECK(read_text(sb.file("out/records.jsonl")) == sb.run("extract samples").out);
  CHECK(read_text(sb.file("out/graph.graphml")) == sb.run("export -f graphml samples").out);
  CHECK(read_text(sb.file("out/graph.dot")) == sb.run("export -f dot samples").out);
  if (have_program("dot"))
    CHECK(read_text(sb.file("out/graph.svg")).find("<svg") != std::string::npos);
  // A summary: counts and who supports whom.
  CHECK(r.out.find("documents") != std::string::npos);
  CHECK(r.out.find("records") != std::string::npos);
  CHECK(r.out.find("RUS") != std::string::npos);
  CHECK(r.out.find("supported by") != std::string::npos);
}

// ---------------------------------------------------------------------------------------
// bad input: a message naming the file (and line), a non-zero exit, no partial output

TEST_CASE("a missing input file fails, names the file and leaves no output file", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("extract samples/no_such_article.txt");
  CHECK(r.code != 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("samples/no_such_article.txt") != std::string::npos);

  // The first file is fine and produces records; the second is missing.
  const CliResult partial = sb.run("extract -o " + quote(sb.file("out.jsonl")) + " " + kDated +
                                   " samples/no_such_article.txt");
  CHECK(partial.code != 0);
  CHECK(partial.err.find("samples/no_such_article.txt") != std::string::npos);
  CHECK_FALSE(fs::exists(sb.file("out.jsonl")));
  CHECK(sb.entries().empty());

  const CliResult exp = sb.run("export -f graphml -o " + quote(sb.file("g.graphml")) +
                               " samples/no_such_article.txt");
  CHECK(exp.code != 0);
  CHECK(exp.err.find("samples/no_such_article.txt") != std::string::npos);
  CHECK(sb.entries().empty());
}

TEST_CASE("a malformed JSONL document line fails with FILE:LINE and leaves no output file",
          "[cli]") {
  Sandbox sb;
  write_text(sb.file("docs.jsonl"),
             R"({"id": "one", "date": "2008-09-04", "text": "France condemned Russia."})"
             "\n"
             R"({"id": "two", "text": "Germany condemned )"
             "\n"
             R"({"id": "three", "text": "Italy condemned Russia."})"
             "\n");
  const CliResult r =
      sb.run("extract -o " + quote(sb.file("out.jsonl")) + " " + quote(sb.file("docs.jsonl")));
  INFO(r.err);
  CHECK(r.code != 0);
  CHECK(r.out.empty());
  CHECK(r.err.find(sb.file("docs.jsonl") + ":2") != std::string::npos);
  CHECK_FALSE(fs::exists(sb.file("out.jsonl")));
  CHECK(sb.entries() == std::vector<std::string>{"docs.jsonl"});

  // The same through stdin.
  const CliResult piped = sb.run("extract -", sb.file("docs.jsonl"));
  CHECK(piped.code != 0);
  CHECK(piped.err.find(":2") != std::string::npos);
}

TEST_CASE("a malformed records line makes export fail with FILE:LINE and write no graph", "[cli]") {
  Sandbox sb;
  const std::string good =
      R"({"doc":"a","date":"2014-03-27","source":"CUB","target":"RUS","relation":"support","sign":1,"weight":0.7})";
  write_text(sb.file("records.jsonl"),
             good + "\n{\"doc\":\"b\",\"source\":\"USA\",\"target\":\n" + good + "\n");
  const CliResult r = sb.run("export -f graphml -o " + quote(sb.file("out.graphml")) + " " +
                             quote(sb.file("records.jsonl")));
  INFO(r.err);
  CHECK(r.code != 0);
  CHECK(r.err.find(sb.file("records.jsonl") + ":2") != std::string::npos);
  CHECK_FALSE(fs::exists(sb.file("out.graphml")));
  CHECK(sb.entries() == std::vector<std::string>{"records.jsonl"});

  // An earlier good graph is left as it was.
  write_text(sb.file("out.graphml"), "previous graph\n");
  const CliResult again = sb.run("export -f graphml -o " + quote(sb.file("out.graphml")) + " " +
                                 quote(sb.file("records.jsonl")));
  CHECK(again.code != 0);
  CHECK(read_text(sb.file("out.graphml")) == "previous graph\n");
  CHECK(sb.entries() == std::vector<std::string>{"out.graphml", "records.jsonl"});

  // A record that is JSON but lacks what a record needs.
  write_text(sb.file("norel.jsonl"),
             good + "\n" + good + "\n{\"source\":\"USA\",\"target\":\"RUS\",\"sign\":1}\n");
  const CliResult missing = sb.run("query supporters RUS " + quote(sb.file("norel.jsonl")));
  CHECK(missing.code != 0);
  CHECK(missing.err.find(sb.file("norel.jsonl") + ":3") != std::string::npos);
}

TEST_CASE("a text file with invalid UTF-8 fails naming the file and line", "[cli]") {
  Sandbox sb;
  write_text(sb.file("bad.txt"), "Moscow, Sept 4, 2008\n\nRussia \xff\xfe condemned Georgia.\n");
  const CliResult r =
      sb.run("extract -o " + quote(sb.file("out.jsonl")) + " " + quote(sb.file("bad.txt")));
  INFO(r.err);
  CHECK(r.code != 0);
  CHECK(r.err.find(sb.file("bad.txt") + ":3") != std::string::npos);
  CHECK(r.err.find("UTF-8") != std::string::npos);
  CHECK_FALSE(fs::exists(sb.file("out.jsonl")));

  const CliResult piped = sb.run("extract -", sb.file("bad.txt"));
  CHECK(piped.code != 0);
  CHECK(piped.err.find("UTF-8") != std::string::npos);
}

TEST_CASE("an invalid --date value fails with a message and writes nothing", "[cli]") {
  Sandbox sb;
  for (const char* bad : {"2008-13-45", "yesterday", "2008-02-30", "08-09-04"}) {
    INFO(bad);
    const CliResult r = sb.run("extract --date " + quote(bad) + " -o " +
                               quote(sb.file("out.jsonl")) + " " + kUndated);
    CHECK(r.code != 0);
    CHECK(r.err.find("--date") != std::string::npos);
    CHECK(r.err.find(bad) != std::string::npos);
  }
  CHECK(sb.entries().empty());
}

TEST_CASE("an unknown export format fails, lists the formats and writes nothing", "[cli]") {
  Sandbox sb;
  const CliResult r = sb.run("export -f pdf -o " + quote(sb.file("g.pdf")) + " samples");
  CHECK(r.code != 0);
  CHECK(r.err.find("pdf") != std::string::npos);
  CHECK(r.err.find("graphml") != std::string::npos);
  CHECK(sb.entries().empty());
}

// ---------------------------------------------------------------------------------------
// Parallel extraction and bloc membership queries.

TEST_CASE("extract gives the same bytes on one thread and on four", "[cli][extract]") {
  Sandbox box;
  const CliResult one = box.run("extract -j 1 samples");
  const CliResult four = box.run("extract -j 4 samples");
  REQUIRE(one.code == 0);
  REQUIRE(four.code == 0);
  CHECK_FALSE(one.out.empty());
  CHECK(one.out == four.out);
}

TEST_CASE("query members lists a bloc's members on a date from the curated table", "[cli][query]") {
  Sandbox box;
  const CliResult r = box.run("query members SCO --date 2008-09-04");
  REQUIRE(r.code == 0);
  CHECK(r.out.find("KAZ") != std::string::npos);
  CHECK(r.out.find("observer") != std::string::npos);  // India was an observer in 2008
  const CliResult later = box.run("query members SCO --date 2018-01-01");
  REQUIRE(later.code == 0);
  const auto india = later.out.find("IND");
  REQUIRE(india != std::string::npos);
  CHECK(later.out.substr(india, later.out.find('\n', india) - india).find("member") != std::string::npos);
  const CliResult notbloc = box.run("query members Russia");
  CHECK(notbloc.code != 0);
  CHECK(notbloc.err.find("not a bloc") != std::string::npos);
}
