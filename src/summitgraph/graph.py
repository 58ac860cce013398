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
from collections.abc import Callable, Iterable, Sequence

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
            mentions=entity.mentions,
            articles=list(entity.articles),
            **({"roles": list(entity.roles)} if entity.roles else {}),  # people the articles give a role
        )
    seen: dict[str, str] = {}
    _add_events(graph, corpus_events(e for x in extractions for e in x.events))
    for x in extractions:
        for edge in x.interactions:
            if edge.kind == "met" and edge.event is not None:
                continue  # drawn from the corpus's events above
            for end in (edge.source, edge.target):
                if end not in graph:
                    raise ValueError(f"article {x.article!r}: interaction {edge.id} names unknown entity {end!r}")
            if edge.id in seen:
                raise ValueError(
                    f"article {x.article!r}: interaction {edge.id} has the id of one in article {seen[edge.id]!r}"
                )
            seen[edge.id] = x.article
            graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attributes(edge))
    locate_places(graph, extractions)
    mention_dates(graph, extractions)
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


def locate_places(graph: nx.MultiGraph, extractions: Sequence[ArticleExtraction]) -> None:
    """Give every place node the gazetteer knows ``lat``/``lng`` (WGS84
    degrees, a country at its capital) and ``country_code`` (ISO 3166-1
    alpha-2): Beijing is 39.9075, 116.3972, ``CN``."""
    by_id = {x.article: x for x in extractions}
    countries: dict[str, str | None] = {}

    def country_of(article: str) -> str | None:
        if article not in countries:
            countries[article] = article_country(by_id[article]) if article in by_id else None
        return countries[article]

    for _, data in graph.nodes(data=True):
        if data.get("kind") != "place":
            continue
        articles = data.get("articles", ())
        spot = place_of(data["label"], lambda articles=articles: [country_of(a) for a in articles])
        if spot is not None:
            data.update(lat=spot.lat, lng=spot.lng, country_code=spot.country)


def mention_dates(graph: nx.MultiGraph, extractions: Sequence[ArticleExtraction]) -> None:
    """Give every node ``first_seen`` and ``last_seen``: the first and last
    publication date (``YYYY-MM-DD``) of the articles that mention it, when
    any of them has one."""
    published = {x.article: x.published.isoformat() for x in extractions if x.published is not None}
    for _, data in graph.nodes(data=True):
        dates = sorted(published[a] for a in data.get("articles", ()) if a in published)
        if dates:
            data.update(first_seen=dates[0], last_seen=dates[-1])
