#pragma once
// Drawing DOT text as SVG or PNG with Graphviz's `dot` program.
//
//   if (graphviz_available()) render(dot_text, "svg", "out/graph.svg");
//   render(dot_text, "png", "big.png", "sfdp");   // another layout engine
//
// `dot` runs as a child process with pipes (posix_spawn, no shell, so no name or path
// is ever interpreted by one). The picture is written through AtomicFile.

#include <string>
#include <string_view>

namespace stancegraph::io {

// True when a `dot` executable is on PATH.
bool graphviz_available();

// Lays out and draws `dot_text` into `out_path`. `format` is "svg" or "png"; `engine`
// is a Graphviz layout engine ("dot", "sfdp", ...) overriding the graph's own `layout`
// attribute, or "" to keep it. Throws Error: "Graphviz 'dot' not found; install the
// graphviz package" when dot is absent; naming out_path with dot's own message when dot
// fails; for an unknown format or engine. On failure out_path is left untouched.
void render(const std::string& dot_text, std::string_view format, const std::string& out_path,
            std::string_view engine = "");

}  // namespace stancegraph::io
