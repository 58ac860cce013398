"""The graph as one self-contained HTML page with an interactive view: ``write_html``.

The page holds everything it needs: the graph as JSON, the positions of the
PNG/SVG layout, a stylesheet and a small hand-written SVG viewer
(``viewer.js``, no library, no network, no CDN): drag to pan, wheel or the
buttons to zoom, hover an entity for what is known of it and an edge for
each interaction with its date, status, place and the sentence that says so,
click an entity to see only it and its partners, type a name to find it.
"""

from __future__ import annotations

import html
import json
import os
import string
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from summitgraph.render.layout import layout
from summitgraph.render.style import (
    KIND_COLOURS,
    RELATION_COLOURS,
    date_label,
    edge_colour,
    happened,
    hex_colour,
    interactions_of,
    legend_entries,
    node_colour,
    node_radius,
)

__all__ = ["page_data", "write_html"]

# Pixels per unit of layout.
_UNIT = 95.0
_ITEM_FIELDS = ("kind", "contact", "date", "status", "place", "mode", "article", "evidence")


def _seen(data: dict) -> str | None:
    first, last = data.get("first_seen"), data.get("last_seen")
    if first and last and first != last:
        return f"{first} to {last}"
    return first or last


def _where(data: dict) -> str | None:
    if data.get("lat") is None or data.get("lng") is None:
        return None
    return f"{data.get('country_code', '')} {data['lat']:.4f}, {data['lng']:.4f}".strip()


def _item(item: dict) -> dict[str, Any]:
    out = {name: item[name] for name in _ITEM_FIELDS if item.get(name) is not None}
    if item.get("end") and item.get("end") != item.get("date"):
        out["date"] = f"{item.get('date') or item.get('start')} to {item['end']}"
    return out


def page_data(view: nx.Graph) -> dict[str, Any]:
    """What the page draws: nodes with pixel positions, edges with their interactions, the bounds."""
    positions = layout(view)
    nodes = []
    for node, data in view.nodes(data=True):
        x, y = positions[node]
        record = {
            "id": str(node),
            "label": str(data.get("label", node)),
            "kind": data.get("kind"),
            "colour": node_colour(data),
            "radius": round(node_radius(data) * 1.25, 2),
            "mentions": data.get("mentions"),
            "aliases": data.get("aliases") or [],
            "seen": _seen(data),
            "where": _where(data),
            "x": round(x * _UNIT, 1),
            "y": round(-y * _UNIT, 1),
        }
        nodes.append({k: v for k, v in record.items() if v is not None})
    edges = []
    for u, v, data in view.edges(data=True):
        items = interactions_of(data)
        edges.append(
            {
                "source": str(u),
                "target": str(v),
                "weight": data.get("weight", 1.0),
                "colour": edge_colour(items),
                "happened": happened(items),
                "dates": date_label(items),
                "items": [_item(item) for item in items],
            }
        )
    xs = [n["x"] for n in nodes] or [0.0]
    ys = [n["y"] for n in nodes] or [0.0]
    bounds = {"x": min(xs), "y": min(ys), "width": max(xs) - min(xs), "height": max(ys) - min(ys)}
    return {"nodes": nodes, "edges": edges, "bounds": bounds}


def _asset(name: str) -> str:
    return resources.files("summitgraph.render").joinpath(name).read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _legend(view: nx.Graph) -> str:
    kinds, relations, dashed = legend_entries(view)
    parts = [f'<span><i style="background:{hex_colour(KIND_COLOURS[k])}"></i>{k}</span>' for k in kinds]
    parts += [f'<span><b style="border-color:{RELATION_COLOURS[k]}"></b>{k}</span>' for k in relations]
    if dashed:
        parts.append('<span><b class="dashed" style="border-color:#4a5568"></b>planned or possible</span>')
    return "".join(parts)


def write_html(view: nx.Graph, out: str | os.PathLike, *, title: str | None = None) -> Path:
    """Write the page for a Gephi view to ``out`` and return its path."""
    out = Path(out)
    data = page_data(view)
    interactions = sum(len(e["items"]) for e in data["edges"])
    summary = f"{len(data['nodes'])} entities, {interactions} interactions between {len(data['edges'])} pairs"
    heading = html.escape(title or "Who met whom")
    page = string.Template(_asset("page.html")).substitute(
        heading=heading,
        summary=html.escape(summary),
        style=_asset("viewer.css"),
        legend=_legend(view),
        data=_script_json(data),
        script=_asset("viewer.js"),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(page.encode("utf-8"))
    return out
