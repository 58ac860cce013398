"""Tests of ingest's write step on a hand-built graph (no model): the chosen
formats, all replaced together."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summitgraph.errors import ExportError
from summitgraph.export import FORMATS, write_extractions
from summitgraph.ingest import DEFAULT_FORMATS, OUTPUT_FILES, output_files, write_outputs
from summitgraph.models import ArticleExtraction

EXTRACTIONS = [ArticleExtraction(article="a1"), ArticleExtraction(article="a2", title="Kim in Beijing")]


def test_ingest_output_files_are_the_default_formats():
    assert OUTPUT_FILES == ("extractions.jsonl", "graph.graphml", "graph.json")
    assert output_files() == OUTPUT_FILES == output_files(DEFAULT_FORMATS)
    assert output_files(["json"]) == ("extractions.jsonl", "graph.json")
    assert output_files([]) == ("extractions.jsonl",)
    assert output_files(["csv", "gexf"]) == ("extractions.jsonl", "nodes.csv", "edges.csv", "graph.gexf")


def test_ingest_write_outputs_default(tmp_path: Path, sample_graph):
    out = tmp_path / "out"
    written = write_outputs(out, EXTRACTIONS, sample_graph)
    assert written == [out / name for name in OUTPUT_FILES]
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)  # and no temp file
    lines = io.BytesIO()
    write_extractions(EXTRACTIONS, lines)
    assert (out / "extractions.jsonl").read_bytes() == lines.getvalue()
    for name in DEFAULT_FORMATS:
        data = io.BytesIO()
        FORMATS[name].write(sample_graph, data)
        assert (out / FORMATS[name].file_name).read_bytes() == data.getvalue()


@pytest.mark.parametrize(
    "formats", [["json"], ["graphml"], [], ["gexf", "csv"]], ids=["json", "graphml", "none", "gexf-csv"]
)
def test_ingest_write_outputs_chosen_formats(tmp_path: Path, sample_graph, formats):
    written = write_outputs(tmp_path, EXTRACTIONS, sample_graph, formats)
    assert [p.name for p in written] == ["extractions.jsonl", *(n for f in formats for n in FORMATS[f].files)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_ingest_write_outputs_unknown_format_writes_nothing(tmp_path: Path, sample_graph):
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"^unknown output format 'dot'; choose one of: graphml, gexf, json, csv$"):
        write_outputs(out, EXTRACTIONS, sample_graph, ["json", "dot"])
    assert not out.exists()


def test_ingest_write_outputs_one_failure_replaces_nothing(tmp_path: Path, sample_graph, monkeypatch):
    for name in OUTPUT_FILES:
        (tmp_path / name).write_text(f"previous {name}\n")

    def full(graph, path, **options):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(FORMATS, "graphml", FORMATS["graphml"]._replace(write=full))
    with pytest.raises(ExportError, match=rf"^cannot write to {tmp_path}: No space left on device$"):
        write_outputs(tmp_path, EXTRACTIONS, sample_graph)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)
    assert all((tmp_path / name).read_text() == f"previous {name}\n" for name in OUTPUT_FILES)
