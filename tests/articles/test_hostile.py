"""Tests of summitgraph.articles against hostile input: each bad file is one
line naming the real cause, never a crash or a hang, and the good article
beside it is still read. Also .jsonl.gz and standard input."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from summitgraph.articles import count_articles, formats, iter_articles

GOOD = '{"id": "good", "text": "Kim Jong-un met Xi Jinping in Beijing."}\n'
DEEP = "[" * 100_000 + "]" * 100_000


def check_one_error(found, errors, reason: str, line: int | None = None) -> None:
    assert [a.id for a in found] == ["good"]
    assert len(errors) == 1, errors
    assert reason in errors[0].reason and "\n" not in str(errors[0])
    assert errors[0].line == line


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ('{"id": "x", "text": "t", "count": ' + "9" * 5000 + "}", "a number too long to read"),
        (DEEP, "nested too deeply"),
        ('{"id": "x", "text": "t", "extra": ' + DEEP + "}", "nested too deeply"),
        ('{"id": "x", "text": "t", "title": ' + "[" * 500 + "]" * 500 + "}", "'title': Input should be a valid string"),
    ],
    ids=["long-number", "deep", "deep-in-field", "deep-title"],
)
@pytest.mark.parametrize("kind", [".json", ".jsonl"])
def test_hostile_json_one_error(tmp_path: Path, raw: str, reason: str, kind: str, write_input, read_inputs):
    write_input(tmp_path / f"bad{kind}", raw + ("\n" if kind == ".jsonl" else ""))
    write_input(tmp_path / "good.json", GOOD)
    found, errors = read_inputs(tmp_path)
    check_one_error(found, errors, reason, 1 if kind == ".jsonl" else None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("named", [True, False], ids=["named", "in-folder"])
def test_hostile_fifo_is_an_error_not_a_hang(tmp_path: Path, named: bool, write_input, read_inputs):
    os.mkfifo(tmp_path / "feed.jsonl")
    write_input(tmp_path / "good.json", GOOD)
    paths = [tmp_path / "feed.jsonl", tmp_path / "good.json"] if named else [tmp_path]
    found, errors = read_inputs(*paths)
    check_one_error(found, errors, "a named pipe (FIFO), not a file")
    assert count_articles(paths) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("name", ["endless.txt", "endless.jsonl", "endless.json", "endless.html", "endless.warc"])
def test_hostile_link_to_endless_device(tmp_path: Path, name: str, write_input, read_inputs):
    (tmp_path / name).symlink_to("/dev/zero")
    write_input(tmp_path / "good.json", GOOD)
    found, errors = read_inputs(tmp_path)
    check_one_error(found, errors, "a character device, not a file")


def test_hostile_symlink_loop_named_as_such(tmp_path: Path, write_input, read_inputs):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    write_input(tmp_path / "good.json", GOOD)
    found, errors = read_inputs(tmp_path / "a.txt", tmp_path)
    assert [a.id for a in found] == ["good"]
    assert {e.reason for e in errors} == {"symbolic link loop (the link leads back to itself); fix or remove it"}


@pytest.mark.parametrize(
    ("encoding", "bom", "reason"),
    [
        ("utf-16", True, "UTF-16 (little-endian) text with a byte order mark, not UTF-8"),
        ("utf-16-le", False, "UTF-16 (little-endian) text, not UTF-8"),
        ("utf-16-be", False, "UTF-16 (big-endian) text, not UTF-8"),
        ("utf-32", True, "UTF-32 (little-endian) text with a byte order mark, not UTF-8"),
    ],
)
@pytest.mark.parametrize("kind", [".txt", ".json", ".jsonl"])
def test_hostile_utf16_is_not_called_binary(tmp_path: Path, encoding, bom, reason, kind, write_input, read_inputs):
    text = GOOD.replace("good", "wide") if kind != ".txt" else "Kim meets Xi\nKim Jong-un met Xi Jinping.\n"
    write_input(tmp_path / f"wide{kind}", text.encode(encoding))
    write_input(tmp_path / "good.json", GOOD)
    found, errors = read_inputs(tmp_path)
    check_one_error(found, errors, reason, None)


def test_hostile_line_longer_than_the_bound_skipped(tmp_path: Path, monkeypatch, write_input, read_inputs):
    monkeypatch.setattr(formats, "MAX_LINE_BYTES", 1000)
    long = json.dumps({"id": "long", "text": "Kim met Xi. " * 200}) + "\n"
    write_input(tmp_path / "feed.jsonl", long + GOOD)
    found, errors = read_inputs(tmp_path)
    check_one_error(found, errors, "line longer than", 1)
    assert found[0].line == 2


def test_hostile_file_larger_than_the_bound_skipped(tmp_path: Path, monkeypatch, write_input, read_inputs):
    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 1000)
    write_input(tmp_path / "huge.txt", "Headline\n" + "Kim met Xi. " * 200)
    write_input(tmp_path / "good.json", GOOD)
    found, errors = read_inputs(tmp_path)
    check_one_error(found, errors, "too large for one article")


# --- .jsonl.gz and standard input -----------------------------------------------------


def test_hostile_jsonl_gz_streamed(tmp_path: Path, write_input, read_inputs):
    lines = [json.dumps({"id": f"a{n}", "text": f"Kim met Xi {n} times."}) + "\n" for n in range(3)]
    path = write_input(tmp_path / "feed.jsonl.gz", gzip.compress("".join(lines).encode()))
    found, errors = read_inputs(path)
    assert errors == [] and [(a.id, a.line) for a in found] == [("a0", 1), ("a1", 2), ("a2", 3)]
    assert count_articles([path]) is None  # not known without decompressing


@pytest.mark.parametrize(
    ("raw", "reason", "ids"),
    [
        (b"not gzip at all", "corrupt or cut-off gzip data at its start", []),
        (gzip.compress(b'{"text": "Kim met Xi."}\n' * 3000)[:-30], "corrupt or cut-off gzip data after", None),
    ],
    ids=["not-gzip", "cut-off"],
)
def test_hostile_bad_gzip_one_error(tmp_path: Path, raw: bytes, reason: str, ids, write_input, read_inputs):
    write_input(tmp_path / "feed.jsonl.gz", raw)
    found, errors = read_inputs(tmp_path / "feed.jsonl.gz")
    assert len(errors) == 1 and errors[0].reason.startswith(reason) and "\n" not in str(errors[0])
    if ids is not None:
        assert found == ids


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_hostile_stdin_jsonl(monkeypatch, compress: bool, read_inputs):
    data = (GOOD + "\n" + '{"text": "Moon met Kim."}\n' + "{broken\n").encode()
    stream = io.BufferedReader(io.BytesIO(gzip.compress(data) if compress else data))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    found, errors = read_inputs("-")
    assert [(a.id, a.path, a.line) for a in found] == [("good", "<stdin>", 1), ("stdin-3", "<stdin>", 3)]
    assert [str(e) for e in errors] == [
        "<stdin>:4: invalid JSON: Expecting property name enclosed in double quotes at column 2"
    ]
    assert count_articles(["-"]) is None


def test_hostile_stdin_terminal_is_one_error(monkeypatch, read_inputs):
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Terminal()))
    found, errors = read_inputs("-", "-")
    assert found == [] and len(errors) == 1 and "is a terminal" in str(errors[0])


def test_hostile_count_articles(tmp_path: Path, write_input):
    write_input(tmp_path / "a.txt", "Head\nbody")
    write_input(tmp_path / "b.jsonl", GOOD * 3)
    write_input(tmp_path / "c.html", "<html></html>")
    write_input(tmp_path / "d.csv", "x")
    assert count_articles([tmp_path]) == 5
    assert len(list(iter_articles([tmp_path / "a.txt", tmp_path / "b.jsonl"], on_error=lambda e: None))) == 2
