"""One article in, one ``ArticleExtraction`` out: the public face of the
per-article stages.

    text -> Doc (pipeline) -> name and date mentions, candidates
         -> entities (resolve) -> interactions (events)

The Doc is read here, once; every later stage sees only records. ::

    from summitgraph.extract import extract
    result = extract(text, published=datetime.date(2019, 1, 8))
    for edge in result.interactions:
        print(edge.kind, edge.source, edge.target, edge.date, edge.status)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from summitgraph.articles import find_published, parse_date
from summitgraph.errors import ArticleError
from summitgraph.interactions import find_candidates, interactions
from summitgraph.mentions import DEMONYM, find_mentions
from summitgraph.models import Article, ArticleExtraction, Mention
from summitgraph.pipeline import DEFAULT_MODEL, load_nlp
from summitgraph.resolve import resolve
from summitgraph.timex import find_dates, find_ranges

__all__ = ["extract", "extract_articles", "extract_doc", "extraction_error", "unfit"]

# Lone surrogates (from JSON escapes such as "\ud800") are not text: spaCy
# cannot hash them and no UTF-8 output can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    title: str | None = None,
    nlp: Language | None = None,
) -> ArticleExtraction:
    """Read one article's text: its mentions, entities and interactions.

    ``published`` (a date or ``YYYY-MM-DD``) anchors relative dates
    ("Tuesday", "last year"); without it, the date line or dateline of the
    text does ("BEIJING, Jan. 8, 2019 (Reuters) -"), and without either,
    relative dates stay unresolved; ``nlp`` is a pipeline from
    ``summitgraph.pipeline.make_nlp`` (by default the English model, loaded once).
    """
    day = parse_date(published) if isinstance(published, str) else published
    dated = find_published(day, text)
    article = Article(
        id=article_id or "article", text=text, title=title, published=dated.date, published_source=dated.source
    )
    nlp = nlp or load_nlp(DEFAULT_MODEL)
    return extract_doc(nlp(text), article)


def extract_articles(
    articles: Iterable[Article] | Iterable[tuple[Article, Any]],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    as_tuples: bool = False,
    on_error: Callable[[ArticleError], None] | None = None,
) -> Iterator[ArticleExtraction] | Iterator[tuple[ArticleExtraction, Any]]:
    """Stream extractions for many articles, in order, parsing them in
    batches with ``nlp.pipe``.

    With ``as_tuples``, as in ``nlp.pipe``, ``articles`` are ``(article,
    context)`` pairs and ``(extraction, context)`` pairs come out. With
    ``on_error``, one article's trouble never stops the stream: an article the
    pipeline cannot take (longer than ``nlp.max_length``, a lone surrogate in
    its id, title or text) or whose extraction raises is passed to
    ``on_error`` as an ``ArticleError`` and skipped; without it, the error is
    raised. ::

        for x in extract_articles(iter_articles(["seeds"]), on_error=print):
            print(x.article, len(x.interactions))
    """
    nlp = nlp or load_nlp(DEFAULT_MODEL)
    pairs = articles if as_tuples else ((a, None) for a in articles)
    if on_error is not None:
        pairs = _fitting(pairs, nlp, on_error)  # type: ignore[arg-type]
    docs = nlp.pipe(((a.text, (a, c)) for a, c in pairs), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (article, context) in docs:
        if on_error is None:
            extraction = extract_doc(doc, article)
        else:
            try:
                extraction = extract_doc(doc, article)
            except Exception as error:  # one article's failure must not stop the others
                on_error(extraction_error(article, error))
                continue
        yield (extraction, context) if as_tuples else extraction


def _fitting(
    pairs: Iterable[tuple[Article, Any]], nlp: Language, on_error: Callable[[ArticleError], None]
) -> Iterator[tuple[Article, Any]]:
    """The pairs whose article the pipeline can take; the others go to ``on_error``."""
    for article, context in pairs:
        error = unfit(article, nlp)
        if error is None:
            yield article, context
        else:
            on_error(error)


def unfit(article: Article, nlp: Language) -> ArticleError | None:
    """Why ``nlp`` cannot take ``article``, or None when it can: a text longer
    than ``nlp.max_length``, or a lone surrogate in its id, title or text."""
    where = article.path or article.id
    if len(article.text) > nlp.max_length:
        return ArticleError(
            where,
            f"is {len(article.text):,} characters long, more than the pipeline's limit of "
            f"{nlp.max_length:,}; split it into smaller articles",
            article.line,
        )
    for name in ("id", "title", "text"):
        if match := _SURROGATE.search(getattr(article, name) or ""):
            return ArticleError(
                where,
                f"{name!r} holds a lone surrogate (U+{ord(match.group()):04X}) at character "
                f"{match.start()}, which is not text; fix the escape",
                article.line,
            )
    return None


def extraction_error(article: Article, error: Exception) -> ArticleError:
    """The ``ArticleError`` of an article whose extraction raised ``error``:
    ``feed.jsonl:3: could not be processed (IndexError: ...)``."""
    where = article.path or article.id
    return ArticleError(where, f"could not be processed ({type(error).__name__}: {error})", article.line)


def extract_doc(doc: Doc, article: Article) -> ArticleExtraction:
    """The extraction of an article already parsed by a summitgraph pipeline."""
    names = find_mentions(doc)
    dates = find_dates(doc, article.published)
    candidates = find_candidates(doc, names, dates, find_ranges(doc, dates))
    resolution = resolve(names, article.id)
    edges, added, events = interactions(article.text, article.id, names, dates, candidates, resolution)
    mentions = [
        Mention(start=m.start, end=m.end, text=m.text, kind=m.kind if m.role is None else "person", entity=eid)
        for m, eid in zip(names, resolution.entity_of)
        if eid is not None and m.label != DEMONYM  # a nationality is no name: it only says who a party represents
    ]
    kinds = {e.id: e.kind for e in resolution.entities}
    mentions = [m.model_copy(update={"kind": kinds[m.entity]}) if m.entity else m for m in mentions]
    mentions.extend(dates)
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return ArticleExtraction(
        article=article.id,
        published=article.published,
        published_source=article.published_source,
        title=article.title,
        mentions=tuple(mentions),
        interactions=tuple(edges),
        events=tuple(events),
        entities=tuple(sorted(resolution.entities + tuple(added), key=lambda e: e.id)),
    )
