"""Where the articles are parsed: one process, N processes, or a Dask cluster.

A runner turns a stream of articles into ``(article, Outcome)`` pairs in
the same order (see :mod:`~summitgraph.ingest.worker`), whatever runs them:

``LocalRunner``
    this process, one ``nlp.pipe`` stream (``--workers 1``);
``ProcessRunner``
    N worker processes (``--workers N``), each loading the pipeline once,
    fed batches of articles; results are put back in order, so the output is
    the same, byte for byte, as with one process;
``DaskRunner`` (:mod:`~summitgraph.ingest.cluster`)
    the workers of a Dask cluster (``--scheduler tcp://HOST:8786``), the same way.

At most ``2 x workers`` batches are in flight, so memory stays flat however
long the stream. A small job (fewer than two batches) runs in this process:
starting workers would cost more than it saves.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from summitgraph.ingest.worker import Outcome, WorkerError, extract_stream, worker_batch
from summitgraph.models import Article

__all__ = ["LocalRunner", "ProcessRunner", "Runner", "WorkerError", "default_workers", "run_in_order"]

Pairs = Iterator[tuple[Article, Outcome]]


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


class Runner:
    """Base of the runners: ``outcomes(articles)`` yields ``(article, Outcome)`` in order."""

    def outcomes(self, articles: Iterable[Article]) -> Pairs:
        raise NotImplementedError

    def close(self) -> None:
        """Stop the workers, if any."""


class LocalRunner(Runner):
    """This process: the pipeline ``load()`` gives, loaded on the first article."""

    def __init__(self, load: Callable[[], Language], batch_size: int = 32) -> None:
        self._load = load
        self._nlp: Language | None = None
        self.batch_size = batch_size

    def outcomes(self, articles: Iterable[Article]) -> Pairs:
        articles = iter(articles)
        first = next(articles, None)
        if first is None:
            return
        if self._nlp is None:
            self._nlp = self._load()
        kept: collections.deque[Article] = collections.deque()

        def remembered() -> Iterator[Article]:
            for article in itertools.chain([first], articles):
                kept.append(article)
                yield article

        for outcome in extract_stream(remembered(), self._nlp, self.batch_size):
            yield kept.popleft(), outcome


class ProcessRunner(Runner):
    """``workers`` processes, each loading the pipeline ``model`` once.

    ``version`` is the extractor version this process expects; a worker that
    reports another one (another summitgraph or model) stops the run. Small
    jobs go to ``local`` instead of starting processes.
    """

    def __init__(self, workers: int, model: str, version: str, local: Runner, batch_size: int = 32) -> None:
        self.workers = workers
        self.model = model
        self.version = version
        self.local = local
        self.batch_size = batch_size
        self._pool: ProcessPoolExecutor | None = None

    def outcomes(self, articles: Iterable[Article]) -> Pairs:
        articles = iter(articles)
        head = list(itertools.islice(articles, 2 * self.batch_size))
        if len(head) < 2 * self.batch_size:
            yield from self.local.outcomes(head)
            return
        batches = _batches(itertools.chain(head, articles), self.batch_size)
        yield from run_in_order(batches, self._submit, 2 * self.workers, self._check)

    def _submit(self, batch: list[Article]) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._pool.submit(worker_batch, batch, self.model, self.batch_size)

    def _check(self, future: Future) -> list[Outcome]:
        try:
            version, outcomes = future.result()
        except BrokenProcessPool:
            raise WorkerError(
                "a worker process died (out of memory?); what was done is kept: run the same command again "
                "to continue, with fewer --workers or a smaller --batch-size"
            ) from None
        return check_version(version, self.version, outcomes)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self.local.close()


def check_version(version: str, expected: str, outcomes: list[Outcome]) -> list[Outcome]:
    """``outcomes`` when a worker's extractor ``version`` is the ``expected`` one."""
    if version != expected:
        raise WorkerError(
            f"a worker runs another extractor ({version}) than this machine ({expected}); "
            "install the same summitgraph and pipeline on both"
        )
    return outcomes


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(itertools.islice(articles, size)):
        yield batch


def run_in_order(
    batches: Iterator[list[Article]],
    submit: Callable[[list[Article]], Future],
    window: int,
    result: Callable[[Future], list[Outcome]],
) -> Pairs:
    """Submit ``batches`` with at most ``window`` in flight and yield their
    ``(article, Outcome)`` pairs in the order of the batches."""
    flight: collections.deque[tuple[list[Article], Future]] = collections.deque()
    try:
        for batch in itertools.chain(batches, [None]):
            if batch is not None:
                flight.append((batch, submit(batch)))
                if len(flight) < window:
                    continue
            while flight and (batch is None or len(flight) >= window):
                done, future = flight.popleft()
                yield from zip(done, result(future))
    finally:
        for _, future in flight:
            future.cancel()
