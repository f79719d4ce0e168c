// stancegraph: news text in, a signed and dated graph of who supports whom out.
// This file only wires the stages together: parsing arguments, reading inputs,
// writing outputs atomically, and turning errors into messages and exit codes.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "export/atomic_file.hpp"
#include "export/graph_export.hpp"
#include "export/render.hpp"
#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicons.hpp"
#include "graph/error.hpp"
#include "graph/record_io.hpp"
#include "graph/stance_graph.hpp"

namespace fs = std::filesystem;
using namespace stancegraph;

namespace {

std::optional<Date> date_option(const std::string& value, const char* flag) {
  if (value.empty()) return std::nullopt;
  auto d = parse_iso_date(value);
  if (!d) throw Error(fmt::format("{} must be a date YYYY-MM-DD, got \"{}\"", flag, value));
  return d;
}

// Lexicons: the embedded ones, plus the user's actor files.
struct LexiconOptions {
  std::vector<std::string> actor_files;
  std::vector<std::string> tabari_files;

  const extract::Lexicons& load() {
    if (actor_files.empty() && tabari_files.empty()) return extract::Lexicons::builtin();
    if (!own_) {
      own_ = std::make_unique<extract::Lexicons>(extract::Lexicons::load_builtin());
      for (const auto& f : tabari_files) own_->add_tabari_file(f);
      for (const auto& f : actor_files) own_->add_actors_file(f);
    }
    return *own_;
  }
  void add_to(CLI::App* app) {
    app->add_option("--actors", actor_files,
                    "JSON actor file adding or overriding actors (schema: docs/data.md)")
        ->check(CLI::ExistingFile);
    app->add_option("--tabari", tabari_files, "TABARI/PETRARCH actor dictionary to add")
        ->check(CLI::ExistingFile);
  }

 private:
  std::unique_ptr<extract::Lexicons> own_;
};

// Writes to -o FILE atomically, or to stdout.
class Output {
 public:
  explicit Output(const std::string& path) {
    if (!path.empty() && path != "-") file_ = std::make_unique<io::AtomicFile>(path);
  }
  std::ostream& stream() { return file_ ? file_->stream() : std::cout; }
  void commit() {
    if (file_)
      file_->commit();
    else
      std::cout.flush();
  }

