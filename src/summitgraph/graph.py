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
    """One entity per id: aliases and articles united, mentions summed, the
    fullest label kept; sorted by id. Linear in the number of entities."""
    nodes: dict[str, _Node] = {}
    for e in entities:
        node = nodes.get(e.id)
        if node is None:
            nodes[e.id] = node = _Node(e.label, e.kind)
        node.add(e)
    return [nodes[k].entity(k) for k in sorted(nodes)]


class _Node:
    """What the articles say of one entity, gathered in sets (a merge of two
    ``Entity`` records per article would sort ever longer tuples)."""

    __slots__ = ("aliases", "articles", "kind", "label", "mentions")

    def __init__(self, label: str, kind: str) -> None:
        self.label = label
        self.kind = kind
        self.aliases: set[str] = set()
        self.articles: set[str] = set()
        self.mentions = 0

    def add(self, e: Entity) -> None:
        self.label = max((self.label, e.label), key=_fullness)
        self.aliases.update(e.aliases)
        self.articles.update(e.articles)
        self.mentions += e.mentions

    def entity(self, eid: str) -> Entity:
        return Entity(
            id=eid,
            label=self.label,
            kind=self.kind,  # type: ignore[arg-type]
            aliases=tuple(sorted(self.aliases)),
            mentions=self.mentions,
            articles=tuple(sorted(self.articles)),
        )


def _fullness(label: str) -> tuple[int, int, str]:
    """The fullest label wins: most words, then longest, then last in order."""
    return (len(label.split()), len(label), label)


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
    the other). The same as adding each extraction to a :class:`GraphBuilder`.
    """
    builder = GraphBuilder()
    for extraction in extractions:
        builder.add(extraction)
    return builder.graph()


class GraphBuilder:
    """Builds the graph of a corpus one extraction at a time, in any order:
    what it holds is the graph (nodes, edges), never the extractions, so a
    corpus streamed from a store costs the memory of its graph. ::

        builder = GraphBuilder()
        for extraction in read_extractions("out/extractions.jsonl"):
            builder.add(extraction)
        graph = builder.graph()

    Nodes are inserted sorted by id and edges in the order of their articles'
    ids (then as each article lists them), whatever the order of ``add``.
    """

    def __init__(self) -> None:
        self._nodes: dict[str, _Node] = {}
        self._first: dict[str, tuple[str, int]] = {}  # node -> (article, arrival) that gave its kind
        self._edges: list[tuple[str, int, int, Interaction]] = []
        self._added = 0

    def add(self, extraction: ArticleExtraction) -> None:
        """Add the entities and interactions of one article."""
        order = (extraction.article, self._added)
        self._added += 1
        for e in extraction.entities:
            node = self._nodes.get(e.id)
            if node is None:
                self._nodes[e.id] = node = _Node(e.label, e.kind)
                self._first[e.id] = order
            elif order < self._first[e.id]:  # the kind of the first article in id order, as sorting would give
                node.kind, self._first[e.id] = e.kind, order
            node.add(e)
        for index, edge in enumerate(extraction.interactions):
            self._edges.append((extraction.article, order[1], index, edge))

    def graph(self) -> nx.MultiGraph:
        """The graph of everything added; raises ``ValueError`` as :func:`build_graph` does."""
        graph = nx.MultiGraph()
        for eid in sorted(self._nodes):
            node = self._nodes[eid]
            graph.add_node(
                eid,
                label=node.label,
                kind=node.kind,
                aliases=sorted(node.aliases),
                mentions=node.mentions,
                articles=sorted(node.articles),
            )
        seen: dict[str, str] = {}
        for article, _, _, edge in sorted(self._edges, key=lambda item: item[:3]):
            for end in (edge.source, edge.target):
                if end not in graph:
                    raise ValueError(f"article {article!r}: interaction {edge.id} names unknown entity {end!r}")
            if edge.id in seen:
                raise ValueError(
                    f"article {article!r}: interaction {edge.id} has the id of one in article {seen[edge.id]!r}"
                )
            seen[edge.id] = article
            graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attributes(edge))
        return graph
