"""Tests of summitgraph.store.corpus: the database, without the model."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from summitgraph.errors import StoreError
from summitgraph.export import extraction_line
from summitgraph.models import Article, ArticleExtraction, Entity
from summitgraph.resolve import Links
from summitgraph.store import STORE_FILE, Store, article_hash, is_store, read_linked

V1 = "summitgraph 0.1.0+aaaa; en_core_web_sm-3.8.0"
V2 = "summitgraph 0.1.0+bbbb; en_core_web_sm-3.8.0"


def article(aid: str, text: str = "Kim Jong-un met Xi Jinping.", **fields) -> Article:
    return Article(id=aid, text=text, **fields)


def line(aid: str, *labels: str) -> str:
    entities = tuple(
        Entity(id=f"person:{label.lower().replace(' ', '-')}", label=label, kind="person", articles=(aid,))
        for label in labels
    )
    return extraction_line(ArticleExtraction(article=aid, entities=entities))


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path, create=True) as opened:
        yield opened


def put(store: Store, a: Article, version: str = V1, *labels: str) -> None:
    with store.transaction():
        store.put(a, article_hash(a), version, line(a.id, *labels))


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"url": "https://example.org/kim", "source": "Example", "path": "a.txt", "line": 3}, True),
        ({"text": "Kim Jong-un met Xi Jinping again."}, False),
        ({"title": "Kim meets Xi"}, False),
        ({"published": dt.date(2019, 1, 8)}, False),
        ({"id": "other"}, False),
    ],
    ids=["same", "where-read", "text", "title", "published", "id"],
)
def test_corpus_article_hash_covers_what_extraction_reads(change, same):
    base = article("kim")
    assert (article_hash(base) == article_hash(base.model_copy(update=change))) is same


def test_corpus_open_without_store_is_none(tmp_path: Path):
    assert Store.open(tmp_path / "nothing") is None
    assert not (tmp_path / "nothing").exists()
    assert not is_store(tmp_path)


def test_corpus_put_and_state(store: Store):
    a = article("kim", title="Kim meets Xi", published=dt.date(2019, 1, 8), url="https://x.org/1")
    assert store.state("kim") is None
    put(store, a)
    assert tuple(store.state("kim")) == (article_hash(a), V1)
    assert store.count() == 1 and store.count_stale(V1) == 0 and store.count_stale(V2) == 1
    assert is_store(store.path.parent)


def test_corpus_replacing_an_article_keeps_its_place(store: Store):
    for aid in ("a", "b", "c"):
        put(store, article(aid), V1, f"Person {aid}")
    generation = store.generation
    put(store, article("b", "Other text."), V1, "Person New")
    assert [aid for aid, _ in store.lines()] == ["a", "b", "c"]
    assert store.count() == 3
    assert "Person New" in dict(store.lines())["b"]
    assert store.generation == generation + 1


def test_corpus_stale_articles_rebuilt_from_the_store(store: Store):
    a = article("a", title="T", published=dt.date(2019, 1, 8), url="u", source="s", path="p.jsonl", line=2)
    put(store, a, V1)
    put(store, article("b"), V2)
    assert list(store.stale(V2)) == [a]
    assert list(store.stale(V2, skip={"a"})) == []
    assert [x.id for x in store.stale("another")] == ["a", "b"]


def test_corpus_lines_stream_in_pages(store: Store):
    with store.transaction():
        for n in range(1200):  # more than one page of 512
            a = article(f"a{n:04d}")
            store.put(a, article_hash(a), V1, line(a.id))
    assert [aid for aid, _ in store.lines()] == [f"a{n:04d}" for n in range(1200)]


def test_corpus_transaction_rolls_back_on_error(store: Store):
    with pytest.raises(KeyboardInterrupt), store.transaction():
        put_unsafe = article("a")
        store.put(put_unsafe, article_hash(put_unsafe), V1, line("a"))
        raise KeyboardInterrupt
    assert store.count() == 0


def test_corpus_links_replaced_whole(store: Store):
    with store.transaction():
        store.set_links(Links({"person:trump": "person:donald-trump"}))
    links = Links({"person:kim": "person:kim-jong-un"}, {"b": {"person:obama": "person:barack-obama"}})
    with store.transaction():
        store.set_links(links)
    assert store.links() == links


def test_corpus_read_linked_applies_the_stored_links(store: Store, tmp_path: Path):
    put(store, article("a"), V1, "Donald Trump")
    put(store, article("b"), V1, "Trump")
    with store.transaction():
        store.set_links(Links({"person:trump": "person:donald-trump"}))
    linked = list(read_linked(tmp_path))
    assert [x.article for x in linked] == ["a", "b"]
    assert [e.id for e in linked[1].entities] == ["person:donald-trump"]
    assert all(isinstance(x, ArticleExtraction) for x in linked)


def test_corpus_read_linked_without_store_is_one_line(tmp_path: Path):
    with pytest.raises(StoreError, match="holds no corpus store"):
        list(read_linked(tmp_path))


def test_corpus_second_writer_refused_in_one_line(store: Store, tmp_path: Path):
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path, create=True)
    assert "in use by another summitgraph ingest" in str(raised.value) and "\n" not in str(raised.value)
    store.close()
    Store.open(tmp_path).close()  # free again once the first one is closed


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"not a database at all" * 100, "is not a summitgraph store"), (None, "made by a newer summitgraph")],
    ids=["garbage", "newer-schema"],
)
def test_corpus_foreign_file_is_one_line_error(tmp_path: Path, content, reason):
    path = tmp_path / STORE_FILE
    if content is not None:
        path.write_bytes(content)
    else:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT INTO meta VALUES ('schema', '99')")
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path)
    assert reason in str(raised.value) and "\n" not in str(raised.value)
