"""From the store to the output files: link, build, write, streamed.

``publish`` runs the corpus-level steps over the stored extractions, one
article at a time, so that memory is that of the graph, not of the corpus:

    link   one pass: ``resolve.corpus_links`` over every stored extraction;
           the resolution is stored (``links``)
    build  a second pass: each extraction with ``resolve.apply_links`` put in,
    write  written to extractions.jsonl as it goes and added to a
           ``graph.GraphBuilder``; then the graph files

All files are replaced together (:func:`~summitgraph.store.files.replace_together`).
``read_linked`` streams the linked extractions the same way, for readers
of a store.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from summitgraph.export import EXTRACTIONS_FILE, extraction_line, format_of
from summitgraph.export import write as write_format
from summitgraph.graph import GraphBuilder
from summitgraph.models import ArticleExtraction
from summitgraph.resolve import Links, apply_links, corpus_links
from summitgraph.store.corpus import Store
from summitgraph.store.files import replace_together

__all__ = ["DEFAULT_FORMATS", "Published", "linked_lines", "output_files", "publish", "up_to_date"]

#: The graph formats (names in ``summitgraph.export.FORMATS``) an ingest writes.
DEFAULT_FORMATS = ("graphml", "json")


def output_files(formats: Sequence[str] = DEFAULT_FORMATS) -> tuple[str, ...]:
    """The file names an ingest writes: ``extractions.jsonl``, then one a format.

    ``output_files(["json"])`` is ``("extractions.jsonl", "graph.json")``.
    """
    return (EXTRACTIONS_FILE, *(file for name in formats for file in format_of(name).files))


@dataclass
class Published:
    """What ``publish`` wrote: the paths, the graph, and the counts of its
    nodes and edges by kind."""

    outputs: list[Path]
    entities: Counter
    interactions: Counter
    graph: nx.MultiGraph | None = None


def up_to_date(
    store: Store, out: str | os.PathLike, formats: Sequence[str] = DEFAULT_FORMATS, *, all_entities: bool = False
) -> Published | None:
    """What was published when the output files are those of the store as it
    is (same generation, same files and options, all there); None when they
    must be written."""
    done = store.get_meta("outputs")
    names = list(output_files(formats))
    if (
        not done
        or done["generation"] != store.generation
        or done["files"] != names
        or done.get("all_entities", False) != all_entities
    ):
        return None
    if not all((Path(out) / name).is_file() for name in names):
        return None
    return Published([Path(out) / n for n in names], Counter(done["entities"]), Counter(done["interactions"]))


def publish(
    store: Store, out: str | os.PathLike, formats: Sequence[str] = DEFAULT_FORMATS, *, all_entities: bool = False
) -> Published:
    """Link the stored corpus and write its output files into ``out``, together;
    ``all_entities`` keeps, in GraphML, GEXF and CSV, the entities that take
    part in no interaction.

    Raises ``ExportError`` (one line) when ``out`` cannot be written, and
    ``ValueError`` when the stored extractions do not make a graph; either
    way no output is changed.
    """
    names = output_files(formats)
    links = corpus_links(store.extractions())
    with store.transaction():
        store.set_links(links)
    result: dict[str, nx.MultiGraph] = {}

    def write(paths: dict[str, Path]) -> None:
        builder = GraphBuilder()
        with open(paths[EXTRACTIONS_FILE], "wb") as f:
            for line, extraction in _linked(store, links):
                f.write(line.encode("utf-8"))
                builder.add(extraction)
        graph = result["graph"] = builder.graph()
        for name in formats:
            write_format(graph, name, *(paths[file] for file in format_of(name).files), all_entities=all_entities)

    generation = store.generation
    outputs = replace_together(out, names, write, store)
    graph = result["graph"]
    entities = Counter(kind for _, kind in graph.nodes(data="kind"))
    interactions = Counter(kind for _, _, kind in graph.edges(data="kind"))
    with store.transaction():
        store.set_meta(
            "outputs",
            {
                "generation": generation,
                "files": list(names),
                "all_entities": all_entities,
                "entities": dict(sorted(entities.items())),
                "interactions": dict(sorted(interactions.items())),
            },
        )
    return Published(outputs, entities, interactions, graph)


def _linked(store: Store, links: Links) -> Iterator[tuple[str, ArticleExtraction]]:
    """``(line, extraction)`` of each stored article with ``links`` put in;
    the stored line as it is when no link applies to it."""
    for _, line in store.lines():
        extraction = ArticleExtraction.model_validate_json(line)
        renames = links.of(extraction.article)
        if renames and any(e.id in renames for e in extraction.entities):
            extraction = apply_links(extraction, links)
            line = extraction_line(extraction)
        yield line, extraction


def linked_lines(store: Store) -> Iterator[tuple[str, ArticleExtraction]]:
    """``(extractions.jsonl line, ArticleExtraction)`` of each stored article,
    linked by the store's last resolution, in store order."""
    return _linked(store, store.links())
