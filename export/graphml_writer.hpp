#pragma once
// GraphML for Gephi, yEd, NetworkX, igraph and Boost's read_graphml.
//
//   write_graphml(out, build_model(g, opt), opt);
//
// Key ids are descriptive and distinct between nodes and edges ("n_label", "e_weight"),
// never "d0": Gephi takes a node key d3 and an edge key d7 as the label (gephi#1840).
// Every key has attr.name and attr.type; booleans are 0/1, which Boost, NetworkX and
// igraph all accept. Edges are all directed and all carry an id.
// Node ids are the actor ids when they are XML NMTOKENs ("RUS", "CSTO"), as the schema
// requires; other bytes are written ".HH" ("Q\"X" -> "Q.22X"), and the `actor`
// attribute always holds the id as records spell it.

#include <ostream>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

void write_graphml(std::ostream& out, const ExportModel& model, const ExportOptions& opt);

}  // namespace stancegraph::io
