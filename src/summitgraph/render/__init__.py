"""Pictures and tables of the graph, for people: ``render`` and ``interaction_table``.

``render(graph, "graph.png")`` draws the Gephi view of a knowledge graph
(:func:`summitgraph.export.gephi_view`: only the entities that take part in
an interaction unless ``all_entities``) to

* ``.png`` or ``.svg``: a picture drawn with matplotlib (:mod:`.draw`), laid
  out so that a person can read it at a hundred nodes (:mod:`.layout`);
* ``.html``: one self-contained page with an interactive view (:mod:`.html`).

``interaction_table(graph, person=..., since=..., until=...)`` is the rich
table ``summitgraph show`` prints (:mod:`.table`). Like every library module,
nothing here prints.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from summitgraph.errors import SummitGraphError
from summitgraph.export import atomic_path, gephi_view
from summitgraph.render.table import PersonNotFound, interaction_rows, interaction_table

__all__ = ["PICTURE_FORMATS", "PersonNotFound", "RenderError", "interaction_rows", "interaction_table", "render"]

#: File suffixes ``render`` draws, and what it draws for each.
PICTURE_FORMATS = {".png": "png", ".svg": "svg", ".html": "html", ".htm": "html"}


class RenderError(SummitGraphError):
    """A picture that cannot be drawn (an unknown file type)."""


def render(
    graph: nx.MultiGraph, out: str | os.PathLike, *, all_entities: bool = False, title: str | None = None
) -> Path:
    """Draw the knowledge graph ``graph`` into ``out``, its type chosen by the
    suffix (``.png``, ``.svg``, ``.html``); the file is replaced only once
    complete. Raises ``RenderError`` for another suffix."""
    out = Path(out)
    fmt = PICTURE_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise RenderError(f"cannot draw {out.name}: name the file .png, .svg or .html")
    view = gephi_view(graph, all_entities=all_entities)
    with atomic_path(out) as temp:
        if fmt == "html":
            from summitgraph.render.html import write_html

            write_html(view, temp, title=title)
        else:
            from summitgraph.render.draw import draw

            draw(view, temp, title=title, fmt=fmt)
    return out
