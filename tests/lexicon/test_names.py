"""Integrity of the word tables the entity rules read: summitgraph.lexicon.names,
and the organisation, role and dateline tables next to it.

The rules compare the tables against ``token.lower_``, so every word is lower
case; a word written twice in one table is a slip (a set hides it); and tables
whose words must not meet stay apart.
"""

from __future__ import annotations

import ast
import inspect

import pytest

from summitgraph.lexicon import datelines, names, organisations, roles
from summitgraph.lexicon.datelines import DATELINE_WORDS
from summitgraph.lexicon.names import (
    CHINESE_SURNAMES,
    EAST_ASIAN_SURNAMES,
    EMPLOYEE_TITLES,
    KOREAN_SURNAMES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    PERSON_DESCRIPTIONS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    POST_TITLES,
    TITLE_OF_WORDS,
    TITLE_QUALIFIERS,
    TITLES,
    VIETNAMESE_SURNAMES,
)
from summitgraph.lexicon.organisations import ORG_HEADS, ORG_LINKS, ORG_NAME_CONJUNCTIONS, ORG_NATIONAL_HEADS
from summitgraph.lexicon.roles import GENERIC_ROLES, ROLE_MATCHES, ROLE_NOUNS

MODULES = (names, organisations, roles, datelines)


def _tables():
    """(module.NAME, words) for every upper-case table of the modules: set
    members, and the keys and values of word-to-word tables."""
    for module in MODULES:
        for name, value in vars(module).items():
            if not name.isupper() or name.startswith("_"):
                continue
            if isinstance(value, dict):
                words = list(value) + [v for v in value.values() if isinstance(v, str)]
                words += [w for v in value.values() if isinstance(v, frozenset) for w in v]
            else:
                words = list(value)
            yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", words


def _written(node: ast.AST) -> list[str]:
    """The words a table's source writes, repeats kept: split strings, set
    and tuple members, dict keys."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split":
        return _written(node.func.value)[0].split() if isinstance(node.func.value, ast.Constant) else []
    if isinstance(node, ast.Call):
        return [w for arg in node.args for w in _written(arg)]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [w for element in node.elts for w in _written(element)]
    if isinstance(node, ast.Dict):
        return [w for key in node.keys if key is not None for w in _written(key)]
    if isinstance(node, ast.BinOp):
        return _written(node.left) + _written(node.right)
    return []


def _written_tables():
    """(module.NAME, words as written) for every upper-case assignment."""
    for module in MODULES:
        for node in ast.parse(inspect.getsource(module)).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                name, value = node.target.id, node.value
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name, value = node.targets[0].id, node.value
            else:
                continue
            if name.isupper() and value is not None:
                yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", _written(value)


TABLES = list(_tables())
WRITTEN = list(_written_tables())


@pytest.mark.parametrize("table,words", TABLES, ids=[name for name, _ in TABLES])
def test_lexicon_tables_lower_case(table, words):
    assert words, f"{table} is empty"
    assert [w for w in words if w != w.lower() or w != w.strip() or not w] == []


@pytest.mark.parametrize("table,words", WRITTEN, ids=[name for name, _ in WRITTEN])
def test_lexicon_no_word_written_twice(table, words):
    assert sorted({w for w in words if words.count(w) > 1}) == []


@pytest.mark.parametrize(
    "a,b",
    [
        # A particle stripped as a title would cut "von der Leyen".
        (NAME_PARTICLES, TITLES),
        # "Bank of Korea" is no person's title, "President" no organisation's head.
        (TITLES, ORG_HEADS),
        (TITLES, ORG_NATIONAL_HEADS),
        (PERSON_TITLES, ORG_HEADS | ORG_NATIONAL_HEADS),
        # "Secretary of State" is a title phrase, "Ministry of State" an organisation.
        (TITLE_OF_WORDS, ORG_HEADS),
        # A description announces a name but is not stripped as a title.
        (PERSON_DESCRIPTIONS, TITLES),
        (TITLE_QUALIFIERS, POST_TITLES),
        # A Vietnamese name goes by its last word, an East Asian one by its first.
        (VIETNAMESE_SURNAMES, EAST_ASIAN_SURNAMES),
    ],
)
def test_lexicon_tables_disjoint(a, b):
    assert sorted(a & b) == []


@pytest.mark.parametrize(
    "part,whole",
    [
        (TITLE_QUALIFIERS, TITLES),
        (POST_TITLES, TITLES),
        (PERSON_TITLES - PERSON_DESCRIPTIONS, TITLES),
        (PERSON_TITLES, EMPLOYEE_TITLES),
        (KOREAN_SURNAMES | CHINESE_SURNAMES, EAST_ASIAN_SURNAMES),
        # The link words of "Centre for the National Interest" may sit inside a name.
        (ORG_LINKS, NAME_CONNECTORS),
        # A normalised role ("prime minister" for "premier") is a role noun itself.
        (frozenset(ROLE_NOUNS.values()), frozenset(ROLE_NOUNS)),
        (frozenset(ROLE_MATCHES), frozenset(ROLE_NOUNS.values())),
    ],
)
def test_lexicon_table_within(part, whole):
    assert sorted(part - whole) == []


def test_lexicon_person_titles_are_titles_less_qualifiers_and_posts():
    assert PERSON_TITLES == (TITLES - TITLE_QUALIFIERS - POST_TITLES) | PERSON_DESCRIPTIONS
    assert EAST_ASIAN_SURNAMES == KOREAN_SURNAMES | CHINESE_SURNAMES


def test_lexicon_name_connectors_are_particles_or_english():
    """The connectors that are no particle are the English words of
    organisation names ("Bank of America", "Centre for the National Interest")."""
    assert NAME_CONNECTORS - NAME_PARTICLES == {"of", "for", "on", "the", "and"}


def test_lexicon_abbreviated_titles_with_and_without_dot():
    """ "Mr. Moon" and "Mr Moon": spaCy keeps the dot on the token, British style drops it."""
    assert sorted({w.rstrip(".") for w in TITLES if w.endswith(".")} - TITLES) == []


@pytest.mark.parametrize("role,matches", list(ROLE_MATCHES.items()))
def test_lexicon_generic_role_matches_itself(role, matches):
    assert role in matches


def test_lexicon_pronoun_numbers():
    assert set(PERSON_PRONOUNS.values()) == {"sg", "pl"}


@pytest.mark.parametrize("words", [ORG_LINKS, ORG_NAME_CONJUNCTIONS, GENERIC_ROLES, DATELINE_WORDS])
def test_lexicon_small_tables_are_single_tokens(words):
    """Compared with one token's ``lower_``: no spaces inside."""
    assert [w for w in words if " " in w] == []
