"""The corpus store: one SQLite database in the output folder.

Tables (schema 1):

``articles``
    One row an article: ``seq`` (the order it was first stored in, which is
    the order of extractions.jsonl), ``id`` (unique), ``hash`` (of what the
    extraction reads: id, title, published, text; :func:`article_hash`),
    ``version`` (the extractor that made its stored extraction, see
    :mod:`~summitgraph.store.version`; NULL before one did), and the metadata
    ``title``, ``published``, ``url``, ``source``, ``path``, ``line``.
``texts``
    The text of each article (``seq``, ``text``): a new extractor version
    re-extracts the whole corpus from the store, without the input files.
``extractions``
    The extraction of each article (``seq``, ``line``): its extractions.jsonl
    line as :func:`~summitgraph.export.extraction_line` writes it, before
    corpus-level linking. Whole records, so a new field of ``ArticleExtraction``
    needs no new column.
``links``
    The corpus-level resolution of the last linking (``article``, ``entity``
    -> ``linked``; ``article`` is empty for a link that holds in every
    article, :class:`summitgraph.resolve.Links`).
``meta``
    ``schema``; ``generation`` (counts every change to the stored
    extractions); ``outputs`` (what the output files were written from: the
    generation, the files, the counts of the summary line); ``publishing``
    (output files being renamed into place, see :mod:`~summitgraph.store.files`).

Every change is made inside a transaction (:meth:`Store.transaction`): a
crash, ``kill -9`` or Ctrl-C keeps what was committed and never leaves half an
article. The database runs in WAL mode, so a reader (``summitgraph export``)
sees the last committed state while an ingest writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summitgraph.errors import StoreError
from summitgraph.models import Article, ArticleExtraction
from summitgraph.resolve import Links

__all__ = ["SCHEMA", "STORE_FILE", "Store", "article_hash"]

#: The name of the database in the output folder.
STORE_FILE = "corpus.sqlite"
#: The schema version this code reads and writes.
SCHEMA = 1

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    version TEXT,
    title TEXT,
    published TEXT,
    published_source TEXT,
    url TEXT,
    source TEXT,
    path TEXT,
    line INTEGER
);
CREATE TABLE IF NOT EXISTS texts (seq INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (seq INTEGER PRIMARY KEY, line TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS links (
    article TEXT NOT NULL, entity TEXT NOT NULL, linked TEXT NOT NULL, PRIMARY KEY (article, entity)
);
CREATE INDEX IF NOT EXISTS articles_state ON articles (id, hash, version);
"""
_METADATA = ("title", "published", "published_source", "url", "source", "path", "line")


