"""Tests of summitgraph.export.graphml: GraphML that Gephi imports with its
default settings losing nothing, that validates against the GraphML schema,
and that networkx, python-igraph and summitgraph read back whole."""

from __future__ import annotations

import io
import math
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from summitgraph.errors import ExportError
from summitgraph.export import gephi_view, read_graphml, write_graphml
from summitgraph.export.gephi import EDGE_PROPERTIES, NODE_PROPERTIES
from summitgraph.export.values import encode_id, encode_text

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
SCHEMAS = Path(__file__).parent / "schemas"
GRAPHML_TYPES = {"boolean", "long", "double", "string"}


def graphml_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


@pytest.fixture
def view_bytes(tricky_graph) -> bytes:
    return graphml_bytes(gephi_view(tricky_graph))


def same_graph(back: nx.Graph, view: nx.Graph) -> None:
    assert list(back.nodes) == list(view.nodes)
    assert dict(back.nodes(data=True)) == dict(view.nodes(data=True))
    assert {frozenset((u, v)): d for u, v, d in back.edges(data=True)} == {
        frozenset((u, v)): d for u, v, d in view.edges(data=True)
    }


# --- the GraphML schema, and what Gephi reads ---------------------------------------------------


def test_graphml_validates_against_the_graphml_schema(view_bytes):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml.xsd")))
    document = etree.fromstring(view_bytes)
    assert schema.validate(document), schema.error_log


def test_graphml_every_key_typed_id_equal_to_name_no_graph_keys(view_bytes):
    root = etree.fromstring(view_bytes)
    keys = root.findall("g:key", NS)
    assert keys
    for key in keys:
        assert key.get("attr.type") in GRAPHML_TYPES
        assert key.get("id") == key.get("attr.name")
        assert key.get("for") in ("node", "edge")
    ids = [key.get("id") for key in keys]
    assert len(ids) == len(set(ids))
    assert {d.get("key") for d in root.iter(f"{{{NS['g']}}}data")} <= set(ids)


def test_graphml_labels_weights_sizes_colours_where_gephi_reads_them(view_bytes):
    root = etree.fromstring(view_bytes)
    types = {(k.get("for"), k.get("id")): k.get("attr.type") for k in root.findall("g:key", NS)}
    assert types[("node", "label")] == "string" and types[("edge", "edgelabel")] == "string"
    assert types[("edge", "weight")] == "double" and types[("node", "size")] == "double"
    assert {types[("node", c)] for c in "rgb"} == {"long"}
    for node in root.iterfind(".//g:node", NS):
        present = {d.get("key") for d in node.findall("g:data", NS)}
        assert {"label", "size", "r", "g", "b"} <= present
    for edge in root.iterfind(".//g:edge", NS):
        present = {d.get("key") for d in edge.findall("g:data", NS)}
        assert {"edgelabel", "weight"} <= present
        assert edge.get("id") is None  # python-igraph would read vertex ids into an edge "id"


def test_graphml_no_data_attribute_named_like_a_gephi_property(view_bytes):
    root = etree.fromstring(view_bytes)
    intended = {"node": {"label", "size", "r", "g", "b"}, "edge": {"edgelabel", "weight"}}
    for key in root.findall("g:key", NS):
        reserved = NODE_PROPERTIES if key.get("for") == "node" else EDGE_PROPERTIES
        if key.get("attr.name").casefold() in reserved:
            assert key.get("attr.name") in intended[key.get("for")]


def test_graphml_no_two_edges_gephi_would_merge(view_bytes, tricky_graph):
    """Gephi merges edges with the same ends and the same type; GraphML carries no type it reads."""
    root = etree.fromstring(view_bytes)
    ends = [frozenset((e.get("source"), e.get("target"))) for e in root.iterfind(".//g:edge", NS)]
    assert len(ends) == len(set(ends))
    weights = [float(d.text) for d in root.iterfind(".//g:edge/g:data[@key='weight']", NS)]
    assert sum(weights) == tricky_graph.number_of_edges()


def test_graphml_lists_say_so_and_are_json(view_bytes):
    root = etree.fromstring(view_bytes)
    lists = {k.get("id") for k in root.findall("g:key", NS) if k.findtext("g:desc", namespaces=NS) == "JSON array"}
    assert {"aliases", "articles", "interactions", "date", "evidence"} <= lists
    (articles,) = root.xpath("//g:node[@id='person:kim-jong-un']/g:data[@key='articles']/text()", namespaces=NS)
    assert articles == '["a1", "a3", "x; y\\u0000z"]'


def test_graphml_no_empty_or_none_data(view_bytes):
    for element in etree.fromstring(view_bytes).iter(f"{{{NS['g']}}}data"):
        assert element.text and element.text.strip() not in ("None", "null", "nan", "[]")


# --- values survive --------------------------------------------------------------------------


