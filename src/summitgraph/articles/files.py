"""Finding article files: named paths and folders -> the files to read, in order.

``article_files`` yields each article file of a named path (a folder is
walked recursively, sorted by POSIX path relative to it), or an
``ArticleError`` for a path that cannot be read or used (a file of an
unsupported type, inside a folder too); ``article_kind`` tells a supported
file name from the others; ``regular_opener`` opens only regular files,
without ever blocking (a FIFO, a device, a socket is an error, not a hang);
``count_articles`` counts the articles of named paths when that is cheap::

    for name, error in article_files("seeds"):
        print(name if error is None else error)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Union

from summitgraph.errors import ArticleError

__all__ = [
    "ARTICLE_SUFFIXES",
    "SIDECAR_SUFFIX",
    "STDIN",
    "NotAFile",
    "StrPath",
    "article_files",
    "article_kind",
    "count_articles",
    "os_reason",
    "posix_name",
    "regular_opener",
    "split_kind",
]

StrPath = Union[str, "os.PathLike[str]"]

#: File name endings read as articles (lower case only: ``A.TXT`` is not one).
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".jsonl.gz", ".html", ".htm", ".warc", ".warc.gz")
#: The path that reads JSON lines from standard input.
STDIN = "-"
#: Kinds whose number of articles is known without reading them.
_ONE_ARTICLE = (".txt", ".md", ".json", ".html", ".htm")
#: ``NAME.meta.json`` holds the metadata of ``NAME.txt`` or ``NAME.md``.
SIDECAR_SUFFIX = ".meta.json"


def posix_name(path: StrPath) -> str:
    """The path as given, in POSIX form (``./data/a.txt`` -> ``data/a.txt``)."""
    return PurePath(os.fspath(path)).as_posix()


def article_kind(name: str) -> str | None:
    """``.meta.json`` for a sidecar, the article suffix, or None if unsupported."""
    if name.endswith(SIDECAR_SUFFIX):
        return SIDECAR_SUFFIX
    return next((s for s in ARTICLE_SUFFIXES if name.endswith(s)), None)


def split_kind(name: str) -> tuple[str, str]:
    """``dir/a.b.txt`` -> (``dir/a.b``, ``.txt``) for a supported name."""
    kind = article_kind(name) or ""
    return name[: len(name) - len(kind)], kind


def _has_article_beside(sidecar: str) -> bool:
    base = sidecar[: -len(SIDECAR_SUFFIX)]
    return any(os.path.lexists(base + suffix) for suffix in (".txt", ".md"))


def article_files(given: StrPath) -> Iterator[tuple[str, ArticleError | None]]:
    """Yield ``(file, None)`` for each article file of a named path, or
    ``(path, error)`` where a file or folder cannot be read or used."""
    name = posix_name(given)
    if name == STDIN:
        yield name, None
        return
    if os.path.isdir(name):
        yield from _walk(name)
        return
    if not os.path.lexists(name):
        yield name, ArticleError(name, "no such file or folder")
    elif not os.path.exists(name):
        yield name, ArticleError(name, _missing_target(name))
    elif article_kind(name) == SIDECAR_SUFFIX:
        # Read along with its NAME.txt / NAME.md (e.g. when a shell glob names
        # both); on its own it is an error.
        if not _has_article_beside(name):
            yield name, _orphan_sidecar(name)
    elif article_kind(name) is None:
        yield name, _unsupported(name)
    else:
        yield name, None


def _unsupported(name: str) -> ArticleError:
    suffix = PurePath(name).suffix or "(none)"
    return ArticleError(name, f"unsupported file type {suffix}; expected " + ", ".join(ARTICLE_SUFFIXES))


def _missing_target(name: str) -> str:
    """Why the symbolic link ``name`` leads nowhere: a loop, or a missing target."""
    try:
        os.stat(name)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself); fix or remove it"
    return "broken symbolic link; fix or remove it"


def _orphan_sidecar(name: str) -> ArticleError:
    base = PurePath(name[: -len(SIDECAR_SUFFIX)]).name
    return ArticleError(name, f"sidecar without {base}.txt or {base}.md beside it; rename or remove it")


def _walk(root: str) -> Iterator[tuple[str, ArticleError | None]]:
    """The article files below ``root`` (and unreadable folders, orphan
    sidecars), sorted by POSIX path relative to ``root``."""
    found: list[tuple[str, str, ArticleError | None]] = []

    def unreadable(error: OSError) -> None:
        where = posix_name(error.filename) if error.filename else root
        rel = Path(where).relative_to(root).as_posix()
        found.append((rel, where, ArticleError(where, f"cannot read folder: {error.strerror}")))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            kind = article_kind(file)
            if file.startswith("."):
                continue
            path = Path(folder, file)
            name = path.as_posix()
            rel = path.relative_to(root).as_posix()
            if kind is None:
                found.append((rel, name, _unsupported(name)))
            elif kind != SIDECAR_SUFFIX:
                found.append((rel, name, None))
            elif not _has_article_beside(name):
                found.append((rel, name, _orphan_sidecar(name)))
    for _, name, error in sorted(found, key=lambda entry: entry[0]):
        yield name, error


# --- opening files --------------------------------------------------------------------


class NotAFile(OSError):
    """What ``regular_opener`` refuses: a FIFO, a device, a socket, a folder."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file; to read a stream, pipe it into: summitgraph ingest -"),
    (stat.S_ISCHR, "a character device, not a file"),
    (stat.S_ISBLK, "a block device, not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISDIR, "a folder, not a file"),
)


def regular_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` that never blocks (``O_NONBLOCK``: a FIFO
    without a writer would hang ``open``) and refuses anything but a regular
    file with ``NotAFile``: ``open(name, "rb", opener=regular_opener)``."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        reason = next((text for test, text in _KINDS if test(mode)), "not a regular file")
        raise NotAFile(errno.EINVAL, reason, path)
    return fd


def os_reason(name: str, error: OSError) -> str:
    """The one-line reason an input could not be opened or read."""
    if isinstance(error, NotAFile):
        return error.strerror
    if error.errno in (errno.ENOENT, errno.ELOOP) and os.path.islink(name):
        return _missing_target(name)
    return f"cannot read: {error.strerror or error}"


# --- counting ---------------------------------------------------------------------


def count_articles(paths: Iterable[StrPath] | StrPath) -> int | None:
    """How many articles ``paths`` hold at most, when that is cheap to know:
    one a text, JSON or HTML file, one a non-blank line of a ``.jsonl``;
    None when a compressed file, a WARC file or standard input is among them."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    total = 0
    for given in paths:
        for name, error in article_files(given):
            kind = article_kind(name) if error is None else None
            if name == STDIN or kind in (".jsonl.gz", ".warc", ".warc.gz"):
                return None
            if kind in _ONE_ARTICLE:
                total += 1
            elif kind == ".jsonl":
                total += _lines(name)
    return total


def _lines(name: str) -> int:
    """The lines of a file, read in chunks (blank lines count too: an estimate)."""
    count, last = 0, b"\n"
    try:
        with open(name, "rb", opener=regular_opener) as file:
            while chunk := file.read(1 << 20):
                count += chunk.count(b"\n") - chunk.count(b"\n\n")
                last = chunk[-1:]
    except OSError:
        return 0
    return count + (last != b"\n")
