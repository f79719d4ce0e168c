#pragma once
// CSV tables: Gephi's spreadsheet import and Neo4j's `neo4j-admin database import`.
//
//   write_csv_nodes(out, model);           // Id,Label,kind,iso3,color
//   write_csv_edges(out, model, opt);      // Source,Target,Id,Label,Weight,sign,...
//   write_neo4j_nodes(out, model);         // id:ID(Actor),name,kind,:LABEL
//   write_neo4j_edges(out, model);         // :START_ID(Actor),:END_ID(Actor),:TYPE,...
//
// RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF in double quotes, quotes
// doubled. Gephi's edges table has no Type column: Gephi takes edges as directed when
// it is absent, and sigma.js (Gephi Lite) reserves the attribute name "type".
// Neo4j rows are one per statement whatever opt.multi says, because a relationship
// there carries one date; newlines inside sentences become spaces so the default
// import (without --multiline-fields) reads them.

#include <ostream>
#include <string>
#include <string_view>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

void write_csv_nodes(std::ostream& out, const ExportModel& model);
void write_csv_edges(std::ostream& out, const ExportModel& model, const ExportOptions& opt);
void write_neo4j_nodes(std::ostream& out, const ExportModel& model);
void write_neo4j_edges(std::ostream& out, const ExportModel& model);

// One RFC 4180 field: valid UTF-8, quoted only when it must be.
std::string csv_field(std::string_view text);

}  // namespace stancegraph::io
