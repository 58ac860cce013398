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
from summitgraph.errors import ArticleError, ArticleWarning, SummitGraphError
from summitgraph.export import FORMATS, output_paths, read_extractions, write_files
from summitgraph.ingest import DEFAULT_FORMATS, IngestResult, ingest
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


ALL_ENTITIES = typer.Option(
    "--all-entities", help="Keep, in GraphML, GEXF, CSV and pictures, the entities that take part in no interaction."
)


def _formats(value: str) -> list[str]:
    """``"graphml,gexf"`` -> ``["graphml", "gexf"]``; an unknown name is a usage error."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise typer.BadParameter(f"choose among {', '.join(FORMATS)} (got {value!r})", param_hint="--format")
    return list(dict.fromkeys(names))


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
    formats: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMATS", help="Graph files to write, comma-separated: graphml, gexf, json, csv."
        ),
    ] = ",".join(DEFAULT_FORMATS),
    all_entities: Annotated[bool, ALL_ENTITIES] = False,
) -> None:
    """Read news articles and write who-met-whom graph files.

    Example: summitgraph ingest seeds/ --out out/
    """
    fallback = _published(published)
    chosen = _formats(formats)

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
                formats=chosen,
                all_entities=all_entities,
            )
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted: no output was changed", markup=False)
        raise typer.Exit(130) from None
    typer.echo(summary(result, out))


# --- commands that read an earlier run's output folder (no NLP) ---------------

SOURCE = typer.Argument(metavar="SOURCE", help="An output folder of summitgraph ingest (or its extractions.jsonl).")


def _source_graph(source: Path):
    from summitgraph.source import source_graph  # here: the commands above do not need it

    try:
        return source_graph(source)
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None


@app.command("export")
def export_command(
    source: Annotated[Path, SOURCE],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="graphml, gexf, json or csv.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The file to write (for csv, the folder for nodes.csv and edges.csv).")
    ],
    all_entities: Annotated[bool, ALL_ENTITIES] = False,
) -> None:
    """Write an earlier run's graph in another format (no NLP runs).

    Example: summitgraph export out/ --format gexf --out out/graph.gexf
    """
    names = _formats(fmt)
    if len(names) != 1:
        raise typer.BadParameter("export writes one format at a time", param_hint="--format")
    name = names[0]
    graph = _source_graph(source)
    paths = output_paths(name, out)
    try:
        write_files(graph, [name], [paths], all_entities=all_entities)
    except OSError as error:
        err.print(f"error: cannot write {out}: {error.strerror or error}", markup=False)
        raise typer.Exit(1) from None
    typer.echo(
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} interactions -> "
        + ", ".join(str(p) for p in paths)
    )


@app.command("show")
def show_command(
    source: Annotated[Path, SOURCE],
    person: Annotated[str | None, typer.Option("--person", "-p", help="Only the interactions of this entity.")] = None,
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
) -> None:
    """Print who met whom, when and where, as a table.

    Example: summitgraph show out/ --person "Kim Jong-un" --since 2018
    """
    from summitgraph.render.table import interaction_table

    graph = _source_graph(source)
    try:
        table = interaction_table(graph, person=person, since=since, until=until)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None
    Console(highlight=False, emoji=False).print(table)


@app.command("render")
def render_command(
    source: Annotated[Path, SOURCE],
    out: Annotated[Path, typer.Option("--out", "-o", help="The picture: FILE.png, FILE.svg or FILE.html.")],
    all_entities: Annotated[bool, ALL_ENTITIES] = False,
    title: Annotated[str | None, typer.Option(help="A title instead of the one-line summary.")] = None,
) -> None:
    """Draw an earlier run's graph: PNG, SVG or an interactive HTML page.

    Example: summitgraph render out/ --out out/graph.html
    """
    from summitgraph.render import render

    graph = _source_graph(source)
    try:
        written = render(graph, out, all_entities=all_entities, title=title)
    except SummitGraphError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None
    except OSError as error:
        err.print(f"error: cannot write {out}: {error.strerror or error}", markup=False)
        raise typer.Exit(1) from None
    typer.echo(f"drew {written}")


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
