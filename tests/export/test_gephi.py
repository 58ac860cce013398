"""Tests of summitgraph.export.gephi: the knowledge graph shaped for Gephi."""

from __future__ import annotations

import networkx as nx
import pytest

from summitgraph.export.gephi import (
    EDGE_PROPERTIES,
    KIND_COLOURS,
    NODE_PROPERTIES,
    edge_label,
    gephi_view,
    involved_entities,
    node_size,
    pair_id,
)

KIM, XI = "person:kim-jong-un", "person:xi-jinping"


def test_gephi_view_one_edge_per_pair_weights_sum_to_interactions(tricky_graph):
    view = gephi_view(tricky_graph)
    pairs = [frozenset((u, v)) for u, v in view.edges()]
    assert len(pairs) == len(set(pairs))  # nothing Gephi's import could merge
    assert sum(d["weight"] for *_, d in view.edges(data=True)) == tricky_graph.number_of_edges()
    ids = [i for *_, d in view.edges(data=True) for i in d["interactions"]]
    assert sorted(ids) == sorted(k for *_, k in tricky_graph.edges(keys=True))


def test_gephi_view_keeps_every_value_in_parallel_lists(tricky_graph):
    data = gephi_view(tricky_graph).edges[KIM, XI]
    assert data["interactions"] == ["met:000000000002", "met:000000000001"]  # oldest first
    assert data["date"] == ["2018", "2019-01-08"]
    assert data["status"] == ["occurred", "planned"]
    assert data["count"] == [3, None]
    assert data["place"] == [None, "Beijing"]
    assert data["edge_kind"] == ["met", "met"]
    assert data["relation"] == "met"
    assert data["edgelabel"] == "met 2018 ×3, 2019-01-08 (planned)"
    for key, item in zip(data["interactions"], zip(*(data[n] for n in ("evidence", "article")))):
        original = tricky_graph.edges[KIM, XI, key]
        assert item == (original["evidence"], original["article"])


@pytest.mark.parametrize(
    ("node", "kept"),
    [
        (KIM, True),
        ("place:beijing", True),  # where a meeting and a visit happened
        ("place:singapore", True),
        ("organization:kcna", False),  # named, but in no interaction
    ],
)
def test_gephi_view_keeps_the_entities_of_interactions(tricky_graph, node, kept):
    assert (node in gephi_view(tricky_graph)) is kept
    assert node in gephi_view(tricky_graph, all_entities=True)


def test_gephi_view_involved_entities(tricky_graph):
    assert "place:beijing" in involved_entities(tricky_graph)
    assert "organization:kcna" not in involved_entities(tricky_graph)


def test_gephi_view_node_visuals(tricky_graph):
    view = gephi_view(tricky_graph)
    for _, data in view.nodes(data=True):
        assert (data["r"], data["g"], data["b"]) == KIND_COLOURS[data["kind"]]
        assert data["size"] == node_size(data["mentions"])
        assert data["label"]
    assert view.nodes[KIM]["size"] > view.nodes[XI]["size"]


def test_gephi_view_names_are_disjoint_and_none_is_a_gephi_property(tricky_graph):
    view = gephi_view(tricky_graph)
    node_names = {n for _, d in view.nodes(data=True) for n in d}
    edge_names = {n for *_, d in view.edges(data=True) for n in d}
    assert not node_names & edge_names
    assert node_names & {n.casefold() for n in NODE_PROPERTIES} == {"label", "size", "r", "g", "b"}
    assert {n.casefold() for n in edge_names} & EDGE_PROPERTIES == {"edgelabel", "weight"}


def test_gephi_view_renames_clashing_attributes():
    graph = nx.MultiGraph()
    graph.add_node("a", label="A", kind="person", x=3, color="red")
    graph.add_node("b", label="B", kind="person")
    graph.add_edge("a", "b", key="met:1", kind="met", weight=5, id="e1", label="L", relation="r")
    view = gephi_view(graph)
    assert view.nodes["a"]["node_x"] == 3 and view.nodes["a"]["node_color"] == "red"
    data = view.edges["a", "b"]
    assert data["weight"] == 1.0
    assert {k: data[k] for k in ("edge_kind", "edge_weight", "edge_id", "edge_label", "edge_relation")} == {
        "edge_kind": ["met"],
        "edge_weight": [5],
        "edge_id": ["e1"],
        "edge_label": ["L"],
        "edge_relation": ["r"],
    }


def test_gephi_view_same_graph_same_view(tricky_graph):
    one, two = gephi_view(tricky_graph), gephi_view(tricky_graph.copy())
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(data=True)) == list(two.edges(data=True))


@pytest.mark.parametrize(
    ("items", "label"),
    [
        ([{"kind": "met", "date": "2018", "count": 3}], "met 2018 ×3"),
        ([{"kind": "met", "status": "possible"}], "met no date (possible)"),
        ([{"kind": "visited", "date": "2019-01-07", "end": "2019-01-10"}], "visited 2019-01-07 to 2019-01-10"),
        ([{"kind": "met", "date": "2018"}, {"kind": "accompanied", "date": "2019"}], "met 2018; accompanied 2019"),
        (
            [
                {"kind": "met", "date": "2018", "contact": "summit", "count": 3},
                {"kind": "met", "date": "2019-01-08", "contact": "meeting", "status": "planned"},
            ],
            "met 2018 ×3 (summit), 2019-01-08 (meeting, planned)",
        ),
    ],
)
def test_gephi_edge_label(items, label):
    assert edge_label(items) == label


def test_gephi_pair_id_ignores_the_order():
    assert pair_id("a", "b") == pair_id("b", "a") != pair_id("a", "c")
    assert pair_id("a", "b").startswith("pair:") and len(pair_id("a", "b")) == 17


@pytest.mark.parametrize(("mentions", "size"), [(1, 10.0), (None, 10.0), (0, 10.0), (16, 22.0)])
def test_gephi_node_size(mentions, size):
    assert node_size(mentions) == size
