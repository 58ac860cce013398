"""An earlier run's output folder as a source: ``read_source`` and ``source_graph``.

``summitgraph export``, ``show`` and ``render`` read what ``summitgraph
ingest`` wrote instead of running the NLP again: the folder's corpus store
(``corpus.sqlite``) when it has one, else its ``extractions.jsonl``. Either
way the extractions come linked across articles as ingest linked them, so
building the graph from them gives the graph ingest wrote, and exporting it
gives the same bytes. Both are streamed: memory is that of the graph::

    extractions = read_source("out")          # or "out/extractions.jsonl"
    graph = source_graph("out")               # the graph ingest built

This module is the one place that knows where a run keeps its extractions.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from summitgraph.errors import ExportError
from summitgraph.export import EXTRACTIONS_FILE, read_extractions
from summitgraph.graph import GraphBuilder
from summitgraph.models import ArticleExtraction
from summitgraph.store import is_store, read_linked

__all__ = ["SourceError", "iter_source", "read_source", "source_file", "source_graph"]


class SourceError(ExportError):
    """The source is not the output of ``summitgraph ingest``."""


def source_file(source: str | os.PathLike) -> Path:
    """The extractions file of ``source``: a folder ``summitgraph ingest``
    wrote, or the ``extractions.jsonl`` itself."""
    path = Path(source)
    if path.is_dir():
        path = path / EXTRACTIONS_FILE
        if not path.is_file():
            raise SourceError(
                f"{source} holds no {EXTRACTIONS_FILE}: give the output folder of summitgraph ingest "
                f"(run summitgraph ingest ARTICLES --out {source} first)"
            )
        return path
    if not path.exists():
        raise SourceError(f"{source} does not exist: give the output folder of summitgraph ingest")
    return path


def iter_source(source: str | os.PathLike) -> Iterator[ArticleExtraction]:
    """Every extraction of ``source``, in the order ingest wrote them, streamed:
    from the corpus store of an output folder, else from ``extractions.jsonl``.

    Raises ``SourceError`` when ``source`` is not an output of ingest, and
    ``ExportError`` naming the file and line for a line that cannot be read.
    """
    if Path(source).is_dir() and is_store(source):
        return read_linked(source)
    return read_extractions(source_file(source))


def read_source(source: str | os.PathLike) -> list[ArticleExtraction]:
    """:func:`iter_source` as a list."""
    return list(iter_source(source))


def source_graph(source: str | os.PathLike) -> nx.MultiGraph:
    """The knowledge graph of ``source``, as ingest built it."""
    builder = GraphBuilder()
    try:
        for extraction in iter_source(source):
            builder.add(extraction)
        return builder.graph()
    except ValueError as error:  # an edited file whose interactions name unknown entities
        raise SourceError(f"{source}: {error}; run summitgraph ingest again") from None
