"""GEXF 1.3 for Gephi's timeline: ``write_gexf`` and ``read_gexf``.

``write_gexf`` writes a Gephi view (:func:`summitgraph.export.gephi.gephi_view`)
as a dynamic graph (``mode="dynamic"``, ``timeformat="date"``):

* an edge lives over the days of its interactions, one ``<spell>`` per
  stretch of days: each interaction's ``date`` (to its ``end``) widened to the
  days it covers (``2018-06`` is June 1 to June 30, ``2019-W02`` its seven
  days; :mod:`summitgraph.export.spans`), overlapping ones joined, since Gephi
  takes no overlapping intervals on one element; an edge none of whose
  interactions has a date has no spell, and Gephi shows it at every time;
* a node lives from the first to the last day it is mentioned
  (``first_seen`` / ``last_seen``), stretched to cover its edges' spells;
* ``label``, ``weight`` (edges) and ``viz:size`` / ``viz:color`` (nodes,
  from ``size`` and ``r``/``g``/``b``) are GEXF's own; every other attribute
  is an ``<attvalue>`` of a declared, typed attribute (lists ``liststring``,
  as JSON arrays). Texts keep every character as in GraphML
  (:mod:`summitgraph.export.values`).

``read_gexf`` gives back the view that was written (spells, which are derived
from the dates, are not returned)::

    write_gexf(view, "out/graph.gexf")
    view = read_gexf("out/graph.gexf")
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from lxml import etree

from summitgraph import __version__
from summitgraph.errors import ExportError
from summitgraph.export.files import PathOrFile, opened
from summitgraph.export.gephi import pair_id
from summitgraph.export.spans import Span, day_span, hull, interaction_span, merge_spans
from summitgraph.export.values import common_type, decode_text, decode_value, encode_text, encode_value

__all__ = ["GEXF_NS", "VIZ_NS", "edge_spells", "node_spells", "read_gexf", "write_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_G = f"{{{GEXF_NS}}}"
_V = f"{{{VIZ_NS}}}"
_GEXF_TYPES = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}
# View attributes GEXF carries in its own places rather than as attvalues.
_NODE_OWN = {"label", "size", "r", "g", "b"}
_EDGE_OWN = {"edgelabel", "weight"}


def _declared(items: Iterable[dict], own: set[str]) -> dict[str, tuple[str, bool]]:
    """``{name: (gexf type, is list)}`` for every attribute name with a value, sorted."""
    values: dict[str, list[Any]] = defaultdict(list)
    for data in items:
        for name, value in data.items():
            if value is not None and name not in own:
                values[name].append(value)
    declared = {}
    for name in sorted(values):
        if all(isinstance(v, (list, tuple)) for v in values[name]):
            declared[name] = ("liststring", True)
        else:
            declared[name] = (_GEXF_TYPES[common_type(values[name]) or "string"], False)
    return declared


def edge_spells(data: dict) -> list[Span]:
    """The spells of one view edge: its interactions' days, overlapping ones joined."""
    count = len(data.get("interactions") or ())
    columns = {name: data.get(name) or [None] * count for name in ("date", "start", "end")}
    spans = (interaction_span({name: columns[name][i] for name in columns}) for i in range(count))
    return merge_spans(span for span in spans if span is not None)


def node_spells(data: dict, edge_spans: Iterable[Span]) -> list[Span]:
    """The one spell of a node: from ``first_seen`` to ``last_seen``, stretched over ``edge_spans``."""
    seen = [span for span in (day_span(data.get("first_seen")), day_span(data.get("last_seen"))) if span]
    whole = hull([*seen, *edge_spans])
    return [whole] if whole else []


def _spells(element: etree._Element, spans: list[Span]) -> None:
    if spans:
        spells = etree.SubElement(element, f"{_G}spells")
        for start, end in spans:
            etree.SubElement(spells, f"{_G}spell", {"start": start.isoformat(), "end": end.isoformat()})


def _attvalues(element: etree._Element, data: dict, declared: dict[str, tuple[str, bool]]) -> None:
    values = []
    for name, (kind, _) in declared.items():
        text = encode_value(data.get(name), "string" if kind == "liststring" else kind)
        if text:
            values.append((name, text))
    if values:
        parent = etree.SubElement(element, f"{_G}attvalues")
        for name, text in values:
            etree.SubElement(parent, f"{_G}attvalue", {"for": encode_text(name), "value": text})


