"""What Gephi keeps of a run's graph: interactions, the edges Gephi's default
import would keep of one edge per interaction (one per pair of ends: it reads
no edge type from GraphML or a spreadsheet, and merges parallel edges), and
what summitgraph's Gephi view writes (one edge per pair, weights summing to
the interactions), with how many entities the node filter keeps.

    python bench/gephi_edges.py out/ [more output folders of summitgraph ingest]
"""

from __future__ import annotations

import sys

from summitgraph.export import gephi_view
from summitgraph.source import source_graph


def main(sources: list[str]) -> None:
    print("| source | interactions | Gephi edges of one per interaction | view edges | weights | entities | kept |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for source in sources:
        graph = source_graph(source)
        view = gephi_view(graph)
        merged = len({frozenset((u, v)) for u, v in graph.edges()})
        weights = sum(data["weight"] for *_, data in view.edges(data=True))
        print(
            f"| {source} | {graph.number_of_edges()} | {merged} | {view.number_of_edges()} | {weights:g} "
            f"| {graph.number_of_nodes()} | {view.number_of_nodes()} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["out"])
