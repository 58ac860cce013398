"""GraphML: ``write_graphml`` and ``read_graphml``.

``write_graphml`` writes any networkx graph as it is; ``summitgraph export``
and ``ingest`` hand it the Gephi view of the knowledge graph
(:func:`summitgraph.export.gephi.gephi_view`). The file follows the GraphML
schema and Gephi's importer:

* every key has an ``attr.type`` (``boolean``, ``long``, ``double``,
  ``string``) and its id is its name (``<key id="label" attr.name="label">``),
  which Gephi, igraph, networkx and graphology all read the same way; a node
  and an edge attribute of the same name (the view has none) would make the
  edge's id ``edge_<name>``;
* an edge has an id only in a multigraph (its key): the view's edges have
  none, because python-igraph's reader fills an edge ``id`` attribute with
  vertex ids when they do, and Gephi numbers edges itself;
* a key whose values are lists says so in its ``<desc>`` (``JSON array``) and
  each value is a JSON array; missing values are left out, never written as
  text; there are no graph-level keys;
* texts, ids and list items keep every character (see
  :mod:`summitgraph.export.values`): ``read_graphml`` gives back exactly the
  values written::

    write_graphml(view, "out/graph.graphml")
    view = read_graphml("out/graph.graphml")
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from lxml import etree

from summitgraph.errors import ExportError
from summitgraph.export.files import PathOrFile, opened
from summitgraph.export.values import common_type, decode_id, decode_value, encode_id, encode_value

__all__ = ["GRAPHML_NS", "LIST_DESC", "read_graphml", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
#: The ``<desc>`` of a key whose values are JSON arrays.
LIST_DESC = "JSON array"
_NS = f"{{{GRAPHML_NS}}}"


class Key:
    """One ``<key>``: its id, scope (``node`` / ``edge``), name, type and whether it holds lists."""

    def __init__(self, key_id: str, scope: str, name: str, kind: str, is_list: bool) -> None:
        self.id, self.scope, self.name, self.kind, self.is_list = key_id, scope, name, kind, is_list


def _keys(scope: str, items: Iterable[dict], taken: set[str]) -> list[Key]:
    """The keys of one scope, sorted by name; a name with only ``None`` values gets none."""
    values: dict[str, list[Any]] = defaultdict(list)
    for data in items:
        for name, value in data.items():
            if value is not None:
                values[name].append(value)
    keys = []
    for name in sorted(values):
        kind = common_type(values[name])
        if kind is None:
            continue
        is_list = all(isinstance(v, (list, tuple)) for v in values[name])
        keys.append(Key(name if name not in taken else f"{scope}_{name}", scope, name, kind, is_list))
    return keys


def _check_id(what: str, value: Any) -> str:
    text = str(value)
    if not text:
        raise ExportError(f"{what} is empty; refusing to write GraphML that Gephi would reject")
    return encode_id(text)


def write_graphml(graph: nx.Graph, path_or_file: PathOrFile) -> None:
    """GraphML that Gephi imports as is and networkx, igraph and graphology read whole.

    Raises ``ExportError``, before writing anything, when a node id or edge key is empty.
    """
    for node in graph.nodes():
        _check_id("a node id", node)
    node_keys = _keys("node", (data for _, data in graph.nodes(data=True)), set())
    edge_keys = _keys("edge", (data for *_, data in graph.edges(data=True)), {k.name for k in node_keys})
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    with opened(path_or_file, "wb") as f, etree.xmlfile(f, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", nsmap={None: GRAPHML_NS}):
            for key in (*node_keys, *edge_keys):
                element = etree.Element(
                    "key", {"id": key.id, "for": key.scope, "attr.name": key.name, "attr.type": key.kind}
                )
                if key.is_list:
                    etree.SubElement(element, "desc").text = LIST_DESC
                xf.write(element, pretty_print=True)
            edgedefault = "directed" if graph.is_directed() else "undirected"
            with xf.element("graph", {"edgedefault": edgedefault}):
                for node, data in graph.nodes(data=True):
                    xf.write(_element("node", {"id": encode_id(str(node))}, data, node_keys), pretty_print=True)
                for u, v, *key, data in edges:
                    attrs = {"source": encode_id(str(u)), "target": encode_id(str(v))}
                    if key:
                        attrs = {"id": _check_id("an edge key", key[0]), **attrs}
                    xf.write(_element("edge", attrs, data, edge_keys), pretty_print=True)


def _element(tag: str, attrs: dict[str, str], data: dict, keys: list[Key]) -> etree._Element:
    element = etree.Element(tag, attrs)
    for key in keys:
        text = encode_value(data.get(key.name), key.kind)
        if not text:
            continue  # an empty <data> is a missing value written as text
        etree.SubElement(element, "data", {"key": key.id}).text = text
    return element


def read_graphml(path_or_file: PathOrFile) -> nx.Graph:
    """The graph a GraphML file holds, with the values ``write_graphml`` was given.

    Ids and texts are decoded, lists (keys whose ``<desc>`` says ``JSON
    array``) split again. The graph is a ``MultiGraph`` keyed by edge id when
    two edges share their ends, else a ``Graph`` (undirected unless the file
    says ``edgedefault="directed"``).
    """
    with opened(path_or_file, "rb") as f:
        data = f.read()
    if isinstance(data, str):  # a file opened in text mode
        data = data.encode("utf-8")
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError as error:
        raise ExportError(f"not GraphML: {error}") from None
    keys = {}
    for element in root.iter(f"{_NS}key"):
        desc = element.find(f"{_NS}desc")
        keys[element.get("id")] = Key(
            element.get("id"),
            element.get("for", "all"),
            element.get("attr.name") or element.get("id"),
            element.get("attr.type", "string"),
            desc is not None and (desc.text or "").strip() == LIST_DESC,
        )
    graph_element = root.find(f"{_NS}graph")
    if graph_element is None:
        raise ExportError("not GraphML: no <graph> element")
    directed = graph_element.get("edgedefault") == "directed"
    nodes = [(decode_id(n.get("id")), _data(n, keys)) for n in graph_element.iter(f"{_NS}node")]
    edges = [
        (decode_id(e.get("source")), decode_id(e.get("target")), e.get("id"), _data(e, keys))
        for e in graph_element.iter(f"{_NS}edge")
    ]
    ends = [(u, v) if directed else frozenset((u, v)) for u, v, _, _ in edges]
    multi = len(set(ends)) < len(ends)
    graph = (
        (nx.MultiDiGraph() if directed else nx.MultiGraph()) if multi else (nx.DiGraph() if directed else nx.Graph())
    )
    graph.add_nodes_from(nodes)
    for u, v, key, attrs in edges:
        if multi:
            graph.add_edge(u, v, key=decode_id(key) if key else None, **attrs)
        else:
            graph.add_edge(u, v, **attrs)
    return graph


def _data(element: etree._Element, keys: dict[str, Key]) -> dict[str, Any]:
    values = {}
    for child in element.iterfind(f"{_NS}data"):
        key = keys.get(child.get("key"))
        if key is None or child.text is None:
            continue
        try:
            values[key.name] = decode_value(child.text, key.kind, is_list=key.is_list)
        except ValueError as error:
            raise ExportError(f"GraphML value of {key.name!r} cannot be read as {key.kind}: {error}") from None
    return values