def write_gexf(view: nx.Graph, path_or_file: PathOrFile) -> None:
    """A dynamic GEXF 1.3 file of a Gephi view (see the module docstring)."""
    node_attrs = _declared((d for _, d in view.nodes(data=True)), _NODE_OWN)
    edge_attrs = _declared((d for *_, d in view.edges(data=True)), _EDGE_OWN)
    spans_of_edge = {(u, v): edge_spells(d) for u, v, d in view.edges(data=True)}
    spans_of_node: dict[Any, list[Span]] = defaultdict(list)
    for (u, v), spans in spans_of_edge.items():
        spans_of_node[u] += spans
        spans_of_node[v] += spans
    root = etree.Element(f"{_G}gexf", {"version": "1.3"}, nsmap={None: GEXF_NS, "viz": VIZ_NS})
    meta = etree.SubElement(root, f"{_G}meta")
    etree.SubElement(meta, f"{_G}creator").text = f"summitgraph {__version__}"
    etree.SubElement(meta, f"{_G}description").text = "Who met whom, when and where"
    graph = etree.SubElement(
        root, f"{_G}graph", {"mode": "dynamic", "defaultedgetype": "undirected", "timeformat": "date"}
    )
    for scope, declared in (("node", node_attrs), ("edge", edge_attrs)):
        attributes = etree.SubElement(graph, f"{_G}attributes", {"class": scope, "mode": "static"})
        for name, (kind, _) in declared.items():
            attrs = {"id": encode_text(name), "title": encode_text(name), "type": kind}
            etree.SubElement(attributes, f"{_G}attribute", attrs)
    nodes = etree.SubElement(graph, f"{_G}nodes", {"count": str(view.number_of_nodes())})
    for node, data in view.nodes(data=True):
        nodes.append(_node(node, data, node_attrs, spans_of_node[node]))
    edges = etree.SubElement(graph, f"{_G}edges", {"count": str(view.number_of_edges())})
    for u, v, data in view.edges(data=True):
        edges.append(_edge(u, v, data, edge_attrs, spans_of_edge[(u, v)]))
    etree.indent(root, space="  ")
    with opened(path_or_file, "wb") as f:
        f.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
        f.write(b"\n")


def _node(node: Any, data: dict, declared: dict, edge_spans: list[Span]) -> etree._Element:
    attrs = {"id": encode_text(str(node)), "label": encode_text(str(data.get("label", node)))}
    element = etree.Element(f"{_G}node", attrs)
    _attvalues(element, data, declared)
    _spells(element, node_spells(data, edge_spans))
    if data.get("size") is not None:
        etree.SubElement(element, f"{_V}size", {"value": repr(float(data["size"]))})
    if all(data.get(c) is not None for c in "rgb"):
        etree.SubElement(element, f"{_V}color", {c: str(int(data[c])) for c in "rgb"})
    return element


def _edge(u: Any, v: Any, data: dict, declared: dict, spans: list[Span]) -> etree._Element:
    attrs = {"id": encode_text(pair_id(u, v)), "source": encode_text(str(u)), "target": encode_text(str(v))}
    if data.get("edgelabel"):
        attrs["label"] = encode_text(str(data["edgelabel"]))
    if data.get("weight") is not None:
        attrs["weight"] = repr(float(data["weight"]))
    element = etree.Element(f"{_G}edge", attrs)
    _attvalues(element, data, declared)
    _spells(element, spans)
    return element


def read_gexf(path_or_file: PathOrFile) -> nx.Graph:
    """The view a GEXF file of ``write_gexf`` holds: labels, weights, sizes,
    colours and every attribute with its type (lists split again)."""
    with opened(path_or_file, "rb") as f:
        data = f.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError as error:
        raise ExportError(f"not GEXF: {error}") from None
    graph_element = root.find(f"{_G}graph")
    if graph_element is None:
        raise ExportError(f"not GEXF 1.3: no <graph> in the {GEXF_NS} namespace")
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    for attributes in graph_element.iterfind(f"{_G}attributes"):
        for attribute in attributes.iterfind(f"{_G}attribute"):
            declared[attributes.get("class")][attribute.get("id")] = (
                decode_text(attribute.get("title")),
                attribute.get("type"),
            )
    view = nx.Graph()
    for element in graph_element.iterfind(f"{_G}nodes/{_G}node"):
        attrs = {"label": decode_text(element.get("label", ""))}
        attrs.update(_values(element, declared["node"]))
        size = element.find(f"{_V}size")
        if size is not None:
            attrs["size"] = float(size.get("value"))
        color = element.find(f"{_V}color")
        if color is not None:
            attrs.update({c: int(color.get(c)) for c in "rgb"})
        view.add_node(decode_text(element.get("id")), **attrs)
    for element in graph_element.iterfind(f"{_G}edges/{_G}edge"):
        attrs = _values(element, declared["edge"])
        if element.get("label") is not None:
            attrs["edgelabel"] = decode_text(element.get("label"))
        if element.get("weight") is not None:
            attrs["weight"] = float(element.get("weight"))
        view.add_edge(decode_text(element.get("source")), decode_text(element.get("target")), **attrs)
    return view


def _values(element: etree._Element, declared: dict[str, tuple[str, str]]) -> dict[str, Any]:
    values = {}
    for attvalue in element.iterfind(f"{_G}attvalues/{_G}attvalue"):
        title, kind = declared[attvalue.get("for")]
        is_list = kind == "liststring"
        values[title] = decode_value(attvalue.get("value"), "string" if is_list else kind, is_list=is_list)
    return values
