"""Tests of the commands that read an earlier run's output folder, through
typer's CliRunner: ``export``, ``show`` and ``render`` (no NLP runs), and
ingest's ``--format`` and ``--all-entities``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from summitgraph import ingest as ingest_module
from summitgraph.cli import app
from summitgraph.export import FORMATS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: object, width: int = 200):
    result = CliRunner().invoke(app, [str(a) for a in args], prog_name="summitgraph", env={"COLUMNS": str(width)})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crashed: {result.exception!r}\n{result.stderr}") from result.exception
    return result


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    """None of these commands may load a pipeline (ingest tests put theirs back)."""

    def make_nlp(model):
        raise AssertionError("the model should not be loaded")

    monkeypatch.setattr(ingest_module, "make_nlp", make_nlp)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_cli_export_one_file_same_bytes_as_ingest(tricky_source, tmp_path, fmt):
    out = tmp_path / "again" / f"graph.{fmt}"
    result = run("export", tricky_source, "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip().endswith(f"-> {out}")
    assert out.read_bytes() == (tricky_source / FORMATS[fmt].file_name).read_bytes()


def test_cli_export_csv_into_a_folder(tricky_source, tmp_path):
    result = run("export", tricky_source, "-f", "csv", "-o", tmp_path / "tables")
    assert result.exit_code == 0, result.stderr
    for name in ("nodes.csv", "edges.csv"):
        assert (tmp_path / "tables" / name).read_bytes() == (tricky_source / name).read_bytes()


def test_cli_export_all_entities(tricky_source, tmp_path):
    run("export", tricky_source, "-f", "graphml", "-o", tmp_path / "all.graphml", "--all-entities")
    run("export", tricky_source, "-f", "graphml", "-o", tmp_path / "some.graphml")
    assert b"organization:kcna" in (tmp_path / "all.graphml").read_bytes()
    assert b"organization:kcna" not in (tmp_path / "some.graphml").read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--format", "dot"], 2, "choose among graphml, gexf, json, csv"),
        (["--format", "gexf,csv"], 2, "one format at a time"),
        (["--format", "gexf", "--source-missing"], 2, "No such option"),
    ],
)
def test_cli_export_usage_errors(tricky_source, tmp_path, args, code, message):
    result = run("export", tricky_source, "--out", tmp_path / "x", *args)
    assert result.exit_code == code and message in result.stderr


def test_cli_export_not_an_output_folder_exit_1(tmp_path):
    result = run("export", tmp_path, "--format", "gexf", "--out", tmp_path / "g.gexf")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: ") and "holds no extractions.jsonl" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_show_corpus_and_person(tricky_source):
    result = run("show", tricky_source)
    assert result.exit_code == 0, result.stderr
    assert "Who met whom, when and where" in result.stdout and "8 interactions" in result.stdout
    result = run("show", tricky_source, "--person", "Xi Jinping", "--since", "2019", "--until", "2019-01")
    assert result.exit_code == 0, result.stderr
    assert "Xi Jinping: who met whom" in result.stdout and "1 interaction from 2019 to 2019-01" in result.stdout
    assert "2019-01-08" in result.stdout and "Beijing" in result.stdout and "planned" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--person", "Nobody"], 1, "error: no one called 'Nobody'"),
        (["--since", "yesterday"], 2, "not a date"),
    ],
)
def test_cli_show_errors(tricky_source, args, code, message):
    result = run("show", tricky_source, *args)
    assert result.exit_code == code and message in result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_cli_render(tricky_source, tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    result = run("render", tricky_source, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"drew {out}"
    if suffix == ".png":
        assert Image.open(out).size[0] > 500


def test_cli_render_unknown_type_exit_1(tricky_source, tmp_path):
    result = run("render", tricky_source, "--out", tmp_path / "graph.pdf")
    assert result.exit_code == 1 and "name the file .png, .svg or .html" in result.stderr
    assert not (tmp_path / "graph.pdf").exists()


def test_cli_ingest_unknown_format_exit_2_before_any_model(tmp_path):
    result = run("ingest", SEEDS, "--out", tmp_path / "out", "--format", "graphml,dot")
    assert result.exit_code == 2 and "choose among graphml, gexf, json, csv" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.model
def test_cli_ingest_formats_and_all_entities(monkeypatch, nlp, tmp_path):
    monkeypatch.setattr(ingest_module, "make_nlp", lambda model: nlp)
    out = tmp_path / "out"
    result = run("ingest", SEEDS, "--out", out, "--format", "gexf,csv", "--all-entities")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "corpus.sqlite",
        "edges.csv",
        "extractions.jsonl",
        "graph.gexf",
        "nodes.csv",
    ]
    assert b"organization:kcna" in (out / "nodes.csv").read_bytes()  # named, in no interaction
    again = tmp_path / "again"
    assert run("export", out, "--format", "gexf", "--out", again / "graph.gexf", "--all-entities").exit_code == 0
    assert (again / "graph.gexf").read_bytes() == (out / "graph.gexf").read_bytes()
