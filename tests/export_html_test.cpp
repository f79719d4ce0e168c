// The self-contained HTML view: no network, data embedded safely, script valid, and
// (where Chromium is installed) a headless browser draws nodes and shows evidence.

#include <regex>
#include <string>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "clients/export_fixture.hpp"
#include "export/graph_export.hpp"

using namespace stancegraph;
using namespace stancegraph::io;
using namespace stancegraph::io::testing;

namespace {

constexpr const char* kDataOpen = "<script type=\"application/json\" id=\"stancegraph-data\">";

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  const std::size_t a = text.find(open);
  if (a == std::string::npos) return "";
  const std::size_t b = text.find(close, a + open.size());
  return b == std::string::npos ? "" : text.substr(a + open.size(), b - a - open.size());
}

// The id of the link from `source`, as the embedded JSON says.
std::string link_from(const std::string& html, const std::string& source) {
  rapidjson::Document d;
  d.Parse(between(html, kDataOpen, "</script>").c_str());
  for (const auto& l : d["links"].GetArray())
    if (source == l["source"].GetString()) return l["id"].GetString();
  return "";
}

std::string chromium() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (run(std::string("test -x ") + p) == 0) return p;
  return "";
}

}  // namespace

TEST_CASE("HTML embeds the graph as JSON that no sentence can break out of", "[export][html]") {
  const std::string html = export_text(fixture_graph(), Format::kHtml);
  const std::string data = between(html, kDataOpen, "</script>");
  REQUIRE_FALSE(data.empty());
  CHECK(data.find("</") == std::string::npos);
  CHECK(data.find('<') == std::string::npos);
  rapidjson::Document d;
  d.Parse(data.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["nodes"].Size() == 13);
  CHECK(d["links"].Size() == 14);
  // The fixture's "</script><script>alert(1)</script>" is data, not markup.
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  // Nothing to fetch: no external scripts, styles, images or URLs but the SVG namespace.
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  const std::string without_ns =
      std::regex_replace(html, std::regex("http://www.w3.org/2000/svg"), "");
  CHECK(without_ns.find("http:") == std::string::npos);
  CHECK(without_ns.find("https:") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
}

TEST_CASE("HTML script is valid JavaScript", "[export][html][clients]") {
  if (!have_program("node")) {
    WARN("node not installed: script syntax check skipped");
    return;
  }
  const std::string html = export_text(fixture_graph(), Format::kHtml);
  const std::size_t data_end = html.find("</script>", html.find(kDataOpen));
  const std::string script = between(html.substr(data_end), "<script>", "</script>");
  REQUIRE_FALSE(script.empty());
  TempDir dir;
  write_text(dir.file("view.js"), script);
  CHECK(run("node --check " + quote(dir.file("view.js"))) == 0);
}

TEST_CASE("HTML script draws every node and a click lists the edge's evidence",
          "[export][html][clients]") {
  if (!have_program("node")) {
    WARN("node not installed: script run skipped");
    return;
  }
  TempDir dir;
  const std::string html = export_text(fixture_graph(), Format::kHtml);
  write_text(dir.file("view.html"), html);
  const std::string edge = link_from(html, "CSTO");  // CSTO -> RUS, withheld support
  REQUIRE_FALSE(edge.empty());
  REQUIRE(run("node " + quote(clients_dir() + "/run_html.js") + " " + quote(dir.file("view.html")) +
              " " + edge + " > " + quote(dir.file("out.json"))) == 0);
  rapidjson::Document d;
  d.Parse(read_text(dir.file("out.json")).c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["nodes"].GetInt() == 13);
  CHECK(d["edges"].GetInt() == 14);
  REQUIRE(d["evidence"].Size() == 1);
  CHECK(std::string(d["evidence"][0].GetString()).find("did not follow Russia's lead") !=
        std::string::npos);
  CHECK(std::string(d["title"].GetString()).find("withhold_support") != std::string::npos);
}

TEST_CASE("Headless Chromium draws the nodes and shows an edge's evidence",
          "[export][html][clients][chromium]") {
  const std::string browser = chromium();
  if (browser.empty()) {
    WARN("chromium not installed: browser check skipped");
    return;
  }
  TempDir dir;
  const std::string page = dir.file("view.html");
  write_text(page, export_text(fixture_graph(), Format::kHtml));
  const std::string flags =
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
      " --disable-background-networking --disable-component-update --disable-sync"
      " --user-data-dir=" +
      quote(dir.file("profile")) + " --window-size=1280,900";
  const std::string edge = link_from(read_text(page), "CSTO");  // CSTO -> RUS, withheld
  const std::string dom = dir.file("dom.html");
  REQUIRE(run(browser + flags + " --dump-dom " + quote("file://" + page + "#edge=" + edge) + " > " +
              quote(dom) + " 2>/dev/null") == 0);
  const std::string shown = read_text(dom);
  std::size_t nodes = 0;
  for (std::size_t p = shown.find("class=\"node\""); p != std::string::npos;
       p = shown.find("class=\"node\"", p + 1))
    ++nodes;
  CHECK(nodes == 13);
  CHECK(shown.find("did not follow Russia's lead") != std::string::npos);
  REQUIRE(run(browser + flags + " --screenshot=" + quote(dir.file("shot.png")) + " " +
              quote("file://" + page) + " >/dev/null 2>&1") == 0);
  CHECK(read_text(dir.file("shot.png")).size() > 1000);
}
