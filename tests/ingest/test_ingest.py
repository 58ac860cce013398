"""Tests of summitgraph.ingest: the whole chain, files in, three files out.

Every test here runs the installed model (the session ``nlp`` fixture,
loaded once and passed as ``nlp=``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest

from summitgraph import extract as extract_module
from summitgraph.articles import iter_articles
from summitgraph.errors import ExportError
from summitgraph.export import FORMATS, gephi_view, read_graphml, read_json
from summitgraph.extract import extract_articles
from summitgraph.ingest import OUTPUT_FILES, STORE_FILE, NothingIngested, ingest
from summitgraph.models import Article, Interaction

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
INPUTS = ROOT / "data" / "fixtures" / "articles" / "inputs"
# data/fixtures/articles/README.md: the articles of inputs/, in reading order
FIXTURE_ARTICLES = [
    "pompeo-pyongyang",
    "feed-2",
    "trump-dmz",
    "kim-beijing-2019",
    "moon-kim-panmunjom",
    "trump-kim-hanoi",
]
NAME_MENTION_KEYS = {"start", "end", "text", "kind", "entity"}
GOOD_LINE = '{"id": "good", "text": "Kim Jong-un met Xi Jinping in Beijing on Tuesday.", "published": "2019-01-08"}\n'


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def contents(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) below ``folder``, by relative path."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else p.read_bytes() for p in sorted(folder.rglob("*"))}


def old_outputs(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in OUTPUT_FILES:
        (folder / name).write_text(f"previous {name}\n")
    return contents(folder)


@pytest.fixture(scope="module")
def fixture_run(nlp, tmp_path_factory):
    """``ingest`` of data/fixtures/articles/inputs, once for the module."""
    out = tmp_path_factory.mktemp("ingest") / "out"
    errors = []
    result = ingest([INPUTS], out=out, nlp=nlp, on_error=errors.append)
    return result, out, errors


@pytest.fixture(scope="module")
def lines(fixture_run):
    _, out, _ = fixture_run
    with open(out / "extractions.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def texts():
    return {a.id: a.text for a in iter_articles([INPUTS], on_error=lambda e: None)}


# --- what one run reads and writes ---------------------------------------------


def test_ingest_fixtures_counts(fixture_run):
    result, out, errors = fixture_run
    assert (result.articles, result.skipped) == (6, 4)
    assert result.errors == errors
    assert sorted(Path(e.path).name for e in errors) == ["binary.txt", "empty.txt", "feed.jsonl", "latin1.txt"]
    assert [e.line for e in errors if e.path.endswith(".jsonl")] == [3]
    assert result.outputs == [out / name for name in OUTPUT_FILES]
    assert sorted(p.name for p in out.iterdir()) == sorted((*OUTPUT_FILES, STORE_FILE))  # and no temp file


def test_ingest_counts_match_graph(fixture_run):
    result, _, _ = fixture_run
    graph = result.graph
    assert sum(result.entities.values()) == graph.number_of_nodes()
    assert sum(result.interactions.values()) == graph.number_of_edges()
    assert set(result.interactions) <= {"met", "visited", "accompanied"}


def test_ingest_extractions_one_line_an_article_in_reading_order(lines):
    assert [x["article"] for x in lines] == FIXTURE_ARTICLES
    for x in lines:
        assert {"article", "mentions", "interactions", "entities"} <= x.keys()
        assert x.keys() <= {
            "article",
            "published",
            "published_source",
            "title",
            "mentions",
            "interactions",
            "events",
            "entities",
        }


@pytest.mark.parametrize(
    ("article", "published", "title"),
    [
        ("feed-2", "2019-04-25", "Putin hosts Kim in Vladivostok"),
        ("kim-beijing-2019", "2019-01-08", "Kim Jong-un arrives in Beijing for talks with Xi Jinping"),
        ("moon-kim-panmunjom", "2018-04-27", None),
        ("trump-kim-hanoi", None, "Trump and Kim meet in Hanoi"),
    ],
)
def test_ingest_extraction_metadata(lines, article, published, title):
    (x,) = [x for x in lines if x["article"] == article]
    assert x.get("published") == published
    if title is not None:
        assert x["title"] == title


@pytest.mark.parametrize("article", FIXTURE_ARTICLES)
def test_ingest_mention_offsets_index_text_as_read(lines, texts, article):
    (x,) = [x for x in lines if x["article"] == article]
    text = texts[article]
    assert x["mentions"]
    for m in x["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
        if m["kind"] == "date":
            assert "value" in m and "entity" not in m
        else:
            assert m.keys() == NAME_MENTION_KEYS
    for i in x["interactions"]:
        assert text[i["evidence_start"] : i["evidence_end"]] == i["evidence"]


def test_ingest_crlf_text_offsets_kept(lines, texts):
    text = texts["kim-beijing-2019"]
    assert "\r\n" in text
    (x,) = [x for x in lines if x["article"] == "kim-beijing-2019"]
    assert any(m["start"] > text.index("\r\n") for m in x["mentions"])  # offsets past a CRLF still match


def test_ingest_mentions_and_aliases_have_no_surrounding_whitespace(lines):
    texts = [m["text"] for x in lines for m in x["mentions"]]
    texts += [a for x in lines for e in x["entities"] for a in (e["label"], *e["aliases"])]
    assert [t for t in texts if t != t.strip()] == []


def test_ingest_every_node_lists_its_articles(fixture_run):
    result, _, _ = fixture_run
    assert [n for n, articles in result.graph.nodes(data="articles") if not articles] == []


def test_ingest_graph_json_matches_extractions(fixture_run, lines):
    _, out, _ = fixture_run
    with open(out / "graph.json", encoding="utf-8") as f:
        graph = nx.node_link_graph(json.load(f))
    assert isinstance(graph, nx.MultiGraph)
    interactions = {i["id"]: i for x in lines for i in x["interactions"]}
    assert sorted(k for _, _, k in graph.edges(keys=True)) == sorted(interactions)
    for u, v, key, data in graph.edges(keys=True, data=True):
        i = interactions[key]
        assert {u, v} == {i["source"], i["target"]}
        assert data["kind"] == i["kind"] and data["article"] == i["article"] and data["evidence"] == i["evidence"]
    for _node, data in graph.nodes(data=True):
        assert {"label", "kind", "aliases", "mentions", "articles"} <= data.keys()
    entities = {e["id"] for x in lines for e in x["entities"]}
    assert set(graph.nodes) == entities


def test_ingest_graphml_is_the_gephi_view_of_the_json_graph(fixture_run):
    _, out, _ = fixture_run
    from_json = read_json(out / "graph.json")
    from_graphml = read_graphml(out / "graph.graphml")
    view = gephi_view(from_json)
    assert list(from_graphml.nodes(data=True)) == list(view.nodes(data=True))
    assert {frozenset((u, v)): d for u, v, d in from_graphml.edges(data=True)} == {
        frozenset((u, v)): d for u, v, d in view.edges(data=True)
    }
    assert sum(d["weight"] for *_, d in from_graphml.edges(data=True)) == from_json.number_of_edges()


@pytest.mark.parametrize(("published", "expected"), [(None, None), (dt.date(2019, 2, 27), "2019-02-27")])
def test_ingest_published_fallback(nlp, tmp_path, published, expected):
    ingest([INPUTS / "trump-kim-hanoi.md", INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp, published=published)
    with open(tmp_path / "extractions.jsonl", encoding="utf-8") as f:
        by_id = {x["article"]: x for x in map(json.loads, f)}
    assert by_id["trump-kim-hanoi"].get("published") == expected
    assert by_id["moon-kim-panmunjom"]["published"] == "2018-04-27"  # its own date wins


# --- nothing lost, nothing half-written ---------------------------------------------


@pytest.mark.parametrize(
    "names",
    [["binary.txt"], ["binary.txt", "empty.txt", "latin1.txt"], ["no-such-file.txt"], []],
    ids=["binary", "three-bad", "missing", "no-input"],
)
def test_ingest_nothing_ingested_writes_nothing(nlp, tmp_path, names):
    out = tmp_path / "out"
    paths = [INPUTS / n for n in names] or [write(tmp_path / "in" / "notes.csv", "a,b\n").parent]
    with pytest.raises(NothingIngested, match="no article was ingested"):
        ingest(paths, out=out, nlp=nlp, on_error=lambda e: None)
    assert not out.exists()  # not even an empty folder


def test_ingest_nothing_ingested_keeps_previous_outputs(nlp, tmp_path):
    before = old_outputs(tmp_path)
    with pytest.raises(NothingIngested):
        ingest([INPUTS / "binary.txt"], out=tmp_path, nlp=nlp, on_error=lambda e: None)
    assert contents(tmp_path) == before


def test_ingest_replaces_previous_outputs(nlp, tmp_path):
    old_outputs(tmp_path)
    ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)
    after = contents(tmp_path)
    assert sorted(after) == sorted((*OUTPUT_FILES, STORE_FILE))
    assert all(not data.startswith(b"previous") for data in after.values())


def test_ingest_write_failure_keeps_previous_outputs(nlp, tmp_path, monkeypatch):
    before = old_outputs(tmp_path)

    def full(graph, path, **options):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(FORMATS, "json", FORMATS["json"]._replace(write=full))
    with pytest.raises(ExportError, match="No space left on device"):
        ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)
    after = contents(tmp_path)
    assert after.pop(STORE_FILE).startswith(b"SQLite format 3")  # the article is kept in the store
    assert after == before  # no output replaced, no temp file left


@pytest.mark.parametrize("where", ["out-is-file", "out-under-file", "output-is-folder"])
def test_ingest_unwritable_out_is_one_line_export_error(nlp, tmp_path, where):
    if where == "out-is-file":
        out = write(tmp_path / "out", "a file")
    elif where == "out-under-file":
        out = write(tmp_path / "file", "a file") / "out"
    else:
        out = tmp_path / "out"
        old_outputs(out)
        (out / "graph.json").unlink()
        (out / "graph.json").mkdir()
    before = contents(tmp_path)
    with pytest.raises(ExportError) as caught:
        ingest([INPUTS / "moon-kim.json"], out=out, nlp=nlp)
    assert "\n" not in str(caught.value)
    assert contents(tmp_path) == before
    if where == "output-is-folder":
        assert contents(out)["graph.graphml"].startswith(b"previous")  # not replaced either


def test_ingest_lone_surrogate_skipped(nlp, tmp_path):
    # regression: "\ud800" in a JSON line crashed spaCy and the whole run
    feed = write(tmp_path / "in" / "feed.jsonl", '{"id": "bad", "text": "Kim met \\ud800 Xi."}\n' + GOOD_LINE)
    errors = []
    result = ingest([feed], out=tmp_path / "out", nlp=nlp, on_error=errors.append)
    assert (result.articles, result.skipped) == (1, 1)
    (error,) = errors
    assert error.line == 1 and "surrogate" in str(error) and "\n" not in str(error)
    json.loads((tmp_path / "out" / "extractions.jsonl").read_text(encoding="utf-8"))


def test_ingest_article_over_length_limit_skipped(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 60)
    feed = write(tmp_path / "feed.jsonl", '{"id": "long", "text": "' + "Kim met Xi. " * 10 + '"}\n' + GOOD_LINE)
    errors = []
    result = ingest([feed], out=tmp_path / "out", nlp=nlp, on_error=errors.append)
    assert (result.articles, result.skipped) == (1, 1)
    assert errors[0].line == 1 and "limit" in str(errors[0])


@pytest.mark.parametrize("failure", ["raises", "unknown-entity"])
def test_ingest_one_bad_extraction_skips_only_its_article(nlp, tmp_path, monkeypatch, failure):
    real = extract_module.extract_doc

    def flaky(doc, article):
        x = real(doc, article)
        if article.id != "bad":
            return x
        if failure == "raises":
            raise IndexError("boom")
        ghost = Interaction(
            id="met:ghost",
            kind="met",
            source="person:ghost",
            target="person:kim-jong-un",
            status="occurred",
            trigger="met",
            article="bad",
            evidence="Kim met",
            evidence_start=0,
            evidence_end=7,
        )
        return x.model_copy(update={"interactions": x.interactions + (ghost,)})

    monkeypatch.setattr(extract_module, "extract_doc", flaky)
    feed = write(tmp_path / "feed.jsonl", GOOD_LINE.replace('"good"', '"bad"') + GOOD_LINE)
    errors = []
    result = ingest([feed], out=tmp_path / "out", nlp=nlp, on_error=errors.append)
    assert (result.articles, result.skipped) == (1, 1)
    assert errors[0].line == 1 and "could not be processed" in str(errors[0])
    assert "person:ghost" not in result.graph


@pytest.mark.parametrize("paths", [[SEEDS], [INPUTS, SEEDS]], ids=["seeds", "inputs-and-seeds"])
def test_ingest_same_input_same_bytes(nlp, tmp_path, paths):
    ingest(paths, out=tmp_path / "one", nlp=nlp, on_error=lambda e: None)
    ingest(paths, out=tmp_path / "two", nlp=nlp, on_error=lambda e: None)
    one, two = contents(tmp_path / "one"), contents(tmp_path / "two")
    assert sorted(one) == sorted((*OUTPUT_FILES, STORE_FILE))
    assert [one[name] for name in OUTPUT_FILES] == [two[name] for name in OUTPUT_FILES]


@pytest.mark.parametrize(
    "texts, node, gone",
    [
        (
            {
                "a.txt": "Trump in Hanoi\nU.S. President Donald Trump met Kim Jong-un in Hanoi on Wednesday.\n",
                "b.txt": (
                    "Phone call\nOn Thursday, President Trump spoke with South Korean President Moon Jae-in by phone.\n"
                ),
            },
            "person:donald-trump",
            "person:trump",
        ),
    ],
)
def test_ingest_links_a_lone_surname_across_articles(nlp, tmp_path, texts, node, gone):
    for name, text in texts.items():
        write(tmp_path / "in" / name, text)
    result = ingest([tmp_path / "in"], out=tmp_path / "out", published=dt.date(2019, 2, 27), nlp=nlp)
    assert node in result.graph and gone not in result.graph
    assert result.graph.nodes[node]["articles"] == ["a", "b"]
    lines = [json.loads(line) for line in (tmp_path / "out" / "extractions.jsonl").read_text().splitlines()]
    b = next(x for x in lines if x["article"] == "b")
    assert {m["entity"] for m in b["mentions"] if m["text"] == "Trump"} == {node}
    assert any(node in (i["source"], i["target"]) for i in b["interactions"])


# --- the extract step: extract_articles with on_error ------------------------------------


def test_ingest_extract_step_reports_in_order_and_keeps_contexts(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 80)
    good = Article(id="good", text="Kim Jong-un met Xi Jinping in Beijing.", published=dt.date(2019, 1, 8))
    articles = [
        Article(id="long", text="Kim met Xi. " * 10, path="feed.jsonl", line=1),
        good,
        Article(id="bad", text="Kim met \ud800 Xi.", path="feed.jsonl", line=3),
        good.model_copy(update={"id": "good-2"}),
    ]
    errors = []
    pairs = extract_articles(
        ((a, n) for n, a in enumerate(articles)), nlp=nlp, batch_size=2, as_tuples=True, on_error=errors.append
    )
    assert [(x.article, n) for x, n in pairs] == [("good", 1), ("good-2", 3)]
    assert [str(e) for e in errors] == [
        "feed.jsonl:1: is 120 characters long, more than the pipeline's limit of 80; split it into smaller articles",
        "feed.jsonl:3: 'text' holds a lone surrogate (U+D800) at character 8, which is not text; fix the escape",
    ]


def test_ingest_extract_step_without_on_error_raises_as_before(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 10)
    with pytest.raises(ValueError, match="max_length"):
        list(extract_articles([Article(id="long", text="Kim met Xi in Beijing.")], nlp=nlp))
