"""Reading one article file: ``.txt`` / ``.md`` (with their sidecar),
``.json`` and ``.jsonl``, as the package docstring of
:mod:`summitgraph.articles` describes.

``read_file`` yields the articles and errors of one supported file, in
order; every problem is one ``ArticleError`` naming the file (and the line of
a ``.jsonl``)::

    for item in read_file("feed.jsonl", published=None):
        print(item.id if isinstance(item, Article) else item)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from pydantic import ValidationError

from summitgraph.articles.files import SIDECAR_SUFFIX, article_kind, split_kind
from summitgraph.articles.published import PublishedPolicy
from summitgraph.errors import ArticleError
from summitgraph.models import Article

__all__ = ["BINARY_SNIFF_BYTES", "META_FIELDS", "read_file"]

#: Metadata fields a sidecar or a JSON article may carry (besides ``text``).
META_FIELDS = ("id", "title", "published", "url", "source")
#: How much of a ``.jsonl`` file is checked for NUL bytes before streaming it.
BINARY_SNIFF_BYTES = 8192

_BOM = "\ufeff"


def read_file(name: str, published: dt.date | PublishedPolicy | None) -> Iterator[Article | ArticleError]:
    """Articles and errors of one supported file, in order; ``published`` is the
    fallback date, or the whole :class:`~summitgraph.articles.published.PublishedPolicy`."""
    kind = article_kind(name)
    if not isinstance(published, PublishedPolicy):
        published = PublishedPolicy(published)
    try:
        if kind == ".jsonl":
            yield from _read_jsonl(name, published)
        elif kind == ".json":
            yield _read_json(name, published)
        else:
            yield _read_text(name, published, markdown=kind == ".md")
    except ArticleError as error:
        yield error
    except OSError as error:
        if os.path.islink(name) and not os.path.exists(name):
            yield ArticleError(name, "broken symbolic link; fix or remove it")
        else:
            yield ArticleError(name, f"cannot read: {error.strerror or error}")


def _decode(name: str, data: bytes, line: int | None = None) -> str:
    """Decode UTF-8 strictly; say where it fails (byte offset, and line)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        if line is None:
            number = data.count(b"\n", 0, error.start) + 1
            where = f"byte {error.start} (line {number})"
        else:
            where = f"byte {error.start} of the line"
        raise ArticleError(
            name, f"not valid UTF-8 at {where}: {error.reason} 0x{bad}; save it as UTF-8", line
        ) from None


def _headline(text: str, markdown: bool) -> str | None:
    """The first non-empty line, stripped (and without leading ``#`` for .md)."""
    for line in text.splitlines():
        if line.strip():
            title = line.strip().lstrip("#").strip() if markdown else line.strip()
            return title or None  # a line of only '#' marks: no title
    return None


def _read_text(name: str, published: PublishedPolicy, *, markdown: bool) -> Article | ArticleError:
    with open(name, "rb") as file:
        data = file.read()
    if b"\0" in data:
        return ArticleError(name, "binary file (contains NUL bytes), not a text article")
    text = _decode(name, data)
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        return ArticleError(name, "empty file (no text)")
    base, _ = split_kind(name)
    fields: dict[str, Any] = {"id": PurePath(base).name, "title": _headline(text, markdown)}
    sidecar = base + SIDECAR_SUFFIX
    if os.path.lexists(sidecar):
        fields.update(_read_sidecar(sidecar))
    return _article(name, None, fields, text, published)


def _read_sidecar(name: str) -> dict[str, Any]:
    """The metadata fields of a sidecar (``null`` values left out)."""
    try:
        with open(name, "rb") as file:
            obj = _parse_object(name, _decode(name, file.read()))
    except OSError as error:
        raise ArticleError(name, f"cannot read sidecar: {error.strerror or error}") from None
    meta = {key: obj[key] for key in META_FIELDS if obj.get(key) is not None}
    for key, value in meta.items():
        if not isinstance(value, str) and key != "published":  # an unreadable date is only a warning
            raise ArticleError(name, f"{key!r} must be a string, got {_json_type(value)}")
    if meta.get("id") == "":
        raise ArticleError(name, "'id' must not be empty")
    return meta


def _read_json(name: str, published: PublishedPolicy) -> Article | ArticleError:
    with open(name, "rb") as file:
        text = _decode(name, file.read())
    if not text.lstrip(_BOM).strip():
        return ArticleError(name, "empty file (no JSON object)")
    obj = _parse_object(name, text)
    return _from_object(name, None, obj, PurePath(split_kind(name)[0]).name, published)


def _read_jsonl(name: str, published: PublishedPolicy) -> Iterator[Article | ArticleError]:
    stem = PurePath(split_kind(name)[0]).name
    empty = True
    with open(name, "rb") as file:
        if b"\0" in file.peek(BINARY_SNIFF_BYTES)[:BINARY_SNIFF_BYTES]:
            yield ArticleError(name, "binary file (contains NUL bytes), not JSON lines")
            return
        for number, data in enumerate(file, start=1):
            try:
                line = _decode(name, data, number).rstrip("\r\n")
                if not line.strip():
                    continue
                empty = False
                obj = _parse_object(name, line, number)
                yield _from_object(name, number, obj, f"{stem}-{number}", published)
            except ArticleError as error:
                yield error
    if empty:
        yield ArticleError(name, "empty file (no JSON lines)")


def _parse_object(name: str, text: str, line: int | None = None) -> dict[str, Any]:
    """Parse one JSON object (a leading BOM is skipped)."""
    if text.startswith(_BOM):
        text = text[1:]
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        # json's messages are written to end in "at: line L column C"
        where = f"column {error.colno}" if line else f"line {error.lineno}, column {error.colno}"
        reason = f"invalid JSON: {error.msg.removesuffix(' at')} at {where}"
        raise ArticleError(name, reason, line) from None
    if not isinstance(obj, dict):
        hint = ""
        if isinstance(obj, list) and line is None:
            hint = "; put one article a line in a .jsonl file"
        raise ArticleError(name, f"expected a JSON object, got {_json_type(obj)}{hint}", line)
    return obj


def _from_object(
    name: str, line: int | None, obj: dict[str, Any], default_id: str, published: PublishedPolicy
) -> Article:
    """An article from a JSON object with ``text`` and optional metadata."""
    text = obj.get("text")
    if text is None:
        raise ArticleError(name, "no 'text' field; every article needs its text", line)
    if isinstance(text, str) and not text.strip():
        raise ArticleError(name, "empty 'text'", line)
    fields: dict[str, Any] = {"id": default_id}
    fields.update((key, obj[key]) for key in META_FIELDS if obj.get(key) is not None)
    return _article(name, line, fields, text, published)


def _article(name: str, line: int | None, fields: dict[str, Any], text: Any, published: PublishedPolicy) -> Article:
    """Decide ``published`` (the one place) and validate into an ``Article``; pydantic errors become one line."""
    fields["published"], fields["published_source"] = published.decide(
        fields.get("published"), text, fields.get("url"), where=name, line=line
    )
    try:
        return Article(text=text, path=name, line=line, **fields)
    except ValidationError as error:
        raise ArticleError(name, _one_line(error), line) from None


def _one_line(error: ValidationError) -> str:
    """``'id': Input should be a valid string (got 3)``, joined by ``; ``."""
    parts = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"])
        got = repr(item.get("input"))
        got = got if len(got) <= 40 else got[:37] + "..."
        parts.append(f"{field!r}: {item['msg']} (got {got})")
    return "invalid article: " + "; ".join(parts)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")
