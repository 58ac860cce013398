"""Tests of ingest over a corpus store: runs that add to it, re-runs that
change nothing, interrupted runs that the next one completes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitgraph import ingest as ingest_module
from summitgraph.export import read_extractions
from summitgraph.ingest import OUTPUT_FILES, STORE_FILE, ingest
from summitgraph.store import Store, is_store, read_linked

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ROOT / "data" / "fixtures" / "articles" / "inputs"
INVENTED = ROOT / "data" / "fixtures" / "meetings_invented.jsonl"


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUT_FILES}


def feed(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def invented_lines() -> list[str]:
    return INVENTED.read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.fixture(scope="module")
def reference(nlp, tmp_path_factory, invented_lines):
    """One uninterrupted ingest of the first eight invented articles."""
    folder = tmp_path_factory.mktemp("reference")
    source = feed(folder / "in" / "feed.jsonl", invented_lines[:8])
    ingest([source], out=folder / "out", nlp=nlp)
    return source, outputs(folder / "out")


def test_store_reingest_changes_nothing(nlp, tmp_path):
    first = ingest([INPUTS], out=tmp_path, nlp=nlp, on_error=lambda e: None)
    stamps = {name: (tmp_path / name).stat().st_mtime_ns for name in (*OUTPUT_FILES, STORE_FILE)}
    before = outputs(tmp_path)
    again = ingest([INPUTS], out=tmp_path, nlp=nlp, on_error=lambda e: None)
    assert (first.new, first.unchanged, first.written) == (6, 0, True)
    assert (again.articles, again.new, again.unchanged, again.skipped, again.written) == (6, 0, 6, 4, False)
    assert outputs(tmp_path) == before
    assert {name: (tmp_path / name).stat().st_mtime_ns for name in OUTPUT_FILES} == {
        name: stamps[name] for name in OUTPUT_FILES
    }
    assert again.entities == first.entities and again.interactions == first.interactions


def test_store_reingest_loads_no_model(nlp, tmp_path, monkeypatch):
    ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)

    def no_model(model):
        raise AssertionError("an unchanged corpus needs no pipeline")

    monkeypatch.setattr(ingest_module, "make_nlp", no_model)
    assert ingest([INPUTS / "moon-kim.json"], out=tmp_path).unchanged == 1


def test_store_new_articles_added_as_one_corpus(nlp, tmp_path, reference):
    source, expected = reference
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    first = feed(tmp_path / "in" / "feed.jsonl", lines[:5])
    ingest([first], out=tmp_path / "out", nlp=nlp)
    feed(first, lines)  # the feed grew: three more articles
    result = ingest([first], out=tmp_path / "out", nlp=nlp)
    assert (result.new, result.unchanged, result.stored) == (3, 5, 8)
    assert outputs(tmp_path / "out") == expected


def test_store_articles_of_earlier_runs_stay(nlp, tmp_path):
    ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)
    result = ingest([INPUTS / "trump-kim-hanoi.md"], out=tmp_path, nlp=nlp)
    assert (result.articles, result.new, result.stored) == (1, 1, 2)
    assert [x.article for x in read_extractions(tmp_path / "extractions.jsonl")] == [
        "moon-kim-panmunjom",
        "trump-kim-hanoi",
    ]


def test_store_changed_article_replaced_in_place(nlp, tmp_path, invented_lines):
    lines = [json.loads(line) for line in invented_lines[:3]]
    for n, obj in enumerate(lines):
        obj["id"] = f"a{n}"
    source = feed(tmp_path / "feed.jsonl", [json.dumps(obj) + "\n" for obj in lines])
    ingest([source], out=tmp_path / "out", nlp=nlp)
    lines[1]["text"] = "Kim Jong-un met Xi Jinping in Beijing on Tuesday."
    feed(source, [json.dumps(obj) + "\n" for obj in lines])
    result = ingest([source], out=tmp_path / "out", nlp=nlp)
    assert (result.updated, result.unchanged, result.stored) == (1, 2, 3)
    extractions = list(read_extractions(tmp_path / "out" / "extractions.jsonl"))
    assert [x.article for x in extractions] == ["a0", "a1", "a2"]
    assert {e.id for e in extractions[1].entities} == {"person:kim-jong-un", "person:xi-jinping", "place:beijing"}


def test_store_new_extractor_version_reextracts_from_the_store(nlp, tmp_path, monkeypatch):
    ingest([INPUTS], out=tmp_path, nlp=nlp, on_error=lambda e: None)
    before = outputs(tmp_path)
    monkeypatch.setattr(ingest_module, "extractor_version", lambda model, nlp=None: "summitgraph 9.9; a new model")
    result = ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)  # the other five are only in the store
    assert (result.articles, result.reextracted, result.stored, result.written) == (1, 6, 6, True)
    assert outputs(tmp_path) == before  # the same code extracted them: the same bytes
    with Store.open(tmp_path) as store:
        assert store.count_stale("summitgraph 9.9; a new model") == 0


def test_store_interrupted_run_completed_by_the_next(nlp, tmp_path, monkeypatch, reference):
    """Ctrl-C after three articles: they are kept, the next run does the rest,
    and the outputs are those of an uninterrupted run."""
    source, expected = reference
    real_put = Store.put
    calls = []

    def put(self, *args):
        if len(calls) == 3:
            raise KeyboardInterrupt
        calls.append(args[0].id)
        real_put(self, *args)

    monkeypatch.setattr(Store, "put", put)
    with pytest.raises(KeyboardInterrupt):
        ingest([source], out=tmp_path, nlp=nlp)
    assert not (tmp_path / "graph.json").exists()  # no output written, the store kept
    with Store.open(tmp_path) as store:
        assert [aid for aid, _ in store.lines()] == calls
    monkeypatch.undo()
    result = ingest([source], out=tmp_path, nlp=nlp)
    assert (result.new, result.unchanged) == (5, 3)
    assert outputs(tmp_path) == expected


def test_store_killed_run_then_rerun_same_outputs(tmp_path, reference):
    """kill -9 in the middle of an ingest: nothing committed is lost, the store
    is consistent, and running again gives the bytes of an uninterrupted run."""
    source, expected = reference
    out = tmp_path / "out"
    command = [sys.executable, "-m", "summitgraph", "ingest", str(source), "--out", str(out), "--workers", "1"]
    process = subprocess.Popen([*command, "--batch-size", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and _stored(out) < 2 and process.poll() is None:
            time.sleep(0.2)
        assert process.poll() is None, "the ingest ended before it could be killed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert 2 <= _stored(out) < 8
    with sqlite3.connect(out / STORE_FILE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not (out / "graph.json").exists()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "new" in done.stdout and "unchanged" in done.stdout
    assert outputs(out) == expected
    assert len({x.article for x in read_linked(out)}) == 8


def _stored(out: Path) -> int:
    if not is_store(out):
        return 0
    try:
        with sqlite3.connect(f"file:{out / STORE_FILE}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM extractions").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_store_leftovers_of_a_killed_publish_put_right(nlp, tmp_path):
    ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)
    before = outputs(tmp_path)
    (tmp_path / ".graph.json.k3j2a9xq.tmp").write_text("half a graph")
    (tmp_path / "graph.json").write_text("the new graph, renamed before the kill")
    (tmp_path / ".graph.graphml.zzzzzzzz.tmp").write_bytes(before["graph.graphml"])
    with Store.open(tmp_path) as store, store.transaction():
        store.set_meta(
            "publishing", [[".graph.json.gone0000.tmp", "graph.json"], [".graph.graphml.zzzzzzzz.tmp", "graph.graphml"]]
        )
    ingest([INPUTS / "moon-kim.json"], out=tmp_path, nlp=nlp)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted((*OUTPUT_FILES, STORE_FILE))
    assert os.path.getsize(tmp_path / "graph.graphml") == len(before["graph.graphml"])


def test_store_readers_see_the_linked_corpus(nlp, tmp_path):
    ingest([INPUTS], out=tmp_path, nlp=nlp, on_error=lambda e: None)
    assert is_store(tmp_path)
    assert list(read_linked(tmp_path)) == list(read_extractions(tmp_path / "extractions.jsonl"))
