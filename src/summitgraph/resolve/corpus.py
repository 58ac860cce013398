"""Entities linked across the articles of a corpus: one node per real person,
organisation and place.

``link_articles`` renames entity ids in every extraction (mentions,
interactions, entities) so that the same entity has one id whatever article
names it, and whatever the order of the articles:

- people named in full join when their names are compatible (``keys.compatible``:
  "Hillary Rodham Clinton" and "Hillary Clinton", "Jim Jones" and "James
  Jones", "Bashar al-Assad" and "Bashar Assad"); a name compatible with two
  people ("George Bush" beside "George H. W. Bush" and "George W. Bush") joins
  the more prominent one;
- a person an article names by one word ("Obama") joins the person of the
  corpus with that surname when the corpus makes that safe (``surnames``);
- organisations join on their key (``keys.org_key``: "Apple Inc." = "Apple")
  and when an article used the other's name as a short form of theirs ("Apple"
  inside the article on "Apple Computer");
- kinds never mix: a place stays a place.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from summitgraph.models import ArticleExtraction, Entity
from summitgraph.names import name_words
from summitgraph.resolve.article import merge_same_ids
from summitgraph.resolve.keys import PersonName, compatible, org_key, person_name
from summitgraph.resolve.lone import link_lone_names

__all__ = ["Links", "apply_links", "corpus_links", "link_articles"]

# An entity named in more than this share of the articles tells no two stories apart.
_COMMON_SHARE = 0.05
# Kinds spaCy confuses with each other, settled by the corpus's majority.
_VOTING_KINDS = frozenset({"person", "organization"})


@dataclass
class Node:
    """What the corpus knows of one entity id: the raw material of linking."""

    id: str
    kind: str
    label: str
    articles: set[str] = field(default_factory=set)
    mentions: int = 0
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    @property
    def prominence(self) -> tuple[int, int]:
        return (len(self.articles), self.mentions)


@dataclass(frozen=True)
class Links:
    """The corpus-level resolution: which entity id becomes which.

    ``corpus`` holds for every article ("Hillary Rodham Clinton" ->
    "Hillary Clinton", a kind the corpus voted for); ``articles`` only in
    one article (its lone "Obama" -> Barack Obama). Chains are followed.
    """

    corpus: dict[str, str] = field(default_factory=dict)
    articles: dict[str, dict[str, str]] = field(default_factory=dict)

    def of(self, article: str) -> dict[str, str]:
        """The renames that apply in ``article``."""
        here = self.articles.get(article)
        return {**self.corpus, **here} if here else self.corpus


@dataclass(frozen=True)
class _Named:
    """What linking reads of an extraction: its article id and its entities."""

    article: str
    entities: tuple[Entity, ...]


def link_articles(extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """Merge entities across articles where it is safe, renaming their ids
    everywhere (mentions, interactions, events, entities). Ids are the id of
    the most prominent name of each merged entity, so the same corpus always
    gives the same ids, in any order.

    The same as :func:`corpus_links` over the corpus, then :func:`apply_links`
    on each article: the two halves a corpus store runs one article at a time.
    """
    links = corpus_links(extractions)
    return [apply_links(x, links) for x in extractions]


def corpus_links(extractions: Iterable[ArticleExtraction]) -> Links:
    """The corpus-level resolution of :func:`link_articles`, in one pass over
    ``extractions``: it keeps only each article's entities, so a corpus can be
    streamed through it from a store."""
    named = [_Named(x.article, x.entities) for x in extractions]
    retyped = _kind_votes(_nodes(named))
    if retyped:
        named = [_Named(x.article, _renamed_entities(x.entities, retyped)) for x in named]
    nodes = _nodes(named)
    rename = {**_link_people(nodes, _rare_contexts(named)), **_link_organisations(nodes)}
    per_article = link_lone_names(named, nodes, rename)
    return Links({**retyped, **rename}, per_article)


def apply_links(x: ArticleExtraction, links: Links) -> ArticleExtraction:
    """One article with the ids of :func:`corpus_links` put in (itself when none applies)."""
    return _renamed(x, links.of(x.article))


def _nodes(extractions: Sequence[_Named]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for x in extractions:
        for e in x.entities:
            node = nodes.setdefault(e.id, Node(id=e.id, kind=e.kind, label=e.label))
            node.articles.add(x.article)
            node.mentions += e.mentions
            node.aliases.update(e.aliases)
            node.roles.update(e.roles)
            if (len(name_words(e.label)), e.label) > (len(name_words(node.label)), node.label):
                node.label = e.label
    return nodes


def _kind_votes(nodes: dict[str, Node]) -> dict[str, str]:
    """A name that is a person in some articles and an organisation in others
    is what most articles make it, when they are at least two and twice as
    many: "Ryanair" tagged PERSON in one article is the airline of five."""
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        if node.kind in _VOTING_KINDS:
            by_name[node.id.split(":", 1)[1]].append(node)
    rename = {}
    for _, group in sorted(by_name.items()):
        if len(group) != 2:
            continue
        major, minor = sorted(group, key=lambda n: (-len(n.articles), n.kind))
        if len(major.articles) >= 2 and len(major.articles) >= 2 * len(minor.articles):
            rename[minor.id] = major.id
    return rename


def _rank(node: Node) -> tuple:
    """Most prominent first; ties broken by the id, never by article order."""
    articles, mentions = node.prominence
    return (-articles, -mentions, -len(name_words(node.label)), node.id)


def _rare_contexts(extractions: Sequence[_Named]) -> dict[str, set[str]]:
    """For each entity id, the other ids of its articles that few articles name
    (not "United States"): what tells two stories about one person."""
    ids_of = {x.article: {e.id for e in x.entities} for x in extractions}
    df: dict[str, int] = defaultdict(int)
    for ids in ids_of.values():
        for eid in ids:
            df[eid] += 1
    common = max(2, _COMMON_SHARE * len(ids_of))
    context: dict[str, set[str]] = defaultdict(set)
    for ids in ids_of.values():
        rare = {eid for eid in ids if df[eid] <= common}
        for eid in ids:
            context[eid] |= rare - {eid}
    return context


def _link_people(nodes: dict[str, Node], context: dict[str, set[str]]) -> dict[str, str]:
    """Full names of one person across the corpus -> the id of the most prominent.

    A name joins a cluster whose names are all compatible with it; when its
    given name is only a nickname of theirs ("James Clark", "Jamie Rappaport
    Clark"), the stories must also share an entity few articles name."""
    by_surname: dict[str, list[tuple[Node, PersonName]]] = defaultdict(list)
    for node in nodes.values():
        if node.kind == "person":
            name = person_name(node.label)
            if name is not None:
                by_surname[name.key].append((node, name))
    rename: dict[str, str] = {}
    for group in by_surname.values():
        clusters: list[list[tuple[Node, PersonName]]] = []
        for node, name in sorted(group, key=lambda pair: _rank(pair[0])):
            fits = [
                c
                for c in clusters
                if all(compatible(name, other) for _, other in c)
                and (
                    any(other.given == name.given for _, other in c)
                    or context.get(node.id, set()) & set().union(*(context.get(n.id, set()) for n, _ in c))
                )
            ]
            if fits:
                fits[0].append((node, name))  # clusters are in order of prominence
            else:
                clusters.append([(node, name)])
        for cluster in clusters:
            head = cluster[0][0].id
            for node, _ in cluster[1:]:
                rename[node.id] = head
    return rename


def _link_organisations(nodes: dict[str, Node]) -> dict[str, str]:
    """Organisations with one key, or bridged by a short form an article used."""
    orgs = sorted((n for n in nodes.values() if n.kind == "organization"), key=_rank)
    parent = {n.id: n.id for n in orgs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=order.get)] = min(ra, rb, key=order.get)

    order = {n.id: i for i, n in enumerate(orgs)}
    by_key: dict[str, str] = {}
    for node in orgs:
        key = org_key(node.label)
        if key in by_key:
            union(by_key[key], node.id)
        else:
            by_key[key] = node.id
    # "Apple" joined "Apple Computer" inside one article: the corpus's "Apple"
    # node is that company. When articles made it the short form of two
    # organisations that are not one ("Air Force" of the U.S. Air Force and of
    # the Indian Air Force), only the more prominent takes it.
    owners: dict[str, list[Node]] = defaultdict(list)
    for node in orgs:  # in order of prominence
        for alias in sorted({org_key(a) for a in node.aliases} - {org_key(node.label)}):
            if alias in by_key:
                owners[alias].append(node)
    for alias, nodes_of in sorted(owners.items()):
        taken: list[str] = []
        for node in nodes_of:
            key = org_key(node.label)
            if all(_extends(key, other) or _extends(other, key) for other in taken):
                taken.append(key)
                union(by_key[alias], node.id)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in orgs:
        groups[find(node.id)].append(node.id)
    return {member: head for head, members in groups.items() for member in members if member != head}


