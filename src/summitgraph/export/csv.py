"""Node and edge tables for Gephi's spreadsheet import: ``write_csv`` and ``read_csv``.

``write_csv`` writes a Gephi view (:func:`summitgraph.export.gephi.gephi_view`)
as two UTF-8 CSV files in the shape Gephi's "Import spreadsheet" takes:

* ``nodes.csv``: ``Id``, ``Label``, then every node attribute by name
  (``kind``, ``mentions``, ``aliases``, ``lat``, ``lng``...);
* ``edges.csv``: ``Source``, ``Target``, ``Type`` (``Undirected``), ``Id``,
  ``Label``, ``Weight``, then every edge attribute by name.

Lists are JSON arrays, a missing value an empty cell, texts keep every
character as in GraphML (:mod:`summitgraph.export.values`). Gephi's own visual
properties (``size``, ``r``, ``g``, ``b``) have no place in its spreadsheet
import and are left out. CSV has no types: ``read_csv`` takes a column as
numbers (or booleans, or lists) when every value in it reads as such, so a
text column whose values all look like numbers comes back as numbers::

    write_csv(view, "out/nodes.csv", "out/edges.csv")
    view = read_csv("out/nodes.csv", "out/edges.csv")
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

import networkx as nx

from summitgraph.export.files import PathOrFile, opened
from summitgraph.export.gephi import pair_id
from summitgraph.export.values import common_type, decode_text, encode_value

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "read_csv", "write_csv"]

#: The first columns, as Gephi's spreadsheet import names them.
NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight")
_NODE_SKIP = {"label", "size", "r", "g", "b"}
_EDGE_SKIP = {"edgelabel", "weight"}
_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?(\d+\.\d*|\d*\.\d+|\d+)([eE][-+]?\d+)?|-?inf|nan")


def _columns(items: Iterable[dict], skip: set[str]) -> dict[str, str]:
    values: dict[str, list[Any]] = {}
    for data in items:
        for name, value in data.items():
            if name not in skip and value is not None:
                values.setdefault(name, []).append(value)
    return {name: common_type(values[name]) or "string" for name in sorted(values)}


def _table(rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_csv(view: nx.Graph, nodes_file: PathOrFile, edges_file: PathOrFile) -> None:
    """``nodes.csv`` and ``edges.csv`` of a Gephi view."""
    node_cols = _columns((d for _, d in view.nodes(data=True)), _NODE_SKIP)
    edge_cols = _columns((d for *_, d in view.edges(data=True)), _EDGE_SKIP)

    def cells(data: dict, columns: dict[str, str]) -> list[str]:
        return [encode_value(data.get(name), kind) or "" for name, kind in columns.items()]

    node_rows = [[*NODE_COLUMNS, *node_cols]]
    for node, data in view.nodes(data=True):
        node_rows.append([encode_value(str(node), "string"), encode_value(str(data.get("label", node)), "string")])
        node_rows[-1] += cells(data, node_cols)
    edge_rows = [[*EDGE_COLUMNS, *edge_cols]]
    for u, v, data in view.edges(data=True):
        weight = encode_value(float(data.get("weight", 1.0)), "double")
        label = encode_value(data.get("edgelabel"), "string") or ""
        ends = [encode_value(str(u), "string"), encode_value(str(v), "string")]
        edge_rows.append([*ends, "Undirected", pair_id(u, v), label, weight, *cells(data, edge_cols)])
    with opened(nodes_file, "wb") as f:
        f.write(_table(node_rows))
    with opened(edges_file, "wb") as f:
        f.write(_table(edge_rows))


def _rows(path_or_file: PathOrFile) -> list[list[str]]:
    with opened(path_or_file, "rb") as f:
        data = f.read()
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return list(csv.reader(io.StringIO(text, newline="")))


def _reader(values: list[str]):
    """How to read one column back: the narrowest type every non-empty value fits."""
    present = [v for v in values if v != ""]
    if present and all(_INT.fullmatch(v) for v in present):
        return int
    if present and all(_FLOAT.fullmatch(v) for v in present):
        return float
    if present and all(v in ("true", "false") for v in present):
        return lambda v: v == "true"
    if present and all(_is_json_list(v) for v in present):
        return lambda v: json.loads(decode_text(v))
    return decode_text


def _is_json_list(text: str) -> bool:
    if not (text.startswith("[") and text.endswith("]")):
        return False
    try:
        return isinstance(json.loads(decode_text(text)), list)
    except ValueError:
        return False


def _records(rows: list[list[str]], first: int) -> tuple[list[list[str]], list[tuple[str, Any]]]:
    header, body = rows[0], rows[1:]
    readers = [(name, _reader([row[i] for row in body])) for i, name in enumerate(header) if i >= first]
    return body, readers


def read_csv(nodes_file: PathOrFile, edges_file: PathOrFile) -> nx.Graph:
    """The view ``write_csv`` wrote (types read from the values, see the module docstring)."""
    view = nx.Graph()
    body, readers = _records(_rows(nodes_file), len(NODE_COLUMNS))
    for row in body:
        attrs = {"label": decode_text(row[1])}
        attrs.update({name: read(cell) for (name, read), cell in zip(readers, row[len(NODE_COLUMNS) :]) if cell})
        view.add_node(decode_text(row[0]), **attrs)
    body, readers = _records(_rows(edges_file), len(EDGE_COLUMNS))
    for row in body:
        attrs: dict[str, Any] = {"weight": float(row[5])}
        if row[4]:
            attrs["edgelabel"] = decode_text(row[4])
        attrs.update({name: read(cell) for (name, read), cell in zip(readers, row[len(EDGE_COLUMNS) :]) if cell})
        view.add_edge(decode_text(row[0]), decode_text(row[1]), **attrs)
    return view
