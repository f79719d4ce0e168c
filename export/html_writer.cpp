#include "export/html_writer.hpp"

#include <string>
#include <string_view>

#include "export/json_writer.hpp"

namespace stancegraph::io {

namespace {

// Everything but the data. A Content-Security-Policy of default-src 'none' makes the
// browser refuse any fetch, so the page provably works offline.
constexpr std::string_view kHead = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>stancegraph: who supports whom</title>
<style>
body { font: 14px Helvetica, Arial, sans-serif; margin: 0; display: flex; height: 100vh; }
#graph { flex: 1; background: #fff; }
#side { width: 340px; padding: 10px 14px; border-left: 1px solid #ccc; overflow: auto; background: #fafafa; }
#side h2 { font-size: 15px; margin: 4px 0 8px; }
#evidence li { margin-bottom: 8px; }
.edge { fill: none; }
.hit { fill: none; stroke: transparent; stroke-width: 12; cursor: pointer; pointer-events: stroke; }
.support { stroke: #2ca02c; }
.opposition { stroke: #d62728; stroke-dasharray: 7 4; }
.withheld { stroke: #f08080; stroke-dasharray: 2 3; }
.contact { stroke: #7f7f7f; }
.membership { stroke: #a0a0a0; stroke-dasharray: 1 3; }
.selected { stroke-opacity: 1; filter: drop-shadow(0 0 3px #333); }
.node circle { stroke-width: 2; }
.node text { font-size: 11px; pointer-events: none; }
.legend span { display: inline-block; width: 26px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 4px; }
</style>
</head>
<body>
<svg id="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 800" preserveAspectRatio="xMidYMid meet"></svg>
<div id="side">
<h2>stancegraph</h2>
<div class="legend">
<div><span style="border-color:#2ca02c"></span>support</div>
<div><span style="border-color:#d62728;border-top-style:dashed"></span>opposition</div>
<div><span style="border-color:#f08080;border-top-style:dotted"></span>withheld support</div>
<div><span style="border-color:#7f7f7f"></span>contact</div>
<div><span style="border-color:#a0a0a0;border-top-style:dotted"></span>member / observer</div>
</div>
<h2 id="edge-title">Click an edge to see its evidence.</h2>
<ol id="evidence"></ol>
</div>
<script type="application/json" id="stancegraph-data">
)html";

// Layout: nodes on a circle, relaxed by a fixed number of force steps (repulsion between
// all pairs, springs along edges, pull to the centre). No randomness: the same data
// draws the same picture. Text goes in through textContent, never as HTML.
constexpr std::string_view kTail = R"html(
</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("stancegraph-data").textContent);
  var svg = document.getElementById("graph");
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 800, n = data.nodes.length;
  var index = {};
  var pos = data.nodes.map(function (d, i) {
    index[d.id] = i;
    var a = 2 * Math.PI * i / Math.max(n, 1);
    return { x: W / 2 + 0.38 * H * Math.cos(a), y: H / 2 + 0.38 * H * Math.sin(a) };
  });
  var links = data.links.filter(function (l) {
    return index[l.source] !== undefined && index[l.target] !== undefined;
  });
  var k = Math.sqrt(W * H / Math.max(n, 1)) * 0.6;
  for (var step = 0; step < 300; step++) {
    var t = 20 * (1 - step / 300) + 0.5;
    var disp = pos.map(function () { return { x: 0, y: 0 }; });
    for (var i = 0; i < n; i++) for (var j = i + 1; j < n; j++) {
      var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      var d2 = Math.max(dx * dx + dy * dy, 1), f = k * k / d2;
      disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
    }
    links.forEach(function (l) {
      var s = index[l.source], g = index[l.target];
      var dx = pos[s].x - pos[g].x, dy = pos[s].y - pos[g].y;
      var d = Math.max(Math.sqrt(dx * dx + dy * dy), 1), f = d / k;
      disp[s].x -= dx * f; disp[s].y -= dy * f; disp[g].x += dx * f; disp[g].y += dy * f;
    });
    for (i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.02; disp[i].y += (H / 2 - pos[i].y) * 0.02;
      var len = Math.max(Math.sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y), 1e-9);
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x + disp[i].x / len * Math.min(len, t)));
      pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + disp[i].y / len * Math.min(len, t)));
    }
  }
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var a in attrs) e.setAttribute(a, attrs[a]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function style(l) {
    if (l.membership) return "membership";
    if (l.sign > 0) return "support";
    if (l.sign < 0) return l.relation === "withhold_support" ? "withheld" : "opposition";
    return "contact";
  }
  var colours = { support: "#2ca02c", opposition: "#d62728", withheld: "#f08080",
                  contact: "#7f7f7f", membership: "#a0a0a0" };
  var defs = el("defs", {}, svg);
  Object.keys(colours).forEach(function (c) {
    var m = el("marker", { id: "arrow-" + c, viewBox: "0 0 10 10", refX: 10, refY: 5,
                           markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, defs);
    el("path", { d: c === "opposition" || c === "withheld" ? "M 3 0 L 5 0 L 5 10 L 3 10 z"
                                                           : "M 0 0 L 10 5 L 0 10 z",
                 fill: colours[c] }, m);
  });
  var edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
  var seen = {}, shapes = {}, selected = null;
  var title = document.getElementById("edge-title"), list = document.getElementById("evidence");
  function show(l) {
    if (selected) selected.classList.remove("selected");
    selected = shapes[l.id]; if (selected) selected.classList.add("selected");
    var s = data.nodes[index[l.source]], g = data.nodes[index[l.target]];
    title.textContent = s.label + " \u2192 " + g.label + ": " + l.label +
                        " (sign " + l.sign + ", weight " + l.weight + ")";
    while (list.firstChild) list.removeChild(list.firstChild);
    l.evidence.forEach(function (sentence, i) {
      var li = document.createElement("li");
      li.className = "sentence";
      var when = l.evidence_dates[i] || "undated";
      li.textContent = sentence + " [" + when + ", " + l.evidence_docs[i] + "]";
      list.appendChild(li);
    });
  }
  links.forEach(function (l) {
    var s = index[l.source], g = index[l.target];
    // Parallel and opposite edges bend apart so each stays visible and clickable.
    var pair = Math.min(s, g) + "-" + Math.max(s, g);
    var nth = seen[pair] = (seen[pair] || 0) + 1;
    var bend = (nth % 2 ? 1 : -1) * Math.ceil((nth - 1) / 2) * 40 + (s < g ? 18 : -18);
    var a = pos[s], b = pos[g], mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    var dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    var ux = dx / d, uy = dy / d, r = 16;
    var cx = mx - uy * bend, cy = my + ux * bend;
    var path = "M " + (a.x + ux * r) + " " + (a.y + uy * r) + " Q " + cx + " " + cy + " " +
               (b.x - ux * r) + " " + (b.y - uy * r);
    var c = style(l);
    var e = el("path", { d: path, "class": "edge " + c, "data-id": l.id,
                         "stroke-width": Math.min(8, 1 + 1.5 * Math.sqrt(l.weight)),
                         "marker-end": "url(#arrow-" + c + ")" }, edgeLayer);
    shapes[l.id] = e;
    var hit = el("path", { d: path, "class": "hit", "data-id": l.id }, edgeLayer);
    hit.addEventListener("click", function () { show(l); });
    e.addEventListener("click", function () { show(l); });
    el("title", {}, hit).textContent = l.source + " \u2192 " + l.target + ": " + l.label;
  });
  data.nodes.forEach(function (d, i) {
    var g = el("g", { "class": "node", "data-id": d.id }, nodeLayer);
    if (d.kind === "bloc")
      el("rect", { x: pos[i].x - 14, y: pos[i].y - 14, width: 28, height: 28, fill: d.color,
                   stroke: "#333", "stroke-width": 2 }, g);
    else
      el("circle", { cx: pos[i].x, cy: pos[i].y, r: d.kind === "territory" ? 10 : 13,
                     fill: d.color, stroke: "#333" }, g);
    el("text", { x: pos[i].x + 16, y: pos[i].y + 4 }, g).textContent = d.label;
    el("title", {}, g).textContent = d.id + " (" + (d.kind || "unknown") + ")";
  });
  // "#edge=e3" opens that edge's evidence at load: a link to a statement, and a way
  // for headless browsers to check what a click shows.
  var m = /^#edge=(.+)$/.exec(location.hash);
  if (m) links.forEach(function (l) { if (l.id === decodeURIComponent(m[1])) show(l); });
})();
</script>
</body>
</html>
)html";

}  // namespace

void write_html(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  // Every '<' in the JSON is written \u003c (still the same JSON), so neither "</script>"
  // nor "<!--" in a name or sentence can end or bend the script element.
  const std::string json = json_text(m, opt);
  std::string safe;
  safe.reserve(json.size() + 64);
  for (const char c : json) {
    if (c == '<')
      safe += "\\u003c";
    else
      safe += c;
  }
  out << kHead << safe << kTail;
}

}  // namespace stancegraph::io
