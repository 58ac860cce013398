"""Name mentions -> entities within one article: which mentions name the
same person, organisation or place, and the graph node each one becomes.

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

Ids are the kind and a slug of the canonical label (``person:kim-jong-un``);
``summitgraph.resolve.corpus`` links them across articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from summitgraph import gazetteer
from summitgraph.lexicon.organisations import (
    COMPANY_WORDS,
    MEDIA_HEADS,
    ORG_DESIGNATORS,
    ORG_HEADS,
    ORG_NATIONAL_HEADS,
)
from summitgraph.lexicon.roles import GENERIC_ROLES, ROLE_MATCHES
from summitgraph.models import Entity, EntityKind, NameMention
from summitgraph.names import fold, folded_surnames, slug, surnames
from summitgraph.names import name_words as _words
from summitgraph.resolve.keys import compatible, person_name
from summitgraph.resolve.organisations import group_organisations

__all__ = [
    "Resolution",
    "entity_id",
    "fold",
    "merge_same_ids",
    "place_name",
    "resolve",
    "role_text",
    "slug",
    "surnames",
]


# Words of organisation names: a two-word name holding one reads as no person's.
_ORG_WORDS = ORG_HEADS | ORG_NATIONAL_HEADS | ORG_DESIGNATORS | MEDIA_HEADS | COMPANY_WORDS


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
            groups = _group_people(mentions, members, _mistyped_surnames(mentions, kinds))
        elif kind == "organization":
            groups = group_organisations(mentions, members)
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
        roles = sorted(
            {role_text(t) for t in cluster.titles}
            | {role_text(mentions[i].role or "") for i in cluster.members}
            | {d for i in cluster.members for d in mentions[i].descriptions}
        )
        entities.append(
            Entity(
                id=eid,
                label=label,
                kind=cluster.kind,
                aliases=tuple(aliases),
                roles=tuple(r for r in roles if r),
                mentions=len(cluster.members),
                articles=(article_id,),
            )
        )
    return Resolution(entity_of=tuple(entity_of), entities=tuple(merge_same_ids(entities)))


def role_text(title: str) -> str:
    """A title as a node shows it: "US|president" -> "US president", "|minister" -> "minister"."""
    if not title:
        return ""
    country, _, role = title.partition("|")
    return f"{country} {role}" if country else role


def _alias(m: NameMention) -> str:
    if m.role is not None:
        text = m.text
        return text[4:] if text.lower().startswith("the ") else text
    return m.name or m.text


def merge_same_ids(entities: list[Entity]) -> list[Entity]:
    """Two clusters whose labels fold alike are one entity."""
    by_id: dict[str, Entity] = {}
    for e in entities:
        if e.id in by_id:
            old = by_id[e.id]
            by_id[e.id] = old.model_copy(
                update={
                    "label": max((old.label, e.label), key=lambda s: (len(_words(s)), len(s), s)),
                    "aliases": tuple(sorted(set(old.aliases) | set(e.aliases))),
                    "roles": tuple(sorted(set(old.roles) | set(e.roles))),
                    "mentions": old.mentions + e.mentions,
                    "articles": tuple(sorted(set(old.articles) | set(e.articles))),
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


def _reads_as_person(name: str) -> bool:
    """Two capitalised words, neither an organisation's: "Bettie Page", not "Qatar Airways"."""
    words = name.split()
    return all(w[:1].isupper() and w.isalpha() for w in words) and not {w.lower() for w in words} & _ORG_WORDS


def _mistyped_surnames(mentions: list[NameMention], kinds: list[EntityKind]) -> set[str]:
    """Last words of organisation names that read as a person's name ("Bettie
    Page" tagged ORG beside her brother "Jack Page"): a lone "Page" may be
    either, so it joins neither."""
    found = set()
    for m, kind in zip(mentions, kinds):
        words = _words(m.name or "")
        if kind == "organization" and m.role is None and len(words) == 2 and _reads_as_person(m.name or ""):
            found.add(fold(words[-1]))
    return found


def _group_people(
    mentions: list[NameMention], members: list[int], ambiguous: set[str] = frozenset()
) -> list[list[int]]:
    full = [i for i in members if len(_words(mentions[i].name or "")) > 1]
    single = [i for i in members if i not in set(full)]
    groups: list[list[int]] = []
    key_of: dict[str, int] = {}
    # Longest names first, so that shorter forms find them.
    for i in sorted(full, key=lambda i: (-len(_words(mentions[i].name or "")), mentions[i].start)):
        name = mentions[i].name or ""
        key = fold(name)
        target = key_of.get(key)
        if target is not None and not _fits(name, [mentions[j].name or "" for j in groups[target]]):
            target = None  # "George H. W. Bush" beside "George W. Bush": father and son
        if target is None:
            target = _same_person(name, [mentions[g[0]].name or "" for g in groups])
        key_of.setdefault(key, _join(groups, i, target))
    for i in sorted(single, key=lambda i: mentions[i].start):
        word = fold(mentions[i].name or "")
        by_surname = [
            g for g, group in enumerate(groups) if any(word in folded_surnames(mentions[j].name or "") for j in group)
        ]
        by_word = [
            g
            for g, group in enumerate(groups)
            if any(word in {fold(w) for w in _words(mentions[j].name or "")} for j in group)
        ]
        options = by_surname or by_word
        if word in key_of:
            groups[key_of[word]].append(i)
        elif options and word not in ambiguous:
            best = max(options, key=lambda g: (len(groups[g]), -mentions[groups[g][0]].start))
            groups[best].append(i)
        else:
            groups.append([i])
            key_of[word] = len(groups) - 1
    return [sorted(g, key=lambda i: mentions[i].start) for g in groups]


def _fits(name: str, members: list[str]) -> bool:
    """Whether a full name can join a group: its middle initials agree with
    every member's ("George W. Bush" and "George H. W. Bush" do not)."""
    ours = person_name(name)
    for other in members:
        theirs = person_name(other)
        if ours is not None and theirs is not None and ours.middles and theirs.middles and not compatible(ours, theirs):
            return False
    return True


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
    match first, then a title that names no country, held by no one whom
    another title gives another country ("the new U.S. leader" is not
    "Ukrainian President Petro Poroshenko", also called "President Poroshenko")."""
    country, name = role.split("|", 1)
    accepted = ROLE_MATCHES.get(name, frozenset({name}))
    exact, loose = [], []
    for index, cluster in enumerate(clusters):
        if cluster.kind != "person":
            continue
        elsewhere = {t.split("|", 1)[0] for t in cluster.titles} - {"", country}
        if country and elsewhere:
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
