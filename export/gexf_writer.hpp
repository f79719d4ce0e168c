#pragma once
// GEXF for Gephi's timeline: mode="dynamic", timeformat="date".
//
//   opt.gexf_version = "1.3";                   // default "1.2draft"
//   write_gexf(out, build_model(g, opt), opt);
//
// Time model: an edge exists from its first dated statement on (start, no end) and its
// dynamic "weight" is the weight stated so far, as steps [d_i, d_{i+1} - 1 day], the
// last one open. The steps never overlap: Gephi rejects overlapping intervals on one
// edge (gephi/graphstore#127). An edge with an undated statement has no start (it
// exists throughout) and its weight before the first date is the undated weight.
// A node starts with the earliest of its edges when all of them have a start.
// 1.2draft is the default because Debian's NetworkX 2.8 reads it; 1.3 writes the
// http://gexf.net/1.3 namespace. Static attributes (sign, relation, count, first,
// last, net) sit in their own block so readers do not see them as time series.

#include <ostream>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

// Throws Error when opt.gexf_version is neither "1.2draft" nor "1.3".
void write_gexf(std::ostream& out, const ExportModel& model, const ExportOptions& opt);

}  // namespace stancegraph::io
