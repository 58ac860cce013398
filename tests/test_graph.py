"""Tests of summitgraph.graph: hand-built extractions in, one MultiGraph out."""

from __future__ import annotations

import io
import itertools

import pytest

from summitgraph.export import write_graphml, write_json
from summitgraph.graph import build_graph, check_extraction, merge_entities
from summitgraph.models import ArticleExtraction, Entity, Interaction

KIM = "person:kim-jong-un"
XI = "person:xi-jinping"
TRUMP = "person:donald-trump"
CHINA = "place:china"


def entity(eid: str, label: str, *aliases: str, mentions: int = 1, articles: tuple[str, ...] = ("a1",)) -> Entity:
    kind = eid.split(":")[0]
    return Entity(id=eid, label=label, kind=kind, aliases=aliases or (label,), mentions=mentions, articles=articles)


def edge(eid: str, source: str, target: str, article: str = "a1", **fields) -> Interaction:
    kind = eid.split(":")[0]
    values = dict(
        status="occurred",
        trigger="met",
        evidence=f"{source} {kind} {target}.",
        evidence_start=0,
        evidence_end=10,
    )
    values.update(fields)
    return Interaction(id=eid, kind=kind, source=source, target=target, article=article, **values)


def extraction(article: str, entities=(), interactions=()) -> ArticleExtraction:
    return ArticleExtraction(article=article, entities=tuple(entities), interactions=tuple(interactions))


def corpus() -> list[ArticleExtraction]:
    """Three articles that share Kim and Xi."""
    return [
        extraction(
            "a2",
            [
                entity(KIM, "Kim", "Kim", mentions=3, articles=("a2",)),
                entity(XI, "Xi Jinping", "Xi", "Xi Jinping", articles=("a2",)),
            ],
            [edge("met:0000000000a2", KIM, XI, "a2", date="2019-01-08", mode="in_person")],
        ),
        extraction(
            "a1",
            [
                entity(KIM, "Kim Jong-un", "Kim Jong-un", "Kim", mentions=2),
                entity(XI, "Xi", "Xi"),
                entity(CHINA, "China", articles=("a1",)),
            ],
            [
                edge("met:0000000000a1", KIM, XI, "a1", status="planned"),
                edge(
                    "visited:0000000000a1",
                    KIM,
                    CHINA,
                    "a1",
                    trigger="visited",
                    place="Beijing",
                    place_id="place:beijing",
                ),
            ],
        ),
        extraction(
            "a3",
            [entity(TRUMP, "Donald Trump", articles=("a3",)), entity(KIM, "Kim Jong-un", articles=("a3",))],
            [edge("accompanied:0000000000a3", TRUMP, KIM, "a3", trigger="accompanied")],
        ),
    ]


def snapshot(graph):
    """Everything about a graph, in insertion order."""
    return (
        list(graph.nodes(data=True)),
        [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)],
    )


# --- nodes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("node", "aliases", "mentions", "articles"),
    [
        (KIM, ["Kim", "Kim Jong-un"], 6, ["a1", "a2", "a3"]),
        (XI, ["Xi", "Xi Jinping"], 2, ["a1", "a2"]),
        (CHINA, ["China"], 1, ["a1"]),
        (TRUMP, ["Donald Trump"], 1, ["a3"]),
    ],
)
def test_graph_nodes_merged_across_articles(node, aliases, mentions, articles):
    graph = build_graph(corpus())
    data = graph.nodes[node]
    assert data["aliases"] == aliases
    assert data["mentions"] == mentions
    assert data["articles"] == articles
    assert data["kind"] == node.split(":")[0]
    assert graph.number_of_nodes() == 4


@pytest.mark.parametrize(
    ("labels", "kept"),
    [
        (["Kim", "Kim Jong-un"], "Kim Jong-un"),
        (["Kim Jong-un", "Kim"], "Kim Jong-un"),
        (["Kim Jong Un", "Kim Jong-un"], "Kim Jong Un"),  # more words wins
        (["Xi Jinping", "Xi Jinpin"], "Xi Jinping"),  # then the longer
        (["Moon Jae-In", "Moon Jae-in"], "Moon Jae-in"),  # then a fixed order, whatever comes first
        (["Moon Jae-in", "Moon Jae-In"], "Moon Jae-in"),
    ],
)
def test_graph_keeps_fullest_label(labels, kept):
    xs = [extraction(f"a{n}", [entity(KIM, label, articles=(f"a{n}",))]) for n, label in enumerate(labels)]
    assert build_graph(xs).nodes[KIM]["label"] == kept


def test_graph_merge_entities_sorted_by_id():
    merged = merge_entities(e for x in corpus() for e in x.entities)
    assert [e.id for e in merged] == sorted({CHINA, KIM, TRUMP, XI})


