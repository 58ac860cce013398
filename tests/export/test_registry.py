"""Tests of the format registry of summitgraph.export: every registered
format writes the knowledge graph and reads back what it wrote."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summitgraph.errors import ExportError
from summitgraph.export import FORMATS, Format, format_of, gephi_view, output_paths, read, write, write_files


def contents(graph) -> tuple[dict, dict]:
    nodes = {n: dict(d) for n, d in graph.nodes(data=True)}
    if graph.is_multigraph():
        return nodes, {(frozenset((u, v)), k): dict(d) for u, v, k, d in graph.edges(keys=True, data=True)}
    return nodes, {frozenset((u, v)): dict(d) for u, v, d in graph.edges(data=True)}


def without(contents_, names) -> tuple[dict, dict]:
    nodes, edges = contents_
    return {n: {k: v for k, v in d.items() if k not in names} for n, d in nodes.items()}, edges


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("target", ["path", "file"])
def test_registry_every_format_round_trips(tmp_path: Path, tricky_graph, fmt, target):
    paths = [tmp_path / name for name in FORMATS[fmt].files]
    if target == "path":
        write(tricky_graph, fmt, *paths)
        back = read(fmt, *paths)
    else:
        files = [open(p, "wb") for p in paths]
        write(tricky_graph, fmt, *files)
        for f in files:
            f.close()
        files = [open(p, "rb") for p in paths]
        back = read(fmt, *files)
        for f in files:
            f.close()
    if fmt == "json":  # the knowledge graph itself
        assert contents(back) == contents(tricky_graph)
    else:  # the Gephi view; CSV has no column for Gephi's visual properties
        skipped = {"size", "r", "g", "b"} if fmt == "csv" else set()
        assert without(contents(back), skipped) == without(contents(gephi_view(tricky_graph)), skipped)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_registry_all_entities_keeps_the_rest(tmp_path: Path, tricky_graph, fmt):
    paths = [tmp_path / name for name in FORMATS[fmt].files]
    write(tricky_graph, fmt, *paths)
    assert "organization:kcna" not in read(fmt, *paths)
    write(tricky_graph, fmt, *paths, all_entities=True)
    assert set(read(fmt, *paths)) == set(tricky_graph)


def test_registry_json_is_always_the_whole_graph(tmp_path: Path, tricky_graph):
    write(tricky_graph, "json", tmp_path / "g.json")
    assert set(read("json", tmp_path / "g.json")) == set(tricky_graph)


@pytest.mark.parametrize(
    ("fmt", "files"),
    [
        ("graphml", ("graph.graphml",)),
        ("gexf", ("graph.gexf",)),
        ("json", ("graph.json",)),
        ("csv", ("nodes.csv", "edges.csv")),
    ],
)
def test_registry_rows(fmt, files):
    row = FORMATS[fmt]
    assert isinstance(row, Format) and format_of(fmt) is row
    assert row.files == files and row.file_name == files[0]


def test_registry_file_names_are_distinct():
    names = [name for f in FORMATS.values() for name in f.files]
    assert len(set(names)) == len(names) and "extractions.jsonl" not in names


@pytest.mark.parametrize(
    ("fmt", "out", "paths"),
    [("gexf", "x/g.gexf", ["x/g.gexf"]), ("csv", "x", ["x/nodes.csv", "x/edges.csv"])],
)
def test_registry_output_paths(fmt, out, paths):
    assert output_paths(fmt, out) == [Path(p) for p in paths]


@pytest.mark.parametrize("call", ["write", "read", "format_of"])
def test_registry_unknown_format_is_one_line_error(tricky_graph, call):
    buffer = io.BytesIO()
    with pytest.raises(ExportError, match=r"^unknown output format 'dot'; choose one of: graphml, gexf, json, csv$"):
        if call == "write":
            write(tricky_graph, "dot", buffer)
        elif call == "read":
            read("dot", buffer)
        else:
            format_of("dot")
    assert buffer.getvalue() == b""


def test_registry_wrong_number_of_files(tricky_graph):
    with pytest.raises(ExportError, match="writes 2 file"):
        write(tricky_graph, "csv", io.BytesIO())


def test_registry_write_files_replaces_nothing_on_failure(tmp_path: Path, tricky_graph, monkeypatch):
    old = tmp_path / "graph.graphml"
    old.write_text("old")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(FORMATS, "gexf", FORMATS["gexf"]._replace(write=broken))
    with pytest.raises(OSError):
        write_files(tricky_graph, ["graphml", "gexf"], [[old], [tmp_path / "graph.gexf"]])
    assert old.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml"]
