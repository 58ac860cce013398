"""A person an article names by one word ("Obama", "Kennedy"), linked to the
person of the corpus it most likely is.

The corpus makes a link safe when one candidate stands out:

- its surname is the word ("Obama" is Barack Obama or Michelle Obama; "Kim"
  the first word of Kim Jong-un, ``names.surnames``);
- no role the article gives the word contradicts the candidate's roles
  ("Justice Kennedy" is not President John F. Kennedy);
- it is prominent in the corpus (named in several articles), holds the role
  the article gives the word ("President Trump"), or shares other entities
  with the article (the article on Iran's nuclear talks that says
  "Obama" names the people and places of Barack Obama's articles), and it
  scores well above the next candidate: the surname of a president is the
  president in political news even when his wife appears elsewhere;
- a word the gazetteer knows as a country or place ("Jordan") links only on
  shared context, never on prominence alone.

A candidate named in one article only, sharing nothing with the article, is
never taken: "Sam, a 28-year-old refugee" is not the "Uncle Sam" of another story.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from summitgraph import gazetteer
from summitgraph.models import ArticleExtraction, Entity
from summitgraph.names import fold, folded_surnames, name_words

if TYPE_CHECKING:
    from summitgraph.resolve.corpus import Node

__all__ = ["link_lone_names", "roles_agree"]

# How far the best candidate must outscore the next one.
_MARGIN = 3.0


def roles_agree(ours: set[str], theirs: set[str]) -> bool:
    """False when both sides have roles and none is shared, ignoring the
    country: "justice" and "president" disagree, "US president" and
    "president" agree."""
    a = {r.split(" ", 1)[-1] if r[:2].isupper() else r for r in ours}
    b = {r.split(" ", 1)[-1] if r[:2].isupper() else r for r in theirs}
    return not a or not b or bool(a & b)


def link_lone_names(
    extractions: Sequence[ArticleExtraction], nodes: Mapping[str, Node], rename: Mapping[str, str]
) -> dict[str, dict[str, str]]:
    """For each article, its one-word people -> the id of the person they are."""

    def final(eid: str) -> str:
        seen = set()
        while eid in rename and eid not in seen:
            seen.add(eid)
            eid = rename[eid]
        return eid

    heads = _heads(nodes, final)
    if not heads:
        return {}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for head, info in heads.items():
        for label in info["labels"]:
            for word in folded_surnames(label):
                by_surname[word].add(head)
    article_ids = {x.article: {final(e.id) for e in x.entities} for x in extractions}
    df: dict[str, int] = defaultdict(int)
    for ids in article_ids.values():
        for eid in ids:
            df[eid] += 1
    around: dict[str, set[str]] = {}  # head -> the entities of its articles, gathered once
    out: dict[str, dict[str, str]] = {}
    for x in extractions:
        for e in x.entities:
            if e.kind != "person" or len(name_words(e.label)) != 1:
                continue
            options = sorted(by_surname.get(fold(e.label), set()) - {final(e.id)})
            if not options:
                continue
            context = article_ids[x.article] - {final(e.id)}
            choice = _choose(e, options, heads, context, _around(options, heads, article_ids, around), df)
            if choice is not None:
                out.setdefault(x.article, {})[e.id] = choice
    return out


def _heads(nodes: Mapping[str, Node], final) -> dict[str, dict]:
    """People named in full, by the id they end up with: their labels, articles and roles."""
    heads: dict[str, dict] = {}
    for node in nodes.values():
        if node.kind != "person" or len(name_words(node.label)) < 2:
            continue
        info = heads.setdefault(final(node.id), {"labels": set(), "articles": set(), "roles": set()})
        info["labels"].add(node.label)
        info["articles"] |= node.articles
        info["roles"] |= node.roles
    return heads


def _around(
    options: list[str], heads: Mapping[str, dict], article_ids: Mapping[str, set[str]], around: dict[str, set[str]]
) -> dict[str, set[str]]:
    """The entities named in the articles of each head of ``options``, kept in
    ``around`` for the next lone name: gathering them anew for each would cost
    the square of the corpus."""
    for head in options:
        if head not in around:
            theirs: set[str] = set()
            for article in heads[head]["articles"]:
                theirs |= article_ids.get(article, set())
            around[head] = theirs
    return around


def _choose(
    entity: Entity,
    options: list[str],
    heads: Mapping[str, dict],
    context: set[str],
    around: Mapping[str, set[str]],
    df: Mapping[str, int],
) -> str | None:
    """The candidate ``entity`` is, or None when none stands out."""
    place_word = gazetteer.country(entity.label) is not None or gazetteer.place(entity.label) is not None
    scored = []
    for head in options:
        info = heads[head]
        if not roles_agree(set(entity.roles), info["roles"]):
            continue
        shared = sum(1 / math.log2(1 + df[eid]) for eid in (context & around[head]) - {head})
        prominent = len(info["articles"]) >= 2 and not place_word
        titled = bool(entity.roles) and bool(info["roles"])  # "President Trump" and "President Donald Trump"
        if shared <= 0 and not prominent and not titled:
            continue
        scored.append(((1 + shared) * len(info["articles"]), head))
    if not scored:
        return None
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    if len(scored) > 1 and scored[0][0] < _MARGIN * scored[1][0]:
        return None
    return scored[0][1]
