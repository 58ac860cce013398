"""Where each node goes in a picture: ``layout``.

Each connected component is laid out on its own (a force-directed layout,
seeded, so the same graph always gives the same picture), then the
components are packed in rows, biggest first, the way a person would arrange
cut-outs on a table: a corpus's many small groups ("Kim met Moon") sit beside
the big one instead of being flung to its edges.
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["layout"]

Point = tuple[float, float]
# Room between packed components, in the units of a component of one node.
_GAP = 1.3
# Least room between two nodes of a component.
_ROOM = 1.1


def _component(graph: nx.Graph) -> dict:
    """A layout of one connected component, centred, its spread growing with its size."""
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-1.1, 0.0), nodes[1]: (1.1, 0.0)}
    positions = nx.spring_layout(graph, seed=8, k=1.0, iterations=300, weight=None)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    spread = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 1.6 * math.sqrt(n) / spread
    points = _spaced([((x - cx) * scale, (y - cy) * scale) for x, y in positions.values()])
    return {node: point for node, point in zip(positions, points)}


def _spaced(points: list[tuple[float, float]], rounds: int = 60) -> list[tuple[float, float]]:
    """``points`` nudged apart until no two are closer than ``_ROOM`` (a label's
    width, about), so that names do not print over each other."""
    import numpy as np

    xy = np.array(points, dtype=float)
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        distance = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(distance, 1e9)
        close = distance < _ROOM
        if not close.any():
            break
        push = np.where(close, (_ROOM - distance) / 2 / np.maximum(distance, 1e-9), 0.0)
        xy += (delta * push[..., None]).sum(axis=1) * 0.5
    return [(float(x), float(y)) for x, y in xy]


def _bounds(positions: dict) -> tuple[float, float, float, float]:
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return min(xs), min(ys), max(xs), max(ys)


def layout(graph: nx.Graph) -> dict:
    """``{node: (x, y)}`` for every node of ``graph``, y growing upwards.

    Deterministic: the same graph, in the same node order, gives the same positions.
    """
    if graph.number_of_nodes() == 0:
        return {}
    order = {node: i for i, node in enumerate(graph.nodes)}
    components = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(graph)),
        key=lambda c: (-len(c), order[c[0]]),
    )
    pieces = [_component(graph.subgraph(c)) for c in components]
    sizes = [(b[2] - b[0] + _GAP, b[3] - b[1] + _GAP) for b in map(_bounds, pieces)]
    area = sum(w * h for w, h in sizes)
    row_width = max(max(w for w, _ in sizes), math.sqrt(area) * 1.35)
    positions: dict = {}
    x = y = row_height = 0.0
    for piece, (w, h) in zip(pieces, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        left, bottom, _, top = _bounds(piece)
        for node, (px, py) in piece.items():
            positions[node] = (x + (px - left) + _GAP / 2, y - (top - py) - _GAP / 2)
        x += w
        row_height = max(row_height, h)
    return positions
