"""Files in, graph files out: the whole chain, for the CLI and for scripts.

    files -> Article (articles) -> ArticleExtraction (extract)
          -> networkx graph (graph) -> graph.graphml, graph.json (export)

``ingest`` writes ``extractions.jsonl`` as it goes and the graph files at the
end, each to a temporary file that replaces the old output only when the run
completes: an interrupted run leaves the previous outputs as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.language import Language

from summitgraph.articles import iter_articles
from summitgraph.errors import ArticleError, SummitGraphError
from summitgraph.export import atomic_path, write_graphml, write_json
from summitgraph.extract import extract_doc
from summitgraph.graph import build_graph
from summitgraph.models import Article, ArticleExtraction
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp

OUTPUT_FILES = ("extractions.jsonl", "graph.graphml", "graph.json")


class NothingIngested(SummitGraphError):
    """No input gave an article."""


@dataclass
class IngestResult:
    """What an ingest read and wrote."""

    articles: int = 0
    skipped: int = 0
    errors: list[ArticleError] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    interactions: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiGraph | None = None


def extraction_line(extraction: ArticleExtraction) -> str:
    """One line of extractions.jsonl: fields without a value are left out."""
    data = extraction.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def ingest(
    paths: Iterable[str | os.PathLike],
    *,
    out: str | os.PathLike = "out",
    published: dt.date | None = None,
    model: str | os.PathLike = DEFAULT_MODEL,
    nlp: Language | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    batch_size: int = 32,
) -> IngestResult:
    """Read every article under ``paths`` and write the graph into ``out``.

    Bad inputs are reported to ``on_error`` (and counted as skipped) without
    stopping the run; ``on_article`` is called after each article is read,
    for progress. Raises ``NothingIngested`` when no article could be read,
    ``ModelNotFound`` when the pipeline is not installed.
    """
    result = IngestResult()

    def skip(error: ArticleError) -> None:
        result.skipped += 1
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    nlp = nlp or make_nlp(model)
    out = Path(out)
    def fits(article: Article) -> bool:
        if len(article.text) <= nlp.max_length:
            return True
        where = article.path or article.id
        skip(ArticleError(where, f"is {len(article.text):,} characters long, more than the pipeline's limit of {nlp.max_length:,}; split it into smaller articles", article.line))
        return False

    articles = (a for a in iter_articles(paths, published=published, on_error=skip) if fits(a))
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
    extractions: list[ArticleExtraction] = []
    with atomic_path(out / "extractions.jsonl") as lines_path:
        with open(lines_path, "w", encoding="utf-8", newline="\n") as lines:
            for doc, article in docs:
                try:
                    extraction = extract_doc(doc, article)
                except Exception as error:  # one article's failure must not stop the ingest
                    where = article.path or article.id
                    skip(ArticleError(where, f"could not be processed ({type(error).__name__}: {error})", article.line))
                    continue
                lines.write(extraction_line(extraction))
                extractions.append(extraction)
                result.articles += 1
                if on_article is not None:
                    on_article(article)
        if not extractions:
            raise NothingIngested("no article was ingested: " + ("every input was skipped" if result.skipped else "no .txt, .md, .json or .jsonl file found"))
        graph = build_graph(extractions)
        with atomic_path(out / "graph.graphml") as graphml_path, atomic_path(out / "graph.json") as json_path:
            write_graphml(graph, graphml_path)
            write_json(graph, json_path)
    result.graph = graph
    result.outputs = [out / name for name in OUTPUT_FILES]
    result.entities = Counter(kind for _, kind in graph.nodes(data="kind"))
    result.interactions = Counter(kind for _, _, kind in graph.edges(data="kind"))
    return result
