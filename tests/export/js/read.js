// Reads a GraphML or GEXF file with graphology's parsers (the ones Gephi Lite uses)
// and prints the graph as JSON: node -> {key, attributes}, edges -> {source, target, attributes}.
// Usage: node read.js graphml|gexf FILE
"use strict";
const fs = require("fs");
const {MultiGraph} = require("graphology");

const [format, path] = process.argv.slice(2);
const parser = format === "gexf" ? require("graphology-gexf") : require("graphology-graphml");
const graph = parser.parse(MultiGraph, fs.readFileSync(path, "utf-8"));
const out = {nodes: [], edges: []};
graph.forEachNode((key, attributes) => out.nodes.push({key, attributes}));
graph.forEachEdge((key, attributes, source, target) => out.edges.push({source, target, attributes}));
process.stdout.write(JSON.stringify(out));
