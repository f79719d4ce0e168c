#pragma once
// Node-link JSON, as NetworkX's node_link_graph and d3's force layout read it:
//
//   {"directed": true, "multigraph": false, "graph": {...},
//    "nodes": [{"id": "RUS", "label": "Russia", "kind": "state", ...}],
//    "links": [{"source": "CSTO", "target": "RUS", "sign": -1, "weight": 0.4,
//               "relation": "withhold_support", "count": 1, "first": "2008-09-04",
//               "last": "2008-09-04", "evidence": ["But the defence ministers ..."]}]}
//
// Undated edges have "first" and "last" null. No attribute is named "type": sigma.js,
// the renderer of Gephi Lite, reserves it. "multigraph" is true with opt.multi (every
// link one statement) and also whenever two links share source and target (support and
// opposition between one pair), since a plain DiGraph would merge them; links then carry
// "key" (their edge id), which node_link_graph uses for parallel edges.

#include <ostream>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

void write_json(std::ostream& out, const ExportModel& model, const ExportOptions& opt);

// The same document as one string, for embedding (the HTML view).
std::string json_text(const ExportModel& model, const ExportOptions& opt);

}  // namespace stancegraph::io
