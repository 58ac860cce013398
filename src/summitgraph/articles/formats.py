"""Reading one article file: ``.txt`` / ``.md`` (with their sidecar),
``.json``, ``.jsonl``, ``.jsonl.gz`` and JSON lines on standard input (``-``);
HTML and WARC files are read by :mod:`~summitgraph.articles.web`. As the
package docstring of :mod:`summitgraph.articles` describes.

Every file is opened with ``regular_opener`` (a FIFO or a device is an error,
never a hang) and read within bounds: ``MAX_FILE_BYTES`` for a file of one
article, ``MAX_LINE_BYTES`` for one JSON line.

``read_file`` yields the articles and errors of one supported file, in
order; every problem is one ``ArticleError`` naming the file (and the line of
a ``.jsonl``)::

    for item in read_file("feed.jsonl", published=None):
        print(item.id if isinstance(item, Article) else item)
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import reprlib
import sys
import zlib
from collections.abc import Iterator
from pathlib import PurePath
from typing import IO, Any

from pydantic import ValidationError

from summitgraph.articles.files import SIDECAR_SUFFIX, STDIN, article_kind, os_reason, regular_opener, split_kind
from summitgraph.articles.published import PublishedPolicy
from summitgraph.errors import ArticleError
from summitgraph.models import Article

__all__ = ["BINARY_SNIFF_BYTES", "MAX_FILE_BYTES", "MAX_LINE_BYTES", "META_FIELDS", "from_object", "read_file"]

#: Metadata fields a sidecar or a JSON article may carry (besides ``text``).
META_FIELDS = ("id", "title", "published", "url", "source")
#: How much of a ``.jsonl`` file is checked for NUL bytes before streaming it.
BINARY_SNIFF_BYTES = 8192
#: The largest file of one article read (a longer one is reported, not read).
MAX_FILE_BYTES = 64 << 20
#: The longest JSON line read.
MAX_LINE_BYTES = 64 << 20
#: How messages name standard input.
STDIN_NAME = "<stdin>"

_BOM = "\ufeff"


def read_file(name: str, published: dt.date | PublishedPolicy | None) -> Iterator[Article | ArticleError]:
    """Articles and errors of one supported file, in order; ``published`` is the
    fallback date, or the whole :class:`~summitgraph.articles.published.PublishedPolicy`."""
    kind = article_kind(name)
    if not isinstance(published, PublishedPolicy):
        published = PublishedPolicy(published)
    try:
        if name == STDIN:
            yield from _read_stdin(published)
        elif kind in (".jsonl", ".jsonl.gz"):
            yield from _read_jsonl(name, published, gz=kind == ".jsonl.gz")
        elif kind in (".html", ".htm", ".warc", ".warc.gz"):
            from summitgraph.articles import web

            yield from web.read_web(name, kind, published)
        elif kind == ".json":
            yield _read_json(name, published)
        else:
            yield _read_text(name, published, markdown=kind == ".md")
    except ArticleError as error:
        yield error
    except OSError as error:
        yield ArticleError(name, os_reason(name, error))


def read_bounded(name: str, file: IO[bytes], limit: int | None = None) -> bytes:
    """The whole of a file of one article, or an error when it passes ``limit``
    bytes (``MAX_FILE_BYTES`` by default)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    data = file.read(limit + 1)
    if len(data) > limit:
        raise ArticleError(name, f"larger than {limit >> 20} MiB, too large for one article; split it")
    return data


