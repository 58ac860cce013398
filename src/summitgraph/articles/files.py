"""Finding article files: named paths and folders -> the files to read, in order.

``article_files`` yields each article file of a named path (a folder is
walked recursively, sorted by POSIX path relative to it), or an
``ArticleError`` for a path that cannot be read or used; ``article_kind``
tells a supported file name from the others::

    for name, error in article_files("seeds"):
        print(name if error is None else error)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Union

from summitgraph.errors import ArticleError

__all__ = ["ARTICLE_SUFFIXES", "SIDECAR_SUFFIX", "StrPath", "article_files", "article_kind", "posix_name", "split_kind"]

StrPath = Union[str, "os.PathLike[str]"]

#: File name endings read as articles (lower case only: ``A.TXT`` is not one).
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl")
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
    if os.path.isdir(name):
        yield from _walk(name)
        return
    if not os.path.lexists(name):
        yield name, ArticleError(name, "no such file or folder")
    elif not os.path.exists(name):
        yield name, ArticleError(name, "broken symbolic link; fix or remove it")
    elif article_kind(name) == SIDECAR_SUFFIX:
        # Read along with its NAME.txt / NAME.md (e.g. when a shell glob names
        # both); on its own it is an error.
        if not _has_article_beside(name):
            yield name, _orphan_sidecar(name)
    elif article_kind(name) is None:
        suffix = PurePath(name).suffix or "(none)"
        yield (
            name,
            ArticleError(
                name,
                f"unsupported file type {suffix}; expected " + ", ".join(ARTICLE_SUFFIXES),
            ),
        )
    else:
        yield name, None


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
            if file.startswith(".") or kind is None:
                continue
            path = Path(folder, file)
            name = path.as_posix()
            rel = path.relative_to(root).as_posix()
            if kind != SIDECAR_SUFFIX:
                found.append((rel, name, None))
            elif not _has_article_beside(name):
                found.append((rel, name, _orphan_sidecar(name)))
    for _, name, error in sorted(found, key=lambda entry: entry[0]):
        yield name, error
