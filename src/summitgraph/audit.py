"""The nodes of a corpus graph most likely to be wrong, for a quick check by hand.

``audit(extractions)`` reads the extractions of a corpus (as
``summitgraph ingest`` wrote them to ``extractions.jsonl``) and returns
``Doubt`` records of three sorts, most used nodes first:

- ``type``: a node whose label does not fit its kind: a "person" whose name
  is a country or city ("Jordan"), holds an organisation's or event's word
  ("Boeing Commercial Airplanes"), a lower-case word or a character no name
  has ("Obama Speaks" passes, "FILE" or "-The United States" do not); a name
  that is a node of two kinds;
- ``near-duplicate``: two nodes of one kind that may be one entity ("Bashar
  Assad" and "Bashar al-Assad" would be linked; "Hillary Clinton" and "Hilary
  Clinton" are flagged): same surname and given names that start alike, or
  labels that differ by a letter or two;
- ``one-word-link``: a person an article named by one word that linking joined
  to a person named in full ("Obama" -> Barack Obama), with the number of articles.

``summitgraph audit OUT/`` prints them. ::

    from summitgraph.audit import audit
    from summitgraph.export import read_extractions
    for doubt in audit(read_extractions("out/extractions.jsonl")).doubts[:20]:
        print(doubt.sort, doubt.label, doubt.reason)
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from summitgraph import gazetteer
from summitgraph.graph import merge_entities
from summitgraph.lexicon.names import NAME_CONNECTORS, NAME_PARTICLES
from summitgraph.lexicon.organisations import EVENT_HEADS, ORG_DESIGNATORS, ORG_HEADS, ORG_NATIONAL_HEADS
from summitgraph.models import ArticleExtraction, Entity
from summitgraph.names import fold
from summitgraph.resolve import entity_id, person_name

__all__ = ["Audit", "Doubt", "audit"]

DoubtSort = Literal["type", "near-duplicate", "one-word-link"]

# Characters no name holds: "-The United States", "Rouhani-WHITE HOUSE\n".
_NOT_IN_NAMES = re.compile(r"^[^\w\"'(]|[\n\t—|/\\]|\s-|-$")
# How alike two labels of one kind must be to be flagged (difflib ratio).
_ALIKE = 0.9


@dataclass(frozen=True)
class Doubt:
    """One node (or pair of nodes) to check: ``sort``, the node's ``entity``
    id and ``label``, the ``other`` node of a pair, why, and how many
    ``articles`` the doubt touches."""

    sort: DoubtSort
    entity: str
    label: str
    reason: str
    articles: int
    other: str | None = None


@dataclass(frozen=True)
class Audit:
    """Counts of the corpus's nodes by kind, and the doubts, most articles first."""

    nodes: dict[str, int]
    doubts: list[Doubt] = field(default_factory=list)

    def count(self, sort: DoubtSort, kind: str | None = None) -> int:
        """How many doubts of ``sort`` (about nodes of ``kind``)."""
        return sum(1 for d in self.doubts if d.sort == sort and (kind is None or d.entity.startswith(kind + ":")))


def audit(extractions: Iterable[ArticleExtraction]) -> Audit:
    """The doubts about the nodes of a corpus."""
    extractions = list(extractions)
    nodes = merge_entities(e for x in extractions for e in x.entities)
    doubts = [*_type_doubts(nodes), *_near_duplicates(nodes), *_one_word_links(extractions, nodes)]
    doubts.sort(key=lambda d: (_ORDER[d.sort], -d.articles, d.entity, d.other or ""))
    return Audit(nodes=dict(Counter(n.kind for n in nodes)), doubts=doubts)


_ORDER = {"type": 0, "near-duplicate": 1, "one-word-link": 2}


def _type_doubts(nodes: list[Entity]) -> list[Doubt]:
    kinds_of: dict[str, set[str]] = defaultdict(set)
    for node in nodes:
        kinds_of[fold(node.label)].add(node.kind)
    doubts = []
    for node in nodes:
        reason = _label_doubt(node) or (node.kind == "person" and _person_doubt(node))
        if not reason and len(kinds_of[fold(node.label)]) > 1:
            others = sorted(kinds_of[fold(node.label)] - {node.kind})
            reason = f"also a node of kind {', '.join(others)}"
        if reason:
            doubts.append(Doubt("type", node.id, node.label, reason, len(node.articles)))
    return doubts


def _label_doubt(node: Entity) -> str | None:
    """A label no name of any kind has: a leading dash, a line break, a dash run into a word."""
    if _NOT_IN_NAMES.search(node.label):
        return "a character no name has"
    if node.label.isupper() and len(node.label) > 3 and " " not in node.label and node.kind != "organization":
        return "a word in capitals"
    return None


def _person_doubt(node: Entity) -> str | None:
    label = node.label
    words = [w for w in label.replace("-", " ").split() if w]
    if gazetteer.country(label) is not None or gazetteer.country_of_demonym(label) is not None:
        return "a country's name"
    if len(words) == 1 and gazetteer.place(label) is not None:
        return "a place's name"
    lowered = {w.lower().strip(".,") for w in words}
    if lowered & (ORG_HEADS | ORG_NATIONAL_HEADS | EVENT_HEADS | ORG_DESIGNATORS):
        return "an organisation's or event's word"
    if any(w[:1].islower() and w.lower() not in NAME_PARTICLES | NAME_CONNECTORS for w in label.split()):
        return "a word in lower case"  # ("Kim Jong-un" has none: "-un" is part of a word)
    if any(ch.isdigit() for ch in label):
        return "a digit"
    return None


def _near_duplicates(nodes: list[Entity]) -> list[Doubt]:
    buckets: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for node in nodes:
        buckets[(node.kind, _bucket(node))].append(node)
    doubts = []
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                reason = _alike(a, b)
                if reason:
                    first, second = sorted((a, b), key=lambda n: (-len(n.articles), n.id))
                    articles = len(set(a.articles) | set(b.articles))
                    doubts.append(Doubt("near-duplicate", first.id, first.label, reason, articles, second.id))
    return doubts


def _bucket(node: Entity) -> str:
    if node.kind == "person":
        name = person_name(node.label)
        return name.surname if name else fold(node.label)
    words = fold(node.label).split()
    return words[0] if words else ""


def _alike(a: Entity, b: Entity) -> str | None:
    if a.kind == "person":
        x, y = person_name(a.label), person_name(b.label)
        if x is not None and y is not None and x.given[:1] == y.given[:1]:
            return "same surname, given names alike"
    fa, fb = fold(a.label).replace(" ", ""), fold(b.label).replace(" ", "")
    if fa == fb:
        return "the same letters"
    if min(len(fa), len(fb)) >= 6 and difflib.SequenceMatcher(None, fa, fb).ratio() >= _ALIKE:
        return "labels a letter or two apart"
    return None


def _one_word_links(extractions: list[ArticleExtraction], nodes: list[Entity]) -> list[Doubt]:
    label_of = {n.id: n.label for n in nodes}
    links: dict[tuple[str, str], set[str]] = defaultdict(set)
    for x in extractions:
        for e in x.entities:
            if e.kind == "person" and len(e.label.split()) == 1 and e.id != entity_id(e.kind, e.label):
                links[(e.label, e.id)].add(x.article)
    return [
        Doubt("one-word-link", target, label_of.get(target, target), f'"{word}" linked to this person', len(articles))
        for (word, target), articles in links.items()
    ]
