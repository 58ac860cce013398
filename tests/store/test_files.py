"""Tests of summitgraph.store.files: output files replaced together, and
what a killed run leaves behind put right by the next one."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from summitgraph.errors import ExportError
from summitgraph.store import Interrupted, Store, finish_publishing, remove_leftovers, replace_together
from summitgraph.store import files as files_module

NAMES = ("extractions.jsonl", "graph.graphml", "graph.json")


def old_outputs(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (folder / name).write_text(f"old {name}\n")
    return {name: f"old {name}\n" for name in NAMES}


def writer(paths: dict[str, Path]) -> None:
    for name, path in paths.items():
        path.write_text(f"new {name}\n")


def texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.iterdir()) if p.is_file() and p.name in NAMES}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("with_store", [False, True], ids=["no-store", "store"])
def test_files_replace_together(tmp_path: Path, with_store: bool):
    old_outputs(tmp_path)
    store = Store.open(tmp_path, create=True) if with_store else None
    try:
        written = replace_together(tmp_path, NAMES, writer, store)
        assert written == [tmp_path / name for name in NAMES]
        assert texts(tmp_path) == {name: f"new {name}\n" for name in NAMES}
        assert leftovers(tmp_path) == []
        if store is not None:
            assert store.get_meta("publishing") is None
    finally:
        if store is not None:
            store.close()


def test_files_failure_while_writing_changes_nothing(tmp_path: Path):
    before = old_outputs(tmp_path)

    def fails(paths: dict[str, Path]) -> None:
        writer(paths)
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        replace_together(tmp_path, NAMES, fails)
    assert texts(tmp_path) == before and leftovers(tmp_path) == []


def test_files_ctrl_c_during_renames_waits_for_all(tmp_path: Path, monkeypatch):
    """Ctrl-C between two renames used to leave a new graph.json beside the old files."""
    old_outputs(tmp_path)
    real = os.replace
    calls = []

    def replace(src, dst):
        real(src, dst)
        calls.append(dst)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # arrives between the first and the second rename

    monkeypatch.setattr(files_module.os, "replace", replace)
    with pytest.raises(Interrupted):
        replace_together(tmp_path, NAMES, writer)
    assert len(calls) == 3
    assert texts(tmp_path) == {name: f"new {name}\n" for name in NAMES}
    assert isinstance(Interrupted(), KeyboardInterrupt)


def test_files_renames_left_by_a_killed_run_are_finished(tmp_path: Path):
    """kill -9 after the first of three renames: the next opening finishes them."""
    old_outputs(tmp_path)
    pairs = []
    for name in NAMES:
        temp = f".{name}.abcd1234.tmp"
        (tmp_path / temp).write_text(f"new {name}\n")
        pairs.append([temp, name])
    os.replace(tmp_path / pairs[0][0], tmp_path / NAMES[0])  # done before the kill
    with Store.open(tmp_path, create=True) as store:
        with store.transaction():
            store.set_meta("publishing", pairs)
        assert finish_publishing(store, tmp_path) is True
        assert store.get_meta("publishing") is None
        assert finish_publishing(store, tmp_path) is False
    assert texts(tmp_path) == {name: f"new {name}\n" for name in NAMES}
    assert leftovers(tmp_path) == []


def test_files_leftover_temporary_files_removed(tmp_path: Path):
    old_outputs(tmp_path)
    for name in (".graph.json.k3j2a9_x.tmp", ".extractions.jsonl.00000000.tmp", ".notes.txt.abcdefgh.tmp", "x.tmp"):
        (tmp_path / name).write_text("partial")
    removed = remove_leftovers(tmp_path, NAMES)
    assert sorted(p.name for p in removed) == [".extractions.jsonl.00000000.tmp", ".graph.json.k3j2a9_x.tmp"]
    assert leftovers(tmp_path) == [".notes.txt.abcdefgh.tmp", "x.tmp"]  # not ours: kept


@pytest.mark.parametrize("where", ["file", "folder-in-the-way"])
def test_files_unwritable_target_one_line(tmp_path: Path, where: str):
    if where == "file":
        out = tmp_path / "taken"
        out.write_text("a file")
    else:
        out = tmp_path
        (out / "graph.json").mkdir()
    with pytest.raises(ExportError) as raised:
        replace_together(out, NAMES, writer)
    assert "\n" not in str(raised.value)
