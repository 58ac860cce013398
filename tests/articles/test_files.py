"""Tests of summitgraph.articles.files: which files named paths and folders give, in which order."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from summitgraph.articles import ARTICLE_SUFFIXES, iter_articles

EXPECTED = ", ".join(ARTICLE_SUFFIXES)

# --- sidecars --------------------------------------------------------------


@pytest.mark.parametrize("named", [["kim.txt", "kim.meta.json"], ["kim.meta.json", "kim.txt"]])
def test_articles_sidecar_named_with_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: list[str], write_input, read_inputs
) -> None:
    """A shell glob names both files: the sidecar is read with its article only."""
    write_input(tmp_path / "kim.txt", "Headline\nbody")
    write_input(tmp_path / "kim.meta.json", '{"published": "2019-01-08"}')
    monkeypatch.chdir(tmp_path)
    found, errors = read_inputs(*named)
    assert errors == []
    assert [(a.id, a.published, a.path) for a in found] == [("kim", dt.date(2019, 1, 8), "kim.txt")]


def test_articles_sidecar_without_article(tmp_path: Path, write_input, read_inputs) -> None:
    write_input(tmp_path / "gone.meta.json", '{"published": "2019-01-08"}')
    write_input(tmp_path / "kim.txt", "Headline\nbody")
    found, errors = read_inputs(tmp_path, tmp_path / "gone.meta.json")
    assert [a.id for a in found] == ["kim"]
    assert [str(e) for e in errors] == [
        f"{tmp_path.as_posix()}/gone.meta.json: sidecar without gone.txt or gone.md beside it; rename or remove it"
    ] * 2


# --- bad input: one error each, the rest still read -------------------------


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("missing.txt", None, "no such file or folder"),
        ("notes.pdf", b"%PDF-1.4", f"unsupported file type .pdf; expected {EXPECTED}"),
        ("SHOUT.TXT", b"Head\nbody", f"unsupported file type .TXT; expected {EXPECTED}"),
        ("Makefile", b"all:", f"unsupported file type (none); expected {EXPECTED}"),
        ("link.txt", "missing-target.txt", "broken symbolic link; fix or remove it"),
    ],
    ids=["missing", "pdf", "upper-case", "no-suffix", "broken-link"],
)
def test_articles_bad_named_path(
    tmp_path: Path, name: str, make: bytes | str | None, reason: str, write_input, read_inputs
) -> None:
    path = tmp_path / name
    if isinstance(make, bytes):
        write_input(path, make)
    elif isinstance(make, str):
        path.symlink_to(tmp_path / make)
    good = write_input(tmp_path / "good.txt", "Headline\nbody")
    found, errors = read_inputs(path, good)
    assert [a.id for a in found] == ["good"]
    assert [str(e) for e in errors] == [f"{path.as_posix()}: {reason}"]


def test_articles_broken_link_in_folder(tmp_path: Path, write_input, read_inputs) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    write_input(tmp_path / "ok.md", "# Head\nbody")
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found] == ["ok"]
    assert [e.reason for e in errors] == ["broken symbolic link; fix or remove it"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_articles_unreadable_file_and_folder(tmp_path: Path, write_input, read_inputs) -> None:
    write_input(tmp_path / "secret.txt", "Headline\nbody").chmod(0)
    locked = tmp_path / "locked"
    write_input(locked / "inner.txt", "Headline\nbody")
    locked.chmod(0)
    write_input(tmp_path / "open.txt", "Headline\nbody")
    try:
        found, errors = read_inputs(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [a.id for a in found] == ["open"]
    assert [(e.path, e.reason) for e in errors] == [
        (locked.as_posix(), "cannot read folder: Permission denied"),
        ((tmp_path / "secret.txt").as_posix(), "cannot read: Permission denied"),
    ]


# --- folders and paths -----------------------------------------------------


def test_articles_folder_order_and_filters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_input, read_inputs
) -> None:
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
        "SHOUT.TXT",  # other extensions: reported, in the same order
    ]:
        body = '{"text": "x"}\n' if name.endswith(("json", "jsonl")) else "Headline\nbody"
        write_input(tmp_path / "corpus" / name, body)
    monkeypatch.chdir(tmp_path)
    found, errors = read_inputs("./corpus")
    assert [(e.path, e.reason.split(";")[0]) for e in errors] == [
        ("corpus/README", "unsupported file type (none)"),
        ("corpus/SHOUT.TXT", "unsupported file type .TXT"),
        ("corpus/image.png", "unsupported file type .png"),
        ("corpus/notes.csv", "unsupported file type .csv"),
    ]
    # sorted by relative POSIX path as a string: "A.md" < "a-c.txt" < "a/d.txt" < "b.txt"
    assert [(a.path, a.id) for a in found] == [
        ("corpus/A.md", "A"),
        ("corpus/a-c.txt", "a-c"),
        ("corpus/a/d.txt", "d"),
        ("corpus/b.txt", "b"),
        ("corpus/m.json", "m"),
        ("corpus/z/y/x.jsonl", "x-1"),
    ]


def test_articles_hidden_named_explicitly(tmp_path: Path, write_input) -> None:
    """Only entries found inside a folder are skipped for being hidden."""
    path = write_input(tmp_path / ".drafts" / ".kim.txt", "Headline\nbody")
    assert [a.id for a in iter_articles([path])] == [".kim"]
    assert [a.id for a in iter_articles([tmp_path / ".drafts"])] == []


def test_articles_folder_sorted_by_relative_path(tmp_path: Path, write_input) -> None:
    for name in ["b.txt", "a/b2.txt", "a-c.txt", "A.md"]:
        write_input(tmp_path / name, f"Headline\n{name}")
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
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str | Path, expected: str, write_input
) -> None:
    write_input(tmp_path / "corpus" / "kim.txt", "Headline\nbody")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    (article,) = iter_articles([given])
    assert article.path == expected
    assert not Path(article.path).is_absolute()


def test_articles_path_absolute_when_given_absolute(tmp_path: Path, write_input) -> None:
    write_input(tmp_path / "corpus" / "kim.txt", "Headline\nbody")
    (article,) = iter_articles([tmp_path / "corpus"])
    assert article.path == (tmp_path / "corpus" / "kim.txt").as_posix()
    assert Path(article.path).is_absolute()


def test_articles_single_path_accepted(tmp_path: Path, write_input) -> None:
    path = write_input(tmp_path / "kim.txt", "Headline\nbody")
    assert [a.id for a in iter_articles(str(path))] == ["kim"]
    assert [a.id for a in iter_articles(path)] == ["kim"]


def test_articles_symlinked_folder_not_followed(tmp_path: Path, write_input) -> None:
    write_input(tmp_path / "elsewhere" / "far.txt", "Headline\nbody")
    write_input(tmp_path / "corpus" / "near.txt", "Headline\nbody")
    (tmp_path / "corpus" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert [a.id for a in iter_articles([tmp_path / "corpus"])] == ["near"]
    # named explicitly, a symlinked folder is read
    assert [a.id for a in iter_articles([tmp_path / "corpus" / "link"])] == ["far"]
