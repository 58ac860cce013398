"""The corpus store: an ingest's articles, extractions and linking, kept in
one SQLite database (``corpus.sqlite``) in the output folder.

``summitgraph ingest`` keeps its corpus here: articles by content hash with
their metadata and text, their extractions keyed by the extractor's version,
and the corpus-level resolution. Ingesting the same articles again changes
nothing; new ones are added, and the linking and the output files are brought
up to date from the store, streamed. Each batch is committed in a
transaction, so an interrupted ingest keeps what it committed and the next run
continues from there.

For readers of an output folder (exports, pictures)::

    from summitgraph.store import is_store, read_linked
    if is_store("out"):
        for extraction in read_linked("out"):      # ArticleExtraction, linked, in order
            print(extraction.article, len(extraction.interactions))

The modules: :mod:`~summitgraph.store.corpus` (the database),
:mod:`~summitgraph.store.version` (what extractions are keyed by),
:mod:`~summitgraph.store.publish` (link, build and write, streamed),
:mod:`~summitgraph.store.files` (output files replaced together).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from summitgraph.errors import StoreError
from summitgraph.models import ArticleExtraction
from summitgraph.store.corpus import SCHEMA, STORE_FILE, Store, article_hash
from summitgraph.store.files import Interrupted, check_out, finish_publishing, remove_leftovers, replace_together
from summitgraph.store.publish import (
    DEFAULT_FORMATS,
    Published,
    linked_lines,
    output_files,
    publish,
    up_to_date,
)
from summitgraph.store.version import extractor_version

__all__ = [
    "DEFAULT_FORMATS",
    "SCHEMA",
    "Interrupted",
    "STORE_FILE",
    "Published",
    "Store",
    "StoreError",
    "article_hash",
    "check_out",
    "extractor_version",
    "finish_publishing",
    "is_store",
    "linked_lines",
    "output_files",
    "publish",
    "read_linked",
    "remove_leftovers",
    "replace_together",
    "up_to_date",
]


def is_store(folder: str | os.PathLike) -> bool:
    """Whether ``folder`` holds a corpus store (``folder/corpus.sqlite``)."""
    return (Path(folder) / STORE_FILE).is_file()


def read_linked(folder: str | os.PathLike) -> Iterator[ArticleExtraction]:
    """Stream the ``ArticleExtraction`` records of the store in ``folder``,
    linked across articles as the last ingest linked them, in the order of
    extractions.jsonl; memory stays flat however large the corpus.

    Raises ``StoreError`` when ``folder`` holds no store or it cannot be read.
    """
    store = Store.open(folder, readonly=True)
    if store is None:
        raise StoreError(f"{folder} holds no corpus store ({STORE_FILE}); run summitgraph ingest into it first")
    with store:
        for _, extraction in linked_lines(store):
            yield extraction
