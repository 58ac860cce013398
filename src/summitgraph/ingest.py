"""Files in, graph files out: the whole chain, for the CLI and for scripts.

    files -> Article (articles) -> ArticleExtraction (extract)
          -> entities linked across articles (resolve.link_articles)
          -> networkx graph (graph) -> graph.graphml, graph.json (export)

``ingest`` writes its three files at the end, once at least one article was
read, each to a temporary file that replaces the old output only when all
three are written: an interrupted or failed run leaves the previous outputs
(or no output folder at all) as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.language import Language

from summitgraph.articles import iter_articles
from summitgraph.errors import ArticleError, ExportError, SummitGraphError
from summitgraph.export import atomic_path, write_graphml, write_json
from summitgraph.extract import extract_doc
from summitgraph.graph import build_graph, check_extraction
from summitgraph.models import Article, ArticleExtraction
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.resolve import link_articles

OUTPUT_FILES = ("extractions.jsonl", "graph.graphml", "graph.json")
# Lone surrogates (from JSON escapes such as "\ud800") are not text: spaCy
# cannot hash them and no UTF-8 output can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    """One line of extractions.jsonl. Inside mentions and interactions,
    fields without a value are left out; the article's own ``published`` and
    ``title`` are always there (null when unknown)."""
    data = extraction.model_dump(mode="json", exclude_none=True)
    data.setdefault("published", None)
    data.setdefault("title", None)
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
    for progress. Raises ``NothingIngested`` when no article could be read
    (``out`` is then left as it was), ``ModelNotFound`` when the pipeline is
    not installed, ``ExportError`` when ``out`` cannot be written.
    """
    result = IngestResult()

    def skip(error: ArticleError) -> None:
        result.skipped += 1
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    nlp = make_nlp(model) if nlp is None else nlp
    out = Path(out)

    def fits(article: Article) -> bool:
        where = article.path or article.id
        if len(article.text) > nlp.max_length:
            skip(
                ArticleError(
                    where,
                    f"is {len(article.text):,} characters long, more than the pipeline's limit of "
                    f"{nlp.max_length:,}; split it into smaller articles",
                    article.line,
                )
            )
            return False
        for name in ("id", "title", "text"):
            if match := _SURROGATE.search(getattr(article, name) or ""):
                skip(
                    ArticleError(
                        where,
                        f"{name!r} holds a lone surrogate (U+{ord(match.group()):04X}) at character "
                        f"{match.start()}, which is not text; fix the escape",
                        article.line,
                    )
                )
                return False
        return True

    articles = (a for a in iter_articles(paths, published=published, on_error=skip) if fits(a))
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
    extractions: list[ArticleExtraction] = []
    for doc, article in docs:
        try:
            extraction = extract_doc(doc, article)
            check_extraction(extraction)
        except Exception as error:  # one article's failure must not stop the ingest
            where = article.path or article.id
            skip(ArticleError(where, f"could not be processed ({type(error).__name__}: {error})", article.line))
            continue
        extractions.append(extraction)
        result.articles += 1
        if on_article is not None:
            on_article(article)
    if not extractions:
        raise NothingIngested(
            "no article was ingested: "
            + ("every input was skipped" if result.skipped else "no .txt, .md, .json or .jsonl file found")
        )
    extractions = link_articles(extractions)
    graph = build_graph(extractions)
    _write_outputs(out, extractions, graph)
    result.graph = graph
    result.outputs = [out / name for name in OUTPUT_FILES]
    result.entities = Counter(kind for _, kind in graph.nodes(data="kind"))
    result.interactions = Counter(kind for _, _, kind in graph.edges(data="kind"))
    return result


def _write_outputs(out: Path, extractions: list[ArticleExtraction], graph: nx.MultiGraph) -> None:
    """The three output files, replaced together once all are written;
    any ``OSError`` becomes a one-line ``ExportError``."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"cannot write to {out}: it is a file, not a folder; choose another output folder")
    for name in OUTPUT_FILES:
        if (out / name).is_dir():
            raise ExportError(f"cannot write {out / name}: a folder of that name is in the way; move it")
    try:
        with contextlib.ExitStack() as stack:
            lines_path, graphml_path, json_path = (
                stack.enter_context(atomic_path(out / name)) for name in OUTPUT_FILES
            )
            with open(lines_path, "w", encoding="utf-8", newline="\n") as lines:
                lines.writelines(extraction_line(x) for x in extractions)
            write_graphml(graph, graphml_path)
            write_json(graph, json_path)
    except OSError as error:
        raise ExportError(f"cannot write to {out}: {error.strerror or error}") from None
