"""The Gephi facts of the issue, one by one, on the seed article's graph
(Kim Jong-un's visit to Beijing, 2019-01-08), with the installed model."""

from __future__ import annotations

import io

import pytest
from lxml import etree

from summitgraph.export import gephi_view, write_gexf, write_graphml
from summitgraph.graph import build_graph

pytestmark = pytest.mark.model

G = {"g": "http://graphml.graphdrawing.org/xmlns"}
X = {"g": "http://gexf.net/1.3"}
KIM, XI, TRUMP = "person:kim-jong-un", "person:xi-jinping", "person:donald-trump"


@pytest.fixture(scope="module")
def seed_graph(seed_extraction):
    return build_graph([seed_extraction])


@pytest.fixture(scope="module")
def graphml(seed_graph):
    buffer = io.BytesIO()
    write_graphml(gephi_view(seed_graph), buffer)
    return etree.fromstring(buffer.getvalue())


@pytest.fixture(scope="module")
def gexf(seed_graph):
    buffer = io.BytesIO()
    write_gexf(gephi_view(seed_graph), buffer)
    return etree.fromstring(buffer.getvalue())


def test_seed_gephi_no_two_edges_gephi_would_merge(graphml):
    ends = [frozenset((e.get("source"), e.get("target"))) for e in graphml.iterfind(".//g:edge", G)]
    assert len(ends) == len(set(ends))


def test_seed_gephi_weights_sum_to_the_interactions(graphml, seed_graph, seed_extraction):
    weights = [float(d.text) for d in graphml.iterfind(".//g:edge/g:data[@key='weight']", G)]
    assert sum(weights) == seed_graph.number_of_edges() == len(seed_extraction.interactions)


def test_seed_gephi_kim_xi_keeps_both_dates_and_statuses(seed_graph):
    data = gephi_view(seed_graph).edges[KIM, XI]
    assert data["weight"] == 2.0
    assert sorted(zip(data["date"], data["status"])) == [("2018", "occurred"), ("2019-01-08", "planned")]


def test_seed_gephi_labels_on_every_node_and_edge(graphml):
    for node in graphml.iterfind(".//g:node", G):
        assert node.findtext("g:data[@key='label']", namespaces=G)
    for edge in graphml.iterfind(".//g:edge", G):
        assert edge.findtext("g:data[@key='edgelabel']", namespaces=G)


def test_seed_gephi_beijing_lat_lng_typed_double(graphml):
    keys = {k.get("id"): k.get("attr.type") for k in graphml.findall("g:key", G)}
    assert keys["lat"] == keys["lng"] == "double"
    (beijing,) = graphml.xpath("//g:node[@id='place:beijing']", namespaces=G)
    values = {d.get("key"): d.text for d in beijing.findall("g:data", G)}
    assert (float(values["lat"]), float(values["lng"]), values["country_code"]) == (39.9075, 116.3972, "CN")


def test_seed_gephi_dates_as_gexf_spells(gexf):
    def spells(u, v):
        (edge,) = gexf.xpath(
            f"//g:edge[(@source='{u}' and @target='{v}') or (@source='{v}' and @target='{u}')]", namespaces=X
        )
        return [(s.get("start"), s.get("end")) for s in edge.iterfind("g:spells/g:spell", X)]

    assert spells(KIM, XI) == [("2018-01-01", "2018-12-31"), ("2019-01-08", "2019-01-08")]
    assert spells(TRUMP, KIM) == [("2018-06-01", "2018-06-30")]
    assert spells(KIM, "place:china") == [("2019-01-07", "2019-01-10")]
    graph = gexf.find("g:graph", X)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")


def test_seed_gephi_only_entities_of_interactions_by_default(seed_graph):
    view = gephi_view(seed_graph)
    assert "organization:kcna" not in view and "place:beijing" in view
    assert set(gephi_view(seed_graph, all_entities=True)) == set(seed_graph)
