"""Tests of summitgraph.articles: iter_articles and read_article over many files,
and the committed fixtures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summitgraph.articles import iter_articles, read_article
from summitgraph.errors import ArticleError

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures" / "articles" / "inputs"


# --- bad input: one error each, the rest still read -------------------------


def test_articles_duplicate_id(tmp_path: Path, write_input, read_inputs) -> None:
    write_input(tmp_path / "a" / "kim.txt", "Headline\nfirst")
    write_input(tmp_path / "b" / "kim.md", "# Headline\nsecond")
    write_input(tmp_path / "c.jsonl", '{"id": "kim", "text": "third"}\n{"id": "moon", "text": "x"}\n')
    found, errors = read_inputs(tmp_path)
    assert [(a.id, a.text) for a in found] == [("kim", "Headline\nfirst"), ("moon", "x")]
    first = (tmp_path / "a" / "kim.txt").as_posix()
    assert [str(e) for e in errors] == [
        f"{tmp_path.as_posix()}/b/kim.md: duplicate article id 'kim' (first read from {first}); "
        "give one of them another id",
        f"{tmp_path.as_posix()}/c.jsonl:1: duplicate article id 'kim' (first read from {first}); "
        "give one of them another id",
    ]


def test_articles_same_file_read_once(tmp_path: Path, write_input, read_inputs) -> None:
    path = write_input(tmp_path / "kim.txt", "Headline\nbody")
    found, errors = read_inputs(tmp_path, path, tmp_path / "." / "kim.txt")
    assert errors == []
    assert [a.id for a in found] == ["kim"]


def test_articles_errors_raised_without_on_error(tmp_path: Path, write_input) -> None:
    write_input(tmp_path / "a.txt", "Headline\nbody")
    write_input(tmp_path / "b.txt", b"")
    write_input(tmp_path / "c.txt", "Headline\nbody")
    stream = iter_articles([tmp_path])
    assert next(stream).id == "a"
    with pytest.raises(ArticleError) as raised:
        next(stream)
    assert (raised.value.path, raised.value.line) == ((tmp_path / "b.txt").as_posix(), None)


# --- read_article ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "expected_id"),
    [
        ("kim.txt", b"Head\r\nbody", "kim"),
        ("kim.md", b"# Head\nbody", "kim"),
        ("k.json", b'{"id": "x", "text": "t"}', "x"),
    ],
)
def test_articles_read_article(tmp_path: Path, name: str, raw: bytes, expected_id: str, write_input) -> None:
    article = read_article(write_input(tmp_path / name, raw), published=dt.date(2019, 1, 8))
    assert (article.id, article.published) == (expected_id, dt.date(2019, 1, 8))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("feed.jsonl", "holds many articles; read it with iter_articles"),
        ("folder", "holds many articles; read it with iter_articles"),
        ("notes.csv", "not an article file; expected .txt, .md or .json"),
        ("missing.txt", "cannot read: No such file or directory"),
        ("empty.txt", "empty file (no text)"),
    ],
)
def test_articles_read_article_errors(tmp_path: Path, name: str, reason: str, write_input) -> None:
    write_input(tmp_path / "feed.jsonl", '{"text": "a"}\n')
    write_input(tmp_path / "folder" / "a.txt", "Head\nbody")
    write_input(tmp_path / "notes.csv", "a,b")
    write_input(tmp_path / "empty.txt", "")
    with pytest.raises(ArticleError) as raised:
        read_article(tmp_path / name)
    assert raised.value.reason == reason


# --- the committed fixtures ------------------------------------------------


def test_articles_fixtures_folder(read_inputs) -> None:
    """data/fixtures/articles/README.md describes exactly this."""
    found, errors = read_inputs(FIXTURES)
    prefix = FIXTURES.as_posix() + "/"
    assert [(a.id, (a.path or "").removeprefix(prefix), a.line, a.published) for a in found] == [
        ("pompeo-pyongyang", "feed.jsonl", 1, dt.date(2018, 10, 7)),
        ("feed-2", "feed.jsonl", 2, dt.date(2019, 4, 25)),
        ("trump-dmz", "feed.jsonl", 4, None),
        ("kim-beijing-2019", "kim-beijing.txt", None, dt.date(2019, 1, 8)),
        ("moon-kim-panmunjom", "moon-kim.json", None, dt.date(2018, 4, 27)),
        ("trump-kim-hanoi", "trump-kim-hanoi.md", None, None),
    ]
    assert [str(e).removeprefix(prefix) for e in errors] == [
        "binary.txt: binary file (contains NUL bytes), not a text article",
        "empty.txt: empty file (no text)",
        "feed.jsonl:3: invalid JSON: Unterminated string starting at column 26",
        "latin1.txt: not valid UTF-8 at byte 62 (line 3): invalid continuation byte 0xe9; save it as UTF-8",
    ]


def test_articles_fixtures_offsets_exact() -> None:
    raw = (FIXTURES / "kim-beijing.txt").read_bytes()
    kim = read_article(FIXTURES / "kim-beijing.txt")
    assert b"\r\n" in raw
    assert kim.text == raw.decode("utf-8")
    assert kim.title == "Kim Jong-un arrives in Beijing for talks with Xi Jinping"
    assert (kim.url, kim.source) == ("https://example.org/news/kim-beijing", "Example Wire")
    start = kim.text.index("Xi Jinping at the Great Hall")
    assert kim.text[start : start + 10] == raw.decode("utf-8")[start : start + 10] == "Xi Jinping"
    moon = read_article(FIXTURES / "moon-kim.json")
    assert moon.text == json.loads((FIXTURES / "moon-kim.json").read_bytes())["text"]
    assert "\r\n" in moon.text
    hanoi = read_article(FIXTURES / "trump-kim-hanoi.md", published=dt.date(2019, 2, 27))
    assert (hanoi.title, hanoi.published) == ("Trump and Kim meet in Hanoi", dt.date(2019, 2, 27))
    assert hanoi.text == (FIXTURES / "trump-kim-hanoi.md").read_text(encoding="utf-8")
