#!/usr/bin/env node
// Runs the inline script of a stancegraph HTML view under Node with a minimal DOM, then
// clicks one edge and prints what the page shows, as JSON:
//   {"nodes": <node groups drawn>, "edges": <edge paths drawn>, "title": ..., "evidence": [...]}
// usage: run_html.js VIEW.html EDGE_ID
// A stand-in for a browser where none is installed: it proves the script runs without
// errors on the embedded data and that a click fills the evidence list.
"use strict";
const fs = require("fs");
const [file, edgeId] = process.argv.slice(2);
const html = fs.readFileSync(file, "utf8");
const dataMatch = /<script type="application\/json" id="stancegraph-data">([\s\S]*?)<\/script>/.exec(html);
const codeMatch = /<script>([\s\S]*?)<\/script>/.exec(html.slice(dataMatch.index + dataMatch[0].length));

class Element {
  constructor(name) {
    this.name = name; this.attrs = {}; this.children = []; this.listeners = {};
    this.textContent = ""; this.className = "";
    const self = this;
    this.classList = { add(c) { self.attrs["class"] += " " + c; }, remove() {} };
  }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  appendChild(c) { this.children.push(c); c.parentNode = this; return c; }
  removeChild(c) { this.children = this.children.filter((x) => x !== c); }
  get firstChild() { return this.children[0] || null; }
  addEventListener(type, fn) { this.listeners[type] = fn; }
}
const byId = {
  "stancegraph-data": Object.assign(new Element("script"), { textContent: dataMatch[1] }),
  graph: new Element("svg"), "edge-title": new Element("h2"), evidence: new Element("ol"),
};
global.document = {
  getElementById: (id) => byId[id],
  createElementNS: (ns, name) => new Element(name),
  createElement: (name) => new Element(name),
};
global.location = { hash: "" };
new Function(codeMatch[1])();

function all(el, pred, out = []) {
  if (pred(el)) out.push(el);
  el.children.forEach((c) => all(c, pred, out));
  return out;
}
const svg = byId.graph;
const hits = all(svg, (e) => e.attrs["class"] === "hit" && e.attrs["data-id"] === edgeId);
if (hits.length !== 1) { console.error("no edge " + edgeId); process.exit(1); }
hits[0].listeners.click();
console.log(JSON.stringify({
  nodes: all(svg, (e) => e.attrs["class"] === "node").length,
  edges: all(svg, (e) => (e.attrs["class"] || "").startsWith("edge ")).length,
  title: byId["edge-title"].textContent,
  evidence: byId.evidence.children.map((li) => li.textContent),
}));