# --- edges -------------------------------------------------------------------


def test_graph_one_edge_per_interaction_keyed_by_id():
    graph = build_graph(corpus())
    keys = sorted(k for _, _, k in graph.edges(keys=True))
    assert keys == sorted(["met:0000000000a1", "met:0000000000a2", "visited:0000000000a1", "accompanied:0000000000a3"])
    assert graph.number_of_edges(KIM, XI) == 2  # two articles, two parallel edges
    assert graph.edges[KIM, XI, "met:0000000000a1"]["status"] == "planned"
    assert graph.edges[KIM, XI, "met:0000000000a2"]["date"] == "2019-01-08"


@pytest.mark.parametrize(
    ("u", "v", "key", "actor"),
    [
        (KIM, CHINA, "visited:0000000000a1", KIM),
        (TRUMP, KIM, "accompanied:0000000000a3", TRUMP),
        (KIM, XI, "met:0000000000a1", None),
    ],
)
def test_graph_actor_on_visited_and_accompanied(u, v, key, actor):
    data = build_graph(corpus()).edges[u, v, key]
    assert data.get("actor") == actor
    assert data["kind"] == key.split(":")[0]


@pytest.mark.parametrize(
    ("key", "present", "absent"),
    [
        (
            "met:0000000000a1",
            {"kind", "status", "trigger", "article", "evidence", "evidence_start", "evidence_end"},
            {"date", "start", "end", "place", "place_id", "mode", "count", "actor"},
        ),
        ("met:0000000000a2", {"date", "mode"}, {"start", "end", "place", "count"}),
        ("visited:0000000000a1", {"place", "place_id", "actor"}, {"date", "mode"}),
    ],
)
def test_graph_none_fields_left_out_of_edge_data(key, present, absent):
    graph = build_graph(corpus())
    (data,) = [d for _, _, k, d in graph.edges(keys=True, data=True) if k == key]
    assert present <= data.keys()
    assert not absent & data.keys()
    assert None not in data.values()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=lambda o: "".join(map(str, o)))
def test_graph_insertion_order_independent_of_input_order(order):
    xs = corpus()
    expected = build_graph(sorted(xs, key=lambda x: x.article))
    graph = build_graph([xs[i] for i in order])
    assert snapshot(graph) == snapshot(expected)
    assert [n for n in graph.nodes] == sorted(graph.nodes)
    # and so the exported bytes do not depend on it either
    for write in (write_json, write_graphml):
        one, two = io.BytesIO(), io.BytesIO()
        write(graph, one)
        write(expected, two)
        assert one.getvalue() == two.getvalue()


# --- refusals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [(KIM, "person:nobody"), ("person:nobody", XI), (KIM, "")],
    ids=["unknown-target", "unknown-source", "empty-target"],
)
def test_graph_interaction_naming_unknown_entity_raises(source, target):
    xs = corpus() + [
        extraction("a9", [entity(KIM, "Kim", articles=("a9",))], [edge("met:0000000000a9", source, target, "a9")])
    ]
    with pytest.raises(ValueError, match="unknown entity"):
        build_graph(xs)


def test_graph_entity_listed_by_another_article_is_known():
    # build_graph works on the corpus: an end listed by any article is a node
    xs = corpus() + [extraction("a9", [], [edge("met:0000000000a9", KIM, TRUMP, "a9")])]
    assert build_graph(xs).has_edge(KIM, TRUMP, "met:0000000000a9")


@pytest.mark.parametrize(
    ("article", "ends"),
    [("a0", (KIM, XI)), ("a9", (TRUMP, CHINA))],
    ids=["same-ends", "other-ends"],
)
def test_graph_duplicate_interaction_id_raises(article, ends):
    # one would silently replace the other (same ends) or give two GraphML edges one id
    dup = extraction(article, [], [edge("met:0000000000a1", *ends, article)])
    with pytest.raises(ValueError, match="met:0000000000a1"):
        build_graph(corpus() + [dup])


@pytest.mark.parametrize(
    ("x", "message"),
    [
        (extraction("a", [entity(KIM, "Kim")], [edge("met:1", KIM, XI)]), "unknown entity 'person:xi-jinping'"),
        (extraction("a", [entity(KIM, "Kim")], [edge("visited:1", KIM, "")]), "unknown entity ''"),
        (
            extraction("a", [entity(KIM, "Kim"), entity(XI, "Xi")], [edge("met:1", KIM, XI), edge("met:1", KIM, XI)]),
            "two interactions have the id met:1",
        ),
    ],
    ids=["unknown", "empty", "duplicate"],
)
def test_graph_check_extraction_refuses(x, message):
    with pytest.raises(ValueError, match=message):
        check_extraction(x)


