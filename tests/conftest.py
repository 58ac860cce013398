"""Fixtures shared by every test module (one global conftest, as in spaCy)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest

if TYPE_CHECKING:
    from summitgraph.errors import ArticleError
    from summitgraph.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "data" / "fixtures"
SEED_ARTICLE = SEEDS / "000_ba00b74005e757b1.txt"
SEED_PUBLISHED = dt.date(2019, 1, 8)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with summitgraph's components, loaded once."""
    from summitgraph.pipeline import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def seed_extraction(nlp):
    """The seed article as ``summitgraph ingest seeds/`` reads it."""
    from summitgraph.articles import iter_articles
    from summitgraph.extract import extract_doc

    (article,) = list(iter_articles([SEED_ARTICLE]))
    return extract_doc(nlp(article.text), article)


@pytest.fixture(scope="session")
def seed_text():
    return SEED_ARTICLE.read_text(encoding="utf-8")


# --- Docs built by hand, as spaCy's own tests build them: no model needed ------

# Part of speech of each fine-grained tag the rules read (spaCy's English tag map).
_POS_OF_TAG = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "IN": "ADP",
    "DT": "DET",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "RB": "ADV",
    "RP": "ADP",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WDT": "PRON",
    "WRB": "ADV",
    "CC": "CCONJ",
    "TO": "PART",
    "CD": "NUM",
    "POS": "PART",
    ".": "PUNCT",
    ",": "PUNCT",
    "HYPH": "PUNCT",
    ":": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
}


