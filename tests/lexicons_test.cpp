// The lexicons: user actor files override and extend the embedded ones, TABARI/PETRARCH
// dictionaries are read with their dated codes, and bad files are refused with a message
// that names the file.

#include <string>

#include <catch2/catch.hpp>

#include "extract/extractor.hpp"
#include "extract/lexicons.hpp"
#include "graph/error.hpp"
#include "tests/test_support.hpp"

using stancegraph::Error;
using stancegraph::parse_iso_date;
using stancegraph::extract::Document;
using stancegraph::extract::Extractor;
using stancegraph::extract::Lexicons;

namespace {
std::string first_pair(const Lexicons& lex, const std::string& text,
                       const char* date = "2010-01-01") {
  Extractor ex(lex);
  const auto records = ex.extract(Document{"t", parse_iso_date(date), text});
  if (records.empty()) return "";
  return records.front().source + "->" + records.front().target;
}
}  // namespace

TEST_CASE("A user actor file adds an actor the extractor then finds", "[lexicon]") {
  Lexicons lex = Lexicons::load_builtin();
  lex.add_actors_json(
      R"({"actors": [{"id": "ZZ_FRONT", "kind": "territory", "name": "Northland Front",
                          "names": ["Northland Front"], "capitals": ["Nordhavn"]}]})",
      "mine.json");
  CHECK(first_pair(lex, "Russia condemned the Northland Front.") == "RUS->ZZ_FRONT");
  CHECK(first_pair(lex, "Nordhavn condemned Russia.") == "ZZ_FRONT->RUS");
  CHECK(first_pair(Lexicons::builtin(), "Russia condemned the Northland Front.").empty());
}

TEST_CASE("A user actor file with an unknown kind is refused naming the file", "[lexicon]") {
  Lexicons lex = Lexicons::load_builtin();
  try {
    lex.add_actors_json(R"({"actors": [{"id": "X", "kind": "planet", "name": "X"}]})", "mine.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("mine.json") != std::string::npos);
    CHECK(std::string(e.what()).find("kind") != std::string::npos);
  }
  CHECK_THROWS_AS(lex.add_actors_json("{\"actors\": [", "broken.json"), Error);
}

TEST_CASE("A TABARI dictionary adds dated office holders", "[lexicon][tabari]") {
  Lexicons lex = Lexicons::load_builtin();
  lex.add_tabari(
      "# comment\nJOHN_QUILLFEATHER_\n+JACK_QUILLFEATHER_\n\t[GBRGOV 20090101-20101231]\n",
      "d.txt");
  CHECK(first_pair(lex, "John Quillfeather condemned Russia.", "2010-06-01") == "GBR->RUS");
  CHECK(first_pair(lex, "Jack Quillfeather condemned Russia.", "2010-06-01") == "GBR->RUS");
  CHECK_THROWS_AS(lex.add_tabari("+SYNONYM_FIRST\n", "bad.txt"), Error);
  CHECK_THROWS_AS(lex.add_tabari("NAME_ [GBR\n", "bad.txt"), Error);
}

TEST_CASE("The public TABARI dictionaries load", "[lexicon][tabari][shared]") {
  const std::string countries =
      stancegraph::testing::shared_path("data/tabari-dictionaries/Phoenix.Countries.actors.txt");
  if (countries.empty()) {
    WARN("../shared not found; skipping");
    return;
  }
  Lexicons lex = Lexicons::load_builtin();
  lex.add_tabari_file(countries);
  CHECK(lex.actors.official_count() > Lexicons::builtin().actors.official_count());
}

TEST_CASE("Office holders are matched by their dated terms", "[lexicon]") {
  const Lexicons& lex = Lexicons::builtin();
  auto bush08 = lex.actors.resolve("Bush", parse_iso_date("2008-09-04"));
  REQUIRE(bush08);
  CHECK(lex.actors.actor(bush08->actor).id == "USA");
  auto lavrov = lex.actors.resolve("Lavrov", parse_iso_date("2008-09-04"));
  REQUIRE(lavrov);
  CHECK(lex.actors.actor(lavrov->actor).id == "RUS");
  CHECK_FALSE(lex.actors.resolve("Quillfeather", std::nullopt));
}