@pytest.mark.parametrize("x", corpus(), ids=lambda x: x.article)
def test_graph_check_extraction_accepts_consistent(x):
    assert check_extraction(x) is None


def test_graph_empty_corpus_is_empty_graph():
    graph = build_graph([])
    assert graph.is_multigraph() and not graph.is_directed()
    assert graph.number_of_nodes() == graph.number_of_edges() == 0


# --- streaming: GraphBuilder, and linear cost -----------------------------------------


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1)], ids=["sorted", "shuffled"])
def test_graph_builder_adds_one_at_a_time(order):
    from summitgraph.graph import GraphBuilder

    builder = GraphBuilder()
    for i in order:
        builder.add(corpus()[i])
    assert snapshot(builder.graph()) == snapshot(build_graph(corpus()))


def test_graph_merge_entities_across_many_articles_is_linear():
    """An entity named in n articles used to be merged by re-sorting its growing
    article list n times; the merged node is the same either way."""
    n = 3000
    xs = [
        extraction(f"a{i:05d}", [entity(KIM, "Kim" if i % 2 else "Kim Jong-un", articles=(f"a{i:05d}",))])
        for i in range(n)
    ]
    (merged,) = merge_entities(e for x in xs for e in x.entities)
    assert merged.label == "Kim Jong-un" and merged.mentions == n
    assert merged.articles == tuple(f"a{i:05d}" for i in range(n))
    assert merged.aliases == ("Kim", "Kim Jong-un")


# --- places on a map, and when entities are seen --------------------------------------------


def _article(aid: str, places: dict[str, int], published=None) -> ArticleExtraction:
    """An article whose place mentions name ``places`` (label -> how many times)."""
    from summitgraph.models import Mention
    from summitgraph.resolve import entity_id

    mentions, entities, start = [], [], 0
    for label, count in places.items():
        eid = entity_id("place", label)
        entities.append(entity(eid, label, articles=(aid,), mentions=count))
        for _ in range(count):
            mentions.append(Mention(start=start, end=start + len(label), text=label, kind="place", entity=eid))
            start += len(label) + 1
    return ArticleExtraction(article=aid, published=published, mentions=tuple(mentions), entities=tuple(entities))


@pytest.mark.parametrize(
    ("places", "country"),
    [
        ({"Beijing": 2, "Washington": 1}, "CN"),
        ({"United States": 1, "China": 1}, "US"),  # a tie: the first named
        ({"Georgia": 3, "Atlanta": 1}, "US"),  # "Georgia" needs context, and does not vote
        ({"Nowhere Land": 2}, None),
    ],
)
def test_graph_article_country(places, country):
    from summitgraph.graph import article_country

    assert article_country(_article("a1", places)) == country


@pytest.mark.parametrize(
    ("places", "label", "expected"),
    [
        ({"Beijing": 1}, "Beijing", (39.9075, 116.3972, "CN")),
        ({"North Korea": 1}, "North Korea", (39.0339, 125.7543, "KP")),  # a country at its capital
        ({"Georgia": 1, "Atlanta": 2}, "Georgia", (33.749, -84.388, "US")),  # the state, in an article about the US
        ({"Georgia": 1, "Tbilisi": 2}, "Georgia", (41.6914, 44.8341, "GE")),
        ({"Valencia": 1, "Madrid": 2}, "Valencia", (39.4739, -0.3797, "ES")),
        ({"Valencia": 1}, "Valencia", (10.1615, -68.0004, "VE")),  # no context: the most populous
    ],
)
def test_graph_place_nodes_get_coordinates(places, label, expected):
    from summitgraph.resolve import entity_id

    graph = build_graph([_article("a1", places)])
    data = graph.nodes[entity_id("place", label)]
    assert (data["lat"], data["lng"], data["country_code"]) == expected
    assert type(data["lat"]) is float and type(data["lng"]) is float


def test_graph_unknown_place_has_no_coordinates():
    graph = build_graph([_article("a1", {"Camp Nowhere": 1})])
    assert not {"lat", "lng", "country_code"} & set(graph.nodes["place:camp-nowhere"])


def test_graph_first_and_last_seen():
    import datetime as dt

    graph = build_graph(
        [
            _article("a1", {"China": 1}, dt.date(2019, 1, 8)),
            _article("a2", {"China": 1}, dt.date(2018, 3, 1)),
            _article("a3", {"China": 1, "Peru": 1}),
        ]
    )
    china = graph.nodes["place:china"]
    assert (china["first_seen"], china["last_seen"]) == ("2018-03-01", "2019-01-08")
    assert "first_seen" not in graph.nodes["place:peru"]  # only in an article without a date
