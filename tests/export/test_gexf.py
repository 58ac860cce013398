"""Tests of summitgraph.export.gexf: a dynamic GEXF 1.3 for Gephi's timeline,
read back whole by networkx and summitgraph."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from summitgraph.export import gephi_view, read_gexf, write_gexf
from summitgraph.export.gexf import GEXF_NS, VIZ_NS, edge_spells

NS = {"g": GEXF_NS, "viz": VIZ_NS}
SCHEMAS = Path(__file__).parent / "schemas"
KIM, XI, MOON = "person:kim-jong-un", "person:xi-jinping", "person:moon-jae-in"


def gexf_bytes(view: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_gexf(view, buffer)
    return buffer.getvalue()


@pytest.fixture
def root(tricky_graph) -> etree._Element:
    return etree.fromstring(gexf_bytes(gephi_view(tricky_graph)))


def spells(root: etree._Element, xpath: str) -> list[tuple[str, str]]:
    (element,) = root.xpath(xpath, namespaces=NS)
    return [(s.get("start"), s.get("end")) for s in element.iterfind("g:spells/g:spell", NS)]


def edge_of(u: str, v: str) -> str:
    return f"//g:edge[(@source='{u}' and @target='{v}') or (@source='{v}' and @target='{u}')]"


def as_gexf_12(document: bytes) -> etree._Element:
    """The document in GEXF 1.2draft's namespaces, its viz elements where the
    shipped (flattened) 1.2draft schema declares them: see schemas/README.md."""
    text = document.decode("utf-8").replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
    root = etree.fromstring(text.encode("utf-8"))
    for element in root.iter("{http://www.gexf.net/1.2draft/viz}*"):
        element.tag = "{http://www.gexf.net/1.2draft}" + etree.QName(element).localname
    return root


def test_gexf_is_version_13_dynamic_with_dates(root):
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == (
        "dynamic",
        "date",
        "undirected",
    )


def test_gexf_validates_against_the_gexf_schema(tricky_graph):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd")))
    document = as_gexf_12(gexf_bytes(gephi_view(tricky_graph)))
    assert schema.validate(document), schema.error_log


@pytest.mark.parametrize(
    ("ends", "expected"),
    [
        ((KIM, XI), [("2018-01-01", "2018-12-31"), ("2019-01-08", "2019-01-08")]),  # 2018 is the whole year
        (("person:donald-trump", KIM), [("2018-06-01", "2018-06-30")]),  # June; the undated one has no spell
        ((KIM, MOON), [("2019-01-07", "2019-01-13")]),  # 2019-W02 is its seven days
        ((KIM, "place:china"), [("2019-01-07", "2019-01-10")]),  # a visit from start to end
        ((MOON, "person:odd; one\u2401"), []),  # undated: shown at every time (the id as written)
    ],
)
def test_gexf_interaction_dates_are_spells(root, ends, expected):
    assert spells(root, edge_of(*ends)) == expected


def test_gexf_nodes_live_from_first_mention_over_their_spells(root):
    assert spells(root, f"//g:node[@id='{KIM}']") == [("2018-01-01", "2019-01-13")]
    assert spells(root, "//g:node[@id='place:beijing']") == [("2019-01-08", "2019-01-08")]


def test_gexf_overlapping_spells_are_joined():
    data = {"interactions": ["a", "b", "c"], "date": ["2018", "2018-06", "2019-03"]}
    assert [(s.isoformat(), e.isoformat()) for s, e in edge_spells(data)] == [
        ("2018-01-01", "2018-12-31"),
        ("2019-03-01", "2019-03-31"),
    ]


def test_gexf_labels_weights_viz(root, tricky_graph):
    view = gephi_view(tricky_graph)
    for node in root.iterfind(".//g:node", NS):
        data = view.nodes[node.get("id")] if node.get("id") in view else None
        if data is None:
            continue
        assert node.get("label") == data["label"]
        assert float(node.find("viz:size", NS).get("value")) == data["size"]
        colour = node.find("viz:color", NS)
        assert tuple(int(colour.get(c)) for c in "rgb") == (data["r"], data["g"], data["b"])
    edges = root.findall(".//g:edge", NS)
    assert len({frozenset((e.get("source"), e.get("target"))) for e in edges}) == len(edges)
    assert sum(float(e.get("weight")) for e in edges) == tricky_graph.number_of_edges()
    assert all(e.get("label") and e.get("id") for e in edges)


def test_gexf_attributes_declared_and_typed(root):
    declared = {(a.getparent().get("class"), a.get("id")): a.get("type") for a in root.iterfind(".//g:attribute", NS)}
    assert declared[("node", "mentions")] == "long"
    assert declared[("node", "lat")] == declared[("node", "lng")] == "double"
    assert declared[("node", "aliases")] == "liststring"
    assert declared[("edge", "date")] == declared[("edge", "evidence")] == "liststring"
    assert declared[("edge", "relation")] == "string"


def test_gexf_round_trip_summitgraph(tricky_graph):
    view = gephi_view(tricky_graph)
    back = read_gexf(io.BytesIO(gexf_bytes(view)))
    assert list(back.nodes) == list(view.nodes)
    assert dict(back.nodes(data=True)) == dict(view.nodes(data=True))
    assert {frozenset((u, v)): d for u, v, d in back.edges(data=True)} == {
        frozenset((u, v)): d for u, v, d in view.edges(data=True)
    }


def test_gexf_round_trip_networkx(tmp_path, tricky_graph):
    view = gephi_view(tricky_graph)
    path = tmp_path / "graph.gexf"
    write_gexf(view, path)
    back = nx.read_gexf(path, version="1.3")
    assert back.number_of_nodes() == view.number_of_nodes() and back.number_of_edges() == view.number_of_edges()
    beijing = back.nodes["place:beijing"]
    assert (beijing["lat"], beijing["lng"], beijing["country_code"]) == (39.9075, 116.3972, "CN")
    assert type(back.nodes[KIM]["mentions"]) is int and back.nodes[KIM]["label"] == "Kim Jong-un"
    assert back.edges[KIM, XI]["weight"] == 2.0


def test_gexf_same_view_same_bytes(tricky_graph):
    assert gexf_bytes(gephi_view(tricky_graph)) == gexf_bytes(gephi_view(tricky_graph.copy()))