def _not_utf8_text(data: bytes) -> str | None:
    """What a file is when it is text in UTF-16 or UTF-32 (a NUL byte would
    say "binary"): ``UTF-16 text (little-endian)``, or None."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)"),
        (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)"),
        (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)"),
        (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
    ):
        if data.startswith(bom):
            return f"{name} text with a byte order mark"
    head = data[:256]
    if len(head) >= 8 and head[1::2].count(0) >= len(head) // 2 - 1 and 0 not in head[0::2]:
        return "UTF-16 (little-endian) text"
    if len(head) >= 8 and head[0::2].count(0) >= len(head) // 2 - 1 and 0 not in head[1::2]:
        return "UTF-16 (big-endian) text"
    return None


def _binary(name: str, data: bytes, what: str, line: int | None = None) -> ArticleError | None:
    """The error of data that is not UTF-8 text: UTF-16/32, or binary."""
    encoding = _not_utf8_text(data)
    if encoding is not None:
        return ArticleError(name, f"{encoding}, not UTF-8; save it as UTF-8", line)
    if b"\0" in data:
        return ArticleError(name, f"binary file (contains NUL bytes), not {what}", line)
    return None


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
    with open(name, "rb", opener=regular_opener) as file:
        data = read_bounded(name, file)
    binary = _binary(name, data, "a text article")
    if binary is not None:
        return binary
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
        with open(name, "rb", opener=regular_opener) as file:
            obj = _parse_object(name, _decode(name, read_bounded(name, file)))
    except OSError as error:
        raise ArticleError(name, f"sidecar: {os_reason(name, error)}") from None
    meta = {key: obj[key] for key in META_FIELDS if obj.get(key) is not None}
    for key, value in meta.items():
        if not isinstance(value, str) and key != "published":  # an unreadable date is only a warning
            raise ArticleError(name, f"{key!r} must be a string, got {_json_type(value)}")
    if meta.get("id") == "":
        raise ArticleError(name, "'id' must not be empty")
    return meta


def _read_json(name: str, published: PublishedPolicy) -> Article | ArticleError:
    with open(name, "rb", opener=regular_opener) as file:
        data = read_bounded(name, file)
    encoding = _not_utf8_text(data)
    if encoding is not None:
        return ArticleError(name, f"{encoding}, not UTF-8; save it as UTF-8")
    text = _decode(name, data)
    if not text.lstrip(_BOM).strip():
        return ArticleError(name, "empty file (no JSON object)")
    obj = _parse_object(name, text)
    return from_object(name, None, obj, PurePath(split_kind(name)[0]).name, published)


def _read_jsonl(name: str, published: PublishedPolicy, *, gz: bool) -> Iterator[Article | ArticleError]:
    stem = PurePath(split_kind(name)[0]).name
    with open(name, "rb", opener=regular_opener) as file:
        yield from _read_lines(name, gzip.GzipFile(fileobj=file) if gz else file, stem, published)


def _read_stdin(published: PublishedPolicy) -> Iterator[Article | ArticleError]:
    """JSON lines from standard input (gzip-compressed or not), streamed."""
    stream = sys.stdin.buffer
    if stream.isatty():
        yield ArticleError(STDIN_NAME, "is a terminal; pipe JSON lines into it: summitgraph ingest - < feed.jsonl")
        return
    if not hasattr(stream, "peek"):
        stream = open(stream.fileno(), "rb", closefd=False)  # noqa: SIM115 (stdin stays open)
    if stream.peek(2)[:2] == b"\x1f\x8b":
        stream = gzip.GzipFile(fileobj=stream)
    yield from _read_lines(STDIN_NAME, stream, "stdin", published)


def _read_lines(name: str, file: IO[bytes], stem: str, published: PublishedPolicy) -> Iterator[Article | ArticleError]:
    """One article a non-blank line of ``file``, streamed; a line longer than
    ``MAX_LINE_BYTES`` is an error and is skipped."""
    empty = True
    number = 0
    try:
        head = file.peek(BINARY_SNIFF_BYTES)[:BINARY_SNIFF_BYTES]  # type: ignore[attr-defined]
        binary = _binary(name, head, "JSON lines")
        if binary is not None:
            yield binary
            return
        while data := file.readline(MAX_LINE_BYTES + 1):
            number += 1
            if len(data) > MAX_LINE_BYTES and not data.endswith(b"\n"):
                _skip_line(file)
                yield ArticleError(name, f"line longer than {MAX_LINE_BYTES >> 20} MiB; split it", number)
                empty = False
                continue
            try:
                line = _decode(name, data, number).rstrip("\r\n")
                if not line.strip():
                    continue
                empty = False
                obj = _parse_object(name, line, number)
                yield from_object(name, number, obj, f"{stem}-{number}", published)
            except ArticleError as error:
                yield error
    except (OSError, EOFError, zlib.error) as error:
        if isinstance(error, OSError) and not isinstance(error, gzip.BadGzipFile) and error.errno is not None:
            raise
        where = f"after line {number}" if number else "at its start"
        yield ArticleError(name, f"corrupt or cut-off gzip data {where} ({error}); the lines before it were read")
        return
    if empty:
        yield ArticleError(name, "empty file (no JSON lines)")


def _skip_line(file: IO[bytes]) -> None:
    while (chunk := file.readline(1 << 20)) and not chunk.endswith(b"\n"):
        pass


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
    except RecursionError:
        raise ArticleError(
            name, "invalid JSON: nested too deeply (arrays or objects inside each other)", line
        ) from None
    except ValueError as error:  # a number of thousands of digits: "Exceeds the limit (4300 digits) ..."
        reason = str(error).split(":")[0].split(";")[0]
        raise ArticleError(name, f"invalid JSON: a number too long to read ({reason})", line) from None
    if not isinstance(obj, dict):
        hint = ""
        if isinstance(obj, list) and line is None:
            hint = "; put one article a line in a .jsonl file"
        raise ArticleError(name, f"expected a JSON object, got {_json_type(obj)}{hint}", line)
    return obj


def from_object(
    name: str, line: int | None, obj: dict[str, Any], default_id: str, published: PublishedPolicy
) -> Article:
    """An article from a JSON object with ``text`` and optional metadata (the
    one path every reader's metadata goes through, ``published`` included)."""
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
        got = _short_repr(item.get("input"))
        parts.append(f"{field!r}: {item['msg']} (got {got})")
    return "invalid article: " + "; ".join(parts)


def _short_repr(value: Any) -> str:
    """``repr`` cut to 40 characters, nested values elided (a deep one has no repr)."""
    got = reprlib.repr(value)
    return got if len(got) <= 40 else got[:37] + "..."


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")
