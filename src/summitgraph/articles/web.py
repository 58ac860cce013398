"""Web pages as articles: ``.html`` / ``.htm`` files and WARC archives.

A page's main text and metadata come from trafilatura (boilerplate, menus,
comments and ads left out): ``title``, ``date`` (the page's publication date,
from its metadata), ``url`` (its canonical URL) and ``sitename`` (as
``source``). The article text is the title on its first line, a blank line,
then the main text, as a ``.txt`` article reads (the headline first); offsets
index that text. The fields go through the same path as a JSON article's
(:func:`~summitgraph.articles.formats.from_object`), ``published`` included.

``.warc`` / ``.warc.gz`` (web archives, CC-NEWS) are read record by record with
warcio, streamed: each ``response`` (or ``resource``) record of an HTML page
with HTTP status 200 is one article, its id the record's target URL; other
records (requests, metadata, images, redirects) are not articles and are
passed over. Errors name the record's number in the file where a ``.jsonl``
names its line: ``cc-news.warc.gz:12: no article text found in the page``.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from summitgraph.articles.files import regular_opener, split_kind
from summitgraph.articles.formats import MAX_FILE_BYTES, from_object, read_bounded
from summitgraph.articles.published import PublishedPolicy
from summitgraph.errors import ArticleError
from summitgraph.models import Article

__all__ = ["page_fields", "read_web"]

# The libraries log their doubts about odd pages; a page that gives no text is reported here instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "warcio"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_web(name: str, kind: str, published: PublishedPolicy) -> Iterator[Article | ArticleError]:
    """The articles of an HTML file or a WARC archive, in order."""
    if kind in (".html", ".htm"):
        yield _read_html(name, published)
    else:
        yield from _read_warc(name, published)


def page_fields(html: bytes | str, url: str | None = None) -> dict[str, Any] | None:
    """The article fields (``text``, ``title``, ``published``, ``url``,
    ``source``) of one HTML page, None when it has no main text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = (data.get("text") or "").strip()
    if not body:
        return None
    title = " ".join((data.get("title") or "").split()) or None
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    fields = {"text": text, "title": title, "published": data.get("date"), "url": data.get("url") or url}
    fields["source"] = data.get("sitename") or data.get("hostname")
    return {key: value for key, value in fields.items() if value}


def _article(
    name: str, line: int | None, html: bytes, url: str | None, default_id: str, published: PublishedPolicy
) -> Article:
    try:
        fields = page_fields(html, url)
    except Exception as error:  # the extractor's failure on one odd page costs that page only
        raise ArticleError(name, f"could not read the page ({type(error).__name__}: {error})", line) from None
    if fields is None:
        raise ArticleError(name, "no article text found in the page", line)
    return from_object(name, line, fields, default_id, published)


def _read_html(name: str, published: PublishedPolicy) -> Article | ArticleError:
    with open(name, "rb", opener=regular_opener) as file:
        html = read_bounded(name, file)
    if not html.strip():
        return ArticleError(name, "empty file (no page)")
    try:
        return _article(name, None, html, None, PurePath(split_kind(name)[0]).name, published)
    except ArticleError as error:
        return error


def _read_warc(name: str, published: PublishedPolicy) -> Iterator[Article | ArticleError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = PurePath(split_kind(name)[0]).name
    number = 0
    with open(name, "rb", opener=regular_opener) as file:
        try:
            start = file.peek(2)[:2] == b"\x1f\x8b" and gzip.GzipFile(fileobj=file).peek(5)[:5] or file.peek(5)[:5]
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            yield ArticleError(name, f"not a readable WARC file at its start ({_first_line(error)})")
            return
        if not start:
            yield ArticleError(name, "empty file (no WARC records)")
            return
        file.seek(0)
        if start not in (b"WARC/", b"filed"):  # a WARC record, or the header of an older ARC file
            yield ArticleError(name, "not a WARC file (it does not start with a WARC record)")
            return
        try:
            for number, record in enumerate(ArchiveIterator(file, arc2warc=True), start=1):
                page = _page(record)
                if page is None:
                    continue
                url, html = page
                try:
                    yield _article(name, number, html, url, url or f"{stem}-{number}", published)
                except ArticleError as error:
                    yield error
        except Exception as error:  # warcio's errors on a damaged archive are of many kinds
            if isinstance(error, OSError) and error.errno is not None and not isinstance(error, ArchiveLoadFailed):
                raise
            where = f"after record {number}" if number else "at its start"
            yield ArticleError(name, f"not a readable WARC file {where} ({_first_line(error)})")


def _page(record: Any) -> tuple[str | None, bytes] | None:
    """``(url, html)`` of a record that is an HTML page, else None."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.http_headers is not None:
        if record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    html = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(html) > MAX_FILE_BYTES:
        return None
    return record.rec_headers.get_header("WARC-Target-URI"), html


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
