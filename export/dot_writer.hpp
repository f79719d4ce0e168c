#pragma once
// Graphviz DOT, ready for `dot`, `neato` or `sfdp` whatever the names hold.
//
//   write_dot(out, build_model(g, opt), opt);    // then: dot -Tsvg, or render()
//
// Styles: support green and solid; opposition red, dashed, arrowhead=tee; withheld
// support light red and dotted; contact grey; membership grey, dotted, open arrow.
// Pen width grows with the square root of the summed weight, so one strong pair does
// not drown the rest. States are ellipses, blocs box3d, territories hexagons; a legend
// (cluster_legend) explains them.
//
// With opt.clusters every bloc that has members is a cluster holding them. Graphviz
// clusters must nest, so a state in two blocs goes in one: the bloc it has the most
// member_of records with (in the window), ties to the smaller bloc id. Observers stay
// outside, and blocs that are members of blocs are not nested.

#include <ostream>
#include <string>
#include <string_view>

#include "export/export_model.hpp"
#include "export/graph_export.hpp"

namespace stancegraph::io {

// The graph size above which `dot` is too slow and `sfdp` is chosen.
inline constexpr std::size_t kDotNodeLimit = 50;

// Throws Error when opt.layout names no Graphviz layout engine.
void write_dot(std::ostream& out, const ExportModel& model, const ExportOptions& opt);

// `text` as a DOT double-quoted string, quotes included: valid UTF-8, `"` and `\`
// escaped, newline as `\n`, other control characters dropped. For labels (`label` true)
// `&` is also written `&amp;`, because Graphviz decodes entities in labels.
std::string dot_quote(std::string_view text, bool label = false);

// True for the layout engines Graphviz ships: dot, neato, fdp, sfdp, circo, twopi,
// osage, patchwork.
bool known_layout_engine(std::string_view name);

}  // namespace stancegraph::io