 private:
  std::unique_ptr<io::AtomicFile> file_;
};

// Reads inputs into a graph: JSONL record files as they are, documents extracted.
void load_inputs(const std::vector<std::string>& inputs, const std::optional<Date>& default_date,
                 const extract::Lexicons& lex, StanceGraph& g) {
  extract::Extractor ex(lex);
  std::vector<std::string> documents;
  auto flush_documents = [&] {
    if (documents.empty()) return;
    extract::for_each_document(documents, default_date, [&](extract::InputDocument&& d) {
      for (StanceRecord& r : ex.extract(d.view())) g.add(std::move(r));
    });
    documents.clear();
  };
  for (const std::string& path : extract::expand_paths(inputs)) {
    if (path == "-") {
      // stdin: records when its first line is a record, else documents.
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      const std::string all = ss.str();
      // Records when the first non-blank line is a JSON object with a source; anything else
      // (a JSONL batch with "text", or plain text) is documents.
      bool records = false;
      {
        std::istringstream lines(all);
        std::string first;
        while (std::getline(lines, first) &&
               first.find_first_not_of(" \t\r") == std::string::npos) {
        }
        const std::size_t b = first.find_first_not_of(" \t\r");
        records = b != std::string::npos && first[b] == '{' &&
                  first.find("\"source\"") != std::string::npos &&
                  first.find("\"text\"") == std::string::npos;
      }
      std::istringstream in(all);
      if (records)
        for_each_record(in, "<stdin>", [&](StanceRecord&& r) { g.add(std::move(r)); });
      else
        extract::documents_from_text(all, "<stdin>", default_date, [&](extract::InputDocument&& d) {
          for (StanceRecord& r : ex.extract(d.view())) g.add(std::move(r));
        });
      continue;
    }
    if (fs::path(path).extension() == ".jsonl" &&
        extract::classify_jsonl(path) == extract::JsonlKind::kRecords) {
      flush_documents();
      std::ifstream in(path);
      if (!in) throw Error(path, 0, 0, "cannot open file");
      for_each_record(in, path, [&](StanceRecord&& r) { g.add(std::move(r)); });
      continue;
    }
    documents.push_back(path);
  }
  flush_documents();
}

// Finds the graph vertex for a name the user typed: an id, or any form the lexicon knows.
std::optional<Vertex> find_actor(const StanceGraph& g, const extract::Lexicons& lex,
                                 const std::string& name, const std::optional<Date>& date,
                                 std::string* id_out) {
  std::string id = name;
  if (auto v = g.find(name)) {
    *id_out = name;
    return v;
  }
  auto m = lex.actors.resolve(name, date);
  if (!m) {
    // Case-insensitive fallback: "russia" -> "Russia".
    std::string titled = name;
    bool start = true;
    for (char& c : titled) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        c = static_cast<char>(start ? std::toupper(static_cast<unsigned char>(c))
                                    : std::tolower(static_cast<unsigned char>(c)));
        start = false;
      } else {
        start = true;
      }
    }
    m = lex.actors.resolve(titled, date);
  }
  if (!m)
    throw Error(fmt::format("unknown actor \"{}\" (try: stancegraph resolve \"{}\")", name, name));
  id = lex.actors.actor(m->actor).id;
  *id_out = id;
  return g.find(id);
}

std::string signed_score(double v) {
  return fmt::format("{:+.2f}", std::round(v * 100.0) / 100.0 + 0.0);
}

// Extracts documents on `jobs` threads in batches, writing each batch's records in input
// order: the output is the same bytes whatever the number of threads, and memory is
// bounded by one batch.
class ParallelExtractor {
 public:
  ParallelExtractor(const extract::Extractor& ex, unsigned jobs, std::ostream& out)
      : ex_(ex), jobs_(std::max(1u, jobs)), out_(out) {}

  void add(extract::InputDocument&& d) {
    batch_.push_back(std::move(d));
    if (batch_.size() >= kBatch) flush();
  }

  void flush() {
    if (batch_.empty()) return;
    std::vector<std::string> lines(batch_.size());
    auto work = [&](std::size_t first) {
      for (std::size_t i = first; i < batch_.size(); i += jobs_) {
        std::string text;
        for (const StanceRecord& r : ex_.extract(batch_[i].view())) {
          text += to_jsonl(r);
          text += '\n';
          ++counts_[first];
        }
        lines[i] = std::move(text);
      }
    };
    counts_.assign(jobs_, 0);
    if (jobs_ == 1) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (unsigned t = 0; t < jobs_; ++t) threads.emplace_back(work, t);
      for (auto& t : threads) t.join();
    }
    for (const std::string& l : lines) out_ << l;
    for (std::size_t c : counts_) records_ += c;
    documents_ += batch_.size();
    batch_.clear();
  }

  std::size_t documents() const { return documents_; }
  std::size_t records() const { return records_; }

 private:
  static constexpr std::size_t kBatch = 256;
  const extract::Extractor& ex_;
  unsigned jobs_;
  std::ostream& out_;
  std::vector<extract::InputDocument> batch_;
  std::vector<std::size_t> counts_;
  std::size_t documents_ = 0, records_ = 0;
};

