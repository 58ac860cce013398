"""Extractions -> one networkx ``MultiGraph`` for the whole corpus.

Nodes are entities, keyed by id (``person:kim-jong-un``): the same id in
two articles is the same node, its aliases, mention counts and articles
summed. Edges are interactions, one per interaction, keyed by the
interaction id. The graph is undirected (who met whom is symmetric); for
``visited`` and ``accompanied`` the edge's ``actor`` is the one who visited
or accompanied.

Nodes and edges are inserted in a fixed order, so the same extractions give
the same graph, and the same exported bytes.

Two facts come from outside the interactions: place nodes get ``lat``,
``lng`` and ``country_code`` from the offline gazetteer (``locate_places``),
and every node gets ``first_seen`` / ``last_seen``, the first and last
publication dates of the articles that mention it (``mention_dates``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import networkx as nx

from summitgraph import gazetteer
from summitgraph.interactions.events import MAX_PAIRED_PARTIES, event_edges
from summitgraph.interactions.merge import corpus_events
from summitgraph.models import ArticleExtraction, Entity, Event, Interaction

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
    "event",
    "contact",
    "confidence",
)


def merge_entities(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per id: aliases, roles and articles united, mentions summed,
    the fullest label kept; sorted by id. Linear in the number of entities."""
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

    __slots__ = ("aliases", "articles", "kind", "label", "mentions", "roles")

    def __init__(self, label: str, kind: str) -> None:
        self.label = label
        self.kind = kind
        self.aliases: set[str] = set()
        self.roles: set[str] = set()
        self.articles: set[str] = set()
        self.mentions = 0

    def add(self, e: Entity) -> None:
        self.label = max((self.label, e.label), key=_fullness)
        self.aliases.update(e.aliases)
        self.roles.update(e.roles)
        self.articles.update(e.articles)
        self.mentions += e.mentions

    def entity(self, eid: str) -> Entity:
        return Entity(
            id=eid,
            label=self.label,
            kind=self.kind,  # type: ignore[arg-type]
            aliases=tuple(sorted(self.aliases)),
            roles=tuple(sorted(self.roles)),
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
    what it holds is the graph (nodes, edges, events) and two facts per
    article (its country and date), never the extractions, so a corpus
    streamed from a store costs the memory of its graph. ::

        builder = GraphBuilder()
        for extraction in read_extractions("out/extractions.jsonl"):
            builder.add(extraction)
        graph = builder.graph()

    Nodes are inserted sorted by id, events and edges in the order of their
    articles' ids (then as each article lists them), whatever the order of
    ``add``.
    """

    def __init__(self) -> None:
        self._nodes: dict[str, _Node] = {}
        self._first: dict[str, tuple[str, int]] = {}  # node -> (article, arrival) that gave its kind
        self._edges: list[tuple[str, int, int, Interaction]] = []
        self._events: list[tuple[str, int, int, Event]] = []
        self._countries: dict[str, str | None] = {}  # article -> the country it is most about
        self._published: dict[str, str] = {}  # article -> its publication date
        self._added = 0

    def add(self, extraction: ArticleExtraction) -> None:
        """Add the entities, events and interactions of one article."""
        article = extraction.article
        order = (article, self._added)
        self._added += 1
        for e in extraction.entities:
            node = self._nodes.get(e.id)
            if node is None:
                self._nodes[e.id] = node = _Node(e.label, e.kind)
                self._first[e.id] = order
            elif order < self._first[e.id]:  # the kind of the first article in id order, as sorting would give
                node.kind, self._first[e.id] = e.kind, order
            node.add(e)
        for index, event in enumerate(extraction.events):
            self._events.append((article, order[1], index, event))
        for index, edge in enumerate(extraction.interactions):
            if edge.kind == "met" and edge.event is not None:
                continue  # drawn from the corpus's events
            self._edges.append((article, order[1], index, edge))
        if any(e.kind == "place" for e in extraction.entities):
            self._countries.setdefault(article, article_country(extraction))
        if extraction.published is not None:
            self._published.setdefault(article, extraction.published.isoformat())

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
                **({"roles": sorted(node.roles)} if node.roles else {}),  # people the articles give a role
            )
        _add_events(graph, corpus_events(event for *_, event in sorted(self._events, key=lambda item: item[:3])))
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
        locate_places(graph, self._countries)
        mention_dates(graph, self._published)
        return graph


def _add_events(graph: nx.MultiGraph, events: list[Event]) -> None:
    """A ``met`` edge for every pair of each event's parties, carrying the
    event's id, how many statements tell of it (``mentions``) and in which
    articles; an event of more than ``MAX_PAIRED_PARTIES`` is a node of kind
    ``event`` that each party ``attended``."""
    for event in events:
        articles = sorted({ev.article for ev in event.evidence})
        for end in (p.entity for p in event.parties):
            if end not in graph:
                raise ValueError(f"article {articles[0]!r}: event {event.id} names unknown entity {end!r}")
        if len(event.parties) > MAX_PAIRED_PARTIES:
            _add_event_node(graph, event, articles)
            continue
        for edge in event_edges(event):
            data = edge_attributes(edge) | {"mentions": event.mentions, "articles": articles}
            graph.add_edge(edge.source, edge.target, key=edge.id, **data)


def _add_event_node(graph: nx.MultiGraph, event: Event, articles: list[str]) -> None:
    label = " ".join(str(x) for x in (event.contact, event.place, event.date) if x)
    graph.add_node(event.id, label=label, kind="event", mentions=event.mentions, articles=articles)
    first = event.evidence[0]
    for party in sorted({p.entity for p in event.parties}):
        facts = {
            "kind": "attended",
            "status": event.status,
            "date": event.date,
            "place": event.place,
            "event": event.id,
            "contact": event.contact,
            "article": first.article,
            "evidence": first.text,
            "evidence_start": first.start,
            "evidence_end": first.end,
            "actor": party,
        }
        graph.add_edge(
            party, event.id, key=f"attended:{event.id}:{party}", **{k: v for k, v in facts.items() if v is not None}
        )


def article_country(extraction: ArticleExtraction) -> str | None:
    """The ISO code of the country an article is most about: the one its place
    mentions name most often (a city or region counts for its country; names
    the gazetteer calls ambiguous do not count), the first named on a tie.

    An article naming "Beijing" twice and "Washington" once is about ``CN``.
    """
    labels = {e.id: e.label for e in extraction.entities if e.kind == "place"}
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in extraction.mentions:
        label = labels.get(mention.entity or "")
        if label is None or gazetteer.is_ambiguous(label):
            continue
        spot = gazetteer.country(label) or gazetteer.place(label)
        code = getattr(spot, "iso2", None) or getattr(spot, "country", None)
        if code:
            votes[code] += 1
            first.setdefault(code, mention.start)
    if not votes:
        return None
    return max(votes, key=lambda code: (votes[code], -first[code]))


def place_of(label: str, about: Callable[[], Sequence[str | None]] = tuple) -> gazetteer.Place | None:
    """The gazetteer's place for a place node: among the places of that name,
    the one in the country its articles are most about (``about()``, one code
    an article, asked only when places of that name lie in several countries),
    else the gazetteer's own choice (a country, a capital, then the most
    populous). "Georgia" in articles about the United States is the state."""
    candidates = gazetteer.place_candidates(label)
    if len({p.country for p in candidates}) < 2:
        return candidates[0] if candidates else None
    votes = Counter(code for code in about() if code)
    best = max(candidates, key=lambda p: votes[p.country])
    return best if votes[best.country] else candidates[0]


def locate_places(graph: nx.MultiGraph, countries: Mapping[str, str | None]) -> None:
    """Give every place node the gazetteer knows ``lat``/``lng`` (WGS84
    degrees, a country at its capital) and ``country_code`` (ISO 3166-1
    alpha-2): Beijing is 39.9075, 116.3972, ``CN``. ``countries`` is the
    :func:`article_country` of each article."""
    for _, data in graph.nodes(data=True):
        if data.get("kind") != "place":
            continue
        articles = data.get("articles", ())
        spot = place_of(data["label"], lambda articles=articles: [countries.get(a) for a in articles])
        if spot is not None:
            data.update(lat=spot.lat, lng=spot.lng, country_code=spot.country)


def mention_dates(graph: nx.MultiGraph, published: Mapping[str, str]) -> None:
    """Give every node ``first_seen`` and ``last_seen``: the first and last
    publication date (``YYYY-MM-DD``, ``published`` of each article) of the
    articles that mention it, when any of them has one."""
    for _, data in graph.nodes(data=True):
        dates = sorted(published[a] for a in data.get("articles", ()) if a in published)
        if dates:
            data.update(first_seen=dates[0], last_seen=dates[-1])
