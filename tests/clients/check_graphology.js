#!/usr/bin/env node
// Reads a stancegraph GraphML or GEXF export with graphology-graphml / graphology-gexf,
// the readers Gephi Lite uses, and checks what they read against what the C++ test
// expects (tests/export_graphology_test.cpp writes EXPECT_JSON).
//
//   node check_graphology.js graphml|gexf FILE EXPECT_JSON
//
// EXPECT_JSON:
//   {"nodes": 13, "edges": 14,
//    "node_checks": [{"actor": "CIV", "label": "Côte d'Ivoire"}, ...],
//    "edge_checks": [{"source": "USA", "target": "RUS", "sign": -1, "relation": "criticize",
//                     "weight": 1.4, "label": "criticize (2)", "count": 1}, ...]}
//
// An edge check matches the edges from `source` to `target` with that sign and relation;
// `count`, when given, is how many there must be, and one of them must have `weight`
// (and `label`, when given). Nodes are named by their actor id: the `actor` attribute
// where the file has one (GraphML escapes node ids), else the node key.
//
// Also checked on every file: the XML parses without a single xmldom warning or error;
// every edge is directed; no node or edge attribute is named `type` (sigma.js, Gephi
// Lite's renderer, reserves it); every node has a colour; every edge weight is a number
// > 0. Prints every difference and exits 1 on any, 0 when all match, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');

const [format, file, expectFile] = process.argv.slice(2);
if (!['graphml', 'gexf'].includes(format) || !file || !expectFile) {
  console.error('usage: node check_graphology.js graphml|gexf FILE EXPECT_JSON');
  process.exit(2);
}

const Graph = require('graphology');
const reader = require(format === 'graphml' ? 'graphology-graphml' : 'graphology-gexf');
// The DOMParser the reader's Node entry uses (its Document class must be the same one,
// or the reader refuses the parsed document).
const { DOMParser } = require(
  require.resolve('@xmldom/xmldom', { paths: [path.dirname(require.resolve(format === 'graphml' ? 'graphology-graphml' : 'graphology-gexf'))] }));

const problems = [];
const notes = [];
const fail = (msg) => { if (!problems.includes(msg)) problems.push(msg); };
const show = (v) => JSON.stringify(v);

const text = fs.readFileSync(file, 'utf8');
const expect = JSON.parse(fs.readFileSync(expectFile, 'utf8'));

// xmldom only logs malformed XML and carries on: parse it ourselves and count every
// complaint as a failure, then hand the document to the reader.
const xmlErrors = [];
const onError = (level) => (msg) => xmlErrors.push(level + ': ' + String(msg).trim().split('\n')[0]);
const doc = new DOMParser({
  errorHandler: { warning: onError('warning'), error: onError('error'), fatalError: onError('fatal') },
}).parseFromString(text, 'application/xml');
for (const e of xmlErrors) fail('xmldom: ' + e);

// The reader's default options are strict: an undeclared attribute or an edge to a
// missing node throws. Gephi Lite itself passes {addMissingNodes: true} and, for GEXF,
// allowUndeclaredAttributes: true, which keep going but read undeclared attributes as
// strings. A file must pass strict; when it does not, the checks below still run on what
// Gephi Lite would read, to show what it would lose.
const GEPHI_LITE_OPTIONS = format === 'gexf'
  ? { allowUndeclaredAttributes: true, addMissingNodes: true }
  : { addMissingNodes: true };
let graph;
try {
  graph = reader.parse(Graph, doc);
} catch (e) {
  fail(format + ' reader (default options) threw: ' + (e && e.message ? e.message : e));
  try {
    graph = reader.parse(Graph, doc, GEPHI_LITE_OPTIONS);
    notes.push('read with Gephi Lite\'s options ' + show(GEPHI_LITE_OPTIONS) + ' instead; checking that');
  } catch (e2) {
    fail(format + ' reader (Gephi Lite options) threw: ' + (e2 && e2.message ? e2.message : e2));
    report();
  }
}

// graphology-gexf names an attribute by its id unless the id is numeric (then by its
// title): map titles to ids so the checks below find `sign` under `e_sign`.
const gexfIdOf = {};
if (format === 'gexf') {
  const decls = doc.getElementsByTagName('attribute');
  for (let i = 0; i < decls.length; i++) {
    const id = decls[i].getAttribute('id');
    const title = decls[i].getAttribute('title');
    const cls = decls[i].parentNode.getAttribute('class');
    if (title && id && id !== title && Number.isNaN(+id)) gexfIdOf[cls + ':' + title] = id;
  }
  const renamed = Object.entries(gexfIdOf).map(([k, id]) => k.split(':')[1] + ' as ' + id);
  if (renamed.length)
    notes.push('graphology-gexf names attributes by id, not title: ' + renamed.join(', '));
}
function attr(attrs, cls, name) {
  if (attrs[name] !== undefined) return attrs[name];
  const id = gexfIdOf[cls + ':' + name];
  return id === undefined ? undefined : attrs[id];
}

