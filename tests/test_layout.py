"""The house rules of the code layout, checked on the source itself.

- imports point one way, down the data flow (article -> doc -> mentions ->
  entities -> events -> graph -> export -> ingest -> cli);
- no module is over 400 lines;
- rule functions hold no inline word set: English words live in
  ``summitgraph.lexicon`` (spaCy's labels and summitgraph's own values are
  grammar, not words, and may appear in code);
- ruff is clean.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "summitgraph"

#: Units of the package from the bottom of the data flow to the top. A unit is
#: a top-level module or package of ``summitgraph``; units on one line are
#: independent of each other.
LAYERS: list[set[str]] = [
    {"__init__", "errors", "models"},
    {"lexicon"},
    {"names", "gazetteer", "syntax"},
    {"articles"},
    {"pipeline"},
    {"mentions", "timex"},
    {"resolve"},
    {"interactions"},
    {"extract"},
    {"graph"},
    {"audit"},
    {"export"},
    {"store"},
    {"ingest", "source", "render"},
    {"cli"},
    {"__main__"},
]
LAYER_OF = {unit: n for n, units in enumerate(LAYERS) for unit in units}
MAX_LINES = 400


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts)


def _unit(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _is_unit(name: str) -> bool:
    return (PACKAGE / f"{name}.py").is_file() or (PACKAGE / name / "__init__.py").is_file()


def _imported_units(tree: ast.AST) -> set[str]:
    units = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "summitgraph":  # "from summitgraph import gazetteer, __version__"
                names = [f"summitgraph.{a.name}" if _is_unit(a.name) else "summitgraph" for a in node.names]
            else:
                names = [node.module]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "summitgraph":
                units.add(parts[1] if len(parts) > 1 else "__init__")
    return units


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_imports_point_down_the_data_flow(path):
    unit = _unit(path)
    assert unit in LAYER_OF, f"{unit} has no place in LAYERS: add it where it sits in the data flow"
    for imported in _imported_units(ast.parse(path.read_text(encoding="utf-8"))):
        if imported == unit:
            continue
        assert imported in LAYER_OF, f"{path.name} imports summitgraph.{imported}, which has no place in LAYERS"
        assert LAYER_OF[imported] < LAYER_OF[unit], (
            f"{path.relative_to(PACKAGE)} ({unit}, layer {LAYER_OF[unit]}) imports {imported} "
            f"(layer {LAYER_OF[imported]}): imports must point down the data flow"
        )


def test_layout_layering_check_catches_an_upward_import():
    tree = ast.parse("from summitgraph.ingest import ingest\nfrom summitgraph import graph\nimport summitgraph.cli")
    assert _imported_units(tree) == {"ingest", "graph", "cli"}
    assert LAYER_OF["ingest"] > LAYER_OF["interactions"]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_module_size(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines (at most {MAX_LINES}): split it"


# Strings that may appear in code: spaCy's labels (dependencies, tags, parts
# of speech, entity types) and summitgraph's own values.
_OWN_VALUES = {
    *("person", "organization", "place", "date", "met", "visited", "accompanied"),
    *("occurred", "planned", "possible", "cancelled", "denied", "in_person", "phone", "video", "letter"),
    *("past", "present", "future", "inherit", "ROLE", "other"),
    *("meeting", "talks", "summit", "visit", "call"),
    # spaCy's pipeline components
    *("tok2vec", "tagger", "parser", "ner", "senter", "sentencizer", "lemmatizer"),
}


def _is_word(value: object) -> bool:
    return isinstance(value, str) and value.isalpha() and value not in GLOSSARY and value not in _OWN_VALUES


def _inline_word_sets(tree: ast.AST) -> list[tuple[int, list[str]]]:
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts:
                words = [e.value for e in node.elts if isinstance(e, ast.Constant) and _is_word(e.value)]
                if words and len(words) == len(node.elts):
                    found.append((node.lineno, words))
    return found


_RULE_UNITS = {"pipeline", "mentions", "timex", "resolve", "interactions", "syntax", "names"}


@pytest.mark.parametrize(
    "path", [p for p in _modules() if _unit(p) in _RULE_UNITS], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_layout_no_inline_word_sets_in_rules(path):
    found = _inline_word_sets(ast.parse(path.read_text(encoding="utf-8")))
    assert not found, (
        f"{path.relative_to(PACKAGE)}: word sets inside functions {found}; move them to summitgraph.lexicon"
    )


def test_layout_word_set_check_catches_one():
    tree = ast.parse('def f(t):\n    return t.dep_ in {"nsubj", "dobj"} or t.lower_ in {"greet", "greeted"}\n')
    assert _inline_word_sets(tree) == [(2, ["greet", "greeted"])]


def test_layout_ruff_is_clean():
    for command in (
        ["check", "src", "tests", "bench", "scripts"],
        ["format", "--check", "src", "tests", "bench", "scripts"],
    ):
        done = subprocess.run([sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, f"ruff {command[0]}:\n{done.stdout}{done.stderr}"
