"""Tests of the format registry of summitgraph.export: every registered
format writes the sample graph and reads it back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summitgraph.errors import ExportError
from summitgraph.export import FORMATS, Format, format_of, read, write


def without_none(contents):
    """Graph contents with ``None`` values left out: no format has to keep a missing value."""
    nodes, edges = contents
    return {n: _values(d) for n, d in nodes.items()}, {e: _values(d) for e, d in edges.items()}


def _values(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("target", ["path", "file"])
def test_export_every_format_round_trips_the_sample_graph(tmp_path: Path, sample_graph, graph_contents, fmt, target):
    path = tmp_path / FORMATS[fmt].file_name
    if target == "path":
        write(sample_graph, fmt, path)
        back = read(fmt, path)
    else:
        with open(path, "wb") as f:
            write(sample_graph, fmt, f)
        with open(path, "rb") as f:
            back = read(fmt, f)
    assert back.is_multigraph() and not back.is_directed()
    assert list(back.nodes) == list(sample_graph.nodes)
    assert without_none(graph_contents(back)) == without_none(graph_contents(sample_graph))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_registry_rows_are_the_format_modules_pairs(fmt):
    row = FORMATS[fmt]
    assert isinstance(row, Format) and format_of(fmt) is row
    write_, read_, file_name = row  # a plain (write, read, file name) triple
    assert write_.__name__ == f"write_{fmt}" and read_.__name__ == f"read_{fmt}"
    assert write_.__module__ == read_.__module__ == f"summitgraph.export.{fmt}"
    assert file_name == f"graph.{fmt}"


def test_export_registry_file_names_are_distinct():
    names = [f.file_name for f in FORMATS.values()]
    assert len(set(names)) == len(names) and "extractions.jsonl" not in names


@pytest.mark.parametrize("call", ["write", "read", "format_of"])
def test_export_unknown_format_is_one_line_error(sample_graph, call):
    buffer = io.BytesIO()
    with pytest.raises(ExportError, match=r"^unknown output format 'gexf'; choose one of: graphml, json$"):
        if call == "write":
            write(sample_graph, "gexf", buffer)
        elif call == "read":
            read("gexf", buffer)
        else:
            format_of("gexf")
    assert buffer.getvalue() == b""
