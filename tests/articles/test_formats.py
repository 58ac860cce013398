"""Tests of summitgraph.articles.formats: .txt, .md, sidecars, .json and .jsonl read into
Article records, and one error for each bad file or line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summitgraph.articles import formats, iter_articles, read_article
from summitgraph.errors import ArticleError
from summitgraph.models import Article

# --- text files: the text exactly as read ----------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (b"Kim meets Xi\nKim Jong-un met Xi Jinping.\n", "Kim meets Xi"),
        (b"Kim meets Xi\r\nKim Jong-un met Xi Jinping.\r\n", "Kim meets Xi"),
        (b"\r\n  \r\n  Kim meets Xi  \r\n\r\nKim Jong-un met Xi Jinping.", "Kim meets Xi"),
        (b"Kim meets Xi\rKim Jong-un met Xi Jinping.\r", "Kim meets Xi"),
        (
            "Kim trifft Xi in P\u00e9king\n\tKim Jong-un met Xi Jinping.  \n".encode(),
            "Kim trifft Xi in P\u00e9king",
        ),
    ],
    ids=["lf", "crlf", "leading-blank-lines", "cr", "non-ascii"],
)
def test_articles_txt_text_unchanged(tmp_path: Path, raw: bytes, title: str, write_input) -> None:
    path = write_input(tmp_path / "kim.txt", raw)
    (article,) = iter_articles([path])
    assert article.text == raw.decode("utf-8")
    assert article.title == title
    assert article.id == "kim"
    # offsets found in the text are offsets into the file's characters
    start = article.text.index("Xi Jinping")
    assert raw.decode("utf-8")[start : start + len("Xi Jinping")] == "Xi Jinping"
    assert article.text.count("\r\n") == raw.count(b"\r\n")
    assert article.text.count("\r") == raw.count(b"\r")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_articles_bom_dropped_rest_unchanged(tmp_path: Path, suffix: str, write_input) -> None:
    raw = b"\xef\xbb\xbf# Kim meets Xi\r\n\r\nKim met Xi.\r\n"
    path = write_input(tmp_path / f"kim{suffix}", raw)
    (article,) = iter_articles([path])
    assert article.text == raw.decode("utf-8-sig")
    assert article.text.startswith("# Kim")
    assert article.text.index("Xi.") == raw.decode("utf-8").index("Xi.") - 1
    expected = "Kim meets Xi" if suffix == ".md" else "# Kim meets Xi"
    assert article.title == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Kim meets Xi\n\nbody", "Kim meets Xi"),
        ("###   Kim meets Xi  \nbody", "Kim meets Xi"),
        ("\n\n  ## Kim meets Xi\nbody", "Kim meets Xi"),
        ("Kim meets Xi\n=====\nbody", "Kim meets Xi"),
        ("#\nbody", None),
    ],
    ids=["h1", "h3-spaces", "blank-lines-first", "no-hash", "only-hash"],
)
def test_articles_md_title(tmp_path: Path, text: str, title: str | None, write_input) -> None:
    path = write_input(tmp_path / "kim.md", text)
    (article,) = iter_articles([path])
    assert article.title == title
    assert article.text == text


# --- sidecars --------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_articles_sidecar_metadata(tmp_path: Path, suffix: str, write_input, read_inputs) -> None:
    write_input(tmp_path / f"kim{suffix}", "Headline\nKim met Xi.\n")
    meta = {
        "id": "kim-xi",
        "title": "Kim meets Xi",
        "published": "2019-01-08T10:15:00Z",
        "url": "https://example.org/kim",
        "source": "Wire",
    }
    write_input(tmp_path / "kim.meta.json", json.dumps(meta))
    found, errors = read_inputs(tmp_path, published=dt.date(2000, 1, 1))
    assert errors == []
    assert [a.model_dump(exclude={"path", "text"}) for a in found] == [
        {
            "id": "kim-xi",
            "title": "Kim meets Xi",
            "published": dt.date(2019, 1, 8),
            "published_source": "metadata",
            "url": "https://example.org/kim",
            "source": "Wire",
            "line": None,
        }
    ]
    assert found[0].text == "Headline\nKim met Xi.\n"


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        (b'{"published": "2019-01-08"', "invalid JSON"),
        (b'["2019-01-08"]', "expected a JSON object, got an array"),
        (b'{"title": 3}', "'title' must be a string, got a number"),
        (b'{"id": ""}', "'id' must not be empty"),
        (b'{"id": "caf\xe9"}', "not valid UTF-8 at byte 11"),
    ],
    ids=["malformed", "array", "wrong-type", "empty-id", "not-utf8"],
)
def test_articles_sidecar_bad(tmp_path: Path, sidecar: bytes, reason: str, write_input, read_inputs) -> None:
    write_input(tmp_path / "a.txt", "Headline\nbody")
    write_input(tmp_path / "a.meta.json", sidecar)
    write_input(tmp_path / "b.txt", "Other\nbody")
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found] == ["b"]
    assert len(errors) == 1
    assert errors[0].path == (tmp_path / "a.meta.json").as_posix()
    assert reason in str(errors[0])
    assert "\n" not in str(errors[0])


# --- JSON and JSON lines ---------------------------------------------------


def test_articles_json_fields(tmp_path: Path, write_input) -> None:
    text = "Kim met Xi.\r\nThey talked.\n\u00a0Then they ate."
    obj = {
        "id": "kim-xi",
        "text": text,
        "title": "Kim meets Xi",
        "published": "2019-01-08",
        "url": "https://example.org/kim",
        "source": "Wire",
        "author": "ignored",
    }
    path = write_input(tmp_path / "story.json", b"\xef\xbb\xbf" + json.dumps(obj).encode())
    (article,) = iter_articles([path])
    assert article == Article(
        id="kim-xi",
        text=text,
        title="Kim meets Xi",
        published=dt.date(2019, 1, 8),
        published_source="metadata",
        url="https://example.org/kim",
        source="Wire",
        path=path.as_posix(),
    )


def test_articles_json_defaults(tmp_path: Path, write_input) -> None:
    path = write_input(tmp_path / "a.b.json", '{"text": "Kim met Xi.", "title": null, "published": null}')
    (article,) = iter_articles([path], published=dt.date(2019, 1, 8))
    assert (article.id, article.title, article.published) == ("a.b", None, dt.date(2019, 1, 8))


def test_articles_jsonl_ids_and_lines(tmp_path: Path, write_input, read_inputs) -> None:
    lines = [
        '{"id": "first", "text": "Kim met Xi."}',
        "",
        "   ",
        '{"text": "Trump met Kim.\\r\\nIn Hanoi.", "published": "2019-02-27T18:30:00-05:00"}',
        '{"text": "Moon met Kim."}',
    ]
    path = write_input(tmp_path / "feed.jsonl", "\r\n".join(lines) + "\r\n")
    found, errors = read_inputs(path)
    assert errors == []
    assert [(a.id, a.line, a.published) for a in found] == [
        ("first", 1, None),
        ("feed-4", 4, dt.date(2019, 2, 27)),
        ("feed-5", 5, None),
    ]
    assert found[1].text == "Trump met Kim.\r\nIn Hanoi."
    assert {a.path for a in found} == {path.as_posix()}


def test_articles_jsonl_streams(tmp_path: Path, write_input) -> None:
    """Lines are read one at a time: the first article comes out before a
    later bad line is even parsed, and the error stops only what follows."""
    raw = '{"text": "Kim met Xi."}\nnot json\n{"text": "Moon met Kim."}\n'
    path = write_input(tmp_path / "feed.jsonl", raw)
    stream = iter_articles([path])
    assert next(stream).id == "feed-1"
    with pytest.raises(ArticleError, match=r"feed\.jsonl:2: invalid JSON"):
        next(stream)


def test_articles_jsonl_bom_and_bad_utf8(tmp_path: Path, write_input, read_inputs) -> None:
    raw = b'\xef\xbb\xbf{"text": "a"}\n{"text": "caf\xe9"}\n{"text": "b"}\n'
    path = write_input(tmp_path / "feed.jsonl", raw)
    found, errors = read_inputs(path)
    assert [(a.id, a.text) for a in found] == [("feed-1", "a"), ("feed-3", "b")]
    assert [(e.line, e.reason) for e in errors] == [
        (
            2,
            "not valid UTF-8 at byte 13 of the line: invalid continuation byte 0xe9; save it as UTF-8",
        )
    ]


# --- dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "a"}', dt.date(2000, 1, 1)),
        ('{"text": "a", "published": null}', dt.date(2000, 1, 1)),
        ('{"text": "a", "published": "2019-01-08"}', dt.date(2019, 1, 8)),
    ],
)
def test_articles_published_fallback(tmp_path: Path, line: str, expected: dt.date, write_input) -> None:
    path = write_input(tmp_path / "feed.jsonl", line + "\n")
    (article,) = iter_articles([path], published=dt.date(2000, 1, 1))
    assert article.published == expected


# --- bad input: one error each, the rest still read -------------------------


BAD_FILES = [
    ("bin.txt", b"Headline\n\x00\x01\x02", None, "binary file (contains NUL bytes), not a text article"),
    ("bin.jsonl", b'{"text": "a"}\x00\n', None, "binary file (contains NUL bytes), not JSON lines"),
    ("empty.txt", b"", None, "empty file (no text)"),
    ("blank.md", b" \r\n\t\n", None, "empty file (no text)"),
    ("bom-only.txt", b"\xef\xbb\xbf\n", None, "empty file (no text)"),
    ("empty.json", b"\n", None, "empty file (no JSON object)"),
    ("empty.jsonl", b"\n\n", None, "empty file (no JSON lines)"),
    (
        "latin1.txt",
        b"Head\nKim in P\xe9king",
        None,
        "not valid UTF-8 at byte 13 (line 2): invalid continuation byte 0xe9; save it as UTF-8",
    ),
    (
        "cut.txt",
        b"Head\ncaf\xc3",
        None,
        "not valid UTF-8 at byte 8 (line 2): unexpected end of data 0xc3; save it as UTF-8",
    ),
    (
        "feed.jsonl",
        b'{"text": "a"}\n{"text": "b",\n',
        2,
        "invalid JSON: Expecting property name enclosed in double quotes at column 14",
    ),
    ("feed.jsonl", b'{"text": "a"}\n["b"]\n', 2, "expected a JSON object, got an array"),
    (
        "list.json",
        b'[{"text": "a"}]',
        None,
        "expected a JSON object, got an array; put one article a line in a .jsonl file",
    ),
    ("bad.json", b'{"text": "a"\n "id": "x"}', None, "invalid JSON: Expecting ',' delimiter at line 2, column 2"),
    ("notext.json", b'{"id": "x", "title": "T"}', None, "no 'text' field; every article needs its text"),
    ("nulltext.json", b'{"text": null}', None, "no 'text' field; every article needs its text"),
    ("emptytext.json", b'{"text": " \\n"}', None, "empty 'text'"),
    ("inttext.json", b'{"text": 5}', None, "invalid article: 'text': Input should be a valid string (got 5)"),
    ("intid.json", b'{"id": 3, "text": "a"}', None, "invalid article: 'id': Input should be a valid string (got 3)"),
    (
        "emptyid.json",
        b'{"id": "", "text": "a"}',
        None,
        "invalid article: 'id': String should have at least 1 character (got '')",
    ),
    (
        "listtitle.json",
        b'{"text": "a", "title": ["a", "b"]}',
        None,
        "invalid article: 'title': Input should be a valid string (got ['a', 'b'])",
    ),
    (
        "badurl.jsonl",
        b'{"text": "a", "url": 1, "source": true}\n',
        1,
        "invalid article: 'url': Input should be a valid string (got 1); "
        "'source': Input should be a valid string (got True)",
    ),
]


@pytest.mark.parametrize(("name", "raw", "line", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_articles_bad_file(
    tmp_path: Path, name: str, raw: bytes, line: int | None, reason: str, write_input, read_inputs
) -> None:
    write_input(tmp_path / "a-good.txt", "Headline\nKim met Xi.")
    bad = write_input(tmp_path / name, raw)
    write_input(tmp_path / "z-good.json", '{"text": "Moon met Kim."}')
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found if a.line is None] == ["a-good", "z-good"]
    assert [(e.path, e.line, e.reason) for e in errors] == [(bad.as_posix(), line, reason)]
    where = f"{bad.as_posix()}:{line}" if line else bad.as_posix()
    assert str(errors[0]) == f"{where}: {reason}"


def test_articles_pydantic_errors_one_line(tmp_path: Path, write_input) -> None:
    path = write_input(tmp_path / "a.json", json.dumps({"id": 1, "text": ["x"], "title": {"a": "b\nc"}}))
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{path.as_posix()}: invalid article: 'id': ")
    assert "'text': Input should be a valid string" in message
    assert "'title': " in message
    assert "errors.pydantic.dev" not in message


def test_articles_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_input, read_inputs) -> None:
    """A file that cannot be opened (simulated, since tests may run as root)."""
    secret = write_input(tmp_path / "secret.txt", "Headline\nbody")
    write_input(tmp_path / "open.txt", "Headline\nbody")

    def fake_open(file: str, *args: object, **kwargs: object) -> object:
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", file)
        return open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(formats, "open", fake_open, raising=False)
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found] == ["open"]
    assert [str(e) for e in errors] == [f"{secret.as_posix()}: cannot read: Permission denied"]


# --- publication dates that cannot be read: a warning, the article kept ------------

BAD_DATES = [
    (
        "baddate.json",
        '{"text": "Kim met Xi.", "published": "08/01/2019"}',
        "'published' '08/01/2019' is no date (invalid date '08/01/2019': expected YYYY-MM-DD or an ISO datetime "
        "such as 2019-01-08T10:15:00Z); kept without a date, so its relative dates stay unresolved",
        None,
        None,
    ),
    (
        "numdate.json",
        '{"text": "Kim met Xi.", "published": 20190108}',
        "'published' 20190108 is no date (date must be a string, got int); "
        "kept without a date, so its relative dates stay unresolved",
        None,
        None,
    ),
    (
        "dateline.json",
        '{"text": "Kim in Beijing\\nBEIJING, Jan. 8, 2019 (Reuters) - Kim arrived.", "published": "soon"}',
        "'published' 'soon' is no date (invalid date 'soon': expected YYYY-MM-DD or an ISO datetime such as "
        "2019-01-08T10:15:00Z); dated 2019-01-08 from its text",
        dt.date(2019, 1, 8),
        "text",
    ),
]


@pytest.mark.parametrize(("name", "raw", "reason", "published", "source"), BAD_DATES, ids=[c[0] for c in BAD_DATES])
def test_formats_unreadable_published_is_a_warning(tmp_path: Path, name, raw, reason, published, source, write_input):
    bad = write_input(tmp_path / name, raw)
    errors: list = []
    warnings: list = []
    (article,) = iter_articles([bad], on_error=errors.append, on_warning=warnings.append)
    assert errors == []
    assert [(w.path, w.line, w.reason) for w in warnings] == [(bad.as_posix(), None, reason)]
    assert "\n" not in str(warnings[0])
    assert (article.published, article.published_source) == (published, source)


def test_formats_unreadable_sidecar_date_is_a_warning(tmp_path: Path, write_input) -> None:
    write_input(tmp_path / "a.txt", "Headline\nMarch 01, 2008\nbody")
    write_input(tmp_path / "a.meta.json", '{"published": "yesterday"}')
    warnings: list = []
    (article,) = iter_articles([tmp_path], on_warning=warnings.append)
    assert (article.published, article.published_source) == (dt.date(2008, 3, 1), "text")
    assert [w.path for w in warnings] == [(tmp_path / "a.txt").as_posix()]


@pytest.mark.parametrize(
    ("raw", "fallback", "expected"),
    [
        (
            '{"text": "Headline\\nbody", "published": "2019-01-08"}',
            dt.date(2000, 1, 1),
            (dt.date(2019, 1, 8), "metadata"),
        ),
        ('{"text": "Headline\\nMarch 01, 2008\\nbody"}', dt.date(2000, 1, 1), (dt.date(2008, 3, 1), "text")),
        (
            '{"text": "Headline\\nbody", "url": "https://example.org/2013/04/12/video"}',
            dt.date(2000, 1, 1),
            (dt.date(2013, 4, 12), "url"),
        ),
        ('{"text": "Headline\\nbody"}', dt.date(2000, 1, 1), (dt.date(2000, 1, 1), "default")),
        ('{"text": "Headline\\nbody"}', None, (None, None)),
        (
            '{"text": "Kim\\nBEIJING, Jan. 8 (Reuters) - Kim arrived."}',
            dt.date(2019, 1, 10),
            (dt.date(2019, 1, 8), "text"),
        ),
        ('{"text": "Kim\\nBEIJING, Jan. 8 (Reuters) - Kim arrived."}', None, (None, None)),
    ],
    ids=["metadata", "text", "url", "default", "none", "dateline-year-from-fallback", "dateline-without-year"],
)
def test_formats_published_source(tmp_path: Path, raw, fallback, expected, write_input) -> None:
    (article,) = iter_articles([write_input(tmp_path / "a.json", raw)], published=fallback)
    assert (article.published, article.published_source) == expected
