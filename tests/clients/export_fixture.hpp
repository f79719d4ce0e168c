#pragma once
// Shared by tests/export_*_test.cpp: the fixture graph (fixture.jsonl beside this file,
// which the Python clients read too, to check exports against the records themselves),
// temporary directories, and running outside programs.
//
//   const StanceGraph g = fixture_graph();
//   TempDir dir;
//   write_text(dir.file("g.graphml"), export_text(g, Format::kGraphml));
//   if (!have_program("xmllint")) { WARN("xmllint absent: skipped"); return; }
//   CHECK(run("xmllint --noout " + quote(dir.file("g.graphml"))) == 0);

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "export/graph_export.hpp"
#include "graph/record_io.hpp"
#include "graph/stance_graph.hpp"

namespace stancegraph::io::testing {

inline std::string clients_dir() { return std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/clients"; }

// 18 records, 13 actors: support, opposition, withheld support, contact, memberships,
// an observer, an undated record, a weight-0 record, a self-loop, Côte d'Ivoire, and an
// actor whose id and name hold quotes, a backslash and <&>.
inline StanceGraph fixture_graph() {
  StanceGraph g;
  const std::string path = clients_dir() + "/fixture.jsonl";
  std::ifstream in(path);
  for_each_record(in, path, [&](StanceRecord&& r) { g.add(std::move(r)); });
  return g;
}
inline constexpr const char* kAwkwardId = "Q\"X\\<&>";
inline constexpr const char* kAwkwardName = "Quote \"Land\" \\ <&> 'Isle'";

inline std::string export_text(const StanceGraph& g, Format f, const ExportOptions& opt = {}) {
  std::ostringstream out;
  write_graph(out, g, f, opt);
  return out.str();
}

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh directory, removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sg-export-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// For the shell: a single-quoted word.
inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Exit status of a shell command, or -1 when it did not exit normally.
inline int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline bool have_program(const std::string& name) {
  return run("command -v " + name + " >/dev/null 2>&1") == 0;
}

// Debian's Python with networkx and igraph (the pyenv python3 on PATH has neither).
inline bool have_python_clients() {
  return run("/usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1") == 0;
}

// ../shared/schemas beside the checkout, or "" when absent.
inline std::string schemas_dir() {
  const std::string dir = std::string(STANCEGRAPH_SOURCE_DIR) + "/../shared/schemas";
  // Canonical, so xmllint resolves the schemas' own imports to the same paths.
  return std::filesystem::is_directory(dir) ? std::filesystem::canonical(dir).string()
                                            : std::string();
}

// Runs tests/clients/check_networkx.py on a file; 0 when the client read what the
// fixture records say. Output goes to the test log.
inline int check_with_python(const std::string& format, const std::string& file,
                             const std::string& extra = "") {
  return run("/usr/bin/python3 " + quote(clients_dir() + "/check_networkx.py") + " " + format +
             " " + quote(file) + " " + quote(clients_dir() + "/fixture.jsonl") + " " + extra);
}

}  // namespace stancegraph::io::testing
