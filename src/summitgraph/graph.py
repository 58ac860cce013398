"""Extractions -> one networkx ``MultiGraph`` for the whole corpus.

Nodes are entities, keyed by id (``person:kim-jong-un``): the same id in
two articles is the same node, its aliases, mention counts and articles
summed. Edges are interactions, one per interaction, keyed by the
interaction id. The graph is undirected (who met whom is symmetric); for
``visited`` and ``accompanied`` the edge's ``actor`` is the one who visited
or accompanied.

Nodes and edges are inserted in a fixed order, so the same extractions give
the same graph, and the same exported bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from summitgraph.models import ArticleExtraction, Entity, Interaction

EDGE_FIELDS = (
    "kind",
    "status",
    "date",
    "start",
    "end",
    "place",
    "place_id",
    "mode",
    "count",
    "trigger",
    "article",
    "evidence",
    "evidence_start",
    "evidence_end",
)


def merge_entities(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per id: aliases, roles and articles united, mentions summed,
    the fullest label kept."""
    by_id: dict[str, Entity] = {}
    for e in entities:
        old = by_id.get(e.id)
        if old is None:
            by_id[e.id] = e
            continue
        label = max((old.label, e.label), key=lambda s: (len(s.split()), len(s), s))
        by_id[e.id] = old.model_copy(
            update={
                "label": label,
                "aliases": tuple(sorted(set(old.aliases) | set(e.aliases))),
                "roles": tuple(sorted(set(old.roles) | set(e.roles))),
                "mentions": old.mentions + e.mentions,
                "articles": tuple(sorted(set(old.articles) | set(e.articles))),
            }
        )
    return [by_id[k] for k in sorted(by_id)]


def edge_attributes(edge: Interaction) -> dict:
    """An interaction as edge data: its fields that have a value."""
    data = {name: getattr(edge, name) for name in EDGE_FIELDS if getattr(edge, name) is not None}
    if edge.kind != "met":
        data["actor"] = edge.source
    return data


def check_extraction(extraction: ArticleExtraction) -> None:
    """Raise ``ValueError`` if an interaction of ``extraction`` names an
    entity the extraction does not list, or two interactions share an id."""
    known = {e.id for e in extraction.entities}
    seen: set[str] = set()
    for edge in extraction.interactions:
        for end in (edge.source, edge.target):
            if end not in known:
                raise ValueError(f"article {extraction.article!r}: interaction {edge.id} names unknown entity {end!r}")
        if edge.id in seen:
            raise ValueError(f"article {extraction.article!r}: two interactions have the id {edge.id}")
        seen.add(edge.id)


def build_graph(extractions: Iterable[ArticleExtraction]) -> nx.MultiGraph:
    """The knowledge graph of a corpus: entities as nodes, interactions as edges.

    Raises ``ValueError`` when an interaction names an entity no extraction
    lists, or when two interactions share an id (one would silently replace
    the other).
    """
    extractions = sorted(extractions, key=lambda x: x.article)
    graph = nx.MultiGraph()
    for entity in merge_entities(e for x in extractions for e in x.entities):
        graph.add_node(
            entity.id,
            label=entity.label,
            kind=entity.kind,
            aliases=list(entity.aliases),
            roles=list(entity.roles),
            mentions=entity.mentions,
            articles=list(entity.articles),
        )
    seen: dict[str, str] = {}
    for x in extractions:
        for edge in x.interactions:
            for end in (edge.source, edge.target):
                if end not in graph:
                    raise ValueError(f"article {x.article!r}: interaction {edge.id} names unknown entity {end!r}")
            if edge.id in seen:
                raise ValueError(
                    f"article {x.article!r}: interaction {edge.id} has the id of one in article {seen[edge.id]!r}"
                )
            seen[edge.id] = x.article
            graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attributes(edge))
    return graph
