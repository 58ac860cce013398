"""Graph -> files, and back: one module a format, and a registry of them.

Laid out as networkx's ``readwrite``: each format is a module with a paired
``write_*`` / ``read_*`` that take a graph and a path or an open binary
file:

``graphml``
    GraphML for Gephi (:mod:`summitgraph.export.graphml`), ``graph.graphml``.
``json``
    networkx node-link JSON (:mod:`summitgraph.export.json`), ``graph.json``.

``FORMATS`` maps each format's name to its ``Format(write, read, file_name)``;
:func:`write` and :func:`read` look the format up by name::

    from summitgraph.export import FORMATS, read, write
    write(graph, "graphml", "out/graph.graphml")
    graph = read("json", "out/graph.json")

**Adding a format** is one new module here with its ``write_*`` / ``read_*``
pair, plus one row in ``FORMATS``; nothing else changes. XML formats take
their attribute text from :mod:`~summitgraph.export.values`, where lists are
joined, ``None`` dropped and XML-invalid characters removed.

Beside the graph formats: :mod:`~summitgraph.export.extractions` writes and
reads ``extractions.jsonl`` (one ``ArticleExtraction`` a line), and
:mod:`~summitgraph.export.files` holds ``atomic_path``, which gives writers a
temporary file beside the target that replaces it only once complete, so an
interrupted run never leaves a half-written output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import networkx as nx

from summitgraph.errors import ExportError
from summitgraph.export.extractions import EXTRACTIONS_FILE, extraction_line, read_extractions, write_extractions
from summitgraph.export.files import PathOrFile, atomic_path
from summitgraph.export.graphml import GRAPHML_NS, LIST_ATTRIBUTES, read_graphml, write_graphml
from summitgraph.export.json import read_json, write_json
from summitgraph.export.values import LIST_SEPARATOR

__all__ = [
    "EXTRACTIONS_FILE",
    "FORMATS",
    "GRAPHML_NS",
    "LIST_ATTRIBUTES",
    "LIST_SEPARATOR",
    "Format",
    "PathOrFile",
    "atomic_path",
    "extraction_line",
    "format_of",
    "read",
    "read_extractions",
    "read_graphml",
    "read_json",
    "write",
    "write_extractions",
    "write_graphml",
    "write_json",
]


class Format(NamedTuple):
    """One output format: its writer, its reader, and the file name ``summitgraph ingest`` gives it."""

    write: Callable[[nx.MultiGraph, PathOrFile], None]
    read: Callable[[PathOrFile], nx.MultiGraph]
    file_name: str


#: Every graph format, by name, in the order ``summitgraph ingest`` writes them.
FORMATS: dict[str, Format] = {
    "graphml": Format(write_graphml, read_graphml, "graph.graphml"),
    "json": Format(write_json, read_json, "graph.json"),
}


def format_of(name: str) -> Format:
    """The registered format called ``name``; ``ExportError`` if there is none.

    ``format_of("json").file_name`` is ``"graph.json"``.
    """
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(f"unknown output format {name!r}; choose one of: {', '.join(FORMATS)}") from None


def write(graph: nx.MultiGraph, fmt: str, path_or_file: PathOrFile) -> None:
    """Write ``graph`` in the format called ``fmt``: ``write(graph, "graphml", "g.graphml")``.

    Not atomic by itself: wrap a path in :func:`atomic_path` for that.
    """
    format_of(fmt).write(graph, path_or_file)


def read(fmt: str, path_or_file: PathOrFile) -> nx.MultiGraph:
    """Read the graph a file of format ``fmt`` holds: ``read("json", "out/graph.json")``."""
    return format_of(fmt).read(path_or_file)
