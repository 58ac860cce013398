"""Tests of summitgraph.resolve.corpus and .lone: entities of several articles
linked into one node per person or organisation. Hand-built extractions; no
model needed."""

from __future__ import annotations

import pytest

from summitgraph.models import ArticleExtraction, Entity, Interaction, Mention
from summitgraph.resolve import entity_id, link_articles


def entity(spec: str, article: str) -> Entity:
    """``"Donald Trump"``, ``"org:Apple Inc."``, ``"place:Jordan"``, with
    ``"@role"`` for a role ("Kennedy@justice") and ``"+alias"`` for a short
    form the article used ("org:Apple Computer+Apple")."""
    kind = "person"
    if ":" in spec:
        prefix, spec = spec.split(":", 1)
        kind = {"org": "organization", "place": "place"}[prefix]
    spec, *aliases = spec.split("+")
    label, *roles = spec.split("@")
    return Entity(
        id=entity_id(kind, label),
        label=label,
        kind=kind,
        aliases=tuple(sorted({label, *aliases})),
        roles=tuple(roles),
        mentions=1,
        articles=(article,),
    )


def extraction(article: str, *specs: str) -> ArticleExtraction:
    """An article naming these entities once each; the first two people met."""
    entities = sorted({e.id: e for e in (entity(s, article) for s in specs)}.values(), key=lambda e: e.id)
    mentions, start = [], 0
    for e in entities:
        mentions.append(Mention(start=start, end=start + len(e.label), text=e.label, kind=e.kind, entity=e.id))
        start += len(e.label) + 1
    people = sorted(e.id for e in entities if e.kind == "person")[:2]
    interactions = ()
    if len(people) == 2:
        interactions = (
            Interaction(
                id=f"met:{article}",
                kind="met",
                source=people[0],
                target=people[1],
                status="occurred",
                trigger="met",
                article=article,
                evidence="",
                evidence_start=0,
                evidence_end=0,
            ),
        )
    return ArticleExtraction(
        article=article, mentions=tuple(mentions), interactions=interactions, entities=tuple(entities)
    )


def linked(*articles: tuple[str, ...]) -> dict[str, set[str]]:
    """{article: ids of its entities} after linking; checks that mentions and
    interactions follow the entities."""
    out = {}
    for x in link_articles([extraction(*a) for a in articles]):
        ids = {e.id for e in x.entities}
        assert {m.entity for m in x.mentions} == ids
        for i in x.interactions:
            assert {i.source, i.target} <= ids
        out[x.article] = ids
    return out


TRUMP, KIM, MOON = "person:donald-trump", "person:kim-jong-un", "person:moon-jae-in"


@pytest.mark.parametrize(
    "articles,article,expected",
    [
        # A lone surname joins a person the corpus names in several articles.
        ([("a", "Donald Trump"), ("b", "Donald Trump"), ("c", "Trump", "Moon Jae-in")], "c", {TRUMP, MOON}),
        # ... or one who shares the article's other entities.
        ([("a", "Donald Trump", "Kim Jong-un"), ("b", "Trump", "Kim Jong-un")], "b", {TRUMP, KIM}),
        # Named once, nothing shared: the only "Trump" of the corpus is no safe link.
        ([("a", "Donald Trump", "Kim Jong-un"), ("b", "Trump", "Moon Jae-in")], "b", {"person:trump", MOON}),
        # "Sam, a 28-year-old refugee" is not the Uncle Sam of another story.
        ([("a", "Uncle Sam"), ("b", "Sam", "Ali Hassan")], "b", {"person:sam", "person:ali-hassan"}),
        # Two Kims, neither standing out: a lone "Kim" joins neither.
        (
            [("a", "Kim Jong-un", "Kim Yong-chol"), ("b", "Kim", "Moon Jae-in")],
            "b",
            {"person:kim", MOON},
        ),
        # The president, not his wife: prominence decides.
        (
            [
                ("a", "Barack Obama", "place:Iran"),
                ("b", "Barack Obama", "place:Iran"),
                ("c", "Barack Obama", "place:Cuba"),
                ("d", "Michelle Obama", "Barack Obama"),
                ("e", "Obama", "Hassan Rouhani", "place:Iran"),
            ],
            "e",
            {"person:barack-obama", "person:hassan-rouhani", "place:iran"},
        ),
        # A role the article gives contradicts the candidate's: "Justice Kennedy".
        (
            [("a", "John F. Kennedy@US president"), ("b", "John F. Kennedy@US president"), ("c", "Kennedy@justice")],
            "c",
            {"person:kennedy"},
        ),
        # ... an agreeing role does not.
        (
            [("a", "John F. Kennedy@US president"), ("b", "John F. Kennedy"), ("c", "Kennedy@president")],
            "c",
            {"person:john-f-kennedy"},
        ),
        # A country's name taken for a person links on shared context only.
        (
            [("a", "Michael Jordan"), ("b", "Michael Jordan"), ("c", "Jordan", "Abdullah")],
            "c",
            {"person:jordan", "person:abdullah"},
        ),
        # Nobody named in full: ids stay.
        ([("a", "Obama"), ("b", "Obama", "Rouhani")], "b", {"person:obama", "person:rouhani"}),
    ],
)
def test_corpus_lone_surnames(articles, article, expected):
    assert linked(*articles)[article] == expected


