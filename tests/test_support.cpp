#include "tests/test_support.hpp"

#include <stdlib.h>
#include <algorithm>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "extract/extractor.hpp"
#include "extract/lexicons.hpp"

namespace stancegraph::testing {

std::string stances(std::string_view text, std::string_view date) {
  extract::Extractor ex(extract::Lexicons::builtin());
  extract::Document doc{"test", parse_iso_date(date), text};
  std::set<std::string> items;
  for (const StanceRecord& r : ex.extract(doc)) {
    if (is_membership(r.relation)) {
      items.insert(fmt::format("{}->{} {}", r.source, r.target, to_string(r.relation)));
    } else if (r.sign != 0) {
      items.insert(fmt::format("{}->{} {}1 {}", r.source, r.target, r.sign > 0 ? '+' : '-',
                               to_string(r.relation)));
    }
  }
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "; ") + i;
  return out;
}

namespace {
std::vector<std::string> split_items(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find("; ", pos);
    if (end == std::string::npos) end = s.size();
    std::string item = s.substr(pos, end - pos);
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(item);
    pos = end + 2;
  }
  return out;
}

// "A->B +1 rel" -> ("A->B +1", "rel"); memberships keep their relation as the key.
std::pair<std::string, std::string> key_of(const std::string& item) {
  const std::size_t sp = item.find(' ');
  if (sp == std::string::npos) return {item, ""};
  const std::string rest = item.substr(sp + 1);
  if (rest == "+1" || rest == "-1" || rest.rfind("+1 ", 0) == 0 || rest.rfind("-1 ", 0) == 0) {
    const std::string pair_sign = item.substr(0, sp + 3);
    return {pair_sign, rest.size() > 3 ? rest.substr(3) : ""};
  }
  return {item, ""};
}
}  // namespace

bool same_stances(const std::string& actual, const std::string& expected) {
  const auto act = split_items(actual);
  const auto exp = split_items(expected);
  // Every expected item is found; every actual item is expected (by pair and sign when the
  // expectation leaves the relation open).
  for (const std::string& e : exp) {
    const auto [ek, er] = key_of(e);
    bool found = false;
    for (const std::string& a : act) {
      const auto [ak, ar] = key_of(a);
      if (ak == ek && (er.empty() || er == ar)) found = true;
    }
    if (!found) return false;
  }
  for (const std::string& a : act) {
    const auto [ak, ar] = key_of(a);
    bool wanted = false;
    for (const std::string& e : exp) {
      const auto [ek, er] = key_of(e);
      if (ak == ek && (er.empty() || er == ar)) wanted = true;
    }
    if (!wanted) return false;
  }
  return true;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

TempDir::TempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (::mkdtemp(pattern.data())) path_ = pattern;
  REQUIRE_FALSE(path_.empty());
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string source_path(std::string_view relative) {
  return std::string(STANCEGRAPH_SOURCE_DIR) + "/" + std::string(relative);
}

std::string shared_path(std::string_view relative) {
  const std::filesystem::path p = std::filesystem::path(STANCEGRAPH_SOURCE_DIR) / ".." / "shared";
  if (!std::filesystem::is_directory(p)) return "";
  return (p / std::string(relative)).string();
}

}  // namespace stancegraph::testing
