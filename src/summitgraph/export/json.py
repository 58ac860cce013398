"""networkx node-link JSON: ``write_json`` and ``read_json``.

The file is ``networkx.node_link_data`` with ``edges="edges"``, keys sorted,
so ``networkx.node_link_graph`` reads it back with its defaults and the same
graph always gives the same bytes::

    write_json(graph, "out/graph.json")
    graph = read_json("out/graph.json")
"""

from __future__ import annotations

import json

import networkx as nx

from summitgraph.export.files import PathOrFile, opened

__all__ = ["read_json", "write_json"]


def write_json(graph: nx.MultiGraph, path_or_file: PathOrFile) -> None:
    """networkx node-link JSON, keys sorted: ``networkx.node_link_graph`` reads it back."""
    data = nx.node_link_data(graph, edges="edges")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    with opened(path_or_file, "wb") as f:
        f.write(text.encode("utf-8"))


def read_json(path_or_file: PathOrFile) -> nx.MultiGraph:
    """The graph ``write_json`` wrote."""
    with opened(path_or_file, "rb") as f:
        data = json.load(f)
    return nx.node_link_graph(data, edges="edges")
