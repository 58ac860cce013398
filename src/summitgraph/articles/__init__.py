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
``.jsonl.gz``
    The same, gzip-compressed, decompressed as it is read.
``-``
    JSON lines from standard input (gzip-compressed or not), streamed;
    messages name it ``<stdin>``, ids default to ``stdin-3``.
``.html`` / ``.htm``
    One web page: its main text and metadata through trafilatura
    (:mod:`~summitgraph.articles.web`).
``.warc`` / ``.warc.gz``
    A web archive (CC-NEWS, crawls): one article each HTML page it holds,
    its id the page's URL, streamed record by record.

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
  conversion); RFC 2822 dates and dates written out ("January 8, 2019") are
  read too. Without one, the date line or dateline of the text ("March 01,
  2008" under the headline, "BEIJING, Jan. 8, 2019 (Reuters) -"), else the
  date in the ``url``, else the ``published`` argument dates the article;
  ``published_source`` says which (:mod:`~summitgraph.articles.published`).
  A ``published`` value that is no date is a warning (``on_warning``), and
  the article is kept.
* **Unknown JSON fields** (``author``, ``lang`` ...) are ignored; ``path``
  and ``line`` are always set by the reader. ``null`` means "not given".
* **Folders.** Hidden entries (name starting with ``.``) are skipped, a
  file of another extension is reported as unsupported (suffixes are matched
  in lower case only: ``A.TXT`` is another extension), symbolic links to
  folders are not followed. All files below one folder are sorted by their POSIX path
  relative to it. A file reached twice (named twice, or named and inside a
  named folder) is read once. A ``*.meta.json`` with neither ``NAME.txt``
  nor ``NAME.md`` beside it is reported, since its metadata would be lost.

``read_article`` reads the one article of a ``.txt``, ``.md`` or ``.json``
file; ``parse_date`` is also what the CLI's ``--published`` uses.

Only regular files are read, within bounds (:mod:`~summitgraph.articles.formats`):
a FIFO, a device or a socket is reported, never waited on, and a file too
large for one article is reported instead of being loaded.

Bad input never costs the rest of the work: each problem is one
:class:`~summitgraph.errors.ArticleError` whose message is one line naming the
file (and the line of a ``.jsonl``); with ``on_error`` the error is reported
and reading goes on, without it the error is raised. Warnings
(:class:`~summitgraph.errors.ArticleWarning`) go to ``on_warning`` and are
dropped without it.

The package: :mod:`~summitgraph.articles.files` finds the files of named
paths and folders, :mod:`~summitgraph.articles.formats` reads each kind of
file, :mod:`~summitgraph.articles.dates` parses ``published``,
:mod:`~summitgraph.articles.published` decides it; this module
puts them together (ids unique, each file read once).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator

from summitgraph.articles.dates import parse_date
from summitgraph.articles.files import (
    ARTICLE_SUFFIXES,
    SIDECAR_SUFFIX,
    STDIN,
    StrPath,
    article_files,
    article_kind,
    count_articles,
    posix_name,
)
from summitgraph.articles.formats import BINARY_SNIFF_BYTES, META_FIELDS, read_file
from summitgraph.articles.published import PublishedPolicy, find_published
from summitgraph.errors import ArticleError, ArticleWarning
from summitgraph.models import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "BINARY_SNIFF_BYTES",
    "META_FIELDS",
    "SIDECAR_SUFFIX",
    "STDIN",
    "PublishedPolicy",
    "count_articles",
    "find_published",
    "iter_articles",
    "parse_date",
    "read_article",
]


def iter_articles(
    paths: Iterable[StrPath] | StrPath,
    *,
    published: dt.date | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    on_warning: Callable[[ArticleWarning], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``paths`` (files or folders), in order.

    Named paths are read in the order given; folders recursively, sorted by
    relative POSIX path. ``published`` is the date of articles that carry
    none, in their metadata, text or URL. Each bad file or line gives one
    ``ArticleError``: raised when ``on_error`` is None, else passed to
    ``on_error`` and skipped. A ``published`` value that is no date gives an
    ``ArticleWarning`` to ``on_warning``, and the article is kept.
    ``Article.path`` is the path as given (POSIX form), joined with the path
    inside a named folder; it is absolute only if the given path was.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    policy = PublishedPolicy(published, on_warning)
    seen_ids: dict[str, str] = {}
    seen_files: set[str] = set()
    for given in paths:
        for name, listing_error in article_files(given):
            items: Iterable[Article | ArticleError]
            if listing_error is not None:
                items = [listing_error]
            else:
                real = name if name == STDIN else os.path.realpath(name)
                if real in seen_files:
                    continue
                seen_files.add(real)
                items = read_file(name, policy)
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


def read_article(
    path: StrPath,
    *,
    published: dt.date | None = None,
    on_warning: Callable[[ArticleWarning], None] | None = None,
) -> Article:
    """Read the one article of a ``.txt``, ``.md`` or ``.json`` file.

    Raises ``ArticleError`` if it cannot; a ``.jsonl`` file holds many
    articles and is read with :func:`iter_articles`.
    """
    name = posix_name(path)
    if os.path.isdir(name) or article_kind(name) == ".jsonl":
        raise ArticleError(name, "holds many articles; read it with iter_articles")
    if article_kind(name) not in (".txt", ".md", ".json"):
        raise ArticleError(name, "not an article file; expected .txt, .md or .json")
    (result,) = read_file(name, PublishedPolicy(published, on_warning))  # one per .txt, .md or .json
    if isinstance(result, ArticleError):
        raise result
    return result
