"""GraphML for Gephi: ``write_graphml`` and ``read_graphml``.

GraphML follows Gephi's importer: every key has a readable id
(``node_label``, ``edge_kind``) and an ``attr.type``; lists are joined with
``"; "``; missing values are left out rather than written as text: no
``None``, and no ``<data>`` without text (an empty list or string is left
out, and ``read_graphml`` gives the empty list back); no node id or edge end
is empty. How values become text is :mod:`summitgraph.export.values`::

    write_graphml(graph, "out/graph.graphml")
    graph = read_graphml("out/graph.graphml")
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import networkx as nx
from lxml import etree

from summitgraph.errors import ExportError
from summitgraph.export.files import PathOrFile, opened
from summitgraph.export.values import common_type, flatten, is_xml_text, split_list

__all__ = ["GRAPHML_NS", "LIST_ATTRIBUTES", "read_graphml", "write_graphml"]

# Node attributes that are lists in the graph and joined strings in GraphML.
LIST_ATTRIBUTES = frozenset({"aliases", "articles", "roles"})
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def _key_types(items: Iterator[dict]) -> dict[str, str]:
    """One attr.type per attribute name, sorted by name; a name with only
    ``None`` values gets no key."""
    values: dict[str, list[Any]] = defaultdict(list)
    for data in items:
        for name, value in data.items():
            values[name].append(value)
    types = {name: common_type(values[name]) for name in sorted(values)}
    return {name: kind for name, kind in types.items() if kind is not None}


def _check_id(what: str, value: Any) -> None:
    text = str(value)
    if not is_xml_text(text):
        raise ExportError(
            f"{what} {text!r} is empty or holds characters XML cannot carry; "
            "refusing to write GraphML that Gephi would reject"
        )


def write_graphml(graph: nx.MultiGraph, path_or_file: PathOrFile) -> None:
    """GraphML that Gephi imports as is and networkx reads back.

    Raises ``ExportError``, before writing anything, when a node id or edge
    key is empty or not XML text.
    """
    for node in graph.nodes():
        _check_id("node id", node)
    if graph.is_multigraph():
        for _, _, key in graph.edges(keys=True):
            _check_id("edge key", key)
    node_types = _key_types(data for _, data in graph.nodes(data=True))
    edge_types = _key_types(data for _, _, data in graph.edges(data=True))
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    with opened(path_or_file, "wb") as f, etree.xmlfile(f, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", nsmap={None: GRAPHML_NS}):
            for scope, types in (("node", node_types), ("edge", edge_types)):
                for name, kind in types.items():
                    xf.write(
                        etree.Element(
                            "key", {"id": f"{scope}_{name}", "for": scope, "attr.name": name, "attr.type": kind}
                        ),
                        pretty_print=True,
                    )
            with xf.element(
                "graph", {"id": "summitgraph", "edgedefault": "directed" if graph.is_directed() else "undirected"}
            ):
                for node, data in graph.nodes(data=True):
                    xf.write(_element("node", {"id": str(node)}, "node", data, node_types), pretty_print=True)
                for u, v, *key, data in edges:
                    attrs = {"source": str(u), "target": str(v)}
                    if key:
                        attrs = {"id": str(key[0]), **attrs}
                    xf.write(_element("edge", attrs, "edge", data, edge_types), pretty_print=True)


def _element(tag: str, attrs: dict[str, str], scope: str, data: dict, types: dict[str, str]) -> etree._Element:
    element = etree.Element(tag, attrs)
    for name, kind in types.items():
        text = flatten(data.get(name), kind)
        if not text:
            continue  # an empty <data> is a missing value written as text
        child = etree.SubElement(element, "data", {"key": f"{scope}_{name}"})
        child.text = text
    return element


def read_graphml(path_or_file: PathOrFile) -> nx.MultiGraph:
    """The graph ``write_graphml`` wrote, with list attributes split again
    (a node with no value for a list attribute the file declares gets ``[]``)."""
    with opened(path_or_file, "rb") as f:
        data = f.read()
    if isinstance(data, str):  # a file opened in text mode
        data = data.encode("utf-8")
    graph = nx.parse_graphml(data, force_multigraph=True)
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    declared = {key.get("attr.name") for key in root.iter(f"{{{GRAPHML_NS}}}key") if key.get("for") == "node"}
    for _, attrs in graph.nodes(data=True):
        for name in LIST_ATTRIBUTES & declared:
            attrs[name] = split_list(attrs.get(name))
    return graph
