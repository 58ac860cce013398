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
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from summitgraph.candidates import find_candidates
from summitgraph.events import interactions
from summitgraph.mentions import find_mentions
from summitgraph.models import Article, ArticleExtraction, Mention
from summitgraph.pipeline import DEFAULT_MODEL, load_nlp
from summitgraph.resolve import resolve
from summitgraph.timex import date_ranges, find_dates

__all__ = ["extract", "extract_articles", "extract_doc"]


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
    ("Tuesday", "last year"); ``nlp`` is a pipeline from
    ``summitgraph.pipeline.make_nlp`` (by default the English model, loaded once).
    """
    article = Article(id=article_id or "article", text=text, title=title, published=published)
    nlp = nlp or load_nlp(DEFAULT_MODEL)
    return extract_doc(nlp(text), article)


def extract_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[ArticleExtraction]:
    """Stream extractions for many articles, in order, parsing them in
    batches with ``nlp.pipe``."""
    nlp = nlp or load_nlp(DEFAULT_MODEL)
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, article in docs:
        yield extract_doc(doc, article)


def extract_doc(doc: Doc, article: Article) -> ArticleExtraction:
    """The extraction of an article already parsed by a summitgraph pipeline."""
    names = find_mentions(doc)
    dates = find_dates(doc, article.published)
    candidates = find_candidates(doc, names, dates, date_ranges(doc, dates))
    resolution = resolve(names, article.id)
    edges, added = interactions(article.text, article.id, names, dates, candidates, resolution)
    mentions = [
        Mention(start=m.start, end=m.end, text=m.text, kind=m.kind if m.role is None else "person", entity=eid)
        for m, eid in zip(names, resolution.entity_of)
        if eid is not None
    ]
    kinds = {e.id: e.kind for e in resolution.entities}
    mentions = [m.model_copy(update={"kind": kinds[m.entity]}) if m.entity else m for m in mentions]
    mentions.extend(dates)
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return ArticleExtraction(
        article=article.id,
        published=article.published,
        title=article.title,
        mentions=tuple(mentions),
        interactions=tuple(edges),
        entities=tuple(sorted(resolution.entities + tuple(added), key=lambda e: e.id)),
    )