int cmd_extract(const std::vector<std::string>& paths, const std::string& date,
                const std::string& out_path, unsigned jobs, LexiconOptions& lexopt) {
  const auto default_date = date_option(date, "--date");
  const extract::Lexicons& lex = lexopt.load();
  extract::Extractor ex(lex);
  Output out(out_path);
  ParallelExtractor pe(ex, jobs, out.stream());
  extract::for_each_document(paths, default_date,
                             [&](extract::InputDocument&& d) { pe.add(std::move(d)); });
  pe.flush();
  const std::size_t docs = pe.documents(), records = pe.records();
  out.commit();
  if (!out_path.empty() && out_path != "-")
    std::cerr << fmt::format("stancegraph: {} records from {} documents written to {}\n", records,
                             docs, out_path);
  return 0;
}

struct ExportArgs {
  std::string format = "graphml";
  std::string out;
  std::string from, until, date;
  bool multi = false, clusters = false, no_memberships = false;
  std::string layout, gexf_version = "1.2draft";
  std::vector<std::string> inputs;
};

io::ExportOptions export_options(const ExportArgs& a) {
  io::ExportOptions opt;
  opt.window.from = date_option(a.from, "--from");
  opt.window.until = date_option(a.until, "--until");
  opt.multi = a.multi;
  opt.clusters = a.clusters;
  opt.layout = a.layout;
  opt.gexf_version = a.gexf_version;
  opt.include_memberships = !a.no_memberships;
  if (opt.gexf_version != "1.2draft" && opt.gexf_version != "1.3")
    throw Error("--gexf-version must be 1.2draft or 1.3");
  return opt;
}

int cmd_export(const ExportArgs& a, LexiconOptions& lexopt) {
  const auto format = io::parse_format(a.format);
  if (!format)
    throw Error(
        fmt::format("unknown format \"{}\" (graphml, dot, json, gexf, csv-nodes, csv-edges, "
                    "neo4j-nodes, neo4j-edges, html)",
                    a.format));
  const io::ExportOptions opt = export_options(a);
  StanceGraph g;
  load_inputs(a.inputs, date_option(a.date, "--date"), lexopt.load(), g);
  Output out(a.out);
  io::write_graph(out.stream(), g, *format, opt);
  out.commit();
  return 0;
}

int cmd_render(const ExportArgs& a, const std::string& image_format, const std::string& engine,
               LexiconOptions& lexopt) {
  if (image_format != "svg" && image_format != "png") throw Error("--format must be svg or png");
  if (a.out.empty()) throw Error("render needs -o FILE");
  StanceGraph g;
  load_inputs(a.inputs, date_option(a.date, "--date"), lexopt.load(), g);
  std::ostringstream dot;
  io::write_graph(dot, g, io::Format::kDot, export_options(a));
  io::render(dot.str(), image_format, a.out, engine);
  return 0;
}

struct QueryArgs {
  std::string kind;
  std::vector<std::string> args;  // actor names then inputs
  std::string from, until, date;
  bool json = false;
  std::size_t limit = 0;
};

// Members of a bloc on a date: the curated table (data/memberships.json), and what the
// inputs, if any, state.
int cmd_members(QueryArgs& q, LexiconOptions& lexopt) {
  if (q.args.empty()) throw Error("query members needs a BLOC");
  const extract::Lexicons& lex = lexopt.load();
  const auto date = date_option(q.date.empty() ? q.until : q.date, "--date");
  auto m = lex.actors.resolve(q.args[0], date);
  if (!m || lex.actors.actor(m->actor).kind != "bloc")
    throw Error(fmt::format("\"{}\" is not a bloc the lexicon knows", q.args[0]));
  const extract::Actor& bloc = lex.actors.actor(m->actor);
  std::cout << fmt::format("{} ({}) on {}:\n", bloc.name, bloc.id,
                           date ? date->iso() : "the latest date known");
  for (const extract::Membership* ms : lex.members_of(m->actor, date)) {
    const extract::Actor& a = lex.actors.actor(ms->member);
    std::cout << fmt::format("  {:<12} {:<36} {:<9} since {}\n", a.id, a.name, ms->status,
                             ms->from ? ms->from->iso() : "?");
  }
  if (q.args.size() > 1) {
    StanceGraph g;
    const std::vector<std::string> inputs(q.args.begin() + 1, q.args.end());
    load_inputs(inputs, std::nullopt, lex, g);
    std::set<std::pair<std::string, std::string>> stated;
    for (const StanceRecord& r : g.records())
      if (is_membership(r.relation) && r.target == bloc.id)
        stated.insert({r.source, std::string(to_string(r.relation))});
    std::cout << "stated in the inputs:\n";
    if (stated.empty()) std::cout << "  (none)\n";
    for (const auto& [id, rel] : stated) std::cout << fmt::format("  {:<12} {}\n", id, rel);
  }
  return 0;
}

