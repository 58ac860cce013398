"""Tests of summitgraph.export.json on hand-built graphs (no model):
node-link JSON that networkx reads with its defaults."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest

from summitgraph.export import read_json, write_json


@pytest.mark.parametrize("target", ["path", "file"])
def test_export_json_round_trip(tmp_path: Path, target: str, sample_graph, graph_contents):
    graph = sample_graph
    path = tmp_path / "graph.json"
    if target == "path":
        write_json(graph, path)
        back = read_json(path)
    else:
        with open(path, "wb") as f:
            write_json(graph, f)
        with open(path, "rb") as f:
            back = read_json(f)
    assert back.is_multigraph() and not back.is_directed()
    assert graph_contents(back) == graph_contents(graph)
    assert list(back.nodes) == list(graph.nodes)


def test_export_json_reads_with_networkx_defaults(tmp_path: Path, sample_graph, graph_contents):
    graph = sample_graph
    path = tmp_path / "graph.json"
    write_json(graph, path)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    assert "edges" in data and "links" not in data
    back = nx.node_link_graph(data)
    assert isinstance(back, nx.MultiGraph)
    assert graph_contents(back) == graph_contents(graph)


def test_export_json_same_graph_same_bytes(sample_graph):
    graph = sample_graph
    one, two = io.BytesIO(), io.BytesIO()
    write_json(graph, one)
    write_json(graph.copy(), two)
    assert one.getvalue() == two.getvalue()
    assert one.getvalue().endswith(b"\n")
