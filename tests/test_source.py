"""Tests of summitgraph.source: an earlier run's output folder read back, its
graph the one ingest built, exported to the bytes ingest wrote."""

from __future__ import annotations

import io

import pytest

from summitgraph.export import FORMATS, write
from summitgraph.graph import build_graph
from summitgraph.source import SourceError, read_source, source_file, source_graph


def test_source_reads_the_folder_or_the_file(tricky_source, tricky_corpus):
    assert read_source(tricky_source) == tricky_corpus
    assert read_source(tricky_source / "extractions.jsonl") == tricky_corpus
    assert source_file(tricky_source) == tricky_source / "extractions.jsonl"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_source_export_gives_the_bytes_ingest_wrote(tricky_source, fmt):
    graph = source_graph(tricky_source)
    for name, written in zip(FORMATS[fmt].files, _written(graph, fmt)):
        assert written == (tricky_source / name).read_bytes()


def _written(graph, fmt):
    files = [io.BytesIO() for _ in FORMATS[fmt].files]
    write(graph, fmt, *files)
    return [f.getvalue() for f in files]


def test_source_graph_is_build_graph_of_the_extractions(tricky_source, tricky_corpus):
    graph, expected = source_graph(tricky_source), build_graph(tricky_corpus)
    assert list(graph.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "holds no extractions.jsonl"),
        (lambda p: p / "missing", "does not exist"),
    ],
    ids=["empty-folder", "missing"],
)
def test_source_refuses_what_ingest_did_not_write(tmp_path, make, message):
    with pytest.raises(SourceError, match=message):
        read_source(make(tmp_path))


def test_source_bad_line_names_file_and_line(tmp_path):
    (tmp_path / "extractions.jsonl").write_text('{"article": "a1"}\nnot json\n')
    with pytest.raises(Exception, match=r"extractions.jsonl:2: invalid JSON"):
        read_source(tmp_path)


def test_source_inconsistent_file_is_a_source_error(tmp_path):
    line = (
        '{"article": "a1", "interactions": [{"id": "met:1", "kind": "met", "source": "person:a", "target": "person:b",'
    )
    line += ' "status": "occurred", "trigger": "met", "article": "a1", "evidence": "x", "evidence_start": 0,'
    line += ' "evidence_end": 1}]}\n'
    (tmp_path / "extractions.jsonl").write_text(line)
    with pytest.raises(SourceError, match="unknown entity"):
        source_graph(tmp_path)