int cmd_query(QueryArgs& q, LexiconOptions& lexopt) {
  if (q.kind == "members") return cmd_members(q, lexopt);
  const std::size_t names = q.kind == "stance" ? 2 : 1;
  if (q.args.size() < names + 1)
    throw Error(fmt::format("query {} needs {} and at least one INPUT", q.kind,
                            names == 2 ? "A B" : "ACTOR"));
  Window window{date_option(q.from, "--from"), date_option(q.until, "--until")};
  const std::vector<std::string> inputs(q.args.begin() + static_cast<std::ptrdiff_t>(names),
                                        q.args.end());
  const extract::Lexicons& lex = lexopt.load();
  StanceGraph g;
  load_inputs(inputs, date_option(q.date, "--date"), lex, g);
  const std::optional<Date> when = window.until ? window.until : window.from;
  std::string id_a, id_b;
  const auto va = find_actor(g, lex, q.args[0], when, &id_a);
  std::ostream& out = std::cout;
  std::size_t undated = 0;

  if (q.kind == "supporters" || q.kind == "opponents") {
    std::vector<ActorScore> scores;
    if (va) scores = g.scores_towards(*va, window);
    if (va) undated = g.undated_outside(window, std::nullopt, *va);
    const bool supporters = q.kind == "supporters";
    std::vector<ActorScore> picked;
    for (const ActorScore& s : scores)
      if (supporters ? s.net > 0 : s.net < 0) picked.push_back(s);
    if (!supporters)
      std::sort(picked.begin(), picked.end(), [&](const ActorScore& x, const ActorScore& y) {
        if (x.net != y.net) return x.net < y.net;
        return g.node(x.actor).id < g.node(y.actor).id;
      });
    if (q.limit && picked.size() > q.limit) picked.resize(q.limit);
    if (q.json) {
      out << "[";
      for (std::size_t i = 0; i < picked.size(); ++i) {
        const ActorNode& n = g.node(picked[i].actor);
        out << (i ? "," : "")
            << fmt::format("{{\"id\":\"{}\",\"net\":{:.3f},\"statements\":{}}}", n.id,
                           picked[i].net, picked[i].count);
      }
      out << "]\n";
    } else {
      if (picked.empty()) out << fmt::format("no {} of {} found\n", q.kind, id_a);
      for (const ActorScore& s : picked) {
        const ActorNode& n = g.node(s.actor);
        out << fmt::format("{:<12} {:<36} {:>7} {:>4}\n", n.id, n.name, signed_score(s.net),
                           s.count);
      }
    }
  } else if (q.kind == "stance") {
    const auto vb = find_actor(g, lex, q.args[1], when, &id_b);
    std::vector<std::size_t> recs;
    if (va && vb) recs = g.statements(*va, *vb, window);
    if (va && vb) undated = g.undated_outside(window, *va, *vb);
    double net = 0;
    for (std::size_t i : recs) {
      const StanceRecord& r = g.records()[i];
      net += r.sign * r.weight;
      out << fmt::format("{}  {:+d} {:<16} {}  [{}]\n  {}\n", r.date ? r.date->iso() : "undated   ",
                         r.sign, to_string(r.relation), r.cue.empty() ? "-" : r.cue, r.doc,
                         r.sentence);
    }
    out << fmt::format("{} -> {}: {} statements, net {}\n", id_a, id_b, recs.size(),
                       signed_score(net));
  } else {
    throw Error(
        fmt::format("unknown query \"{}\" (supporters, opponents, stance, members)", q.kind));
  }
  if (undated > 0)
    out << fmt::format("note: {} undated statements left out of the date window\n", undated);
  return 0;
}

