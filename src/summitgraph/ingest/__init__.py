"""Files in, graph files out: the whole chain, for the CLI and for scripts.

``ingest`` runs five named steps over a corpus kept in a store
(:mod:`summitgraph.store`, ``corpus.sqlite`` in the output folder):

    read     files -> Article                 articles.iter_articles
    extract  Article -> extraction line       a runner (runners.py, cluster.py) calling
                                              worker.extract_stream: extract.extract_doc,
                                              checked by graph.check_extraction; each
                                              article committed to the store as it comes
    link     entities linked across articles  resolve.corpus_links over the store
    build    extractions -> networkx graph    graph.GraphBuilder, streamed from the store
    write    files into the output folder     extractions.jsonl and the chosen formats of
                                              export.FORMATS, replaced together

An article already in the store with the same content and extractor version
is not extracted again; articles stored by another extractor version are
extracted again from their stored text. When nothing changed, the outputs are
left as they are. Bad input costs only its own article: reading, extracting
and checking errors are reported to ``on_error`` and the article skipped.

The output files change together or not at all; an interrupted run keeps
every article it committed, and the next run continues from there.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.language import Language

from summitgraph.articles import count_articles, iter_articles
from summitgraph.errors import ArticleError, ArticleWarning, SummitGraphError
from summitgraph.export import FORMATS, write_extractions
from summitgraph.ingest.runners import LocalRunner, ProcessRunner, Runner, default_workers
from summitgraph.ingest.worker import Outcome, WorkerError
from summitgraph.models import Article, ArticleExtraction
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.store import (
    DEFAULT_FORMATS,
    STORE_FILE,
    Store,
    article_hash,
    check_out,
    extractor_version,
    finish_publishing,
    output_files,
    publish,
    remove_leftovers,
    replace_together,
    up_to_date,
)

__all__ = [
    "DEFAULT_FORMATS",
    "OUTPUT_FILES",
    "STORE_FILE",
    "IngestResult",
    "NothingIngested",
    "WorkerError",
    "default_workers",
    "extract_checked",
    "ingest",
    "output_files",
    "write_outputs",
]

OUTPUT_FILES = output_files()


class NothingIngested(SummitGraphError):
    """No input gave an article."""


@dataclass
class IngestResult:
    """What an ingest read and wrote.

    ``articles`` were read without error this run: ``new`` ones added to the
    store, ``updated`` ones (same id, other content) replaced, ``unchanged``
    ones already there; ``reextracted`` stored articles were extracted again
    for a new extractor version. ``stored`` is the size of the corpus after the
    run; ``entities`` and ``interactions`` count the graph's nodes and edges by
    kind. ``written`` says whether the outputs were rewritten (``graph`` is
    the graph then, else None: they were up to date).
    """

    articles: int = 0
    skipped: int = 0
    errors: list[ArticleError] = field(default_factory=list)
    warnings: list[ArticleWarning] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    interactions: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiGraph | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reextracted: int = 0
    stored: int = 0
    written: bool = False


def ingest(
    paths: Iterable[str | os.PathLike],
    *,
    out: str | os.PathLike = "out",
    published: dt.date | None = None,
    model: str | os.PathLike = DEFAULT_MODEL,
    nlp: Language | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    on_warning: Callable[[ArticleWarning], None] | None = None,
    batch_size: int = 32,
    workers: int = 1,
    scheduler: str | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    all_entities: bool = False,
) -> IngestResult:
    """Read every article under ``paths`` into the store of ``out`` and
    bring its output files up to date.

    Bad inputs are reported to ``on_error`` (and counted as skipped) without
    stopping the run. ``on_article`` is called after each article is done
    (extracted, or found unchanged), ``on_progress`` with ``(done, total)``,
    ``total`` None when it cannot be known cheaply (compressed input, stdin);
    ``on_warning`` with what was wrong with an article that was kept (a
    ``published`` value that is no date; what was cut of a text too long or
    a sentence without end: the work per article is bounded). ``formats``
    are the graph formats written beside ``extractions.jsonl`` (names in
    ``export.FORMATS``); ``all_entities`` keeps, in GraphML, GEXF and CSV,
    the entities that take part in no interaction.
    ``workers`` processes parse the articles (``nlp`` is then used only for
    small jobs); ``scheduler``, the address of a Dask scheduler, sends them to
    its workers instead. Raises ``NothingIngested`` when no article could be
    read (``out`` is then left as it was), ``ModelNotFound`` when the
    pipeline is not installed, ``ExportError`` or ``StoreError`` when ``out``
    cannot be written, ``WorkerError`` when workers fail. ::

        result = ingest(["seeds/"], out="out", on_error=print)
        print(result.articles, result.interactions["met"], result.outputs)
    """
    check_out(out, output_files(formats))
    run = _Run(out, model, nlp, on_error, on_article, on_progress, on_warning)
    runner: Runner | None = None
    try:
        runner = _runner(run, model, nlp, batch_size, workers, scheduler)
        articles = iter_articles(paths, published=published, on_error=run.skip, on_warning=run.warn)
        run.extract(articles, runner, count_articles(paths))
        if run.store is not None and run.store.count_stale(run.version):
            run.extract(run.store.stale(run.version, skip=run.failed), runner, None, restored=True)
        if run.store is None or not run.result.articles and not run.result.reextracted:
            raise NothingIngested(
                "no article was ingested: "
                + ("every input was skipped" if run.result.skipped else "no article file found")
            )
        return run.finish(formats, all_entities)
    finally:
        if runner is not None:
            runner.close()
        if run.store is not None:
            run.store.close()


class _Run:
    """The state of one ingest: the store (opened, or created on the first
    article to commit), the counts, and the callbacks."""

    def __init__(self, out, model, nlp, on_error, on_article, on_progress, on_warning) -> None:
        self.out = Path(out)
        self.result = IngestResult()
        self.version = extractor_version(model, nlp)
        self.store = Store.open(self.out)
        if self.store is not None:
            _recover(self.store, self.out)
        self.failed: set[str] = set()
        self.done = 0
        self.total: int | None = 0
        self._on_error, self._on_article, self._on_progress = on_error, on_article, on_progress
        self._on_warning = on_warning

    def skip(self, error: ArticleError) -> None:
        self.result.skipped += 1
        self.result.errors.append(error)
        if self._on_error is not None:
            self._on_error(error)

    def warn(self, warning: ArticleWarning) -> None:
        self.result.warnings.append(warning)
        if self._on_warning is not None:
            self._on_warning(warning)

    def _advance(self, article: Article) -> None:
        self.done += 1
        if self._on_article is not None:
            self._on_article(article)
        if self._on_progress is not None:
            self._on_progress(self.done, self.total)

    def extract(self, articles: Iterable[Article], runner: Runner, total: int | None, restored=False) -> None:
        """Extract and commit each article the store lacks, in order."""
        self.total = self.done + self.store.count_stale(self.version) if restored else total
        if self._on_progress is not None:
            self._on_progress(self.done, self.total)
        digests: dict[str, tuple[str, str]] = {}
        for article, outcome in runner.outcomes(self._pending(articles, digests, restored)):
            digest, kind = digests.pop(article.id)
            self._commit(article, digest, kind, outcome, read=not restored)
            self._advance(article)
        if self.total != self.done and self._on_progress is not None:  # the total was an estimate
            self.total = self.done
            self._on_progress(self.done, self.total)

    def _pending(self, articles: Iterable[Article], digests: dict, restored: bool) -> Iterator[Article]:
        for article in articles:
            digest = article_hash(article)
            state = self.store.state(article.id) if self.store is not None else None
            if state is not None and tuple(state) == (digest, self.version):
                self.result.unchanged += 1
                self.result.articles += 1
                self.store.note_source(article)
                self._advance(article)
                continue
            kind = "reextracted" if restored or state is not None and state[0] == digest else "updated"
            digests[article.id] = (digest, "new" if state is None else kind)
            yield article

    def _commit(self, article: Article, digest: str, kind: str, outcome: Outcome, read: bool) -> None:
        error = outcome.article_error()
        if error is not None:
            self.failed.add(article.id)
            self.skip(error)
            return
        if outcome.note is not None:
            self.warn(outcome.article_note())
        if self.store is None:
            self.store = Store.open(self.out, create=True)
            _recover(self.store, self.out)
        with self.store.transaction():
            self.store.put(article, digest, self.version, outcome.line)
        setattr(self.result, kind, getattr(self.result, kind) + 1)
        self.result.articles += read

    def finish(self, formats: Sequence[str], all_entities: bool) -> IngestResult:
        """Link, build and write, unless the outputs are those of the store already."""
        result = self.result
        result.stored = self.store.count()
        published = up_to_date(self.store, self.out, formats, all_entities=all_entities)
        if published is None:
            published = publish(self.store, self.out, formats, all_entities=all_entities)
            result.written = True
        result.outputs, result.graph = published.outputs, published.graph
        result.entities, result.interactions = published.entities, published.interactions
        return result


def _recover(store: Store, out: Path) -> None:
    """Finish the renames and remove the temporary files a killed run left."""
    finish_publishing(store, out)
    remove_leftovers(out, output_files(list(FORMATS)))


def _runner(run: _Run, model, nlp: Language | None, batch_size: int, workers: int, scheduler: str | None) -> Runner:
    """In this process, in ``workers`` processes, or on a Dask cluster."""
    local = LocalRunner(lambda: nlp if nlp is not None else make_nlp(model), batch_size)
    if scheduler:
        from summitgraph.ingest.cluster import DaskRunner

        return DaskRunner(scheduler, str(model), run.version, batch_size)
    if workers > 1:
        return ProcessRunner(workers, str(model), run.version, local, batch_size)
    return local


def extract_checked(
    articles: Iterable[Article],
    nlp: Language,
    *,
    on_error: Callable[[ArticleError], None],
    batch_size: int = 32,
) -> Iterator[tuple[ArticleExtraction, Article]]:
    """``(extraction, article)`` for each article, in order, in this process,
    streamed; an article that cannot be extracted or whose extraction is
    inconsistent (``graph.check_extraction``) goes to ``on_error``."""
    for article, outcome in LocalRunner(lambda: nlp, batch_size).outcomes(articles):
        if outcome.error is not None:
            on_error(outcome.article_error())
        else:
            yield ArticleExtraction.model_validate_json(outcome.line), article


def write_outputs(
    out: str | os.PathLike,
    extractions: Sequence[ArticleExtraction],
    graph: nx.MultiGraph,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    all_entities: bool = False,
) -> list[Path]:
    """``extractions.jsonl`` and ``graph`` in each of ``formats`` (names in
    ``FORMATS``) into the folder ``out``, replaced together once all are
    written; returns their paths. ``all_entities`` keeps, in GraphML, GEXF
    and CSV, the entities that take part in no interaction.

    Raises ``ExportError`` for an unknown format, and turns any ``OSError``
    into a one-line ``ExportError``; either way no output is changed.
    ``write_outputs("out", extractions, graph, ["json"])`` writes
    ``out/extractions.jsonl`` and ``out/graph.json``.
    """
    names = output_files(formats)

    def write(paths: dict[str, Path]) -> None:
        write_extractions(extractions, paths[names[0]])
        for name in formats:
            files = (paths[file] for file in FORMATS[name].files)
            FORMATS[name].write(graph, *files, all_entities=all_entities)

    return replace_together(out, names, write)
