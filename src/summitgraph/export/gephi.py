"""The knowledge graph shaped for Gephi: ``gephi_view``.

The knowledge graph is a ``MultiGraph`` with one edge per interaction. Gephi
merges edges with the same two ends and the same edge type on import (by
default, summing weights and keeping the last edge's attributes), and its
GraphML and spreadsheet importers read no edge type; so the view has **one
edge per pair of entities**, whatever the kinds, which nothing can merge:

* ``weight``: how many interactions the pair has (the weights of a view sum
  to the interactions of the graph);
* ``edgelabel``: what Gephi shows, e.g. ``met 2018 ×3 (summit), 2019-01-08 (meeting, planned)``;
* ``relation``: the kinds, ``met`` or ``accompanied+met`` (for colouring);
* ``interactions``: the ids of its interactions, and for every interaction
  attribute (``kind``, ``date``, ``status``, ``evidence``...) the list of
  their values in the same order (``None`` where one has none), oldest
  first. Whatever attributes interactions carry are carried: nothing here
  names them, except to read ``date``/``start``/``end``/``status``/``count``/
  ``contact`` for the label when they are there.

Nodes keep their attributes and gain Gephi's visual properties: ``size``
(from ``mentions``) and ``r``/``g``/``b`` (by ``kind``); ``label`` is already
there. By default only entities that take part in an interaction are kept:
its two ends, and any entity an interaction's attributes name by id (the
``place_id`` where it happened, so that Beijing is on the map of Kim's visit).

No data attribute is named like a property Gephi takes over (``x``,
``size``, ``weight``, ``id``...) or like an attribute of the other scope (key
ids are names, and unique): such an edge attribute becomes ``edge_<name>``
(``kind`` is ``edge_kind``), such a node attribute ``node_<name>``.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from summitgraph.export.spans import interaction_span

__all__ = [
    "EDGE_PROPERTIES",
    "KIND_COLOURS",
    "NODE_PROPERTIES",
    "OTHER_COLOUR",
    "edge_label",
    "gephi_view",
    "involved_entities",
    "node_size",
    "pair_id",
]

#: Node colours by kind (RGB): people blue, organisations orange, places green,
#: events (a meeting of many, which its parties ``attended``) ochre.
KIND_COLOURS: dict[str, tuple[int, int, int]] = {
    "person": (66, 113, 196),
    "organization": (230, 145, 56),
    "place": (76, 160, 90),
    "event": (190, 150, 40),
}
OTHER_COLOUR = (140, 140, 140)
#: Names Gephi's GraphML importer takes as node / edge properties (compared
#: without case), from ``ImporterGraphML``'s associations.
NODE_PROPERTIES = frozenset({"label", "d3", "x", "y", "xpos", "ypos", "z", "size", "r", "g", "b", "color"})
EDGE_PROPERTIES = frozenset(
    {"label", "edgelabel", "d7", "weight", "edge weight", "id", "edgeid", "r", "g", "b", "color"}
)
_NODE_VISUALS = ("size", "r", "g", "b")
_EDGE_OWN = ("edgelabel", "weight", "relation", "interactions")


def node_size(mentions: Any) -> float:
    """Gephi's node size for an entity mentioned ``mentions`` times: 10 for
    one mention, growing with the square root (15 mentions: 21.49)."""
    count = mentions if isinstance(mentions, (int, float)) and mentions > 0 else 1
    return round(6 + 4 * math.sqrt(count), 2)


def pair_id(u: str, v: str) -> str:
    """The id of the view's edge between ``u`` and ``v`` (either order): ``pair:`` and 12 hex digits."""
    a, b = sorted((str(u), str(v)))
    return "pair:" + hashlib.sha1(f"{a}\x00{b}".encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _phrase(data: dict) -> str:
    """One interaction in an edge label: ``2019-01-08 (meeting, planned)``, ``2018 ×3``."""
    date = data.get("date") or data.get("start")
    text = str(date) if date else "no date"
    if data.get("end") and data.get("end") != date:
        text += f" to {data['end']}"
    if isinstance(data.get("count"), int) and data["count"] > 1:
        text += f" ×{data['count']}"
    notes = [str(data[name]) for name in ("contact",) if data.get(name) and data[name] != data.get("kind")]
    if data.get("status") not in (None, "occurred"):
        notes.append(str(data["status"]))
    return f"{text} ({', '.join(notes)})" if notes else text


def edge_label(interactions: Iterable[dict]) -> str:
    """What Gephi shows on a pair's edge: its interactions by kind, oldest
    first, with the kind of contact and the status when there is one:
    ``met 2018 ×3 (summit), 2019-01-08 (meeting, planned)``."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for data in interactions:
        by_kind[str(data.get("kind", "interaction"))].append(_phrase(data))
    return "; ".join(f"{kind} {', '.join(phrases)}" for kind, phrases in by_kind.items())


def _chronological(item: tuple[str, dict]) -> tuple:
    key, data = item
    span = interaction_span(data)
    return (span is None, span or (), str(key))


def _renamed(names: Iterable[str], reserved: Iterable[str], prefix: str) -> dict[str, str]:
    taken = {name.casefold() for name in reserved}
    return {name: f"{prefix}_{name}" if name.casefold() in taken else name for name in names}


def gephi_view(graph: nx.MultiGraph, *, all_entities: bool = False) -> nx.Graph:
    """The Gephi view of a knowledge graph (see the module docstring).

    ``all_entities`` keeps the entities that take part in no interaction too.
    The same graph always gives the same view, in the same order.
    """
    view = nx.Graph()
    involved = involved_entities(graph)
    keep = [n for n in graph.nodes if all_entities or n in involved]
    node_names = {name for n in keep for name in graph.nodes[n]}
    rename_node = _renamed(node_names, (NODE_PROPERTIES - {"label"}), "node")
    for node in keep:
        data = graph.nodes[node]
        attrs = {rename_node[name]: value for name, value in data.items()}
        attrs.setdefault("label", str(node))
        attrs["size"] = node_size(data.get("mentions"))
        attrs["r"], attrs["g"], attrs["b"] = KIND_COLOURS.get(data.get("kind"), OTHER_COLOUR)
        view.add_node(node, **attrs)

    pairs: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    order = {node: i for i, node in enumerate(graph.nodes)}
    for u, v, key, data in graph.edges(keys=True, data=True):
        a, b = sorted((u, v), key=order.__getitem__)
        pairs[(a, b)].append((key, data))
    reserved = {*view_names(view), *EDGE_PROPERTIES, *_EDGE_OWN}
    field_names = sorted({name for items in pairs.values() for _, data in items for name in data})
    rename_edge = _renamed(field_names, reserved, "edge")
    for a, b in sorted(pairs, key=lambda p: (order[p[0]], order[p[1]])):
        items = sorted(pairs[(a, b)], key=_chronological)
        attrs: dict[str, Any] = {
            "edgelabel": edge_label(data for _, data in items),
            "weight": float(len(items)),
            "relation": "+".join(sorted({str(data.get("kind", "interaction")) for _, data in items})),
            "interactions": [key for key, _ in items],
        }
        for name in field_names:
            values = [data.get(name) for _, data in items]
            if any(value is not None for value in values):
                attrs[rename_edge[name]] = values
        view.add_edge(a, b, **attrs)
    return view


def involved_entities(graph: nx.MultiGraph) -> set:
    """The nodes that take part in an interaction: the ends of an edge, and
    the nodes an edge attribute names by id (``place_id``, ``actor``)."""
    involved = set()
    for u, v, data in graph.edges(data=True):
        involved.update((u, v))
        involved.update(value for value in data.values() if isinstance(value, str) and value in graph)
    return involved


def view_names(view: nx.Graph) -> set[str]:
    """Every node attribute name of ``view``."""
    return {name for _, data in view.nodes(data=True) for name in data}
