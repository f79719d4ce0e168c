// AtomicFile: outputs appear whole or not at all.

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/atomic_file.hpp"
#include "graph/error.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

std::size_t entries(const std::string& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("AtomicFile shows the file only after commit", "[export][atomic]") {
  TempDir dir;
  const std::string path = dir.file("out.graphml");
  {
    AtomicFile file(path);
    CHECK(file.temp_path().rfind(dir.path() + "/.out.graphml.tmp-", 0) == 0);
    file.stream() << "<graphml/>\n";
    CHECK_FALSE(std::filesystem::exists(path));
    file.commit();
  }
  CHECK(read_text(path) == "<graphml/>\n");
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("AtomicFile without commit leaves the old file and no temporary", "[export][atomic]") {
  TempDir dir;
  const std::string path = dir.file("out.dot");
  write_text(path, "old\n");
  try {
    AtomicFile file(path);
    file.stream() << "half a gra";
    throw std::runtime_error("interrupted");
  } catch (const std::runtime_error&) {
  }
  CHECK(read_text(path) == "old\n");
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("AtomicFile names the path when the directory is missing", "[export][atomic]") {
  TempDir dir;
  const std::string path = dir.file("no/such/dir/out.json");
  try {
    AtomicFile file(path);
    FAIL("no error for a missing directory");
  } catch (const Error& e) {
    CHECK(e.path() == path);
    CHECK(std::string(e.what()).find(path) == 0);
  }
  CHECK_THROWS_AS(AtomicFile(dir.path() + "/"), Error);
}

TEST_CASE("AtomicFile reports a failed write at commit and leaves nothing", "[export][atomic]") {
  // A full disk shows as a failed stream; force that state rather than fill a disk.
  TempDir dir;
  const std::string path = dir.file("out.csv");
  AtomicFile file(path);
  file.stream() << "x";
  file.stream().setstate(std::ios::badbit);
  CHECK_THROWS_AS(file.commit(), Error);
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(entries(dir.path()) == 0);
}
