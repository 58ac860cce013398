"""Name mentions -> entities: which mentions of one article name the same
person, organisation or place, and the graph node each one becomes.

Within an article:

- person names are grouped by their folded form ("Harry J. Kazianis" =
  "Harry Kazianis"); a single word joins the most prominent full name whose
  surname it is ("Kim" -> Kim Jong-un, not Kim Yong-chol: the surname comes
  first in East Asian names), else whose given name it is;
- an "ORG" that is a person's surname is that person ("summits with Trump");
- a role description ("China's president") joins the person the article
  titles so ("Chinese President Xi Jinping"), or the name it is apposed to;
- organisations join their longer form ("Foreign Ministry" -> "Chinese
  Foreign Ministry") and their acronym ("KCNA" -> "Korean Central News Agency");
- places are folded to the gazetteer's name ("U.S.", "the United States"
  and "America" are the United States).

Across articles, nodes with the same id are the same entity: ids are the
kind and a slug of the canonical label (``person:kim-jong-un``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from summitgraph import gazetteer
from summitgraph.lexicon.names import NAME_CONNECTORS
from summitgraph.lexicon.roles import GENERIC_ROLES, ROLE_MATCHES
from summitgraph.models import ArticleExtraction, Entity, EntityKind, NameMention
from summitgraph.names import fold, slug, surnames
from summitgraph.names import name_words as _words

__all__ = ["Resolution", "entity_id", "fold", "link_articles", "place_name", "resolve", "slug", "surnames"]


def entity_id(kind: EntityKind, label: str) -> str:
    return f"{kind}:{slug(label)}"


@dataclass
class _Cluster:
    kind: EntityKind
    members: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    first: int = 0


@dataclass(frozen=True)
class Resolution:
    """For each name mention, the id of its entity (None when unresolved),
    and the entities of the article."""

    entity_of: tuple[str | None, ...]
    entities: tuple[Entity, ...]


def resolve(mentions: list[NameMention], article_id: str) -> Resolution:
    """Group one article's name mentions into entities."""
    kinds = _retype(mentions)
    clusters: list[_Cluster] = []
    cluster_of: dict[int, int] = {}
    for kind in ("person", "organization", "place"):
        members = [i for i, m in enumerate(mentions) if kinds[i] == kind and m.role is None]
        if kind == "person":
            groups = _group_people(mentions, members)
        elif kind == "organization":
            groups = _group_organisations(mentions, members)
        else:
            groups = _group_places(mentions, members)
        for group in groups:
            cluster = _Cluster(kind=kind, first=mentions[group[0]].start)
            for i in group:
                cluster.members.append(i)
                cluster.names.append(mentions[i].name or mentions[i].text)
                cluster.titles.update(mentions[i].titles)
                cluster_of[i] = len(clusters)
            clusters.append(cluster)
    _attach_roles(mentions, clusters, cluster_of)
    entity_of: list[str | None] = [None] * len(mentions)
    entities: list[Entity] = []
    for cluster in clusters:
        label = _label(cluster)
        eid = entity_id(cluster.kind, label)
        for i in cluster.members:
            entity_of[i] = eid
        aliases = sorted({_alias(mentions[i]) for i in cluster.members})
        entities.append(
            Entity(
                id=eid,
                label=label,
                kind=cluster.kind,
                aliases=tuple(aliases),
                mentions=len(cluster.members),
                articles=(article_id,),
            )
        )
    return Resolution(entity_of=tuple(entity_of), entities=tuple(_merge_same_ids(entities)))


def _alias(m: NameMention) -> str:
    if m.role is not None:
        text = m.text
        return text[4:] if text.lower().startswith("the ") else text
    return m.name or m.text


def _merge_same_ids(entities: list[Entity]) -> list[Entity]:
    """Two clusters whose labels fold alike are one entity."""
    by_id: dict[str, Entity] = {}
    for e in entities:
        if e.id in by_id:
            old = by_id[e.id]
            by_id[e.id] = old.model_copy(
                update={
                    "aliases": tuple(sorted(set(old.aliases) | set(e.aliases))),
                    "mentions": old.mentions + e.mentions,
                }
            )
        else:
            by_id[e.id] = e
    return sorted(by_id.values(), key=lambda e: e.id)


