"""Who met whom, when and where, as a terminal table: ``interaction_table``.

One row per interaction of the knowledge graph, oldest first (undated ones
last): when, who, with whom, what (with its status when it did not happen, and
where), and the sentence that says so. ``person`` keeps the interactions of one entity (found by its name
or any alias, in any case); ``since`` / ``until`` keep those whose dates
overlap the range (``2018``, ``2018-06``, ``2018-06-12``: a partial date
stands for all its days), and then leave undated ones out::

    table = interaction_table(graph, person="Kim Jong-un", since="2018")
    rich.console.Console().print(table)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx
from rich.table import Table
from rich.text import Text

from summitgraph.errors import SummitGraphError
from summitgraph.export.spans import day_span, interaction_span

__all__ = ["PersonNotFound", "find_entity", "interaction_rows", "interaction_table"]


class PersonNotFound(SummitGraphError):
    """No entity, or more than one, answers to the name asked for."""


def find_entity(graph: nx.MultiGraph, name: str) -> str:
    """The id of the entity called ``name``: its label or an alias, in any case
    (people first), else the one whose label contains it. Raises
    ``PersonNotFound`` naming the candidates when there are several or none."""
    wanted = name.strip().casefold()
    exact = [
        n
        for n, d in graph.nodes(data=True)
        if wanted in {str(d.get("label", "")).casefold(), *(str(a).casefold() for a in d.get("aliases") or ())}
    ]
    people = [n for n in exact if graph.nodes[n].get("kind") == "person"]
    found = people or exact or [n for n, d in graph.nodes(data=True) if wanted in str(d.get("label", "")).casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise PersonNotFound(
            f"no one called {name!r} in this graph; try part of the name, or summitgraph show without --person"
        )
    labels = sorted(str(graph.nodes[n].get("label", n)) for n in found)
    shown = ", ".join(labels[:8]) + (f" and {len(labels) - 8} more" if len(labels) > 8 else "")
    raise PersonNotFound(f"{name!r} could be any of {len(labels)}: {shown}; give the full name")


def _bound(value: str | None, what: str, last: bool) -> dt.date | None:
    if value is None:
        return None
    span = day_span(value.strip())
    if span is None:
        raise ValueError(f"{what} {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return span[1] if last else span[0]


def _when(data: dict) -> str:
    date = data.get("date") or data.get("start")
    if not date:
        return ""
    end = data.get("end")
    return f"{date} to {end}" if end and end != date else str(date)  # "to" lets a narrow column wrap


def interaction_rows(
    graph: nx.MultiGraph, *, person: str | None = None, since: str | None = None, until: str | None = None
) -> tuple[list[dict[str, Any]], int]:
    """The rows of the table, oldest first, and how many undated interactions
    the date range left out. Raises ``PersonNotFound`` and ``ValueError`` (a
    bound that is not a date)."""
    start, end = _bound(since, "--since", False), _bound(until, "--until", True)
    who = find_entity(graph, person) if person is not None else None
    rows, undated = [], 0
    for u, v, key, data in graph.edges(keys=True, data=True):
        if who is not None and who not in (u, v):
            continue
        span = interaction_span(data)
        if start or end:
            if span is None:
                undated += 1
                continue
            if (start and span[1] < start) or (end and span[0] > end):
                continue
        actor = data.get("actor") or u
        other = v if actor == u else u
        rows.append(
            {
                "id": key,
                "when": _when(data),
                "who": str(graph.nodes[actor].get("label", actor)) if actor in graph else str(actor),
                "with": str(graph.nodes[other].get("label", other)),
                "what": str(data.get("kind", "")) + (f" ({data['contact']})" if data.get("contact") else ""),
                "status": str(data.get("status", "")),
                "where": str(data.get("place") or ""),
                "evidence": str(data.get("evidence", "")),
                "sort": (span is None, span or (), str(key)),
            }
        )
    rows.sort(key=lambda row: row["sort"])
    return rows, undated


def interaction_table(
    graph: nx.MultiGraph, *, person: str | None = None, since: str | None = None, until: str | None = None
) -> Table:
    """The rich ``Table`` of :func:`interaction_rows`, with a caption saying what it holds."""
    rows, undated = interaction_rows(graph, person=person, since=since, until=until)
    name = str(graph.nodes[find_entity(graph, person)].get("label")) if person is not None else None
    title = f"{name}: who met whom, when and where" if name else "Who met whom, when and where"
    caption = f"{len(rows)} interaction{'s' if len(rows) != 1 else ''}"
    if since or until:
        caption += f" from {since or 'the start'} to {until or 'the end'}"
    if undated:
        caption += f"; {undated} without a date not shown"
    table = Table(title=title, caption=caption, show_lines=True, expand=True, title_justify="left")
    table.add_column("When", style="cyan", ratio=2, min_width=10, overflow="fold")
    table.add_column("Who", style="bold", ratio=2)
    table.add_column("With", style="bold", ratio=2)
    table.add_column("What", ratio=2)
    table.add_column("Evidence", ratio=5, min_width=24, overflow="fold")
    for row in rows:
        evidence = Text(row["evidence"])
        evidence.highlight_words([row["who"], row["with"]], style="underline")
        what = Text(row["what"])
        if row["status"] != "occurred":
            what.append(f", {row['status']}", style="yellow")
        if row["where"]:
            what.append(f", in {row['where']}")
        table.add_row(row["when"] or "—", row["who"], row["with"], what, evidence)
    return table
