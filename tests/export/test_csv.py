"""Tests of summitgraph.export.csv: node and edge tables in the shape of Gephi's spreadsheet import."""

from __future__ import annotations

import csv
import io

from summitgraph.export import gephi_view, read_csv, write_csv
from summitgraph.export.csv import EDGE_COLUMNS, NODE_COLUMNS


def tables(view):
    nodes, edges = io.BytesIO(), io.BytesIO()
    write_csv(view, nodes, edges)
    return nodes.getvalue(), edges.getvalue()


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_columns_gephi_reads(tricky_graph):
    nodes, edges = tables(gephi_view(tricky_graph))
    node_header = nodes.decode().splitlines()[0].split(",")
    edge_header = edges.decode().splitlines()[0].split(",")
    assert tuple(node_header[:2]) == NODE_COLUMNS == ("Id", "Label")
    assert tuple(edge_header[:6]) == EDGE_COLUMNS == ("Source", "Target", "Type", "Id", "Label", "Weight")
    assert not {"size", "r", "g", "b", "kind"} & set(edge_header)  # "kind" would be Gephi's edge type
    assert {"kind", "mentions", "lat", "lng", "country_code"} <= set(node_header)


def test_csv_rows(tricky_graph):
    view = gephi_view(tricky_graph)
    nodes, edges = (rows(t) for t in tables(view))
    assert len(nodes) == view.number_of_nodes() and len(edges) == view.number_of_edges()
    beijing = next(r for r in nodes if r["Id"] == "place:beijing")
    assert (beijing["Label"], beijing["lat"], beijing["lng"], beijing["country_code"]) == (
        "Beijing",
        "39.9075",
        "116.3972",
        "CN",
    )
    assert {r["Type"] for r in edges} == {"Undirected"}
    assert sum(float(r["Weight"]) for r in edges) == tricky_graph.number_of_edges()
    kim_xi = next(r for r in edges if {r["Source"], r["Target"]} == {"person:kim-jong-un", "person:xi-jinping"})
    assert kim_xi["Label"] == "met 2018 ×3, 2019-01-08 (planned)" and kim_xi["date"] == '["2018", "2019-01-08"]'


def test_csv_round_trip(tricky_graph):
    view = gephi_view(tricky_graph)
    nodes, edges = tables(view)
    back = read_csv(io.BytesIO(nodes), io.BytesIO(edges))
    skipped = {"size", "r", "g", "b"}  # Gephi's visual properties have no column
    assert list(back.nodes) == list(view.nodes)
    assert dict(back.nodes(data=True)) == {
        n: {k: v for k, v in d.items() if k not in skipped} for n, d in view.nodes(data=True)
    }
    assert {frozenset((u, v)): d for u, v, d in back.edges(data=True)} == {
        frozenset((u, v)): d for u, v, d in view.edges(data=True)
    }