def _retype(mentions: list[NameMention]) -> list[EntityKind]:
    """Settle person-or-organisation within the article, where spaCy's labels
    for one name disagree:

    - a name takes the label most of its mentions have ("Ryanair" tagged
      PERSON twice and ORG five times is an organisation; on a tie, the label
      of its first mention);
    - then a one-word organisation that is the surname of a person named in
      full is that person ("summits with Trump" tagged ORG beside "Donald Trump").
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, EntityKind] = {}
    for m in mentions:
        if m.name and m.role is None and m.kind in {"person", "organization"}:
            votes[fold(m.name)][m.kind] += 1
            first.setdefault(fold(m.name), m.kind)
    kinds: list[EntityKind] = []
    for m in mentions:
        kind = m.kind
        if m.name and m.role is None and kind in {"person", "organization"}:
            folded = fold(m.name)
            counts = votes[folded]
            if counts["person"] != counts["organization"]:
                kind = "person" if counts["person"] > counts["organization"] else "organization"
            else:
                kind = first[folded]  # a tie: the first mention, which introduces the name
        kinds.append(kind)
    person_surnames: set[str] = set()
    for m, kind in zip(mentions, kinds):
        if kind == "person" and m.name and len(_words(m.name)) > 1:
            person_surnames |= surnames(m.name)
    for i, m in enumerate(mentions):
        if kinds[i] == "organization" and m.name and len(_words(m.name)) == 1 and fold(m.name) in person_surnames:
            kinds[i] = "person"
    return kinds


def _group_people(mentions: list[NameMention], members: list[int]) -> list[list[int]]:
    full = [i for i in members if len(_words(mentions[i].name or "")) > 1]
    single = [i for i in members if i not in set(full)]
    groups: list[list[int]] = []
    key_of: dict[str, int] = {}
    # Longest names first, so that shorter forms find them.
    for i in sorted(full, key=lambda i: (-len(_words(mentions[i].name or "")), mentions[i].start)):
        name = mentions[i].name or ""
        key = fold(name)
        target = key_of.get(key)
        if target is None:
            target = _same_person(name, [mentions[g[0]].name or "" for g in groups])
        key_of[key] = _join(groups, i, target)
    for i in sorted(single, key=lambda i: mentions[i].start):
        word = fold(mentions[i].name or "")
        by_surname = [
            g for g, group in enumerate(groups) if any(word in surnames(mentions[j].name or "") for j in group)
        ]
        by_word = [g for g, group in enumerate(groups) if any(word in _words(mentions[j].name or "") for j in group)]
        options = by_surname or by_word
        if word in key_of:
            groups[key_of[word]].append(i)
        elif options:
            best = max(options, key=lambda g: (len(groups[g]), -mentions[groups[g][0]].start))
            groups[best].append(i)
        else:
            groups.append([i])
            key_of[word] = len(groups) - 1
    return [sorted(g, key=lambda i: mentions[i].start) for g in groups]


def _join(groups: list[list[int]], member: int, target: int | None) -> int:
    """Add ``member`` to group ``target``, or to a new group; the group's index."""
    if target is None:
        groups.append([member])
        return len(groups) - 1
    groups[target].append(member)
    return target


