"""Tests of summitgraph.articles: files in, Article records out."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from summitgraph import articles
from summitgraph.articles import iter_articles, parse_date, read_article
from summitgraph.errors import ArticleError
from summitgraph.models import Article

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "fixtures" / "articles" / "inputs"


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes exactly (str is encoded as UTF-8, newlines untouched)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_all(
    *paths: str | os.PathLike[str], published: dt.date | None = None
) -> tuple[list[Article], list[ArticleError]]:
    """All articles and all errors of ``paths``."""
    errors: list[ArticleError] = []
    found = list(iter_articles(paths, published=published, on_error=errors.append))
    return found, errors


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
def test_articles_txt_text_unchanged(tmp_path: Path, raw: bytes, title: str) -> None:
    path = write(tmp_path / "kim.txt", raw)
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
def test_articles_bom_dropped_rest_unchanged(tmp_path: Path, suffix: str) -> None:
    raw = b"\xef\xbb\xbf# Kim meets Xi\r\n\r\nKim met Xi.\r\n"
    path = write(tmp_path / f"kim{suffix}", raw)
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
def test_articles_md_title(tmp_path: Path, text: str, title: str | None) -> None:
    path = write(tmp_path / "kim.md", text)
    (article,) = iter_articles([path])
    assert article.title == title
    assert article.text == text


# --- sidecars --------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_articles_sidecar_metadata(tmp_path: Path, suffix: str) -> None:
    write(tmp_path / f"kim{suffix}", "Headline\nKim met Xi.\n")
    meta = {
        "id": "kim-xi",
        "title": "Kim meets Xi",
        "published": "2019-01-08T10:15:00Z",
        "url": "https://example.org/kim",
        "source": "Wire",
    }
    write(tmp_path / "kim.meta.json", json.dumps(meta))
    found, errors = read_all(tmp_path, published=dt.date(2000, 1, 1))
    assert errors == []
    assert [a.model_dump(exclude={"path", "text"}) for a in found] == [
        {
            "id": "kim-xi",
            "title": "Kim meets Xi",
            "published": dt.date(2019, 1, 8),
            "url": "https://example.org/kim",
            "source": "Wire",
            "line": None,
        }
    ]
    assert found[0].text == "Headline\nKim met Xi.\n"


@pytest.mark.parametrize("named", [["kim.txt", "kim.meta.json"], ["kim.meta.json", "kim.txt"]])
def test_articles_sidecar_named_with_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: list[str]
) -> None:
    """A shell glob names both files: the sidecar is read with its article only."""
    write(tmp_path / "kim.txt", "Headline\nbody")
    write(tmp_path / "kim.meta.json", '{"published": "2019-01-08"}')
    monkeypatch.chdir(tmp_path)
    found, errors = read_all(*named)
    assert errors == []
    assert [(a.id, a.published, a.path) for a in found] == [("kim", dt.date(2019, 1, 8), "kim.txt")]


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        (b'{"published": "2019-01-08"', "invalid JSON"),
        (b'["2019-01-08"]', "expected a JSON object, got an array"),
        (b'{"published": "yesterday"}', "invalid date 'yesterday'"),
        (b'{"title": 3}', "'title' must be a string, got a number"),
        (b'{"id": ""}', "'id' must not be empty"),
        (b'{"id": "caf\xe9"}', "not valid UTF-8 at byte 11"),
    ],
    ids=["malformed", "array", "bad-date", "wrong-type", "empty-id", "not-utf8"],
)
def test_articles_sidecar_bad(tmp_path: Path, sidecar: bytes, reason: str) -> None:
    write(tmp_path / "a.txt", "Headline\nbody")
    write(tmp_path / "a.meta.json", sidecar)
    write(tmp_path / "b.txt", "Other\nbody")
    found, errors = read_all(tmp_path)
    assert [a.id for a in found] == ["b"]
    assert len(errors) == 1
    assert errors[0].path == (tmp_path / "a.meta.json").as_posix()
    assert reason in str(errors[0])
    assert "\n" not in str(errors[0])


def test_articles_sidecar_without_article(tmp_path: Path) -> None:
    write(tmp_path / "gone.meta.json", '{"published": "2019-01-08"}')
    write(tmp_path / "kim.txt", "Headline\nbody")
    found, errors = read_all(tmp_path, tmp_path / "gone.meta.json")
    assert [a.id for a in found] == ["kim"]
    assert [str(e) for e in errors] == [
        f"{tmp_path.as_posix()}/gone.meta.json: sidecar without gone.txt or gone.md beside it; rename or remove it"
    ] * 2


# --- JSON and JSON lines ---------------------------------------------------


def test_articles_json_fields(tmp_path: Path) -> None:
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
    path = write(tmp_path / "story.json", b"\xef\xbb\xbf" + json.dumps(obj).encode())
    (article,) = iter_articles([path])
    assert article == Article(
        id="kim-xi",
        text=text,
        title="Kim meets Xi",
        published=dt.date(2019, 1, 8),
        url="https://example.org/kim",
        source="Wire",
        path=path.as_posix(),
    )


def test_articles_json_defaults(tmp_path: Path) -> None:
    path = write(tmp_path / "a.b.json", '{"text": "Kim met Xi.", "title": null, "published": null}')
    (article,) = iter_articles([path], published=dt.date(2019, 1, 8))
    assert (article.id, article.title, article.published) == ("a.b", None, dt.date(2019, 1, 8))


def test_articles_jsonl_ids_and_lines(tmp_path: Path) -> None:
    lines = [
        '{"id": "first", "text": "Kim met Xi."}',
        "",
        "   ",
        '{"text": "Trump met Kim.\\r\\nIn Hanoi.", "published": "2019-02-27T18:30:00-05:00"}',
        '{"text": "Moon met Kim."}',
    ]
    path = write(tmp_path / "feed.jsonl", "\r\n".join(lines) + "\r\n")
    found, errors = read_all(path)
    assert errors == []
    assert [(a.id, a.line, a.published) for a in found] == [
        ("first", 1, None),
        ("feed-4", 4, dt.date(2019, 2, 27)),
        ("feed-5", 5, None),
    ]
    assert found[1].text == "Trump met Kim.\r\nIn Hanoi."
    assert {a.path for a in found} == {path.as_posix()}


def test_articles_jsonl_streams(tmp_path: Path) -> None:
    """Lines are read one at a time: the first article comes out before a
    later bad line is even parsed, and the error stops only what follows."""
    raw = '{"text": "Kim met Xi."}\nnot json\n{"text": "Moon met Kim."}\n'
    path = write(tmp_path / "feed.jsonl", raw)
    stream = iter_articles([path])
    assert next(stream).id == "feed-1"
    with pytest.raises(ArticleError, match=r"feed\.jsonl:2: invalid JSON"):
        next(stream)


def test_articles_jsonl_bom_and_bad_utf8(tmp_path: Path) -> None:
    raw = b'\xef\xbb\xbf{"text": "a"}\n{"text": "caf\xe9"}\n{"text": "b"}\n'
    path = write(tmp_path / "feed.jsonl", raw)
    found, errors = read_all(path)
    assert [(a.id, a.text) for a in found] == [("feed-1", "a"), ("feed-3", "b")]
    assert [(e.line, e.reason) for e in errors] == [
        (
            2,
            "not valid UTF-8 at byte 13 of the line: invalid continuation byte 0xe9; save it as UTF-8",
        )
    ]


# --- dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-08", dt.date(2019, 1, 8)),
        ("2019-01-08T10:15:00Z", dt.date(2019, 1, 8)),
        ("2019-01-08T23:59:59.123456+09:00", dt.date(2019, 1, 8)),
        ("2019-01-08T00:30-0500", dt.date(2019, 1, 8)),
        ("2019-01-08 10:15:00", dt.date(2019, 1, 8)),
        ("2020-02-29T12:00:00", dt.date(2020, 2, 29)),
    ],
)
def test_articles_parse_date(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2019",
        "2019-01",
        "20190108",
        "08/01/2019",
        "January 8, 2019",
        "2019-02-30",
        "2019-13-01",
        "2019-01-08T25:00:00Z",
        "2019-01-08T10:15:00+25:00",
        "2019-W02-2",
        " 2019-01-08",
        "2019-01-08T",
        "2019-01-08Z",
    ],
)
def test_articles_parse_date_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="invalid") as raised:
        parse_date(value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "a"}', dt.date(2000, 1, 1)),
        ('{"text": "a", "published": null}', dt.date(2000, 1, 1)),
        ('{"text": "a", "published": "2019-01-08"}', dt.date(2019, 1, 8)),
    ],
)
def test_articles_published_fallback(tmp_path: Path, line: str, expected: dt.date) -> None:
    path = write(tmp_path / "feed.jsonl", line + "\n")
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
    (
        "baddate.json",
        b'{"text": "a", "published": "08.01.2019"}',
        None,
        "'published': invalid date '08.01.2019': expected YYYY-MM-DD or an ISO datetime such as 2019-01-08T10:15:00Z",
    ),
    ("numdate.json", b'{"text": "a", "published": 20190108}', None, "'published': date must be a string, got int"),
]


@pytest.mark.parametrize(("name", "raw", "line", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_articles_bad_file(tmp_path: Path, name: str, raw: bytes, line: int | None, reason: str) -> None:
    write(tmp_path / "a-good.txt", "Headline\nKim met Xi.")
    bad = write(tmp_path / name, raw)
    write(tmp_path / "z-good.json", '{"text": "Moon met Kim."}')
    found, errors = read_all(tmp_path)
    assert [a.id for a in found if a.line is None] == ["a-good", "z-good"]
    assert [(e.path, e.line, e.reason) for e in errors] == [(bad.as_posix(), line, reason)]
    where = f"{bad.as_posix()}:{line}" if line else bad.as_posix()
    assert str(errors[0]) == f"{where}: {reason}"


def test_articles_pydantic_errors_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({"id": 1, "text": ["x"], "title": {"a": "b\nc"}}))
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{path.as_posix()}: invalid article: 'id': ")
    assert "'text': Input should be a valid string" in message
    assert "'title': " in message
    assert "errors.pydantic.dev" not in message


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("missing.txt", None, "no such file or folder"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type .pdf; expected .txt, .md, .json, .jsonl"),
        ("SHOUT.TXT", b"Head\nbody", "unsupported file type .TXT; expected .txt, .md, .json, .jsonl"),
        ("Makefile", b"all:", "unsupported file type (none); expected .txt, .md, .json, .jsonl"),
        ("link.txt", "missing-target.txt", "broken symbolic link; fix or remove it"),
    ],
    ids=["missing", "pdf", "upper-case", "no-suffix", "broken-link"],
)
def test_articles_bad_named_path(tmp_path: Path, name: str, make: bytes | str | None, reason: str) -> None:
    path = tmp_path / name
    if isinstance(make, bytes):
        write(path, make)
    elif isinstance(make, str):
        path.symlink_to(tmp_path / make)
    good = write(tmp_path / "good.txt", "Headline\nbody")
    found, errors = read_all(path, good)
    assert [a.id for a in found] == ["good"]
    assert [str(e) for e in errors] == [f"{path.as_posix()}: {reason}"]


def test_articles_broken_link_in_folder(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path / "ok.md", "# Head\nbody")
    found, errors = read_all(tmp_path)
    assert [a.id for a in found] == ["ok"]
    assert [e.reason for e in errors] == ["broken symbolic link; fix or remove it"]


def test_articles_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened (simulated, since tests may run as root)."""
    secret = write(tmp_path / "secret.txt", "Headline\nbody")
    write(tmp_path / "open.txt", "Headline\nbody")

    def fake_open(file: str, *args: object, **kwargs: object) -> object:
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", file)
        return open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(articles, "open", fake_open, raising=False)
    found, errors = read_all(tmp_path)
    assert [a.id for a in found] == ["open"]
    assert [str(e) for e in errors] == [f"{secret.as_posix()}: cannot read: Permission denied"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_articles_unreadable_file_and_folder(tmp_path: Path) -> None:
    write(tmp_path / "secret.txt", "Headline\nbody").chmod(0)
    locked = tmp_path / "locked"
    write(locked / "inner.txt", "Headline\nbody")
    locked.chmod(0)
    write(tmp_path / "open.txt", "Headline\nbody")
    try:
        found, errors = read_all(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [a.id for a in found] == ["open"]
    assert [(e.path, e.reason) for e in errors] == [
        (locked.as_posix(), "cannot read folder: Permission denied"),
        ((tmp_path / "secret.txt").as_posix(), "cannot read: Permission denied"),
    ]


def test_articles_duplicate_id(tmp_path: Path) -> None:
    write(tmp_path / "a" / "kim.txt", "Headline\nfirst")
    write(tmp_path / "b" / "kim.md", "# Headline\nsecond")
    write(tmp_path / "c.jsonl", '{"id": "kim", "text": "third"}\n{"id": "moon", "text": "x"}\n')
    found, errors = read_all(tmp_path)
    assert [(a.id, a.text) for a in found] == [("kim", "Headline\nfirst"), ("moon", "x")]
    first = (tmp_path / "a" / "kim.txt").as_posix()
    assert [str(e) for e in errors] == [
        f"{tmp_path.as_posix()}/b/kim.md: duplicate article id 'kim' (first read from {first}); "
        "give one of them another id",
        f"{tmp_path.as_posix()}/c.jsonl:1: duplicate article id 'kim' (first read from {first}); "
        "give one of them another id",
    ]


def test_articles_same_file_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "kim.txt", "Headline\nbody")
    found, errors = read_all(tmp_path, path, tmp_path / "." / "kim.txt")
    assert errors == []
    assert [a.id for a in found] == ["kim"]


def test_articles_errors_raised_without_on_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Headline\nbody")
    write(tmp_path / "b.txt", b"")
    write(tmp_path / "c.txt", "Headline\nbody")
    stream = iter_articles([tmp_path])
    assert next(stream).id == "a"
    with pytest.raises(ArticleError) as raised:
        next(stream)
    assert (raised.value.path, raised.value.line) == ((tmp_path / "b.txt").as_posix(), None)


# --- folders and paths -----------------------------------------------------


def test_articles_folder_order_and_filters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [
        "b.txt",
        "a/d.txt",
        "a-c.txt",
        "A.md",
        "z/y/x.jsonl",
        "m.json",
        ".hidden.txt",
        ".git/HEAD.txt",
        "sub/.cache/c.txt",  # hidden: skipped
        "notes.csv",
        "image.png",
        "README",
        "SHOUT.TXT",  # other extensions: ignored
    ]:
        body = '{"text": "x"}\n' if name.endswith(("json", "jsonl")) else "Headline\nbody"
        write(tmp_path / "corpus" / name, body)
    monkeypatch.chdir(tmp_path)
    found, errors = read_all("./corpus")
    assert errors == []
    # sorted by relative POSIX path as a string: "A.md" < "a-c.txt" < "a/d.txt" < "b.txt"
    assert [(a.path, a.id) for a in found] == [
        ("corpus/A.md", "A"),
        ("corpus/a-c.txt", "a-c"),
        ("corpus/a/d.txt", "d"),
        ("corpus/b.txt", "b"),
        ("corpus/m.json", "m"),
        ("corpus/z/y/x.jsonl", "x-1"),
    ]


def test_articles_hidden_named_explicitly(tmp_path: Path) -> None:
    """Only entries found inside a folder are skipped for being hidden."""
    path = write(tmp_path / ".drafts" / ".kim.txt", "Headline\nbody")
    assert [a.id for a in iter_articles([path])] == [".kim"]
    assert [a.id for a in iter_articles([tmp_path / ".drafts"])] == []


def test_articles_folder_sorted_by_relative_path(tmp_path: Path) -> None:
    for name in ["b.txt", "a/b2.txt", "a-c.txt", "A.md"]:
        write(tmp_path / name, f"Headline\n{name}")
    found = list(iter_articles([tmp_path]))
    # relative POSIX paths sorted as strings: "A.md" < "a-c.txt" < "a/b2.txt" < "b.txt"
    assert [a.text.split("\n")[1] for a in found] == ["A.md", "a-c.txt", "a/b2.txt", "b.txt"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("corpus/kim.txt", "corpus/kim.txt"),
        ("./corpus/kim.txt", "corpus/kim.txt"),
        ("corpus", "corpus/kim.txt"),
        ("corpus/", "corpus/kim.txt"),
        (".", "corpus/kim.txt"),
        (Path("corpus"), "corpus/kim.txt"),
        ("sub/../corpus", "sub/../corpus/kim.txt"),
    ],
)
def test_articles_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str | Path, expected: str
) -> None:
    write(tmp_path / "corpus" / "kim.txt", "Headline\nbody")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    (article,) = iter_articles([given])
    assert article.path == expected
    assert not Path(article.path).is_absolute()


