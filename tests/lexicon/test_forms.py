"""The inflection helper every word table uses."""

from __future__ import annotations

import pytest

from summitgraph.lexicon.forms import noun_forms, verb_forms


@pytest.mark.parametrize(
    "lemma, expected",
    [
        ("meet", ("meet", "meets", "met", "meeting")),
        ("chat", ("chat", "chats", "chatted", "chatting")),
        ("confer", ("confer", "confers", "conferred", "conferring")),
        ("visit", ("visit", "visits", "visited", "visiting")),
        ("discuss", ("discuss", "discusses", "discussed", "discussing")),
        ("dine", ("dine", "dines", "dined", "dining")),
        ("welcome", ("welcome", "welcomes", "welcomed", "welcoming")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("pay", ("pay", "pays", "paid", "paying")),
        ("speak", ("speak", "speaks", "spoke", "spoken", "speaking")),
        ("go", ("go", "goes", "went", "gone", "going")),
        ("travel", ("travel", "travels", "traveled", "travelled", "traveling", "travelling")),
        ("cancel", ("cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling")),
        ("open", ("open", "opens", "opened", "opening")),
        ("disclose", ("disclose", "discloses", "disclosed", "disclosing")),
        ("sit down", ("sit down", "sits down", "sat down", "sitting down")),
    ],
)
def test_forms_verb(lemma, expected):
    assert verb_forms(lemma) == expected


@pytest.mark.parametrize(
    "lemma, plural_only, expected",
    [
        ("summit", False, ("summit", "summits")),
        ("lunch", False, ("lunch", "lunches")),
        ("embassy", False, ("embassy", "embassies")),
        ("man", False, ("man", "men")),
        ("talks", True, ("talks",)),
    ],
)
def test_forms_noun(lemma, plural_only, expected):
    assert noun_forms(lemma, plural_only=plural_only) == expected