@pytest.mark.parametrize(
    "articles,expected",
    [
        # A middle name, nicknames, optional particles, spacing and case: one person.
        (
            [("a", "Hillary Rodham Clinton"), ("b", "Hillary Clinton"), ("c", "Hillary Clinton")],
            {"person:hillary-clinton"},
        ),
        # A nickname joins when the stories share an entity.
        (
            [("a", "James Jones", "place:Guyana"), ("b", "Jim Jones", "place:Guyana")],
            {"person:james-jones", "place:guyana"},
        ),
        (
            [("a", "Bill Clinton", "Al Gore"), ("b", "William Clinton", "Al Gore"), ("c", "Bill Clinton")],
            {"person:bill-clinton", "person:al-gore"},
        ),
        # ... and not otherwise: a Philadelphia police captain is not a wildlife official.
        (
            [("a", "Jamie Rappaport Clark", "org:Defenders of Wildlife"), ("b", "James Clark", "place:Philadelphia")],
            {
                "person:jamie-rappaport-clark",
                "organization:defenders-of-wildlife",
                "person:james-clark",
                "place:philadelphia",
            },
        ),
        ([("a", "Bashar al-Assad"), ("b", "Bashar Assad"), ("c", "Bashar al-Assad")], {"person:bashar-al-assad"}),
        ([("a", "Kim Jong-un"), ("b", "Kim Jong Un")], {KIM}),
        ([("a", "John F. Kennedy"), ("b", "John Fitzgerald Kennedy")], {"person:john-fitzgerald-kennedy"}),
        ([("a", "Martin Luther King Jr."), ("b", "Martin Luther King Jr.")], {"person:martin-luther-king-jr"}),
        # A generational suffix tells father and son apart; the bare name joins neither.
        (
            [("a", "Mark Felt"), ("b", "Mark Felt Jr."), ("c", "W. Mark Felt Sr.")],
            {"person:mark-felt", "person:mark-felt-jr", "person:w-mark-felt-sr"},
        ),
        # Different middle initials are different people; the bare name joins the more prominent.
        (
            [("a", "George W. Bush"), ("b", "George W. Bush"), ("c", "George H. W. Bush"), ("d", "George Bush")],
            {"person:george-w-bush", "person:george-h-w-bush"},
        ),
        # Different given names are different people.
        ([("a", "John Kerry"), ("b", "Teresa Kerry")], {"person:john-kerry", "person:teresa-kerry"}),
        ([("a", "Jim Jones"), ("b", "John Jones")], {"person:jim-jones", "person:john-jones"}),
    ],
)
def test_corpus_full_names(articles, expected):
    assert set().union(*linked(*articles).values()) == expected


@pytest.mark.parametrize(
    "articles,expected",
    [
        # A legal form is no part of the name.
        ([("a", "org:Apple Inc."), ("b", "org:Apple"), ("c", "org:Apple")], {"organization:apple"}),
        # A short form an article used bridges to the corpus's node of that name.
        ([("a", "org:Apple Computer+Apple"), ("b", "org:Apple"), ("c", "org:Apple")], {"organization:apple"}),
        # A country's short form inside the name.
        ([("a", "org:U.S. Air Force"), ("b", "org:United States Air Force")], {"organization:united-states-air-force"}),
        # ... but a short form two organisations used goes to the more prominent only.
        (
            [
                ("a", "org:U.S. Air Force+Air Force"),
                ("b", "org:U.S. Air Force"),
                ("c", "org:Indian Air Force+Air Force"),
                ("d", "org:Air Force"),
            ],
            {"organization:us-air-force", "organization:indian-air-force"},
        ),
        # Kinds never mix: the place Jordan stays a place beside Michael Jordan.
        (
            [("a", "Michael Jordan"), ("b", "Michael Jordan"), ("c", "place:Jordan")],
            {"person:michael-jordan", "place:jordan"},
        ),
    ],
)
def test_corpus_organisations_and_kinds(articles, expected):
    assert set().union(*linked(*articles).values()) == expected


def test_corpus_ids_do_not_depend_on_article_order():
    articles = [
        ("a", "Hillary Clinton", "Trump"),
        ("b", "Hillary Rodham Clinton", "Donald Trump"),
        ("c", "Donald J. Trump", "org:Apple Inc."),
        ("d", "Trump", "org:Apple"),
        ("e", "Donald Trump", "Bill Clinton"),
    ]
    forward = linked(*articles)
    backward = linked(*reversed(articles))
    assert forward == backward


@pytest.mark.parametrize(
    "articles,expected",
    [
        # A name that most articles make an organisation is one everywhere.
        (
            [("a", "org:Ryanair"), ("b", "org:Ryanair"), ("c", "Ryanair", "Michael O'Leary")],
            {"organization:ryanair", "person:michael-oleary"},
        ),
        # ... but one article against one settles nothing.
        ([("a", "org:Ryanair"), ("b", "Ryanair")], {"organization:ryanair", "person:ryanair"}),
        # Places never change kind: "Jordan" the country beside Jordan the journalist.
        (
            [("a", "place:Jordan"), ("b", "place:Jordan"), ("c", "place:Jordan"), ("d", "Jordan")],
            {"place:jordan", "person:jordan"},
        ),
    ],
)
def test_corpus_kind_votes(articles, expected):
    assert set().union(*linked(*articles).values()) == expected