def _extends(longer: str, shorter: str) -> bool:
    """ "apple computer mac os" extends "apple computer"."""
    return longer.split()[: len(shorter.split())] == shorter.split()


def _moved(record, eid: str):
    """A party or mention under its linked id (and the kind the corpus settled on)."""
    return record.model_copy(update={"entity": eid, "kind": eid.split(":", 1)[0]})


def _follow(rename: Mapping[str, str], eid: str | None) -> str | None:
    """Where ``eid`` ends up, following chains (``a -> b -> c``)."""
    seen = set()
    while eid in rename and eid not in seen:
        seen.add(eid)
        eid = rename[eid]
    return eid


def _renamed_entities(entities: Iterable[Entity], rename: Mapping[str, str]) -> tuple[Entity, ...]:
    moved = [
        e.model_copy(update={"id": new, "kind": new.split(":", 1)[0]}) if (new := _follow(rename, e.id)) != e.id else e
        for e in entities
    ]
    return tuple(merge_same_ids(moved))


def _renamed(x: ArticleExtraction, rename: Mapping[str, str]) -> ArticleExtraction:
    if not any(e.id in rename for e in x.entities):
        return x

    new = functools.partial(_follow, rename)
    mentions = tuple(_moved(m, new(m.entity)) if m.entity in rename else m for m in x.mentions)
    interactions = tuple(
        i.model_copy(update={"source": new(i.source), "target": new(i.target), "place_id": new(i.place_id)})
        for i in x.interactions
    )
    entities = _renamed_entities(x.entities, rename)
    events = tuple(
        e.model_copy(
            update={
                "parties": tuple({new(p.entity): _moved(p, new(p.entity)) for p in e.parties}.values()),
                "place_id": new(e.place_id),
            }
        )
        for e in x.events
    )
    return x.model_copy(
        update={"mentions": mentions, "interactions": interactions, "events": events, "entities": entities}
    )
