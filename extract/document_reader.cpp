#include "extract/document_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/lexicons.hpp"
#include "extract/text.hpp"
#include "graph/error.hpp"

namespace stancegraph::extract {

namespace fs = std::filesystem;

namespace {

bool has_extension(const std::string& path, const char* ext) {
  const std::string e = fs::path(path).extension().string();
  return e == ext;
}

void check_utf8(const std::string& text, const std::string& path, std::size_t line_no) {
  std::size_t bad = 0;
  if (valid_utf8(text, &bad)) return;
  if (line_no > 0) throw Error(path, line_no, 0, "text is not valid UTF-8");
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < bad; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  throw Error(path, line, col, "not valid UTF-8 (convert the file to UTF-8 first)");
}

void text_document(std::string text, const std::string& path, const std::string& id,
                   const std::optional<Date>& default_date,
                   const std::function<void(InputDocument&&)>& fn) {
  check_utf8(text, path, 0);
  InputDocument d;
  d.id = id;
  d.date = find_dateline(text);
  if (!d.date) d.date = default_date;
  d.text = std::move(text);
  d.path = path;
  fn(std::move(d));
}

void jsonl_documents(std::istream& in, const std::string& path,
                     const std::optional<Date>& default_date,
                     const std::function<void(InputDocument&&)>& fn) {
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document j;
    j.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
    if (j.HasParseError())
      throw Error(path, line_no, j.GetErrorOffset() + 1,
                  std::string("not valid JSON: ") + rapidjson::GetParseError_En(j.GetParseError()));
    if (!j.IsObject()) throw Error(path, line_no, 1, "a document must be a JSON object");
    auto text = j.FindMember("text");
    if (text == j.MemberEnd() || !text->value.IsString())
      throw Error(path, line_no, 0, "document has no \"text\" string");
    InputDocument d;
    auto id = j.FindMember("id");
    if (id != j.MemberEnd() && id->value.IsString())
      d.id.assign(id->value.GetString(), id->value.GetStringLength());
    else if (id != j.MemberEnd() && id->value.IsInt64())
      d.id = std::to_string(id->value.GetInt64());
    else if (id != j.MemberEnd() && !id->value.IsNull())
      throw Error(path, line_no, 0, "\"id\" must be a string or an integer");
    if (d.id.empty()) d.id = fs::path(path).filename().string() + ":" + std::to_string(line_no);
    d.text.assign(text->value.GetString(), text->value.GetStringLength());
    auto date = j.FindMember("date");
    if (date != j.MemberEnd() && !date->value.IsNull()) {
      if (!date->value.IsString())
        throw Error(path, line_no, 0, "\"date\" must be a string YYYY-MM-DD");
      const std::string ds(date->value.GetString(), date->value.GetStringLength());
      // Accept a timestamp's date part: "2008-09-04T11:18:00Z".
      d.date = parse_iso_date(ds.substr(0, 10));
      if (!d.date || (ds.size() > 10 && ds[10] != 'T' && ds[10] != ' '))
        throw Error(path, line_no, 0, "\"date\" must be YYYY-MM-DD, got \"" + ds + "\"");
    }
    if (!d.date) d.date = find_dateline(d.text);
    if (!d.date) d.date = default_date;
    d.path = path;
    d.line = line_no;
    fn(std::move(d));
  }
  if (in.bad()) throw Error(path, line_no, 0, "read error");
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) throw Error(p, 0, 0, "no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        const std::string f = it->path().string();
        if (has_extension(f, ".txt") || has_extension(f, ".jsonl")) files.push_back(f);
      }
      if (ec) throw Error(p, 0, 0, "cannot read directory: " + ec.message());
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

JsonlKind classify_jsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path, 0, 0, "cannot open file");
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document j;
    j.Parse(line.data(), line.size());
    if (j.HasParseError() || !j.IsObject())
      throw Error(path, line_no, j.HasParseError() ? j.GetErrorOffset() + 1 : 1,
                  "not a JSON object");
    if (j.HasMember("text")) return JsonlKind::kDocuments;
    if (j.HasMember("source") && j.HasMember("target")) return JsonlKind::kRecords;
    throw Error(path, line_no, 0,
                "neither a document (\"text\") nor a stance record (\"source\", \"target\")");
  }
  return JsonlKind::kEmpty;
}

void documents_from_text(std::string content, const std::string& name,
                         const std::optional<Date>& default_date,
                         const std::function<void(InputDocument&&)>& fn) {
  const std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] == '{') {
    std::istringstream in(content);
    jsonl_documents(in, name, default_date, fn);
  } else {
    text_document(std::move(content), name, "stdin", default_date, fn);
  }
}

void for_each_document(const std::vector<std::string>& paths,
                       const std::optional<Date>& default_date,
                       const std::function<void(InputDocument&&)>& fn) {
  for (const std::string& path : expand_paths(paths)) {
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      documents_from_text(ss.str(), "<stdin>", default_date, fn);
      continue;
    }
    if (has_extension(path, ".jsonl")) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw Error(path, 0, 0, "cannot open file");
      jsonl_documents(in, path, default_date, fn);
      continue;
    }
    text_document(read_file(path), path, fs::path(path).filename().string(), default_date, fn);
  }
}

}  // namespace stancegraph::extract
