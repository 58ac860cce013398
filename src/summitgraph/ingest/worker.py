"""What runs where the articles are parsed: in this process, in a worker
process of ``--workers N``, or on a Dask worker.

``extract_batch`` turns a list of articles into one ``Outcome`` each, in
order: the article's extractions.jsonl line, or the one-line reason it was
skipped (an article the pipeline cannot take, or whose extraction fails or
is inconsistent). Outcomes are plain tuples of strings, cheap to send
between processes. ``worker_batch`` is the same in a worker process: it
loads the pipeline once per process and says which extractor version made
the lines, so that a worker with another summitgraph or model is noticed.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.language import Language

from summitgraph import extract as extract_module
from summitgraph.errors import ArticleError, ArticleWarning, SummitGraphError
from summitgraph.export import extraction_line
from summitgraph.graph import check_extraction
from summitgraph.models import Article
from summitgraph.pipeline import make_nlp
from summitgraph.pipeline.bounds import cut_note
from summitgraph.store import extractor_version

__all__ = ["MAX_ARTICLE_CHARS", "Outcome", "WorkerError", "bounded", "extract_batch", "extract_stream", "worker_batch"]


class WorkerError(SummitGraphError):
    """A worker process or cluster failed as a whole (not one article)."""


#: The most characters of an article the extraction reads (about 17,000 words,
#: far more than any news article): some steps grow with the square of an
#: article's names and dates, and a scraped page gone wrong can be endless.
MAX_ARTICLE_CHARS = 100_000


class Outcome(NamedTuple):
    """The extraction line of one article, or why it was skipped
    (``error``: the ``path``, ``reason`` and ``line`` of an ``ArticleError``);
    ``note`` says what of a kept article was cut to bound the work."""

    line: str | None
    error: tuple[str, str, int | None] | None = None
    note: tuple[str, str, int | None] | None = None

    def article_error(self) -> ArticleError | None:
        return None if self.error is None else ArticleError(*self.error)

    def article_note(self) -> ArticleWarning | None:
        return None if self.note is None else ArticleWarning(*self.note)


def bounded(article: Article) -> tuple[Article, str | None]:
    """The article as the extraction reads it: its text cut at the last line
    break before ``MAX_ARTICLE_CHARS`` when longer, and what was cut, in words."""
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article, None
    cut = article.text.rfind("\n", 0, MAX_ARTICLE_CHARS) + 1 or MAX_ARTICLE_CHARS
    note = f"only the first {cut:,} of its {len(article.text):,} characters were read; split it into articles"
    return article.model_copy(update={"text": article.text[:cut]}), note


def extract_stream(articles: Iterable[Article], nlp: Language, batch_size: int = 32) -> Iterator[Outcome]:
    """One ``Outcome`` per article, in order, the texts streamed through
    ``nlp.pipe`` in batches of ``batch_size``."""
    pending: dict[int, Outcome] = {}

    def fitting() -> Iterator[tuple[str, tuple[int, Article]]]:
        for index, article in enumerate(articles):
            error = extract_module.unfit(article, nlp)
            if error is None:
                article, note = bounded(article)
                yield article.text, (index, article, note)
            else:
                pending[index] = _failed(error)

    done = 0
    for doc, (index, article, note) in nlp.pipe(fitting(), as_tuples=True, batch_size=batch_size):
        while done < index:  # the articles before it that did not fit
            yield pending.pop(done)
            done += 1
        yield _extract(doc, article, note)
        done += 1
    while done in pending:
        yield pending.pop(done)
        done += 1


def _extract(doc, article: Article, note: str | None) -> Outcome:
    try:
        extraction = extract_module.extract_doc(doc, article)
        check_extraction(extraction)
    except Exception as error:  # one article's failure must not stop the others
        return _failed(extract_module.extraction_error(article, error))
    notes = [n for n in (note, cut_note(doc)) if n]
    where = (article.path or article.id, "; ".join(notes), article.line) if notes else None
    return Outcome(extraction_line(extraction), note=where)


def _failed(error: ArticleError) -> Outcome:
    return Outcome(None, (error.path, error.reason, error.line))


def extract_batch(articles: list[Article], nlp: Language, batch_size: int = 32) -> list[Outcome]:
    """``extract_stream`` of a whole batch."""
    return list(extract_stream(articles, nlp, batch_size))


# --- in worker processes ------------------------------------------------------------

_LOADING = threading.Lock()  # a Dask worker runs tasks in threads: one pipeline, used by one at a time


@functools.cache
def _pipeline(model: str) -> tuple[Language, str]:
    nlp = make_nlp(model)
    return nlp, extractor_version(model, nlp)


def worker_batch(articles: list[Article], model: str, batch_size: int = 32) -> tuple[str, list[Outcome]]:
    """In a worker process: ``(extractor version, outcomes)`` of one batch,
    the pipeline ``model`` loaded on the first batch and kept for the next."""
    with _LOADING:
        try:
            nlp, version = _pipeline(model)
        except SummitGraphError as error:  # re-raised as a plain message: it must travel back pickled
            raise WorkerError(f"on a worker: {error}") from None
        return version, extract_batch(articles, nlp, batch_size)