int cmd_resolve(const std::string& text, const std::string& date, bool json,
                LexiconOptions& lexopt) {
  const extract::Lexicons& lex = lexopt.load();
  const auto d = date_option(date, "--date");
  // A phrase: the first mention the extractor would see in it.
  std::optional<extract::ActorLexicon::Match> m = lex.actors.resolve(text, d);
  if (!m) {
    const extract::TokenizedText t = extract::tokenize(text);
    for (std::size_t i = 0; i < t.tokens.size() && !m; ++i)
      m = lex.actors.match(t.tokens, i, t.tokens.size(), d);
    if (!m) {
      // "the Kremlin's spokesman" with a lower-case start, or a bare surname.
      for (std::size_t i = 0; i < t.tokens.size() && !m; ++i)
        if (t.tokens[i].cap) m = lex.actors.resolve(t.tokens[i].text, d);
    }
  }
  if (!m) {
    if (json)
      std::cout << "{\"match\":false}\n";
    else
      std::cerr << fmt::format("stancegraph: no actor matches \"{}\"\n", text);
    return 1;
  }
  const extract::Actor& a = lex.actors.actor(m->actor);
  std::string how(extract::to_string(m->kind));
  if (m->official != extract::ActorLexicon::kNone) {
    const extract::Official& o = lex.actors.official(m->official);
    how += fmt::format(
        ": {}{}{}", o.name, o.role.empty() ? "" : ", " + o.role,
        fmt::format(" ({} to {})", o.from ? o.from->iso() : "?", o.until ? o.until->iso() : "now"));
  }
  if (json) {
    auto esc = [](const std::string& s) {
      std::string o;
      for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        o += c;
      }
      return o;
    };
    std::cout << fmt::format(
        "{{\"match\":true,\"id\":\"{}\",\"name\":\"{}\",\"kind\":\"{}\",\"iso3\":\"{}\",\"via\":\"{"
        "}\"}}\n",
        esc(a.id), esc(a.name), a.kind, a.iso3, esc(how));
  } else {
    std::cout << fmt::format("{}\t{}\t{}\t{}\t{}\n", a.id, a.name, a.kind,
                             a.iso3.empty() ? "-" : a.iso3, how);
  }
  return 0;
}