def test_articles_path_absolute_when_given_absolute(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "kim.txt", "Headline\nbody")
    (article,) = iter_articles([tmp_path / "corpus"])
    assert article.path == (tmp_path / "corpus" / "kim.txt").as_posix()
    assert Path(article.path).is_absolute()


def test_articles_single_path_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "kim.txt", "Headline\nbody")
    assert [a.id for a in iter_articles(str(path))] == ["kim"]
    assert [a.id for a in iter_articles(path)] == ["kim"]


def test_articles_symlinked_folder_not_followed(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "far.txt", "Headline\nbody")
    write(tmp_path / "corpus" / "near.txt", "Headline\nbody")
    (tmp_path / "corpus" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert [a.id for a in iter_articles([tmp_path / "corpus"])] == ["near"]
    # named explicitly, a symlinked folder is read
    assert [a.id for a in iter_articles([tmp_path / "corpus" / "link"])] == ["far"]


# --- read_article ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "expected_id"),
    [
        ("kim.txt", b"Head\r\nbody", "kim"),
        ("kim.md", b"# Head\nbody", "kim"),
        ("k.json", b'{"id": "x", "text": "t"}', "x"),
    ],
)
def test_articles_read_article(tmp_path: Path, name: str, raw: bytes, expected_id: str) -> None:
    article = read_article(write(tmp_path / name, raw), published=dt.date(2019, 1, 8))
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
def test_articles_read_article_errors(tmp_path: Path, name: str, reason: str) -> None:
    write(tmp_path / "feed.jsonl", '{"text": "a"}\n')
    write(tmp_path / "folder" / "a.txt", "Head\nbody")
    write(tmp_path / "notes.csv", "a,b")
    write(tmp_path / "empty.txt", "")
    with pytest.raises(ArticleError) as raised:
        read_article(tmp_path / name)
    assert raised.value.reason == reason


# --- the committed fixtures ------------------------------------------------


def test_articles_fixtures_folder() -> None:
    """data/fixtures/articles/README.md describes exactly this."""
    found, errors = read_all(FIXTURES)
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
