"""The graph as a picture, PNG or SVG, with matplotlib: ``draw``.

People, organisations and places in their colours, sized by mentions,
labelled with a white halo; interactions as lines, thicker for more of them,
coloured by kind, dashed when none is known to have happened, labelled with
their dates; a legend and a one-line summary. The same graph gives the same
bytes (a fixed layout seed, no dates or random ids in the files).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from summitgraph.render.layout import layout
from summitgraph.render.style import (
    KIND_COLOURS,
    RELATION_COLOURS,
    date_label,
    display,
    edge_colour,
    happened,
    hex_colour,
    interactions_of,
    legend_entries,
    node_colour,
    node_radius,
)

__all__ = ["draw"]

# Inches per unit of layout, and the figure's bounds in inches.
_INCH_PER_UNIT = 0.95
_MIN_INCHES, _MAX_INCHES = 7.0, 26.0
_BANDS = 0.9  # inches above the plot for the title and below it for the legend
_DPI = 150


def _extent(positions: dict) -> tuple[float, float, float, float]:
    """The layout's bounds with room for labels: left, bottom, width, height in layout units."""
    xs = [p[0] for p in positions.values()] or [0.0]
    ys = [p[1] for p in positions.values()] or [0.0]
    left, bottom = min(xs) - 1.1, min(ys) - 1.0
    return left, bottom, max(xs) + 1.1 - left, max(ys) + 0.7 - bottom


def _figure_size(width: float, height: float) -> tuple[float, float, float]:
    """Figure width and height in inches, and inches per layout unit, so that
    the plot keeps its proportions and fits between the bounds."""
    scale = _INCH_PER_UNIT
    scale = min(scale, _MAX_INCHES / width, (_MAX_INCHES - _BANDS) / height)
    scale = max(scale, _MIN_INCHES / width) if width * scale < _MIN_INCHES else scale
    return width * scale, height * scale + _BANDS, scale


def draw(view: nx.Graph, out: str | os.PathLike, *, title: str | None = None, fmt: str | None = None) -> Path:
    """Draw a Gephi view to ``out`` as ``fmt`` (``png`` or ``svg``; by default
    ``out``'s suffix) and return its path."""
    import matplotlib  # here, not at import: the CLI's other commands do without it

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib import rc_context
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patheffects import withStroke

    out = Path(out)
    positions = layout(view)
    rc = {"svg.hashsalt": "summitgraph", "svg.fonttype": "path", "font.family": "DejaVu Sans"}
    with rc_context(rc):
        left, bottom, width, height = _extent(positions)
        fig_w, fig_h, _ = _figure_size(width, height)
        fig = plt.figure(figsize=(fig_w, fig_h), dpi=_DPI)
        band = _BANDS / 2 / fig_h
        ax = fig.add_axes((0.0, band, 1.0, 1.0 - 2 * band))
        ax.set_axis_off()
        ax.set_xlim(left, left + width)
        ax.set_ylim(bottom, bottom + height)
        edges = [(u, v, interactions_of(d), d.get("weight", 1.0)) for u, v, d in view.edges(data=True)]
        for dashed in (False, True):
            chosen = [e for e in edges if (not happened(e[2])) == dashed]
            if chosen:
                lines = LineCollection(
                    [(positions[u], positions[v]) for u, v, _, _ in chosen],
                    colors=[edge_colour(items) for _, _, items, _ in chosen],
                    linewidths=[min(6.0, 0.9 + 0.9 * (w - 1)) for *_, w in chosen],
                    linestyles="--" if dashed else "-",
                    alpha=0.75,
                    zorder=1,
                )
                ax.add_collection(lines)
        halo = [withStroke(linewidth=2.6, foreground="white")]
        for u, v, items, _ in edges:
            text = date_label(items)
            if text:
                (x1, y1), (x2, y2) = positions[u], positions[v]
                angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
                angle = angle - 180 if angle > 90 else angle + 180 if angle < -90 else angle
                ax.text(
                    (x1 + x2) / 2,
                    (y1 + y2) / 2,
                    text,
                    fontsize=5.5,
                    color="#333333",
                    ha="center",
                    va="center",
                    rotation=angle,
                    rotation_mode="anchor",
                    path_effects=halo,
                    zorder=2,
                )
        nodes = list(view.nodes(data=True))
        ax.scatter(
            [positions[n][0] for n, _ in nodes],
            [positions[n][1] for n, _ in nodes],
            s=[node_radius(d) ** 2 * 3.14 for _, d in nodes],
            c=[node_colour(d) for _, d in nodes],
            edgecolors="white",
            linewidths=0.8,
            zorder=3,
        )
        for node, data in nodes:
            x, y = positions[node]
            ax.annotate(
                display(data.get("label", node)),
                (x, y),
                xytext=(0, -node_radius(data) - 2.5),
                textcoords="offset points",
                fontsize=7,
                ha="center",
                va="top",
                color="#1a1a1a",
                path_effects=halo,
                zorder=4,
            )
        _legend(fig, Line2D, view)
        fig.text(
            0.01, 1 - band / 2, title or _summary(view, edges), fontsize=10, ha="left", va="center", color="#1a1a1a"
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        fmt = (fmt or out.suffix.lstrip(".")).lower()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, dpi=_DPI, metadata=metadata, facecolor="white")
        plt.close(fig)
    return out


def _legend(fig, line, view: nx.Graph) -> None:
    kinds, relations, dashed = legend_entries(view)
    handles = [
        line(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor=hex_colour(KIND_COLOURS[kind]),
            markeredgecolor="white",
            label=kind,
        )
        for kind in kinds
    ]
    handles += [line([], [], color=RELATION_COLOURS[kind], linewidth=2, label=kind) for kind in relations]
    if dashed:
        handles.append(line([], [], color="#4a5568", linewidth=1.5, linestyle="--", label="planned or possible"))
    if handles:
        fig.legend(
            handles=handles,
            loc="lower left",
            fontsize=7,
            frameon=False,
            ncol=len(handles),
            bbox_to_anchor=(0.0, 0.0),
            handlelength=1.6,
            columnspacing=1.2,
        )


def _summary(view: nx.Graph, edges: Sequence) -> str:
    interactions = sum(len(items) for _, _, items, _ in edges)
    dates = sorted(
        str(i.get("date") or i.get("start"))
        for _, _, items, _ in edges
        for i in items
        if i.get("date") or i.get("start")
    )
    span = f", {dates[0]} to {dates[-1]}" if dates else ""
    return (
        f"Who met whom: {view.number_of_nodes()} entities, {interactions} interactions between {len(edges)} pairs{span}"
    )
