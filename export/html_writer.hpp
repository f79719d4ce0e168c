#pragma once
// One self-contained HTML page that draws the graph: no network, no external script.
//
//   write_html(out, build_model(g, opt), opt);   // open the file in any browser
//
// The node-link JSON (json_writer.hpp) is embedded in <script type="application/json">
// with every "<" written "\u003c" (so "</" never appears), so no name or sentence can
// close the script element. A Content-Security-Policy forbids every fetch.
// Inline JavaScript lays nodes out (a circle, relaxed by a short force simulation with a
// fixed seed, so the picture is the same on every load), draws SVG edges green for
// support, red dashed for opposition, light red dotted for withheld support, grey for
// contact and membership, and shows an edge's evidence sentences when it is clicked
// (or at load when the URL ends in "#edge=<edge id>").

#include <ostream>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

void write_html(std::ostream& out, const ExportModel& model, const ExportOptions& opt);

}  // namespace stancegraph::io
