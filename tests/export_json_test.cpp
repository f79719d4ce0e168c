// Node-link JSON export: its shape, as NetworkX and d3 read it, and NetworkX itself.

#include <string>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/graph_export.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

// True when any object in `v`, at any depth, has a member named `name`.
bool has_member_named(const rapidjson::Value& v, const char* name) {
  if (v.IsObject()) {
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
      if (std::string(m->name.GetString()) == name || has_member_named(m->value, name)) return true;
  } else if (v.IsArray()) {
    for (const auto& x : v.GetArray())
      if (has_member_named(x, name)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("JSON node-link holds nodes, links, signs, weights, dates and evidence",
          "[export][json]") {
  rapidjson::Document d;
  const std::string text = export_text(fixture_graph(), Format::kJson);
  d.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["directed"].GetBool());
  CHECK(d["multigraph"].GetBool());  // USA->RUS has a -1 and a +1 link
  REQUIRE(d["nodes"].Size() == 13);
  REQUIRE(d["links"].Size() == 14);
  CHECK_FALSE(has_member_named(d, "type"));
  const rapidjson::Value* usa_rus = nullptr;
  const rapidjson::Value* awkward = nullptr;
  for (const auto& link : d["links"].GetArray()) {
    CHECK(link["weight"].GetDouble() > 0);
    CHECK(link["evidence"].Size() == link["count"].GetUint());
    CHECK(link["evidence_dates"].Size() == link["count"].GetUint());
    if (std::string(link["source"].GetString()) == "USA" &&
        std::string(link["target"].GetString()) == "RUS" && link["sign"].GetInt() == -1)
      usa_rus = &link;
    if (std::string(link["source"].GetString()) == kAwkwardId) awkward = &link;
  }
  REQUIRE(usa_rus != nullptr);
  CHECK((*usa_rus)["weight"].GetDouble() == Approx(1.4));
  CHECK((*usa_rus)["net"].GetDouble() == Approx(-1.1));
  CHECK(std::string((*usa_rus)["first"].GetString()) == "2008-08-26");
  CHECK(std::string((*usa_rus)["evidence"][1].GetString()) == "Washington criticised Moscow.");
  CHECK((*usa_rus)["evidence_dates"][1].IsNull());
  REQUIRE(awkward != nullptr);
  CHECK(std::string((*awkward)["evidence"][0].GetString()).find("</script>") != std::string::npos);
  bool ivory = false;
  for (const auto& n : d["nodes"].GetArray())
    ivory = ivory || std::string(n["label"].GetString()) == "Côte d'Ivoire";
  CHECK(ivory);
}

TEST_CASE("JSON multi mode gives every statement its own link", "[export][json]") {
  ExportOptions opt;
  opt.multi = true;
  rapidjson::Document d;
  d.Parse(export_text(fixture_graph(), Format::kJson, opt).c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["multigraph"].GetBool());
  CHECK(d["links"].Size() == 17);
  for (const auto& link : d["links"].GetArray()) CHECK(link["count"].GetUint() == 1);
}

TEST_CASE("NetworkX node_link_graph reads the JSON export as the records say",
          "[export][json][clients]") {
  if (!have_python_clients()) {
    WARN("/usr/bin/python3 with networkx not found: client check skipped");
    return;
  }
  TempDir dir;
  write_text(dir.file("agg.json"), export_text(fixture_graph(), Format::kJson));
  CHECK(check_with_python("json", dir.file("agg.json")) == 0);
  ExportOptions opt;
  opt.multi = true;
  write_text(dir.file("multi.json"), export_text(fixture_graph(), Format::kJson, opt));
  CHECK(check_with_python("json", dir.file("multi.json"), "--multi") == 0);
}
