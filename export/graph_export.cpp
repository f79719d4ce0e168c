#include "export/graph_export.hpp"

#include <array>
#include <utility>

#include "export/csv_writer.hpp"
#include "export/dot_writer.hpp"
#include "export/export_model.hpp"
#include "export/gexf_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/html_writer.hpp"
#include "export/json_writer.hpp"

namespace stancegraph::io {

namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 9> kFormats{{
    {Format::kGraphml, "graphml", ".graphml"},
    {Format::kDot, "dot", ".dot"},
    {Format::kJson, "json", ".json"},
    {Format::kGexf, "gexf", ".gexf"},
    {Format::kCsvNodes, "csv-nodes", ".nodes.csv"},
    {Format::kCsvEdges, "csv-edges", ".edges.csv"},
    {Format::kNeo4jNodes, "neo4j-nodes", ".neo4j-nodes.csv"},
    {Format::kNeo4jEdges, "neo4j-edges", ".neo4j-edges.csv"},
    {Format::kHtml, "html", ".html"},
}};

const FormatInfo& info(Format f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i;
  return kFormats[0];
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const FormatInfo& i : kFormats)
    if (i.name == name) return i.format;
  return std::nullopt;
}

std::string_view format_name(Format f) { return info(f).name; }
std::string_view format_extension(Format f) { return info(f).extension; }

void write_graph(std::ostream& out, const StanceGraph& g, Format f, const ExportOptions& opt) {
  const ExportModel model = build_model(g, opt);
  switch (f) {
    case Format::kGraphml:
      write_graphml(out, model, opt);
      return;
    case Format::kDot:
      write_dot(out, model, opt);
      return;
    case Format::kJson:
      write_json(out, model, opt);
      return;
    case Format::kGexf:
      write_gexf(out, model, opt);
      return;
    case Format::kCsvNodes:
      write_csv_nodes(out, model);
      return;
    case Format::kCsvEdges:
      write_csv_edges(out, model, opt);
      return;
    case Format::kNeo4jNodes:
      write_neo4j_nodes(out, model);
      return;
    case Format::kNeo4jEdges:
      write_neo4j_edges(out, model);
      return;
    case Format::kHtml:
      write_html(out, model, opt);
      return;
  }
}

}  // namespace stancegraph::io
