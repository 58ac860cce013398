"""The ``summitgraph`` command: a thin typer layer over ``summitgraph.ingest``
(here) and over the readers of an output folder (``views``: export, show,
render, audit).

The only module that prints. Library errors become one-line messages on
stderr, their control characters escaped (a file name can hold a terminal
escape sequence); expected failures exit with status 1, wrong arguments with 2.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from summitgraph import __version__
from summitgraph.articles import parse_date
from summitgraph.errors import ArticleError, ArticleWarning, SummitGraphError
from summitgraph.export import FORMATS
from summitgraph.ingest import DEFAULT_FORMATS, IngestResult, default_workers, ingest
from summitgraph.pipeline import DEFAULT_MODEL
from summitgraph.store import Interrupted


def _readable(params: list[click.Parameter]) -> list[click.Parameter]:
    """Help in words a person reads: ``PATH...`` in the usage line, and after
    an option only the name of the value it takes (``--out DIR``), none after a flag."""
    for param in params:
        if isinstance(param, TyperArgument):
            param._usage_display_name = lambda p=param: p.metavar or p.name.upper()  # type: ignore[method-assign]
            param.display_type = param.display_type_rich = lambda ctx: ""  # type: ignore[method-assign]
        elif isinstance(param, TyperOption):
            label = "" if param.is_flag else param.metavar or ""
            param.display_type = param.display_type_rich = lambda ctx, label=label: label  # type: ignore[method-assign]
    return params


class ReadableCommand(TyperCommand):
    """A command whose help reads as words (:func:`_readable`)."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        return _readable(super().get_params(ctx))


class ReadableGroup(TyperGroup):
    """The ``summitgraph`` group, its help read as words too."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        return _readable(super().get_params(ctx))


app = typer.Typer(
    help="Who met whom, when and where: a knowledge graph from news articles.",
    add_completion=False,
    no_args_is_help=True,
    cls=ReadableGroup,
)
err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)


def printable(text: str) -> str:
    """``text`` with control characters (and undecodable file-name bytes)
    escaped, so that a message cannot drive the terminal: ``\\x1b[31m``."""
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that was not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char.isprintable() or char == " ":
            out.append(char)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out)


def say(message: str) -> None:
    """One line on stderr, escaped, no markup."""
    err.print(printable(message), markup=False)


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


def _usage_error(message: str) -> typer.Exit:
    say(f"error: {message}")
    return typer.Exit(2)


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise _usage_error(f"Invalid value for --published: {error}") from None


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
        return f"{n:,} people"
    return f"{n:,} {word}s"


def summary(result: IngestResult, out: Path) -> str:
    """The one line an ingest ends with."""
    kinds = result.entities
    edges = result.interactions
    edge_parts = ", ".join(f"{edges[k]:,} {k}" for k in sorted(edges))
    read = _plural(result.articles, "article") + " read"
    corpus = ""
    if result.stored != result.new:  # the store held articles before this run
        parts = [f"{getattr(result, k):,} {k}" for k in ("new", "updated", "unchanged") if getattr(result, k)]
        read += f" ({', '.join(parts)})" if parts else ""
        corpus = f"{_plural(result.stored, 'article')} stored; "
        if result.reextracted:
            corpus = f"{result.reextracted:,} re-extracted for a new extractor; " + corpus
    written = "" if result.written else " (up to date)"
    return (
        f"{read}, {result.skipped:,} skipped; {corpus}"
        f"{_plural(kinds.get('person', 0), 'person')}, {_plural(kinds.get('organization', 0), 'organization')}, "
        f"{_plural(kinds.get('place', 0), 'place')}; "
        f"{_plural(sum(edges.values()), 'interaction')}{f' ({edge_parts})' if edge_parts else ''} -> {out}/{written}"
    )


def _progress(show: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not show,
    )


@app.command("ingest", cls=ReadableCommand)
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Article files (.txt, .md, .json, .jsonl, .jsonl.gz, .html, .warc, .warc.gz) or folders, "
            "read recursively in sorted order; - reads JSON lines from standard input.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="Folder of the corpus store (corpus.sqlite), extractions.jsonl and the graph files (--format).",
        ),
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
        str, typer.Option("--model", "-m", metavar="NAME", help="spaCy pipeline: an installed package name or a path.")
    ] = DEFAULT_MODEL,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", metavar="N", help="Processes that parse articles; by default one for each core."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Parse on a Dask cluster instead: its scheduler's address, e.g. tcp://HOST:8786.",
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", metavar="N", help="Articles per spaCy batch.")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only: no progress, no summary.")] = False,
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
    if workers is not None and workers < 1:
        raise _usage_error(f"--workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise _usage_error(f"--batch-size must be at least 1, not {batch_size}")
    chosen = _formats(formats)

    def report(error: ArticleError) -> None:
        say(f"skipped {error}")

    progress = _progress(show=sys.stderr.isatty() and not quiet)
    task = progress.add_task("ingesting", total=None, rate="")

    def advance(done: int, total: int | None) -> None:
        speed = progress.tasks[0].speed
        rate = f"{speed:.1f} articles/s" if speed else ""
        progress.update(task, completed=done, total=total, rate=rate)

    def warn(warning: ArticleWarning) -> None:
        if not quiet:
            say(f"warning {warning}")

    try:
        with progress:
            result = ingest(
                paths,
                out=out,
                published=fallback,
                model=model,
                on_error=report,
                on_progress=advance,
                on_warning=warn,
                batch_size=batch_size,
                workers=workers or default_workers(),
                scheduler=scheduler,
                formats=chosen,
                all_entities=all_entities,
            )
    except SummitGraphError as error:
        say(f"error: {error}")
        raise typer.Exit(1) from None
    except Interrupted:
        say("interrupted after the output files were written; they are up to date")
        raise typer.Exit(130) from None
    except KeyboardInterrupt:
        say(
            "interrupted: no output file was changed; the articles done so far are kept in the store, "
            "run the same command again to continue"
        )
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(printable(summary(result, out)))


from summitgraph.cli import views  # noqa: E402, F401  (registers export, show, render, audit)