def test_graphml_round_trip_summitgraph_gives_the_view_back(view_bytes, tricky_graph):
    back = read_graphml(io.BytesIO(view_bytes))
    same_graph(back, gephi_view(tricky_graph))


def test_graphml_control_characters_and_separators_survive(view_bytes):
    back = read_graphml(io.BytesIO(view_bytes))
    odd = "person:odd; one\x01"
    assert odd in back  # an id with "; " and a control character
    assert back.nodes[odd]["label"] == "Odd\x00One"
    assert back.nodes[odd]["aliases"] == ["Odd\x00One", "odd; one"]
    evidence = back.edges["person:kim-jong-un", "person:moon-jae-in"]["evidence"]
    assert evidence == ["Kim\x00 met\x0c Moon\u2400 \u2424 again\r\nthat week."]
    assert back.nodes["person:moon-jae-in"]["articles"] == ["x; y\x00z"]


def test_graphml_round_trip_networkx_keeps_the_types(view_bytes, tricky_graph):
    view = gephi_view(tricky_graph)
    back = nx.read_graphml(io.BytesIO(view_bytes))
    assert back.number_of_nodes() == view.number_of_nodes()
    assert back.number_of_edges() == view.number_of_edges()
    kim = back.nodes["person:kim-jong-un"]
    assert kim["mentions"] == 18 and type(kim["mentions"]) is int
    assert type(kim["size"]) is float and type(kim["r"]) is int
    beijing = back.nodes["place:beijing"]
    assert (beijing["lat"], beijing["lng"], beijing["country_code"]) == (39.9075, 116.3972, "CN")
    edge = back.edges["person:kim-jong-un", "person:xi-jinping"]
    assert edge["weight"] == 2.0 and edge["edgelabel"] == "met 2018 ×3, 2019-01-08 (planned)"


def test_graphml_python_igraph_reads_it_whole(tmp_path, tricky_graph):
    igraph = pytest.importorskip("igraph")
    view = gephi_view(tricky_graph)
    path = tmp_path / "graph.graphml"
    write_graphml(view, path)
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.vcount() == view.number_of_nodes() and graph.ecount() == view.number_of_edges()
    assert sorted(graph.vs["label"]) == sorted(encode_text(d["label"]) for _, d in view.nodes(data=True))
    assert "id" not in graph.es.attributes()
    assert sum(graph.es["weight"]) == tricky_graph.number_of_edges()
    beijing = graph.vs.find(id="place:beijing")
    assert math.isclose(beijing["lat"], 39.9075) and math.isclose(beijing["lng"], 116.3972)
    ends = {frozenset((graph.vs[e.source]["id"], graph.vs[e.target]["id"])) for e in graph.es}
    assert ends == {frozenset((encode_id(u), encode_id(v))) for u, v in view.edges()}  # ids as written


# --- refusals, determinism, other graphs -------------------------------------------------------


@pytest.mark.parametrize(
    "graph",
    [pytest.param(nx.MultiGraph([("", "b")]), id="empty-end"), pytest.param(nx.Graph([("a", "")]), id="empty-target")],
)
def test_graphml_refuses_an_empty_node_id(graph):
    buffer = io.BytesIO()
    with pytest.raises(ExportError, match="node id is empty"):
        write_graphml(graph, buffer)
    assert buffer.getvalue() == b""


def test_graphml_refuses_an_empty_edge_key():
    graph = nx.MultiGraph()
    graph.add_edge("a", "b", key="", kind="met")
    with pytest.raises(ExportError, match="edge key is empty"):
        write_graphml(graph, io.BytesIO())


def test_graphml_multigraph_keeps_keys_and_names_clashing_keys(sample_graph):
    """Written as is, the knowledge graph keeps one edge per interaction, keyed by id."""
    data = graphml_bytes(sample_graph)
    root = etree.fromstring(data)
    assert ("edge", "edge_kind", "kind") in {
        (k.get("for"), k.get("id"), k.get("attr.name")) for k in root.findall("g:key", NS)
    }
    back = read_graphml(io.BytesIO(data))
    assert isinstance(back, nx.MultiGraph)
    assert sorted(back.edges(keys=True)) == sorted(sample_graph.edges(keys=True))
    assert back.edges["person:kim-jong-un", "person:xi-jinping", "met:000000000002"]["kind"] == "met"


def test_graphml_read_from_a_text_file(tmp_path, tricky_graph):
    path = tmp_path / "g.graphml"
    write_graphml(gephi_view(tricky_graph), path)
    with open(path, encoding="utf-8") as f:
        back = read_graphml(f)
    same_graph(back, gephi_view(tricky_graph))


def test_graphml_reader_refuses_what_is_not_graphml():
    with pytest.raises(ExportError, match="not GraphML"):
        read_graphml(io.BytesIO(b"<html><body/></html>"))


def test_graphml_same_graph_same_bytes(tricky_graph):
    assert graphml_bytes(gephi_view(tricky_graph)) == graphml_bytes(gephi_view(tricky_graph.copy()))
