"""What pictures show, shared by the PNG/SVG drawing and the HTML page.

Colours of entities come from the Gephi view (people blue, organisations
orange, places green); interactions are coloured by kind and drawn dashed
when none of them is known to have happened (planned or possible ones).
"""

from __future__ import annotations

import math
import re
from typing import Any

from summitgraph.export.gephi import KIND_COLOURS, OTHER_COLOUR

__all__ = [
    "KIND_COLOURS",
    "RELATION_COLOURS",
    "date_label",
    "display",
    "edge_colour",
    "happened",
    "hex_colour",
    "interactions_of",
    "legend_entries",
    "node_radius",
]

#: Edge colours by interaction kind.
RELATION_COLOURS: dict[str, str] = {
    "met": "#4a5568",
    "visited": "#2a9d8f",
    "accompanied": "#9b6bcc",
    "attended": "#b8923a",
}
_OTHER_RELATION = "#8c8c8c"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# The interaction attributes an edge of the view lists, in its order.
_FIELDS = (
    "kind",
    "contact",
    "date",
    "start",
    "end",
    "status",
    "place",
    "mode",
    "count",
    "article",
    "evidence",
    "trigger",
)


def display(text: object) -> str:
    """A text as a picture shows it: control characters, which fonts cannot
    draw, as U+FFFD: ``"Odd\\x00One"`` -> ``"Odd�One"``."""
    return _CONTROL.sub("\ufffd", str(text))


def hex_colour(rgb: tuple[int, int, int]) -> str:
    """``(66, 113, 196)`` -> ``"#4271c4"``."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def node_colour(data: dict) -> str:
    """The colour of an entity, by kind."""
    return hex_colour(KIND_COLOURS.get(data.get("kind"), OTHER_COLOUR))


def node_radius(data: dict) -> float:
    """A node's radius in points: 4 for one mention, growing with the square root, at most 22."""
    mentions = data.get("mentions")
    count = mentions if isinstance(mentions, (int, float)) and mentions > 0 else 1
    return min(22.0, 2.5 + 1.6 * math.sqrt(count))


def interactions_of(data: dict) -> list[dict[str, Any]]:
    """The interactions of a view edge, one dict each, from its parallel lists
    (``edge_kind`` is read as ``kind``)."""
    count = len(data.get("interactions") or ())
    items = [{"id": key} for key in data.get("interactions") or ()]
    for name in _FIELDS:
        values = data.get(name if name != "kind" else "edge_kind") or data.get(name) or [None] * count
        if not isinstance(values, list):
            continue
        for item, value in zip(items, values):
            if value is not None:
                item[name] = value
    return items


def happened(items: list[dict]) -> bool:
    """Whether any of the interactions is known to have happened (status ``occurred`` or none)."""
    return any(item.get("status") in (None, "occurred") for item in items)


def edge_colour(items: list[dict]) -> str:
    """The colour of the kind most of the interactions are."""
    kinds = [str(item.get("kind")) for item in items]
    if not kinds:
        return _OTHER_RELATION
    common = max(sorted(set(kinds)), key=kinds.count)
    return RELATION_COLOURS.get(common, _OTHER_RELATION)


def legend_entries(view) -> tuple[list[str], list[str], bool]:
    """The kinds of entity and of interaction a view holds, in the legend's
    order, and whether any edge is drawn dashed."""
    kinds = {data.get("kind") for _, data in view.nodes(data=True)}
    items = [interactions_of(data) for *_, data in view.edges(data=True)]
    relations = {str(item.get("kind")) for its in items for item in its}
    return (
        [kind for kind in KIND_COLOURS if kind in kinds],
        [kind for kind in RELATION_COLOURS if kind in relations],
        any(not happened(its) for its in items),
    )


def date_label(items: list[dict], most: int = 3) -> str:
    """The dates of an edge's interactions, oldest first, ``?`` after those not
    known to have happened: ``2018 · 2019-01-08?``; ``2017…2019 (5)`` for many."""
    parts: list[str] = []
    for item in items:
        date = item.get("date") or item.get("start")
        if not date:
            continue
        text = str(date) + ("" if item.get("status") in (None, "occurred") else "?")
        if text not in parts:
            parts.append(text)
    if len(parts) > most:
        return f"{parts[0]}…{parts[-1]} ({len(parts)})"
    return " · ".join(parts)
