"""An earlier run's output folder as a source: ``read_source`` and ``source_graph``.

``summitgraph export``, ``show`` and ``render`` read what ``summitgraph
ingest`` wrote instead of running the NLP again. Today that is
``extractions.jsonl``, whose extractions are already linked across articles,
so building the graph from them gives the graph ingest wrote, and exporting
it gives the same bytes::

    extractions = read_source("out")          # or "out/extractions.jsonl"
    graph = source_graph("out")               # graph.build_graph(extractions)

This module is the one place that knows where a run keeps its extractions.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from summitgraph.errors import ExportError
from summitgraph.export import EXTRACTIONS_FILE, read_extractions
from summitgraph.graph import build_graph
from summitgraph.models import ArticleExtraction

__all__ = ["SourceError", "read_source", "source_file", "source_graph"]


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


def read_source(source: str | os.PathLike) -> list[ArticleExtraction]:
    """Every extraction of ``source``, in the order ingest wrote them.

    Raises ``SourceError`` when ``source`` is not an output of ingest, and
    ``ExportError`` naming the file and line for a line that cannot be read.
    """
    return list(read_extractions(source_file(source)))


def source_graph(source: str | os.PathLike) -> nx.MultiGraph:
    """The knowledge graph of ``source``, as ingest built it."""
    try:
        return build_graph(read_source(source))
    except ValueError as error:  # an edited file whose interactions name unknown entities
        raise SourceError(f"{source}: {error}; run summitgraph ingest again") from None
