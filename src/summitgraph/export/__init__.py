"""Graph -> files, and back: one module a format, and a registry of them.

Laid out as networkx's ``readwrite``: each format is a module with a paired
``write_*`` / ``read_*`` that take a graph and a path or an open binary file
(two for CSV):

``graphml``
    GraphML for Gephi (:mod:`summitgraph.export.graphml`), ``graph.graphml``.
``gexf``
    dynamic GEXF 1.3, for Gephi's timeline (:mod:`summitgraph.export.gexf`), ``graph.gexf``.
``json``
    networkx node-link JSON of the whole knowledge graph (:mod:`summitgraph.export.json`), ``graph.json``.
``csv``
    node and edge tables for Gephi's spreadsheet import (:mod:`summitgraph.export.csv`),
    ``nodes.csv`` and ``edges.csv``.

GraphML, GEXF and CSV are written from the Gephi view of the knowledge graph
(:func:`~summitgraph.export.gephi.gephi_view`: one edge per pair of entities,
weights, labels, sizes and colours, only the entities that take part in an
interaction unless ``all_entities``); JSON is the knowledge graph itself, one
edge per interaction, every entity.

``FORMATS`` maps each format's name to its ``Format(write, read, files)``;
:func:`write` and :func:`read` look the format up by name::

    from summitgraph.export import FORMATS, read, write
    write(graph, "graphml", "out/graph.graphml")
    write(graph, "csv", "out/nodes.csv", "out/edges.csv", all_entities=True)
    view = read("gexf", "out/graph.gexf")

**Adding a format** is one new module here with its ``write_*`` / ``read_*``
pair, plus one row in ``FORMATS``; nothing else changes. Values become text
in :mod:`~summitgraph.export.values`, and only there.

Beside the graph formats: :mod:`~summitgraph.export.extractions` writes and
reads ``extractions.jsonl`` (one ``ArticleExtraction`` a line), and
:mod:`~summitgraph.export.files` holds ``atomic_path``, which gives writers a
temporary file beside the target that replaces it only once complete, so an
interrupted run never leaves a half-written output.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from summitgraph.errors import ExportError
from summitgraph.export.csv import read_csv, write_csv
from summitgraph.export.extractions import EXTRACTIONS_FILE, extraction_line, read_extractions, write_extractions
from summitgraph.export.files import PathOrFile, atomic_path
from summitgraph.export.gephi import gephi_view
from summitgraph.export.gexf import GEXF_NS, read_gexf, write_gexf
from summitgraph.export.graphml import GRAPHML_NS, read_graphml, write_graphml
from summitgraph.export.json import read_json, write_json

__all__ = [
    "EXTRACTIONS_FILE",
    "FORMATS",
    "GEXF_NS",
    "GRAPHML_NS",
    "Format",
    "PathOrFile",
    "atomic_path",
    "extraction_line",
    "format_of",
    "gephi_view",
    "output_paths",
    "read",
    "read_csv",
    "read_extractions",
    "read_gexf",
    "read_graphml",
    "read_json",
    "write",
    "write_csv",
    "write_extractions",
    "write_files",
    "write_gexf",
    "write_graphml",
    "write_json",
]


class Format(NamedTuple):
    """One output format: its writer (the knowledge graph, one path or file
    for each of ``files``, and ``all_entities``), its reader, and the file
    names ``summitgraph ingest`` gives it."""

    write: Callable[..., None]
    read: Callable[..., nx.Graph]
    files: tuple[str, ...]

    @property
    def file_name(self) -> str:
        """The first (for most formats the only) file name: ``graph.graphml``."""
        return self.files[0]


def _viewed(writer: Callable[..., None]) -> Callable[..., None]:
    """A writer of the Gephi view, taking the knowledge graph."""

    def write_view(graph: nx.MultiGraph, *files: PathOrFile, all_entities: bool = False) -> None:
        writer(gephi_view(graph, all_entities=all_entities), *files)

    write_view.__doc__ = f"``{writer.__name__}`` of ``gephi_view(graph, all_entities=all_entities)``."
    return write_view


def _whole(graph: nx.MultiGraph, *files: PathOrFile, all_entities: bool = False) -> None:
    """JSON is the whole knowledge graph, whatever ``all_entities`` says."""
    write_json(graph, *files)


#: Every graph format, by name, in the order ``summitgraph ingest`` writes them.
FORMATS: dict[str, Format] = {
    "graphml": Format(_viewed(write_graphml), read_graphml, ("graph.graphml",)),
    "gexf": Format(_viewed(write_gexf), read_gexf, ("graph.gexf",)),
    "json": Format(_whole, read_json, ("graph.json",)),
    "csv": Format(_viewed(write_csv), read_csv, ("nodes.csv", "edges.csv")),
}


def format_of(name: str) -> Format:
    """The registered format called ``name``; ``ExportError`` if there is none.

    ``format_of("json").file_name`` is ``"graph.json"``.
    """
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(f"unknown output format {name!r}; choose one of: {', '.join(FORMATS)}") from None


def write(graph: nx.MultiGraph, fmt: str, *files: PathOrFile, all_entities: bool = False) -> None:
    """Write the knowledge graph ``graph`` in the format called ``fmt``, one
    path or file for each of the format's files: ``write(graph, "graphml", "g.graphml")``.

    Not atomic by itself: see :func:`write_files` for that.
    """
    found = format_of(fmt)
    if len(files) != len(found.files):
        raise ExportError(
            f"format {fmt!r} writes {len(found.files)} file(s) ({', '.join(found.files)}), not {len(files)}"
        )
    found.write(graph, *files, all_entities=all_entities)


def read(fmt: str, *files: PathOrFile) -> nx.Graph:
    """Read the graph the files of format ``fmt`` hold: ``read("json", "out/graph.json")``."""
    return format_of(fmt).read(*files)


def output_paths(fmt: str, out: str | os.PathLike) -> list[Path]:
    """Where ``summitgraph export`` writes format ``fmt``: ``out`` itself for a
    one-file format, the format's files inside the folder ``out`` for CSV."""
    found = format_of(fmt)
    if len(found.files) == 1:
        return [Path(out)]
    return [Path(out) / name for name in found.files]


def write_files(graph: nx.MultiGraph, fmts: Sequence[str], paths: Sequence[Sequence[Path]], **options) -> None:
    """Write ``graph`` in each format of ``fmts`` to its ``paths``, every file
    replaced together once all are written (an ``OSError`` leaves them all as
    they were)."""
    with contextlib.ExitStack() as stack:
        temps = [[stack.enter_context(atomic_path(p)) for p in group] for group in paths]
        for fmt, group in zip(fmts, temps):
            write(graph, fmt, *group, **options)