def build_doc(parse: str, ents: tuple[tuple[int, int, str], ...] = (), vocab=None):
    """A parsed Doc from ``word/TAG/dep/head`` items separated by spaces.

    ``head`` is the index of the head token (the root points at itself);
    ``TAG`` may carry the coarse part of speech after a colon when it differs
    from spaCy's English tag map (``is/VBZ:AUX/aux/2``); a word ending in
    ``~`` has no space after it (``Jae~/NNP/compound/3 -~/HYPH/punct/3
    in/NNP/nsubj/4`` is "Jae-in"); ``ents`` are ``(start, end, label)`` token spans::

        build_doc("Kim/NNP/nsubj/1 met/VBD/ROOT/1 Xi/NNP/dobj/1 ././punct/1", ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    """
    import spacy
    from spacy.tokens import Doc, Span

    words, glued, tags, pos, deps, heads = [], [], [], [], [], []
    for item in parse.split():
        word, tag, dep, head = item.rsplit("/", 3)
        tag, _, coarse = tag.partition(":")
        glued.append(word.endswith("~") and len(word) > 1)
        words.append(word[:-1] if glued[-1] else word)
        tags.append(tag)
        pos.append(coarse or _POS_OF_TAG.get(tag, "X"))
        deps.append(dep)
        heads.append(int(head))
    spaces = [
        not (glued[i] or i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "?", "!", ":", ";"})
        for i in range(len(words))
    ]
    doc = Doc(vocab or spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.fixture(scope="session")
def doc_from_parse():
    """:func:`build_doc` as a fixture: a Doc from a hand-written parse."""
    return build_doc


# --- graphs for the exporters: no model needed ----------------------------------


def build_sample_graph() -> nx.MultiGraph:
    """A graph shaped like build_graph's: list attributes, parallel edges,
    an empty list, a None the writer must leave out."""
    g = nx.MultiGraph()
    g.add_node(
        "person:kim-jong-un",
        label="Kim Jong-un",
        kind="person",
        aliases=["Kim", "Kim Jong-un"],
        mentions=7,
        articles=["a1", "a2"],
    )
    g.add_node(
        "person:xi-jinping", label="Xi Jinping", kind="person", aliases=["Xi Jinping"], mentions=2, articles=["a1"]
    )
    g.add_node("place:north-korea", label="North Korea", kind="place", aliases=[], mentions=0, articles=[])
    g.add_edge(
        "person:kim-jong-un",
        "person:xi-jinping",
        key="met:000000000001",
        kind="met",
        status="occurred",
        date="2019-01-08",
        article="a1",
        evidence="Kim met Xi in Beijing.",
        evidence_start=0,
        evidence_end=22,
        place=None,
    )
    g.add_edge(
        "person:kim-jong-un",
        "person:xi-jinping",
        key="met:000000000002",
        kind="met",
        status="planned",
        article="a2",
        evidence="Kim will meet Xi.",
        evidence_start=10,
        evidence_end=27,
        count=2,
    )
    g.add_edge(
        "person:kim-jong-un",
        "place:north-korea",
        key="visited:000000000003",
        kind="visited",
        actor="person:kim-jong-un",
        status="occurred",
        article="a2",
        evidence="Kim returned home.",
        evidence_start=30,
        evidence_end=48,
    )
    return g


@pytest.fixture
def sample_graph():
    """:func:`build_sample_graph` as a fixture: a fresh copy for each test."""
    return build_sample_graph()


def contents_of_graph(graph: nx.MultiGraph):
    """Nodes and edges with their data, edges keyed by their unordered ends and key."""
    nodes = {node: dict(data) for node, data in graph.nodes(data=True)}
    edges = {(frozenset((u, v)), key): dict(data) for u, v, key, data in graph.edges(keys=True, data=True)}
    return nodes, edges


@pytest.fixture(scope="session")
def graph_contents():
    """:func:`contents_of_graph` as a fixture, to compare two graphs."""
    return contents_of_graph


# --- article files written by hand: no model needed -------------------------------


def write_exactly(path: Path, data: bytes | str) -> Path:
    """Write bytes exactly (str is encoded as UTF-8, newlines untouched), making folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_all(
    *paths: str | os.PathLike[str], published: dt.date | None = None
) -> tuple[list[Article], list[ArticleError]]:
    """All articles and all errors of ``paths`` (``iter_articles`` with ``on_error``)."""
    from summitgraph.articles import iter_articles

    errors: list[ArticleError] = []
    found = list(iter_articles(paths, published=published, on_error=errors.append))
    return found, errors


@pytest.fixture(scope="session")
def write_input():
    """:func:`write_exactly` as a fixture: ``write_input(tmp_path / "a.txt", b"Head\\nbody")``."""
    return write_exactly


@pytest.fixture(scope="session")
def read_inputs():
    """:func:`read_all` as a fixture: ``found, errors = read_inputs(tmp_path)``."""
    return read_all


# --- a small corpus for the exports, pictures and commands (no model) --------------------------


def _entity(eid: str, label: str, articles: tuple[str, ...], mentions: int = 1, aliases: tuple[str, ...] = ()):
    from summitgraph.models import Entity

    return Entity(
        id=eid, label=label, kind=eid.split(":")[0], aliases=aliases or (label,), mentions=mentions, articles=articles
    )


def _interaction(eid: str, source: str, target: str, article: str, **fields):
    from summitgraph.models import Interaction

    values = dict(status="occurred", trigger="met", evidence=f"{source} and {target}.", evidence_start=0)
    values.update(fields)
    values.setdefault("evidence_end", values["evidence_start"] + len(values["evidence"]))
    return Interaction(id=eid, kind=eid.split(":")[0], source=source, target=target, article=article, **values)


def build_tricky_corpus():
    """Three hand-made extractions with what the exports must carry: repeated
    meetings of one pair, a visit over days, a companion, partial dates
    (``2018``, ``2018-06``, ``2019-W02``), an undated possible meeting, a place
    (Beijing) named only as where things happened, an entity in no
    interaction, an article without a publication date, and ids and texts with
    ``"; "``, control characters and control pictures in them."""
    import datetime as dt

    from summitgraph.models import ArticleExtraction

    kim, xi, trump, moon, odd = (
        "person:kim-jong-un",
        "person:xi-jinping",
        "person:donald-trump",
        "person:moon-jae-in",
        "person:odd; one\x01",
    )
    weird = "x; y\x00z"
    a1 = ArticleExtraction(
        article="a1",
        published=dt.date(2019, 1, 8),
        entities=(
            _entity(kim, "Kim Jong-un", ("a1",), 15, ("Kim", "Kim Jong-un")),
            _entity(xi, "Xi Jinping", ("a1",), 6),
            _entity("person:kim-yong-chol", "Kim Yong-chol", ("a1",)),
            _entity("place:china", "China", ("a1",), 10),
            _entity("place:beijing", "Beijing", ("a1",), 5),
            _entity("place:singapore", "Singapore", ("a1",)),
            _entity("organization:kcna", "KCNA", ("a1",), 2),
        ),
        interactions=(
            _interaction(
                "met:000000000001",
                kim,
                xi,
                "a1",
                status="planned",
                date="2019-01-08",
                place="Beijing",
                place_id="place:beijing",
                evidence="Kim was expected to meet Xi on Tuesday.",
            ),
            _interaction(
                "met:000000000002",
                kim,
                xi,
                "a1",
                date="2018",
                count=3,
                evidence="Kim held three summits last year with Xi.",
            ),
            _interaction(
                "met:000000000003",
                trump,
                kim,
                "a1",
                date="2018-06",
                place="Singapore",
                place_id="place:singapore",
                trigger="summit",
                evidence="their June summit in Singapore",
            ),
            _interaction(
                "visited:000000000004",
                kim,
                "place:china",
                "a1",
                date="2019-01-07",
                start="2019-01-07",
                end="2019-01-10",
                place="Beijing",
                place_id="place:beijing",
                trigger="visit",
                evidence="Kim's visit to Beijing runs until Thursday.",
            ),
            _interaction(
                "accompanied:000000000005",
                "person:kim-yong-chol",
                kim,
                "a1",
                date="2019-01-07",
                trigger="accompanied",
                evidence="accompanied by Kim Yong-chol",
            ),
        ),
    )
    a1 = a1.model_copy(update={"entities": (*a1.entities, _entity(trump, "Donald Trump", ("a1",), 5))})
    a2 = ArticleExtraction(
        article=weird,
        published=dt.date(2019, 1, 10),
        entities=(
            _entity(kim, "Kim Jong-un", (weird,), 2),
            _entity(moon, "Moon Jae-in", (weird,), 3),
            _entity(odd, "Odd\x00One", (weird,), 1, ("Odd\x00One", "odd; one")),
        ),
        interactions=(
            _interaction(
                "met:000000000006",
                kim,
                moon,
                weird,
                date="2019-W02",
                evidence="Kim\x00 met\x0c Moon\u2400 \u2424 again\r\nthat week.",
            ),
            _interaction("met:000000000007", moon, odd, weird, evidence='Moon met "Odd"; <One> & co.'),
        ),
    )
    a3 = ArticleExtraction(
        article="a3",
        entities=(_entity(trump, "Donald Trump", ("a3",), 2), _entity(kim, "Kim Jong-un", ("a3",))),
        interactions=(
            _interaction(
                "met:000000000008",
                trump,
                kim,
                "a3",
                status="possible",
                trigger="summit",
                evidence="a possible second summit",
            ),
        ),
    )
    return [a1, a2, a3]


@pytest.fixture
def tricky_corpus():
    """:func:`build_tricky_corpus` as a fixture."""
    return build_tricky_corpus()


@pytest.fixture
def tricky_graph():
    """The knowledge graph of :func:`build_tricky_corpus`."""
    from summitgraph.graph import build_graph

    return build_graph(build_tricky_corpus())


@pytest.fixture
def tricky_source(tmp_path):
    """An output folder as ``summitgraph ingest`` leaves it, from :func:`build_tricky_corpus`."""
    from summitgraph.graph import build_graph
    from summitgraph.ingest import write_outputs

    out = tmp_path / "run"
    extractions = build_tricky_corpus()
    write_outputs(out, extractions, build_graph(extractions), ["graphml", "gexf", "json", "csv"])
    return out
