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
from summitgraph.audit import Audit, audit
from summitgraph.errors import ArticleError, SummitGraphError
from summitgraph.export import read_extractions
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
        typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date for articles that carry none."),
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


def audit_report(result: Audit, limit: int) -> list[str]:
    """The lines ``summitgraph audit`` prints: counts, then each sort of doubt."""
    nodes = result.nodes
    lines = [
        f"{_plural(nodes.get('person', 0), 'person')}, {_plural(nodes.get('organization', 0), 'organization')}, "
        f"{_plural(nodes.get('place', 0), 'place')}; doubts: {result.count('type')} of type "
        f"({result.count('type', 'person')} people), {result.count('near-duplicate')} near-duplicate pairs, "
        f"{result.count('one-word-link')} one-word links"
    ]
    titles = {"type": "type doubts", "near-duplicate": "near-duplicate labels", "one-word-link": "one-word links made"}
    for sort, title in titles.items():
        doubts = [d for d in result.doubts if d.sort == sort]
        if not doubts:
            continue
        lines.append(f"\n{title} ({len(doubts)}, most articles first):")
        for d in doubts[:limit]:
            other = f" ~ {d.other}" if d.other else ""
            lines.append(f"  {d.entity}{other}  {d.label!r}: {d.reason} ({_plural(d.articles, 'article')})")
        if len(doubts) > limit:
            lines.append(f"  ... {len(doubts) - limit} more (--limit)")
    return lines


@app.command("audit")
def audit_command(
    source: Annotated[
        Path, typer.Argument(metavar="SOURCE", help="An output folder of summitgraph ingest, or its extractions.jsonl.")
    ],
    limit: Annotated[int, typer.Option(min=1, help="Doubts to print of each sort.")] = 25,
) -> None:
    """Print the nodes of a graph most likely to be wrong: type doubts,
    near-duplicate labels and the one-word links made, most articles first.

    Example: summitgraph audit out/
    """
    path = source / "extractions.jsonl" if source.is_dir() else source
    if not path.is_file():
        err.print(f"error: {path} not found; give the folder summitgraph ingest wrote (--out)", markup=False)
        raise typer.Exit(1)
    try:
        result = audit(read_extractions(path))
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None
    for line in audit_report(result, limit):
        typer.echo(line)
