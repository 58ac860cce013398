"""The ``summitgraph`` command: a thin typer layer over ``summitgraph.ingest``.

The only module that prints. Library errors become one-line messages on
stderr; expected failures exit with status 1, wrong arguments with 2.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from summitgraph import __version__
from summitgraph.articles import parse_date
from summitgraph.errors import ArticleError, ArticleWarning, SummitGraphError
from summitgraph.ingest import IngestResult, ingest
from summitgraph.pipeline import DEFAULT_MODEL

app = typer.Typer(
    help="Who met whom, when and where: a knowledge graph from news articles.",
    add_completion=False,
    no_args_is_help=True,
)
err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summitgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Who met whom, when and where: a knowledge graph from news articles."""


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    if word == "person":
        return f"{n} people"
    return f"{n} {word}s"


def summary(result: IngestResult, out: Path) -> str:
    """The one line an ingest ends with."""
    kinds = result.entities
    edges = result.interactions
    edge_parts = ", ".join(f"{edges[k]} {k}" for k in sorted(edges))
    return (
        f"{_plural(result.articles, 'article')} read, {result.skipped} skipped; "
        f"{_plural(kinds.get('person', 0), 'person')}, {_plural(kinds.get('organization', 0), 'organization')}, "
        f"{_plural(kinds.get('place', 0), 'place')}; "
        f"{_plural(sum(edges.values()), 'interaction')}{f' ({edge_parts})' if edge_parts else ''} -> {out}/"
    )


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Article files (.txt, .md, .json, .jsonl) or folders, read recursively in sorted order.",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for graph.graphml, graph.json and extractions.jsonl.")
    ] = Path("out"),
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date for articles that carry none (in their metadata, text or URL).",
        ),
    ] = None,
    model: Annotated[
        str, typer.Option("--model", "-m", help="spaCy pipeline: an installed package name or a path.")
    ] = DEFAULT_MODEL,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
) -> None:
    """Read news articles and write who-met-whom graph files.

    Example: summitgraph ingest seeds/ --out out/
    """
    fallback = _published(published)

    def report(error: ArticleError) -> None:
        err.print(f"skipped {error}", markup=False)

    def warn(warning: ArticleWarning) -> None:
        err.print(f"warning {warning}", markup=False)

    show_progress = sys.stderr.isatty()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show_progress,
    )
    try:
        with progress:
            task = progress.add_task("reading articles", total=None)
            result = ingest(
                paths,
                out=out,
                published=fallback,
                model=model,
                on_error=report,
                on_warning=warn,
                on_article=lambda _: progress.advance(task),
                batch_size=batch_size,
            )
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted: no output was changed", markup=False)
        raise typer.Exit(130) from None
    typer.echo(summary(result, out))