// The main job: extract everything under the inputs, write records and graphs into a
// folder, and print who supports whom.
int cmd_run(std::vector<std::string> inputs, const std::string& out_dir, const std::string& date,
            LexiconOptions& lexopt) {
  if (inputs.empty()) inputs = {"samples"};
  const auto default_date = date_option(date, "--date");
  const extract::Lexicons& lex = lexopt.load();
  extract::expand_paths(inputs);  // fails on a missing input before anything is created
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw Error(out_dir, 0, 0, "cannot create output folder: " + ec.message());
  StanceGraph g;
  extract::Extractor ex(lex);
  std::size_t docs = 0;
  {
    io::AtomicFile records(out_dir + "/records.jsonl");
    extract::for_each_document(inputs, default_date, [&](extract::InputDocument&& d) {
      ++docs;
      for (StanceRecord& r : ex.extract(d.view())) {
        records.stream() << to_jsonl(r) << '\n';
        g.add(std::move(r));
      }
    });
    records.commit();
  }
  io::ExportOptions opt;
  const std::pair<io::Format, const char*> outputs[] = {{io::Format::kGraphml, "graph.graphml"},
                                                        {io::Format::kDot, "graph.dot"},
                                                        {io::Format::kJson, "graph.json"},
                                                        {io::Format::kGexf, "graph.gexf"},
                                                        {io::Format::kHtml, "graph.html"}};
  std::string dot_text;
  for (const auto& [format, name] : outputs) {
    std::ostringstream ss;
    io::write_graph(ss, g, format, opt);
    if (format == io::Format::kDot) dot_text = ss.str();
    io::AtomicFile f(out_dir + "/" + name);
    f.stream() << ss.str();
    f.commit();
  }
  std::string svg_note = "graph.svg skipped: Graphviz is not installed";
  if (io::graphviz_available()) {
    io::render(dot_text, "svg", out_dir + "/graph.svg");
    svg_note = "graph.svg";
  }
  std::size_t stances = 0, members = 0;
  for (const StanceRecord& r : g.records()) (is_membership(r.relation) ? members : stances)++;
  std::cout << fmt::format("{} documents, {} stance records, {} membership records, {} actors\n",
                           docs, stances, members, g.vertex_count());
  std::cout << fmt::format(
      "wrote {}/: records.jsonl graph.graphml graph.dot graph.json graph.gexf graph.html {}\n",
      out_dir, svg_note);
  // Who supports whom: each target with its supporters and opponents.
  std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> by_target;
  for (const PairSummary& p : g.aggregate()) {
    if (p.sign == 0) continue;
    auto& entry = by_target[g.node(p.target).id];
    const std::string who = fmt::format("{}({})", g.node(p.source).id, p.count);
    (p.sign > 0 ? entry.first : entry.second).push_back(who);
  }
  std::cout << "\nwho supports / opposes whom:\n";
  for (const auto& [target, lists] : by_target) {
    std::string line = fmt::format("  {:<14}", target);
    if (!lists.first.empty()) {
      line += " supported by ";
      for (std::size_t i = 0; i < lists.first.size(); ++i) line += (i ? ", " : "") + lists.first[i];
    }
    if (!lists.second.empty()) {
      line += lists.first.empty() ? " opposed by " : "; opposed by ";
      for (std::size_t i = 0; i < lists.second.size(); ++i)
        line += (i ? ", " : "") + lists.second[i];
    }
    std::cout << line << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"stancegraph: a signed, dated graph of who supports whom, from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "stancegraph 0.1.0");
  LexiconOptions lexopt;

  auto* ex = app.add_subcommand("extract", "Extract stance records (JSONL) from documents");
  std::vector<std::string> ex_paths;
  std::string ex_date, ex_out;
  ex->add_option("PATH", ex_paths,
                 "text files, directories (.txt, .jsonl), JSONL batches, or - for stdin")
      ->required();
  ex->add_option("--date", ex_date, "date of documents that carry none (YYYY-MM-DD)");
  ex->add_option("-o,--output", ex_out, "write records here (atomically) instead of stdout");
  unsigned ex_jobs = std::max(1u, std::thread::hardware_concurrency());
  ex->add_option("-j,--jobs", ex_jobs,
                 "threads to extract with (default: all cores); output is the same")
      ->check(CLI::Range(1u, 256u));
  lexopt.add_to(ex);

  ExportArgs ea;
  auto* exp = app.add_subcommand(
      "export", "Build the graph and write it as GraphML, DOT, JSON, GEXF, CSV or HTML");
  exp->add_option("-f,--format", ea.format,
                  "graphml, dot, json, gexf, csv-nodes, csv-edges, neo4j-nodes, neo4j-edges, html");
  exp->add_option("-o,--output", ea.out, "write here (atomically) instead of stdout");
  exp->add_option("--from", ea.from, "keep statements dated on or after this day");
  exp->add_option("--until", ea.until, "keep statements dated on or before this day");
  exp->add_option("--date", ea.date, "date of documents that carry none");
  exp->add_flag("--multi", ea.multi,
                "every statement its own edge (default: one edge per pair and sign)");
  exp->add_flag("--clusters", ea.clusters, "DOT: draw members inside bloc clusters");
  exp->add_option("--layout", ea.layout,
                  "DOT: Graphviz layout engine (default: dot, or sfdp above 50 nodes)");
  exp->add_option("--gexf-version", ea.gexf_version, "1.2draft (default) or 1.3");
  exp->add_flag("--no-memberships", ea.no_memberships, "leave member_of / observer_of edges out");
  exp->add_option("INPUT", ea.inputs, "record files (JSONL) or documents")->required();
  lexopt.add_to(exp);

  ExportArgs ra;
  std::string render_format = "svg", render_engine;
  auto* ren = app.add_subcommand("render", "Draw the graph to SVG or PNG with Graphviz");
  ren->add_option("-f,--format", render_format, "svg (default) or png");
  ren->add_option("-o,--output", ra.out, "image file to write")->required();
  ren->add_option("--engine", render_engine, "Graphviz engine (dot, neato, sfdp...)");
  ren->add_option("--from", ra.from, "keep statements dated on or after this day");
  ren->add_option("--until", ra.until, "keep statements dated on or before this day");
  ren->add_option("--date", ra.date, "date of documents that carry none");
  ren->add_flag("--clusters", ra.clusters, "draw members inside bloc clusters");
  ren->add_option("INPUT", ra.inputs, "record files (JSONL) or documents")->required();
  lexopt.add_to(ren);

  QueryArgs qa;
  auto* qry = app.add_subcommand(
      "query", "Ask the graph: supporters X, opponents X, stance A B, members BLOC");
  qry->add_option("QUERY", qa.kind, "supporters, opponents, stance or members")->required();
  qry->add_option("ARGS", qa.args, "ACTOR (or A B for stance, BLOC for members), then INPUT...")
      ->required();
  qry->add_option("--from", qa.from, "only statements dated on or after this day");
  qry->add_option("--until", qa.until, "only statements dated on or before this day");
  qry->add_option("--date", qa.date,
                  "date of documents that carry none; for members, the day asked about");
  qry->add_option("--limit", qa.limit, "at most this many lines");
  qry->add_flag("--json", qa.json, "JSON output");
  lexopt.add_to(qry);

  std::string rs_text, rs_date;
  bool rs_json = false;
  auto* rs =
      app.add_subcommand("resolve", "Show which actor a name or phrase resolves to, and how");
  rs->add_option("TEXT", rs_text,
                 "a name or phrase: \"Moscow\", \"Georgian troops\", \"Mr. Lavrov\"")
      ->required();
  rs->add_option("--date", rs_date, "the date that decides between office holders");
  rs->add_flag("--json", rs_json, "JSON output");
  lexopt.add_to(rs);

  std::vector<std::string> run_inputs;
  std::string run_out = "out", run_date;
  auto* run = app.add_subcommand("run",
                                 "The main job: records, GraphML, DOT, JSON, GEXF, HTML (and SVG) "
                                 "into a folder, and a summary");
  run->add_option("INPUT", run_inputs, "documents (default: samples)");
  run->add_option("-o,--output", run_out, "output folder (default: out)");
  run->add_option("--date", run_date, "date of documents that carry none");
  lexopt.add_to(run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    if (ex->parsed()) return cmd_extract(ex_paths, ex_date, ex_out, ex_jobs, lexopt);
    if (exp->parsed()) return cmd_export(ea, lexopt);
    if (ren->parsed()) return cmd_render(ra, render_format, render_engine, lexopt);
    if (qry->parsed()) return cmd_query(qa, lexopt);
    if (rs->parsed()) return cmd_resolve(rs_text, rs_date, rs_json, lexopt);
    if (run->parsed()) return cmd_run(run_inputs, run_out, run_date, lexopt);
  } catch (const Error& e) {
    std::cerr << "stancegraph: error: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "stancegraph: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
