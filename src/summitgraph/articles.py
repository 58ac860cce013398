"""Files in, :class:`~summitgraph.models.Article` records out.

``iter_articles`` reads files and folders (folders recursively, in sorted
order) and yields one ``Article`` per article. Each input kind:

``.txt`` / ``.md``
    One article. The text is the file content decoded as UTF-8 and otherwise
    unchanged (no newline translation: CRLF stays CRLF), so downstream
    character offsets index the file as read. The first non-empty line is the
    headline and becomes ``title`` (for ``.md`` without its leading ``#``
    marks). A sidecar ``NAME.meta.json`` beside ``NAME.txt`` / ``NAME.md``
    carries ``id``, ``title``, ``published``, ``url``, ``source``; its values
    win over the defaults. A sidecar is never an article itself (named on the
    command line next to its article, it is just read with it); a broken
    sidecar is an error that skips its article.
``.json``
    One article object with ``id``, ``text`` and optional ``title``,
    ``published``, ``url``, ``source``. ``text`` is used exactly as stored.
``.jsonl``
    One such object a line, read as a stream (never loaded whole). Blank lines
    are skipped; ``line`` is the 1-based physical line number (blank lines
    count), the same number that error messages show.

Decisions:

* **Ids.** The JSON / sidecar ``id``; else the file name without its
  extension (``a.b.txt`` -> ``a.b``); for a ``.jsonl`` line without an id,
  the file stem, a hyphen and the line number (line 3 of ``feed.jsonl`` ->
  ``feed-3``). Ids are unique across one ``iter_articles`` call: a later
  article with an id already seen is an error, the first one is kept.
* **UTF-8 BOM.** One leading byte order mark is an encoding signature, not
  content: it is dropped, exactly as Python's ``utf-8-sig`` codec does, and
  ``text`` is everything after it, unchanged. (Kept, it would be glued to the
  first token by spaCy and end up in entity names.) So for ``.txt`` / ``.md``
  ``text == raw_bytes.decode("utf-8-sig")`` always holds. For JSON a BOM
  before the first value is skipped; it is never part of ``text``.
* **Dates.** ``published`` is ``YYYY-MM-DD`` or a full ISO 8601 datetime
  (``2019-01-08T10:15:00Z``), whose date *as written* is kept (no time-zone
  conversion). Missing or ``null`` dates fall back to the ``published``
  argument. Anything else is an error for that article.
* **Unknown JSON fields** (``author``, ``lang`` ...) are ignored; ``path``
  and ``line`` are always set by the reader. ``null`` means "not given".
* **Folders.** Hidden entries (name starting with ``.``) are skipped, files
  of other extensions are ignored (suffixes are matched in lower case only:
  ``A.TXT`` is another extension), symbolic links to folders are not
  followed. All files below one folder are sorted by their POSIX path
  relative to it. A file reached twice (named twice, or named and inside a
  named folder) is read once. A ``*.meta.json`` with neither ``NAME.txt``
  nor ``NAME.md`` beside it is reported, since its metadata would be lost.

``read_article`` reads the one article of a ``.txt``, ``.md`` or ``.json``
file; ``parse_date`` is also what the CLI's ``--published`` uses.

Bad input never costs the rest of the work: each problem is one
:class:`~summitgraph.errors.ArticleError` whose message is one line naming the
file (and the line of a ``.jsonl``); with ``on_error`` the error is reported
and reading goes on, without it the error is raised.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any, Union

from pydantic import ValidationError

from summitgraph.errors import ArticleError
from summitgraph.models import Article

__all__ = ["ARTICLE_SUFFIXES", "SIDECAR_SUFFIX", "iter_articles", "parse_date", "read_article"]

StrPath = Union[str, "os.PathLike[str]"]

#: File name endings read as articles (lower case only: ``A.TXT`` is not one).
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl")
#: ``NAME.meta.json`` holds the metadata of ``NAME.txt`` or ``NAME.md``.
SIDECAR_SUFFIX = ".meta.json"
#: Metadata fields a sidecar or a JSON article may carry (besides ``text``).
META_FIELDS = ("id", "title", "published", "url", "source")
#: How much of a ``.jsonl`` file is checked for NUL bytes before streaming it.
BINARY_SNIFF_BYTES = 8192

_BOM = "\ufeff"
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# RFC 3339 / ISO 8601 extended format: date, 'T' (or a space, as many feeds
# write it), hh:mm[:ss[.fraction]], optional 'Z' or +hh:mm / +hhmm offset.
_DATETIME_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(?:[Zz]|[+-](\d{2}):?(\d{2}))?"
)


def parse_date(value: str) -> dt.date:
    """Return the date of ``YYYY-MM-DD`` or of a full ISO 8601 datetime.

    ``2019-01-08T10:15:00Z`` gives ``2019-01-08``: the date as written, with
    no time-zone conversion. Raises ``ValueError`` (one line) for anything
    else, including impossible dates such as ``2019-02-30``.
    """
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    if _DATE_RE.fullmatch(value):
        day = value
    elif match := _DATETIME_RE.fullmatch(value):
        day, hour, minute, second, off_hour, off_minute = match.groups()
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 60:
            raise ValueError(f"invalid time in {value!r}")
        if off_hour is not None and (int(off_hour) > 23 or int(off_minute) > 59):
            raise ValueError(f"invalid time-zone offset in {value!r}")
    else:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD or an ISO datetime such as 2019-01-08T10:15:00Z")
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: no such date") from None


def iter_articles(
    paths: Iterable[StrPath] | StrPath,
    *,
    published: dt.date | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``paths`` (files or folders), in order.

    Named paths are read in the order given; folders recursively, sorted by
    relative POSIX path. ``published`` is the date of articles that carry
    none. Each bad file or line gives one ``ArticleError``: raised when
    ``on_error`` is None, else passed to ``on_error`` and skipped.
    ``Article.path`` is the path as given (POSIX form), joined with the path
    inside a named folder; it is absolute only if the given path was.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen_ids: dict[str, str] = {}
    seen_files: set[str] = set()
    for given in paths:
        for name, listing_error in _files(given):
            items: Iterable[Article | ArticleError]
            if listing_error is not None:
                items = [listing_error]
            else:
                real = os.path.realpath(name)
                if real in seen_files:
                    continue
                seen_files.add(real)
                items = _read_file(name, published)
            for item in items:
                if isinstance(item, Article):
                    where = name if item.line is None else f"{name}:{item.line}"
                    if item.id not in seen_ids:
                        seen_ids[item.id] = where
                        yield item
                        continue
                    item = ArticleError(
                        name,
                        f"duplicate article id {item.id!r} (first read from "
                        f"{seen_ids[item.id]}); give one of them another id",
                        item.line,
                    )
                if on_error is None:
                    raise item
                on_error(item)


def read_article(path: StrPath, *, published: dt.date | None = None) -> Article:
    """Read the one article of a ``.txt``, ``.md`` or ``.json`` file.

    Raises ``ArticleError`` if it cannot; a ``.jsonl`` file holds many
    articles and is read with :func:`iter_articles`.
    """
    name = _display(path)
    if os.path.isdir(name) or _kind(name) == ".jsonl":
        raise ArticleError(name, "holds many articles; read it with iter_articles")
    if _kind(name) not in (".txt", ".md", ".json"):
        raise ArticleError(name, "not an article file; expected .txt, .md or .json")
    (result,) = _read_file(name, published)  # one per .txt, .md or .json
    if isinstance(result, ArticleError):
        raise result
    return result


# --- finding files ---------------------------------------------------------


def _display(path: StrPath) -> str:
    """The path as given, in POSIX form (``./data/a.txt`` -> ``data/a.txt``)."""
    return PurePath(os.fspath(path)).as_posix()


def _kind(name: str) -> str | None:
    """``.meta.json`` for a sidecar, the article suffix, or None if unsupported."""
    if name.endswith(SIDECAR_SUFFIX):
        return SIDECAR_SUFFIX
    return next((s for s in ARTICLE_SUFFIXES if name.endswith(s)), None)


def _split(name: str) -> tuple[str, str]:
    """``dir/a.b.txt`` -> (``dir/a.b``, ``.txt``) for a supported name."""
    kind = _kind(name) or ""
    return name[: len(name) - len(kind)], kind


def _has_article_beside(sidecar: str) -> bool:
    base = sidecar[: -len(SIDECAR_SUFFIX)]
    return any(os.path.lexists(base + suffix) for suffix in (".txt", ".md"))


def _files(given: StrPath) -> Iterator[tuple[str, ArticleError | None]]:
    """Yield ``(file, None)`` for each article file of a named path, or
    ``(path, error)`` where a file or folder cannot be read or used."""
    name = _display(given)
    if os.path.isdir(name):
        yield from _walk(name)
        return
    if not os.path.lexists(name):
        yield name, ArticleError(name, "no such file or folder")
    elif not os.path.exists(name):
        yield name, ArticleError(name, "broken symbolic link; fix or remove it")
    elif _kind(name) == SIDECAR_SUFFIX:
        # Read along with its NAME.txt / NAME.md (e.g. when a shell glob names
        # both); on its own it is an error.
        if not _has_article_beside(name):
            yield name, _orphan_sidecar(name)
    elif _kind(name) is None:
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
        where = _display(error.filename) if error.filename else root
        rel = Path(where).relative_to(root).as_posix()
        found.append((rel, where, ArticleError(where, f"cannot read folder: {error.strerror}")))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            kind = _kind(file)
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


# --- reading files ---------------------------------------------------------


def _read_file(name: str, published: dt.date | None) -> Iterator[Article | ArticleError]:
    """Articles and errors of one supported file, in order."""
    kind = _kind(name)
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


def _read_text(name: str, published: dt.date | None, *, markdown: bool) -> Article | ArticleError:
    with open(name, "rb") as file:
        data = file.read()
    if b"\0" in data:
        return ArticleError(name, "binary file (contains NUL bytes), not a text article")
    text = _decode(name, data)
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        return ArticleError(name, "empty file (no text)")
    base, _ = _split(name)
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
        if not isinstance(value, str):
            raise ArticleError(name, f"{key!r} must be a string, got {_json_type(value)}")
    if meta.get("id") == "":
        raise ArticleError(name, "'id' must not be empty")
    if "published" in meta:
        meta["published"] = _date(name, None, meta["published"])
    return meta


def _read_json(name: str, published: dt.date | None) -> Article | ArticleError:
    with open(name, "rb") as file:
        text = _decode(name, file.read())
    if not text.lstrip(_BOM).strip():
        return ArticleError(name, "empty file (no JSON object)")
    obj = _parse_object(name, text)
    return _from_object(name, None, obj, PurePath(_split(name)[0]).name, published)


def _read_jsonl(name: str, published: dt.date | None) -> Iterator[Article | ArticleError]:
    stem = PurePath(_split(name)[0]).name
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
    name: str, line: int | None, obj: dict[str, Any], default_id: str, published: dt.date | None
) -> Article:
    """An article from a JSON object with ``text`` and optional metadata."""
    text = obj.get("text")
    if text is None:
        raise ArticleError(name, "no 'text' field; every article needs its text", line)
    if isinstance(text, str) and not text.strip():
        raise ArticleError(name, "empty 'text'", line)
    fields: dict[str, Any] = {"id": default_id}
    fields.update((key, obj[key]) for key in META_FIELDS if obj.get(key) is not None)
    if "published" in fields:
        fields["published"] = _date(name, line, fields["published"])
    return _article(name, line, fields, text, published)


def _date(name: str, line: int | None, value: Any) -> dt.date:
    try:
        return parse_date(value)
    except ValueError as error:
        raise ArticleError(name, f"'published': {error}", line) from None


def _article(name: str, line: int | None, fields: dict[str, Any], text: Any, published: dt.date | None) -> Article:
    """Validate into an ``Article``; pydantic errors become one line."""
    fields.setdefault("published", published)
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
