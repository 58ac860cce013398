"""Gephi Lite's parsers (graphology-graphml and graphology-gexf, from npm)
read summitgraph's GraphML and GEXF whole. Skipped, saying why, where Node.js
or the packages (``npm ci`` in tests/export/js) are missing; .ci/run installs them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from summitgraph.export import gephi_view, write_gexf, write_graphml

JS = Path(__file__).parent / "js"


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("Node.js is not installed: apt-get install nodejs npm, then npm ci in tests/export/js")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.skip("graphology is not installed: run npm ci in tests/export/js")
    return found


def parse(node: str, fmt: str, path: Path) -> dict:
    done = subprocess.run([node, str(JS / "read.js"), fmt, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphology_reads_the_file_whole(node, tmp_path, tricky_graph, fmt):
    view = gephi_view(tricky_graph)
    path = tmp_path / f"graph.{fmt}"
    (write_graphml if fmt == "graphml" else write_gexf)(view, path)
    graph = parse(node, fmt, path)
    assert len(graph["nodes"]) == view.number_of_nodes() and len(graph["edges"]) == view.number_of_edges()
    nodes = {n["key"]: n["attributes"] for n in graph["nodes"]}
    beijing = nodes["place:beijing"]
    assert (beijing["label"], beijing["lat"], beijing["lng"], beijing["country_code"]) == (
        "Beijing",
        39.9075,
        116.3972,
        "CN",
    )
    assert nodes["person:kim-jong-un"]["mentions"] == 18
    assert sum(e["attributes"]["weight"] for e in graph["edges"]) == tricky_graph.number_of_edges()
    labels = {e["attributes"].get("label") or e["attributes"].get("edgelabel") for e in graph["edges"]}
    assert "met 2018 ×3, 2019-01-08 (planned)" in labels
    names = {name for e in graph["edges"] for name in e["attributes"]}
    assert {"interactions", "date", "status", "evidence", "relation"} <= names