// Whole-graph checks.
if (graph.type !== 'directed') fail('graph type is ' + show(graph.type) + ', not "directed"');
if (graph.order !== expect.nodes) fail('nodes: read ' + graph.order + ', expected ' + expect.nodes);
if (graph.size !== expect.edges) fail('edges: read ' + graph.size + ', expected ' + expect.edges);

const actorOf = {};
graph.forEachNode((key, attrs) => {
  const actor = attr(attrs, 'node', 'actor');
  actorOf[key] = actor !== undefined ? String(actor) : key;
  if ('type' in attrs) fail('node ' + show(key) + ' has an attribute named "type" (sigma.js reserves it)');
  if (typeof attrs.color !== 'string' || !attrs.color)
    fail('node ' + show(key) + ' has no color (read ' + show(attrs.color) + ')');
});
graph.forEachEdge((key, attrs, source, target, sa, ta, undirected) => {
  const where = 'edge ' + show(key) + ' ' + show(actorOf[source]) + ' -> ' + show(actorOf[target]);
  if (undirected) fail(where + ' is undirected');
  if ('type' in attrs) fail(where + ' has an attribute named "type" (sigma.js reserves it)');
  if (typeof attrs.weight !== 'number' || !(attrs.weight > 0))
    fail(where + ' weight is ' + show(attrs.weight) + ', not a number > 0');
});

// Named nodes: ids and labels with quotes, <&> and non-ASCII must come through.
for (const want of expect.node_checks || []) {
  const keys = graph.filterNodes((key) => actorOf[key] === want.actor);
  if (keys.length !== 1) {
    fail('node ' + show(want.actor) + ': found ' + keys.length + ' (actors read: ' +
         show(Object.values(actorOf)) + ')');
    continue;
  }
  const attrs = graph.getNodeAttributes(keys[0]);
  for (const [name, value] of Object.entries(want)) {
    if (name === 'actor') continue;
    const got = attr(attrs, 'node', name);
    if (got !== value)
      fail('node ' + show(want.actor) + ' ' + name + ': read ' + show(got) + ', expected ' + show(value));
  }
}

// Named edges.
const near = (a, b) => typeof a === 'number' && Math.abs(a - b) < 1e-9;
for (const want of expect.edge_checks || []) {
  const what = show(want.source) + ' -> ' + show(want.target) + ' sign ' + want.sign + ' ' + want.relation;
  const found = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (actorOf[source] !== want.source || actorOf[target] !== want.target) return;
    const sign = attr(attrs, 'edge', 'sign');
    if (typeof sign !== 'number') {
      if (Number(sign) === want.sign && attr(attrs, 'edge', 'relation') === want.relation)
        fail('edge ' + what + ': sign read as ' + typeof sign + ' ' + show(sign) + ', not a number');
    }
    if (Number(sign) !== want.sign) return;
    if (attr(attrs, 'edge', 'relation') !== want.relation) return;
    found.push(attrs);
  });
  if (found.length === 0) {
    const pair = [];
    graph.forEachEdge((key, attrs, source, target) => {
      if (actorOf[source] === want.source && actorOf[target] === want.target)
        pair.push({ sign: attr(attrs, 'edge', 'sign'), relation: attr(attrs, 'edge', 'relation') });
    });
    fail('edge ' + what + ': not found (edges of that pair: ' + show(pair) + ')');
    continue;
  }
  if (want.count !== undefined && found.length !== want.count)
    fail('edge ' + what + ': ' + found.length + ' edges, expected ' + want.count);
  const ok = found.some((a) => near(a.weight, want.weight) &&
                               (want.label === undefined || a.label === want.label));
  if (!ok)
    fail('edge ' + what + ': read ' +
         show(found.map((a) => ({ weight: a.weight, label: a.label }))) +
         ', expected weight ' + want.weight +
         (want.label === undefined ? '' : ' and label ' + show(want.label)));
}

// Not a failure, but worth seeing in the test log: a GraphML boolean written as 0/1 (what
// Boost's read_graphml needs) is read by graphology-graphml as false, since it takes only
// "true" as true; GEXF read with undeclared attributes gives the string "true".
{
  let flagged = 0;
  graph.forEachEdge((key, attrs) => { if (attr(attrs, 'edge', 'membership') === true) ++flagged; });
  const memberships = graph.filterEdges((key, attrs) =>
    ['member_of', 'observer_of'].includes(attr(attrs, 'edge', 'relation'))).length;
  if (flagged !== memberships)
    notes.push('graphology read membership=true on ' + flagged + ' of ' + memberships +
               ' member_of/observer_of edges' + (format === 'graphml'
                 ? ' (graphology-graphml casts a boolean as v === "true"; the file writes 0/1)' : ''));
}

report();

function report() {
  for (const n of notes) console.log('note: ' + n);
  for (const p of problems) console.log('MISMATCH ' + format + ' ' + path.basename(file) + ': ' + p);
  if (problems.length === 0)
    console.log('graphology read ' + path.basename(file) + ' as expected: ' + graph.order +
                ' nodes, ' + graph.size + ' edges');
  process.exit(problems.length ? 1 : 0);
}
