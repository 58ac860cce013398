"""Tests of summitgraph.export.files: atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summitgraph.export import atomic_path


def test_export_atomic_path_replaces_on_success(tmp_path: Path):
    target = tmp_path / "graph.json"
    target.write_text("old")
    with atomic_path(target) as temp:
        assert temp != target and temp.parent == target.parent
        temp.write_text("new")
        assert target.read_text() == "old"  # not replaced before the block ends
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]


@pytest.mark.parametrize("exists", [True, False], ids=["old-file", "no-file"])
def test_export_atomic_path_keeps_old_file_when_block_raises(tmp_path: Path, exists: bool):
    target = tmp_path / "graph.graphml"
    if exists:
        target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as temp:
            temp.write_text("half")
            raise RuntimeError("interrupted")
    assert (target.read_text() if exists else target.exists()) == ("old" if exists else False)
    assert [p.name for p in tmp_path.iterdir()] == (["graph.graphml"] if exists else [])


def test_export_atomic_path_keyboard_interrupt_leaves_no_temp(tmp_path: Path):
    target = tmp_path / "graph.json"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target) as temp:
            temp.write_text("half")
            raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_export_atomic_path_makes_folder_and_ordinary_file(tmp_path: Path):
    target = tmp_path / "new" / "sub" / "graph.json"
    with atomic_path(target) as temp:
        temp.write_text("x")
    assert target.read_text() == "x"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's private 0o600