def _same_person(name: str, known: list[str]) -> int | None:
    """A longer known name this one shortens: same first and last word
    ("Donald Trump" = "Donald John Trump"), or its last words ("von der Leyen")."""
    words = _words(name)
    for index, other in enumerate(known):
        theirs = _words(other)
        if (
            len(theirs) > len(words)
            and (
                theirs[0] == words[0]
                and theirs[-1] == words[-1]  # "Donald Trump" in "Donald John Trump"
                or theirs[-len(words) :] == words  # "von der Leyen" in "Ursula von der Leyen"
            )
        ):
            return index
    return None


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _group_organisations(mentions: list[NameMention], members: list[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    key_of: dict[str, int] = {}
    order = sorted(members, key=lambda i: (-len(fold(mentions[i].name or "").split()), mentions[i].start))
    for i in order:
        name = mentions[i].name or ""
        key = fold(name)
        target = key_of.get(key)
        if target is None:
            words = key.split()
            longer = [
                g
                for g, group in enumerate(groups)
                if len(words) >= 2 and fold(mentions[group[0]].name or "").split()[-len(words) :] == words
            ]
            if _is_acronym(name):
                longer += [
                    g
                    for g, group in enumerate(groups)
                    if _initials(mentions[group[0]].name or "") == name.replace(".", "")
                ]
            if len(set(longer)) == 1:
                target = longer[0]
        key_of[key] = _join(groups, i, target)
    return [sorted(g, key=lambda i: mentions[i].start) for g in groups]


def place_name(name: str) -> str:
    """The canonical name of a place: the gazetteer's for a country ("U.S."
    -> "United States"), else the name without a leading "the"."""
    country = gazetteer.country(name) or gazetteer.country_of_demonym(name)
    if country is not None:
        return country.name
    return name[4:] if name.startswith("the ") else name


def _group_places(mentions: list[NameMention], members: list[int]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i in members:
        groups[fold(place_name(mentions[i].name or ""))].append(i)
    return list(groups.values())


def _label(cluster: _Cluster) -> str:
    """The fullest name form: most words, then the most used, then the first."""
    if cluster.kind == "place":
        names = [place_name(n) for n in cluster.names]
    else:
        names = cluster.names
    counts = Counter(names)
    first_seen = {n: i for i, n in reversed(list(enumerate(names)))}
    return max(counts, key=lambda n: (len(_words(n)), counts[n], -first_seen[n]))


def _attach_roles(mentions: list[NameMention], clusters: list[_Cluster], cluster_of: dict[int, int]) -> None:
    """Give each role description ("China's president") the person it stands for."""
    for i, m in enumerate(mentions):
        if m.role is None:
            continue
        target = cluster_of.get(m.same_as) if m.same_as is not None else None
        if target is None:
            target = _holder(m.role, clusters)
        if target is not None:
            clusters[target].members.append(i)
            cluster_of[i] = target


def _holder(role: str, clusters: list[_Cluster]) -> int | None:
    """The person titled with ``role`` ("CN|president"): an exact country
    match first, then a title that names no country."""
    country, name = role.split("|", 1)
    accepted = ROLE_MATCHES.get(name, frozenset({name}))
    exact, loose = [], []
    for index, cluster in enumerate(clusters):
        if cluster.kind != "person":
            continue
        for title in cluster.titles:
            their_country, their_role = title.split("|", 1)
            if their_role in accepted or name in GENERIC_ROLES and their_role.endswith(name):
                if their_country == country:
                    exact.append(index)
                elif not their_country:
                    loose.append(index)
    options = exact or loose
    if not options:
        return None
    return max(dict.fromkeys(options), key=lambda g: (len(clusters[g].members), -clusters[g].first))


# --- across articles -----------------------------------------------------------


def link_articles(extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """Merge entities across articles where it is safe, renaming their ids
    everywhere (mentions, interactions, entities).

    A person an article names only by one word ("Trump", ``person:trump``)
    is the person of the corpus whose full name has that surname, when there
    is exactly one ("Donald Trump"). With two candidates ("Kim Jong-un" and
    "Kim Yong-chol") nothing is merged. Ids otherwise stay as each article
    gave them, so the same corpus always gives the same ids.
    """
    full: dict[str, set[str]] = defaultdict(set)
    for x in extractions:
        for e in x.entities:
            if e.kind == "person" and len(_words(e.label)) > 1:
                for word in surnames(e.label):
                    full[word].add(e.id)
    rename: dict[str, str] = {}
    for x in extractions:
        for e in x.entities:
            if e.kind == "person" and len(_words(e.label)) == 1:
                options = full.get(fold(e.label), set())
                if len(options) == 1:
                    rename[e.id] = next(iter(options))
    if not rename:
        return list(extractions)
    return [_renamed(x, rename) for x in extractions]


def _renamed(x: ArticleExtraction, rename: dict[str, str]) -> ArticleExtraction:
    if not any(e.id in rename for e in x.entities):
        return x

    def new(eid: str | None) -> str | None:
        return rename.get(eid, eid) if eid else eid

    mentions = tuple(m.model_copy(update={"entity": new(m.entity)}) if m.entity in rename else m for m in x.mentions)
    interactions = tuple(
        i.model_copy(update={"source": new(i.source), "target": new(i.target), "place_id": new(i.place_id)})
        for i in x.interactions
    )
    events = tuple(
        e.model_copy(
            update={
                "parties": tuple(
                    {new(p.entity): p.model_copy(update={"entity": new(p.entity)}) for p in e.parties}.values()
                ),
                "place_id": new(e.place_id),
            }
        )
        for e in x.events
    )
    entities = _merge_same_ids([e.model_copy(update={"id": new(e.id)}) for e in x.entities])
    return x.model_copy(
        update={"mentions": mentions, "interactions": interactions, "events": events, "entities": tuple(entities)}
    )