def article_hash(article: Article) -> str:
    """The hash of what an extraction reads of ``article``: id, title,
    published date (and where it came from) and text (not ``url``,
    ``source``, ``path``, ``line``)."""
    published = article.published.isoformat() if article.published else None
    key = json.dumps([article.id, article.title, published, article.published_source, article.text], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """An open corpus store. ``Store.open(folder)`` opens the one in
    ``folder`` (None when there is none), ``Store.open(folder, create=True)``
    creates it (and the folder) when needed. Use it as a context manager,
    or call :meth:`close`."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: int | None) -> None:
        self.path = path
        self._db = connection
        self._lock = lock

    # --- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, folder: str | os.PathLike, *, create: bool = False, readonly: bool = False) -> Store | None:
        """The store of ``folder``; None when it has none and ``create`` is false.

        Raises ``StoreError`` (one line) when the file is not a store, is
        from a newer summitgraph, is being written by another ingest, or the
        folder cannot be written.
        """
        path = Path(folder) / STORE_FILE
        if not path.exists() and not create:
            return None
        lock = None
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
                lock = _lock(path)
            uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
            db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60, check_same_thread=False)
        except OSError as error:
            if lock is not None:
                os.close(lock)
            raise StoreError(
                f"cannot open the store {path}: {error.strerror or error}; choose another output folder"
            ) from None
        except sqlite3.Error as error:
            if lock is not None:
                os.close(lock)
            raise StoreError(f"cannot open the store {path}: {error}; choose another output folder") from None
        store = cls(path, db, lock)
        try:
            store._setup(readonly)
        except sqlite3.DatabaseError as error:
            store.close()
            raise StoreError(
                f"{path} is not a summitgraph store ({error}); move it away or choose another output folder"
            ) from None
        return store

    def _setup(self, readonly: bool) -> None:
        if not readonly:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_TABLES)
        schema = self.get_meta("schema")
        if schema is None and not readonly:
            self.set_meta("schema", SCHEMA)
        elif schema is not None and int(schema) > SCHEMA:
            raise sqlite3.DatabaseError(f"schema {schema}, made by a newer summitgraph; upgrade summitgraph")

    def close(self) -> None:
        """Close the database, then release the folder's lock."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        if self._lock is not None:
            os.close(self._lock)  # only after SQLite closed its own handles on the file
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is committed together, or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- meta -------------------------------------------------------------------------

    def get_meta(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        """Set (or with None, delete) one meta value."""
        if value is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._db.execute("REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))

    @property
    def generation(self) -> int:
        """Counts every change to the stored extractions."""
        return self.get_meta("generation") or 0

    def _changed(self) -> None:
        self.set_meta("generation", self.generation + 1)

    # --- articles ------------------------------------------------------------------

    def state(self, article_id: str) -> tuple[str, str | None] | None:
        """``(hash, version)`` of the stored article ``article_id``, or None."""
        return self._db.execute("SELECT hash, version FROM articles WHERE id = ?", (article_id,)).fetchone()

    def put(self, article: Article, digest: str, version: str, line: str) -> None:
        """Store ``article`` (new, or replacing the one with its id, which
        keeps its place) with its extraction ``line`` made by ``version``."""
        values = (digest, version, *_metadata(article))
        row = self._db.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is None:
            cursor = self._db.execute(
                "INSERT INTO articles (id, hash, version, title, published, published_source, url, source, path, line)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, *values),
            )
            seq = cursor.lastrowid
        else:
            (seq,) = row
            self._db.execute(
                "UPDATE articles SET hash = ?, version = ?, title = ?, published = ?, published_source = ?, url = ?,"
                " source = ?,"
                " path = ?, line = ? WHERE seq = ?",
                (*values, seq),
            )
        self._db.execute("REPLACE INTO texts (seq, text) VALUES (?, ?)", (seq, article.text))
        self._db.execute("REPLACE INTO extractions (seq, line) VALUES (?, ?)", (seq, line))
        self._changed()

    def note_source(self, article: Article) -> None:
        """Record where an unchanged article was read from this time (``url``,
        ``source``, ``path``, ``line``), when that changed."""
        self._db.execute(
            "UPDATE articles SET url = ?, source = ?, path = ?, line = ?"
            " WHERE id = ? AND (url IS NOT ? OR source IS NOT ? OR path IS NOT ? OR line IS NOT ?)",
            (*_metadata(article)[3:], article.id, *_metadata(article)[3:]),
        )

    def count(self) -> int:
        """How many articles the store holds."""
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def count_stale(self, version: str) -> int:
        """How many stored articles have no extraction by ``version``."""
        return self._db.execute("SELECT count(*) FROM articles WHERE version IS NOT ?", (version,)).fetchone()[0]

    def stale(self, version: str, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[Article]:
        """The stored articles whose extraction is not by ``version`` (ids in
        ``skip`` left out), rebuilt from the store, in store order."""
        query = (
            "SELECT a.seq, a.id, a.title, a.published, a.published_source, a.url, a.source, a.path, a.line, t.text"
            " FROM articles a JOIN texts t ON t.seq = a.seq WHERE a.version IS NOT ? AND a.seq > ? ORDER BY a.seq"
            " LIMIT 256"
        )
        last = 0
        while True:
            rows = self._db.execute(query, (version, last)).fetchall()
            if not rows:
                return
            for seq, aid, title, published, published_source, url, source, path, line, text in rows:
                last = seq
                if aid in skip:
                    continue
                yield Article(
                    id=aid,
                    text=text,
                    title=title,
                    published=dt.date.fromisoformat(published) if published else None,
                    published_source=published_source,
                    url=url,
                    source=source,
                    path=path,
                    line=line,
                )

    # --- extractions and links ---------------------------------------------------------

    def lines(self) -> Iterator[tuple[str, str]]:
        """``(article id, extraction line)`` of every article, in store order,
        read in pages so that memory stays flat."""
        query = (
            "SELECT a.seq, a.id, e.line FROM articles a JOIN extractions e ON e.seq = a.seq"
            " WHERE a.seq > ? ORDER BY a.seq LIMIT 512"
        )
        last = 0
        while True:
            rows = self._db.execute(query, (last,)).fetchall()
            if not rows:
                return
            for seq, aid, line in rows:
                last = seq
                yield aid, line

    def extractions(self) -> Iterator[ArticleExtraction]:
        """The stored extractions, before linking, in store order."""
        for _, line in self.lines():
            yield ArticleExtraction.model_validate_json(line)

    def links(self) -> Links:
        """The corpus-level resolution stored by the last linking."""
        links = Links()
        for article, entity, linked in self._db.execute("SELECT article, entity, linked FROM links"):
            (links.articles.setdefault(article, {}) if article else links.corpus)[entity] = linked
        return links

    def set_links(self, links: Links) -> None:
        """Replace the stored resolution (inside a transaction)."""
        self._db.execute("DELETE FROM links")
        rows = [("", entity, linked) for entity, linked in links.corpus.items()]
        rows += [(a, entity, linked) for a, renames in links.articles.items() for entity, linked in renames.items()]
        self._db.executemany("INSERT INTO links (article, entity, linked) VALUES (?, ?, ?)", sorted(rows))


def _metadata(article: Article) -> tuple[Any, ...]:
    published = article.published.isoformat() if article.published else None
    return (article.title, published, article.published_source, article.url, article.source, article.path, article.line)


def _lock(path: Path) -> int:
    """An exclusive lock on the store for this process (an open descriptor).

    ``flock`` on the database file itself, which SQLite's own (``fcntl``)
    locks do not see; the descriptor must stay open until SQLite has closed
    the file, since closing it earlier would drop SQLite's locks too.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        import fcntl
    except ImportError:  # not on Windows: SQLite's own locking only
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(
            f"{path} is in use by another summitgraph ingest; wait for it to finish or choose another output folder"
        ) from None
    return fd
