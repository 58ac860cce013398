"""Files in, graph files out: the whole chain, for the CLI and for scripts.

``ingest`` runs five named steps, each one call:

    read     files -> Article                 articles.iter_articles
    extract  Article -> ArticleExtraction     extract_checked: extract.extract_articles,
                                              each extraction checked by graph.check_extraction
    link     entities linked across articles  resolve.link_articles
    build    extractions -> networkx graph    graph.build_graph
    write    files into the output folder     write_outputs: extractions.jsonl and the
                                              chosen formats of export.FORMATS

Bad input costs only its own article: reading, extracting and checking
errors are reported to ``on_error`` and the article skipped.

``ingest`` writes its files at the end, once at least one article was read:
``extractions.jsonl`` and one file for each graph format of
``DEFAULT_FORMATS`` (``graph.graphml``, ``graph.json``), each to a temporary
file that replaces the old output only when all are written: an interrupted
or failed run leaves the previous outputs (or no output folder at all) as
they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.language import Language

from summitgraph.articles import iter_articles
from summitgraph.errors import ArticleError, ArticleWarning, ExportError, SummitGraphError
from summitgraph.export import EXTRACTIONS_FILE, FORMATS, atomic_path, format_of, write_extractions, write_files
from summitgraph.extract import extract_articles, extraction_error
from summitgraph.graph import build_graph, check_extraction
from summitgraph.models import Article, ArticleExtraction
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.resolve import link_articles

#: The graph formats (names in ``summitgraph.export.FORMATS``) ``ingest`` writes.
DEFAULT_FORMATS = ("graphml", "json")


def output_files(formats: Sequence[str] = DEFAULT_FORMATS) -> tuple[str, ...]:
    """The file names an ingest writes: ``extractions.jsonl``, then one a format.

    ``output_files(["json"])`` is ``("extractions.jsonl", "graph.json")``.
    """
    return (EXTRACTIONS_FILE, *(file for name in formats for file in format_of(name).files))


OUTPUT_FILES = output_files()


class NothingIngested(SummitGraphError):
    """No input gave an article."""


@dataclass
class IngestResult:
    """What an ingest read and wrote."""

    articles: int = 0
    skipped: int = 0
    errors: list[ArticleError] = field(default_factory=list)
    warnings: list[ArticleWarning] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    interactions: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiGraph | None = None


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
    on_warning: Callable[[ArticleWarning], None] | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    all_entities: bool = False,
) -> IngestResult:
    """Read every article under ``paths`` and write the graph into ``out``.

    Bad inputs are reported to ``on_error`` (and counted as skipped) without
    stopping the run; what was wrong with an article that was kept (a
    ``published`` value that is no date) goes to ``on_warning``; ``on_article``
    is called after each article is read, for progress. ``formats`` are the
    graph formats written beside ``extractions.jsonl`` (names in
    ``export.FORMATS``); ``all_entities`` keeps, in GraphML, GEXF and CSV, the
    entities that take part in no interaction. Raises ``NothingIngested`` when
    no article could be read (``out`` is then left as it was),
    ``ModelNotFound`` when the pipeline is not installed, ``ExportError`` when
    ``out`` cannot be written. ::

        result = ingest(["seeds/"], out="out", on_error=print)
        print(result.articles, result.interactions["met"], result.outputs)
    """
    result = IngestResult()

    def skip(error: ArticleError) -> None:
        result.skipped += 1
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    def warn(warning: ArticleWarning) -> None:
        result.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)

    for name in formats:
        format_of(name)  # an unknown format fails before the model loads
    nlp = make_nlp(model) if nlp is None else nlp
    out = Path(out)
    articles = iter_articles(paths, published=published, on_error=skip, on_warning=warn)  # read
    extractions: list[ArticleExtraction] = []
    for extraction, article in extract_checked(articles, nlp, on_error=skip, batch_size=batch_size):  # extract
        extractions.append(extraction)
        result.articles += 1
        if on_article is not None:
            on_article(article)
    if not extractions:
        raise NothingIngested(
            "no article was ingested: "
            + ("every input was skipped" if result.skipped else "no .txt, .md, .json or .jsonl file found")
        )
    extractions = link_articles(extractions)  # link
    graph = build_graph(extractions)  # build
    result.outputs = write_outputs(out, extractions, graph, formats, all_entities=all_entities)  # write
    result.graph = graph
    result.entities = Counter(kind for _, kind in graph.nodes(data="kind"))
    result.interactions = Counter(kind for _, _, kind in graph.edges(data="kind"))
    return result


def extract_checked(
    articles: Iterable[Article],
    nlp: Language,
    *,
    on_error: Callable[[ArticleError], None],
    batch_size: int = 32,
) -> Iterator[tuple[ArticleExtraction, Article]]:
    """The extract step: ``(extraction, article)`` for each article, in order.

    ``extract_articles`` skips what the pipeline cannot take or fails on;
    each extraction is then checked with ``graph.check_extraction``, so that
    one inconsistent article is skipped here instead of stopping
    ``build_graph``. Every skipped article goes to ``on_error``.
    """
    pairs = extract_articles(
        ((a, a) for a in articles), nlp=nlp, batch_size=batch_size, as_tuples=True, on_error=on_error
    )
    for extraction, article in pairs:
        try:
            check_extraction(extraction)
        except Exception as error:  # one article's failure must not stop the ingest
            on_error(extraction_error(article, error))
            continue
        yield extraction, article


def write_outputs(
    out: str | os.PathLike,
    extractions: Sequence[ArticleExtraction],
    graph: nx.MultiGraph,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    all_entities: bool = False,
) -> list[Path]:
    """The write step: ``extractions.jsonl`` and ``graph`` in each of
    ``formats`` (names in ``FORMATS``) into the folder ``out``, replaced
    together once all are written; returns their paths.

    Raises ``ExportError`` for an unknown format, and turns any ``OSError``
    into a one-line ``ExportError``; either way no output is changed.
    ``write_outputs("out", extractions, graph, ["json"])`` writes
    ``out/extractions.jsonl`` and ``out/graph.json``.
    """
    out = Path(out)
    names = output_files(formats)
    if out.exists() and not out.is_dir():
        raise ExportError(f"cannot write to {out}: it is a file, not a folder; choose another output folder")
    for name in names:
        if (out / name).is_dir():
            raise ExportError(f"cannot write {out / name}: a folder of that name is in the way; move it")
    try:
        with contextlib.ExitStack() as stack:
            lines_path = stack.enter_context(atomic_path(out / EXTRACTIONS_FILE))
            write_extractions(extractions, lines_path)
            paths = [[out / file for file in FORMATS[name].files] for name in formats]
            write_files(graph, formats, paths, all_entities=all_entities)
    except OSError as error:
        raise ExportError(f"cannot write to {out}: {error.strerror or error}") from None
    return [out / name for name in names]
