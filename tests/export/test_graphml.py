"""Tests of summitgraph.export.graphml on hand-built graphs (no model):
GraphML that Gephi accepts and networkx reads back."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from summitgraph.errors import ExportError
from summitgraph.export import LIST_SEPARATOR, read_graphml, write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def graphml_bytes(graph: nx.MultiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def expected_after_graphml(graph: nx.MultiGraph, *, split_lists: bool):
    """What a GraphML round trip should give: Nones dropped, and node lists
    joined (networkx) or kept (summitgraph)."""
    nodes = {}
    for node, data in graph.nodes(data=True):
        attrs = {}
        for name, value in data.items():
            if value is None:
                continue
            if isinstance(value, list) and not split_lists:
                if not value:
                    continue  # an empty list is not written
                value = LIST_SEPARATOR.join(value)
            attrs[name] = value
        nodes[node] = attrs
    edges = {
        (frozenset((u, v)), key): {k: v_ for k, v_ in data.items() if v_ is not None}
        for u, v, key, data in graph.edges(keys=True, data=True)
    }
    return nodes, edges


# --- GraphML hygiene ---------------------------------------------------------


def test_export_graphml_keys_have_type_and_readable_id(sample_graph):
    graph = sample_graph
    root = parse(graphml_bytes(graph))
    keys = root.findall("g:key", NS)
    assert keys
    names = set()
    for key in keys:
        assert key.get("attr.type") in GRAPHML_TYPES
        assert key.get("id") == f"{key.get('for')}_{key.get('attr.name')}"
        names.add((key.get("for"), key.get("attr.name")))
    assert ("node", "label") in names
    assert ("edge", "kind") in names
    declared = {key.get("id") for key in keys}
    assert {d.get("key") for d in root.iter(f"{{{NS['g']}}}data")} <= declared


def test_export_graphml_no_empty_or_none_data(sample_graph):
    graph = sample_graph
    root = parse(graphml_bytes(graph))
    data = list(root.iter(f"{{{NS['g']}}}data"))
    assert data
    for element in data:
        assert element.text, f"empty <data key={element.get('key')!r}>"
        assert element.text.strip() not in ("None", "null", "")
    edge_keys = {d.get("key") for d in root.iterfind(".//g:edge/g:data", NS)}
    assert "edge_place" not in edge_keys  # the only place value is None


def test_export_graphml_no_empty_ids_or_edge_ends(sample_graph):
    graph = sample_graph
    root = parse(graphml_bytes(graph))
    nodes = root.findall(".//g:node", NS)
    edges = root.findall(".//g:edge", NS)
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    ids = {n.get("id") for n in nodes}
    assert all(ids)
    for edge in edges:
        assert edge.get("id") and edge.get("source") in ids and edge.get("target") in ids
    assert all(n.find("g:data[@key='node_label']", NS) is not None for n in nodes)
    assert all(e.find("g:data[@key='edge_kind']", NS) is not None for e in edges)


@pytest.mark.parametrize(
    ("node", "name", "text"),
    [
        ("person:kim-jong-un", "aliases", "Kim; Kim Jong-un"),
        ("person:kim-jong-un", "articles", "a1; a2"),
        ("person:xi-jinping", "aliases", "Xi Jinping"),
    ],
)
def test_export_graphml_joins_lists(node, name, text, sample_graph):
    root = parse(graphml_bytes(sample_graph))
    (element,) = root.xpath(f"//g:node[@id='{node}']/g:data[@key='node_{name}']", namespaces=NS)
    assert element.text == text


@pytest.mark.parametrize(
    ("values", "attr_type", "read_back"),
    [
        ([1, 2], "long", [1, 2]),
        ([1.5, 2.25], "double", [1.5, 2.25]),
        ([1, 2.5], "double", [1.0, 2.5]),
        ([True, False], "boolean", [True, False]),
        (["x", "y"], "string", ["x", "y"]),
        ([1, "x"], "string", ["1", "x"]),
        ([True, 3], "string", ["True", "3"]),
        ([["a", "b"], 3], "string", ["a; b", "3"]),
    ],
    ids=["int", "float", "int-float", "bool", "str", "int-str", "bool-int", "list-int"],
)
def test_export_graphml_mixed_type_attributes(values, attr_type, read_back):
    g = nx.MultiGraph()
    for n, value in enumerate(values):
        g.add_node(f"n{n}", label=f"n{n}", value=value)
    g.add_edge("n0", "n1", key="e", kind="met", weight=values[0])
    data = graphml_bytes(g)
    root = parse(data)
    (key,) = root.xpath("//g:key[@id='node_value']", namespaces=NS)
    assert key.get("attr.type") == attr_type
    back = nx.read_graphml(io.BytesIO(data))
    assert [back.nodes[f"n{n}"]["value"] for n in range(len(values))] == read_back
    assert all(
        type(v) is type(w) for v, w in zip((back.nodes[f"n{n}"]["value"] for n in range(len(values))), read_back)
    )


@pytest.mark.parametrize(
    ("evidence", "kept"),
    [
        ("Kim\x00 met\x08 Xi\x0b.\x0c", "Kim met Xi."),
        ("Kim\x1f met Xi\ufffe\uffff.", "Kim met Xi."),
        ("Kim met \ud800Xi.", "Kim met Xi."),
        ("Kim met\tXi\r\nin Beijing.", "Kim met\tXi\r\nin Beijing."),
        ("Kim met Xi \x7f\u0085.", "Kim met Xi \x7f\u0085."),
    ],
    ids=["c0-controls", "us-and-nonchars", "lone-surrogate", "tab-crlf-kept", "valid-c1-kept"],
)
def test_export_graphml_strips_xml_invalid_characters(evidence, kept):
    g = nx.MultiGraph()
    g.add_node("a", label="A\x01")
    g.add_node("b", label="B", aliases=["B\x02", "Bee"])
    g.add_edge("a", "b", key="met:1", kind="met", evidence=evidence)
    back = nx.read_graphml(io.BytesIO(graphml_bytes(g)), force_multigraph=True)
    assert back.edges["a", "b", "met:1"]["evidence"] == kept
    assert back.nodes["a"]["label"] == "A"
    assert back.nodes["b"]["aliases"] == "B; Bee"


@pytest.mark.parametrize(
    "value",
    ["", [], (), "\x00\x01", [None]],
    ids=["empty-str", "empty-list", "empty-tuple", "only-invalid", "list-of-none"],
)
def test_export_graphml_empty_value_writes_no_data(value):
    g = nx.MultiGraph()
    g.add_node("a", label="A", note=value)
    g.add_node("b", label="B", note="kept")
    root = parse(graphml_bytes(g))
    assert root.xpath("//g:node[@id='a']/g:data[@key='node_note']", namespaces=NS) == []
    assert root.xpath("//g:node[@id='b']/g:data[@key='node_note']/text()", namespaces=NS) == ["kept"]


@pytest.mark.parametrize(
    "graph",
    [
        pytest.param(nx.MultiGraph([("", "b")]), id="empty-edge-end"),
        pytest.param(nx.MultiGraph([("a", "")]), id="empty-edge-target"),
        pytest.param(nx.MultiGraph([("a\x00", "b")]), id="control-char-node"),
    ],
)
def test_export_graphml_refuses_bad_node_id(graph):
    buffer = io.BytesIO()
    with pytest.raises(ExportError, match="node id"):
        write_graphml(graph, buffer)
    assert buffer.getvalue() == b""  # refused before anything was written


@pytest.mark.parametrize("key", ["", "met\x00"], ids=["empty", "control-char"])
def test_export_graphml_refuses_bad_edge_key(key):
    g = nx.MultiGraph()
    g.add_edge("a", "b", key=key, kind="met")
    with pytest.raises(ExportError, match="edge key"):
        write_graphml(g, io.BytesIO())


def test_export_graphml_lone_node_with_empty_id_refused():
    g = nx.MultiGraph()
    g.add_node("", label="nobody")
    with pytest.raises(ExportError):
        write_graphml(g, io.BytesIO())


def test_export_graphml_round_trip_networkx(tmp_path: Path, sample_graph, graph_contents):
    graph = sample_graph
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    back = nx.read_graphml(path)
    assert isinstance(back, nx.MultiGraph)
    assert graph_contents(back) == expected_after_graphml(graph, split_lists=False)


@pytest.mark.parametrize("target", ["path", "file"])
def test_export_graphml_round_trip_summitgraph(tmp_path: Path, target: str, sample_graph, graph_contents):
    graph = sample_graph
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    if target == "path":
        back = read_graphml(path)
    else:
        with open(path, "rb") as f:
            back = read_graphml(f)
    assert graph_contents(back) == expected_after_graphml(graph, split_lists=True)
    assert back.nodes["place:north-korea"]["aliases"] == []  # empty list comes back empty


def test_export_read_graphml_from_text_file(tmp_path: Path, sample_graph, graph_contents):
    path = tmp_path / "graph.graphml"
    write_graphml(sample_graph, path)
    with open(path, encoding="utf-8") as f:
        back = read_graphml(f)
    assert graph_contents(back) == expected_after_graphml(sample_graph, split_lists=True)


@pytest.mark.parametrize("directed", [False, True], ids=["graph", "digraph"])
def test_export_graphml_simple_graph_has_no_edge_ids(directed):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_edge("a", "b", kind="met")
    root = parse(graphml_bytes(g))
    (edge,) = root.findall(".//g:edge", NS)
    assert edge.get("id") is None and (edge.get("source"), edge.get("target")) == ("a", "b")
    assert root.find("g:graph", NS).get("edgedefault") == ("directed" if directed else "undirected")
    back = nx.read_graphml(io.BytesIO(graphml_bytes(g)))
    assert back.edges["a", "b"] == {"kind": "met"}


def test_export_read_graphml_without_parallel_edges_keeps_keys(tmp_path: Path):
    g = nx.MultiGraph()
    g.add_node("a", label="A", aliases=["A"], articles=["x"])
    g.add_node("b", label="B", aliases=["B"], articles=["x"])
    g.add_edge("a", "b", key="met:1", kind="met")
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = read_graphml(path)
    assert isinstance(back, nx.MultiGraph)
    assert list(back.edges(keys=True)) == [("a", "b", "met:1")]


def test_export_graphml_same_graph_same_bytes(sample_graph):
    graph = sample_graph
    assert graphml_bytes(graph) == graphml_bytes(graph.copy())
