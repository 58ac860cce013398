"""Graph -> files: GraphML for Gephi, networkx node-link JSON; and back.

Paired ``write_*`` / ``read_*`` functions take a path or an open binary
file. ``atomic_path`` gives writers a temporary file beside the target that
replaces it only once complete, so an interrupted run never leaves a
half-written output.

GraphML follows Gephi's importer: every key has a readable id
(``node_label``, ``edge_kind``) and an ``attr.type``; lists are joined with
``"; "``; missing values are left out rather than written as text: no
``None``, and no ``<data>`` without text (an empty list or string is left
out, and ``read_graphml`` gives the empty list back); no node id or edge end
is empty.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx
from lxml import etree

from summitgraph.errors import ExportError

PathOrFile = str | os.PathLike | IO[bytes]
LIST_SEPARATOR = "; "
# Node attributes that are lists in the graph and joined strings in GraphML.
LIST_ATTRIBUTES = frozenset({"aliases", "articles"})
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# Characters XML 1.0 cannot carry; news text scraped from the web has them
# (and lone surrogates, which JSON escapes such as \ud800 can produce).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block ends
    without error, removed otherwise."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are ordinary files
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()


@contextlib.contextmanager
def _open(path_or_file: PathOrFile) -> Iterator[IO[bytes]]:
    if hasattr(path_or_file, "write") or hasattr(path_or_file, "read"):
        yield path_or_file  # type: ignore[misc]
    else:
        with open(path_or_file, "wb") as f:
            yield f


# --- node-link JSON -------------------------------------------------------------


def write_json(graph: nx.MultiGraph, path_or_file: PathOrFile) -> None:
    """networkx node-link JSON, keys sorted: ``networkx.node_link_graph`` reads it back."""
    data = nx.node_link_data(graph, edges="edges")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    with _open(path_or_file) as f:
        f.write(text.encode("utf-8"))


def read_json(path_or_file: PathOrFile) -> nx.MultiGraph:
    """The graph ``write_json`` wrote."""
    if hasattr(path_or_file, "read"):
        data = json.load(path_or_file)  # type: ignore[arg-type]
    else:
        with open(path_or_file, "rb") as f:
            data = json.load(f)
    return nx.node_link_graph(data, edges="edges")


# --- GraphML -------------------------------------------------------------------


def _graphml_value(value: Any) -> tuple[str, str]:
    """(attr.type, text) of one attribute value."""
    if isinstance(value, bool):
        return "boolean", "true" if value else "false"
    if isinstance(value, int):
        return "long", str(value)
    if isinstance(value, float):
        return "double", repr(value)
    if isinstance(value, (list, tuple, set)):
        text = LIST_SEPARATOR.join(str(v) for v in value if v is not None)
        return "string", _XML_INVALID.sub("", text)
    return "string", _XML_INVALID.sub("", str(value))


def _key_types(items: Iterator[dict]) -> dict[str, str]:
    """One attr.type per attribute name; mixed types fall back to string
    (and int with float to double)."""
    types: dict[str, str] = {}
    for data in items:
        for name, value in data.items():
            if value is None:
                continue
            kind, _ = _graphml_value(value)
            seen = types.get(name)
            if seen is None or seen == kind:
                types[name] = kind
            elif {seen, kind} == {"long", "double"}:
                types[name] = "double"
            else:
                types[name] = "string"
    return dict(sorted(types.items()))


def _check_id(what: str, value: Any) -> None:
    text = str(value)
    if not text or _XML_INVALID.search(text):
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
    with _open(path_or_file) as f, etree.xmlfile(f, encoding="utf-8") as xf:
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
    for name in types:
        value = data.get(name)
        if value is None:
            continue
        kind, text = _graphml_value(value)
        if types[name] == "string" and kind != "string":
            text = _XML_INVALID.sub("", str(value))
        if not text:
            continue  # an empty <data> is a missing value written as text
        child = etree.SubElement(element, "data", {"key": f"{scope}_{name}"})
        child.text = text
    return element


def read_graphml(path_or_file: PathOrFile) -> nx.MultiGraph:
    """The graph ``write_graphml`` wrote, with list attributes split again
    (a node with no value for a list attribute the file declares gets ``[]``)."""
    if hasattr(path_or_file, "read"):
        data = path_or_file.read()  # type: ignore[union-attr]
    else:
        with open(path_or_file, "rb") as f:
            data = f.read()
    if isinstance(data, str):  # a file opened in text mode
        data = data.encode("utf-8")
    graph = nx.parse_graphml(data, force_multigraph=True)
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    declared = {key.get("attr.name") for key in root.iter(f"{{{GRAPHML_NS}}}key") if key.get("for") == "node"}
    for _, attrs in graph.nodes(data=True):
        for name in LIST_ATTRIBUTES & declared:
            value = attrs.get(name)
            attrs[name] = value.split(LIST_SEPARATOR) if value else []
    return graph
