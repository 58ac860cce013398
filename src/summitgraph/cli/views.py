"""The commands that read an earlier run's output folder; no NLP runs:
``export``, ``show``, ``render`` and ``audit``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from summitgraph.audit import Audit, audit
from summitgraph.cli import ALL_ENTITIES, ReadableCommand, _formats, _plural, app, say
from summitgraph.errors import SummitGraphError
from summitgraph.export import output_paths, read_extractions, write_files

SOURCE = typer.Argument(metavar="SOURCE", help="An output folder of summitgraph ingest (or its extractions.jsonl).")


def _source_graph(source: Path):
    from summitgraph.source import source_graph  # here: the commands above do not need it

    try:
        return source_graph(source)
    except SummitGraphError as error:
        say(f"error: {error}")
        raise typer.Exit(1) from None


@app.command("export", cls=ReadableCommand)
def export_command(
    source: Annotated[Path, SOURCE],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="graphml, gexf, json or csv.")],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="PATH", help="The file to write (for csv, the folder for nodes.csv and edges.csv)."
        ),
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
        say(f"error: cannot write {out}: {error.strerror or error}")
        raise typer.Exit(1) from None
    typer.echo(
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} interactions -> "
        + ", ".join(str(p) for p in paths)
    )


@app.command("show", cls=ReadableCommand)
def show_command(
    source: Annotated[Path, SOURCE],
    person: Annotated[
        str | None, typer.Option("--person", "-p", metavar="NAME", help="Only the interactions of this entity.")
    ] = None,
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
        say(f"error: {error}")
        raise typer.Exit(1) from None
    Console(highlight=False, emoji=False).print(table)


@app.command("render", cls=ReadableCommand)
def render_command(
    source: Annotated[Path, SOURCE],
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="FILE", help="The picture: FILE.png, FILE.svg or FILE.html.")
    ],
    all_entities: Annotated[bool, ALL_ENTITIES] = False,
    title: Annotated[str | None, typer.Option(metavar="TEXT", help="A title instead of the one-line summary.")] = None,
) -> None:
    """Draw an earlier run's graph: PNG, SVG or an interactive HTML page.

    Example: summitgraph render out/ --out out/graph.html
    """
    from summitgraph.render import render

    graph = _source_graph(source)
    try:
        written = render(graph, out, all_entities=all_entities, title=title)
    except SummitGraphError as error:
        say(f"error: {error}")
        raise typer.Exit(1) from None
    except OSError as error:
        say(f"error: cannot write {out}: {error.strerror or error}")
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


@app.command("audit", cls=ReadableCommand)
def audit_command(
    source: Annotated[
        Path, typer.Argument(metavar="SOURCE", help="An output folder of summitgraph ingest, or its extractions.jsonl.")
    ],
    limit: Annotated[int, typer.Option(min=1, metavar="N", help="Doubts to print of each sort.")] = 25,
) -> None:
    """Print the nodes of a graph most likely to be wrong: type doubts,
    near-duplicate labels and the one-word links made, most articles first.

    Example: summitgraph audit out/
    """
    path = source / "extractions.jsonl" if source.is_dir() else source
    if not path.is_file():
        say(f"error: {path} not found; give the folder summitgraph ingest wrote (--out)")
        raise typer.Exit(1)
    try:
        result = audit(read_extractions(path))
    except SummitGraphError as error:
        say(f"error: {error}")
        raise typer.Exit(1) from None
    for line in audit_report(result, limit):
        typer.echo(line)
