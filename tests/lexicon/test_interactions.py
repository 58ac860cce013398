"""Integrity of the interaction and modality tables: every form maps to one
lemma, rows are valid, tables that must be disjoint are."""

from __future__ import annotations

import pytest

from summitgraph.lexicon import meetings, modality, participants, travel
from summitgraph.lexicon.forms import verb_forms
from summitgraph.models import Mode, Status

_MODES = set(Mode.__args__)
_STATUSES = set(Status.__args__)


def _lower_words(table) -> list[str]:
    return [w for w in table if w != w.lower() or w != w.strip()]


@pytest.mark.parametrize(
    "table",
    [
        meetings.MEETING_VERBS,
        meetings.MEETING_NOUNS,
        meetings.LIGHT_VERBS,
        meetings.MODE_WORDS,
        travel.VISIT_VERBS,
        travel.TRAVEL_VERBS,
        travel.VISIT_NOUNS,
        travel.ACCOMPANY_VERBS,
        modality.CONTROLLERS,
        modality.MODALS,
        modality.MODIFIERS,
        modality.REPORTING_VERBS,
        participants.ADDRESS_VERBS,
        participants.PEOPLE_NOUNS,
        participants.TOPIC_PREPS,
    ],
)
def test_lexicon_tables_are_lower_case(table):
    assert not _lower_words(table)


def test_lexicon_every_meeting_verb_form_has_one_lemma():
    lemmas_of: dict[str, set[str]] = {}
    for lemma in meetings._MEETING_VERBS:
        for form in verb_forms(lemma):
            lemmas_of.setdefault(form, set()).add(lemma)
    assert {f: ls for f, ls in lemmas_of.items() if len(ls) > 1} == {}
    assert all(meetings.MEETING_VERBS[f][0] == lemma for f, (lemma,) in lemmas_of.items())


def test_lexicon_every_control_form_has_one_cue():
    cue_of: dict[str, set] = {}
    for lemma, cue in modality._CONTROL_VERBS.items():
        for form in verb_forms(lemma):
            cue_of.setdefault(form, set()).add(cue)
    for word, cue in modality._CONTROL_WORDS.items():
        cue_of.setdefault(word, set()).add(cue)
    assert {f: cs for f, cs in cue_of.items() if len(cs) > 1} == {}


@pytest.mark.parametrize("lemma, row", sorted(meetings._MEETING_VERBS.items()))
def test_lexicon_meeting_verb_rows_are_valid(lemma, row):
    assert row.partner_preps and all(p.isalpha() for p in row.partner_preps)
    assert not (row.person_object and not row.object_is_partner), "a person object must be a partner"
    assert lemma == lemma.lower()


def test_lexicon_modes_and_statuses_are_valid():
    assert set(meetings.MODE_WORDS.values()) <= _MODES
    assert {c.status for c in modality.CONTROLLERS.values()} - {None} <= _STATUSES
    assert {m.status for m in modality.MODALS.values()} - {None} <= _STATUSES
    assert set(modality.MODIFIERS.values()) <= _STATUSES


def test_lexicon_negators_call_off_or_deny():
    assert {modality.CONTROLLERS[w].status for w in modality.NEGATORS} == {"cancelled", "denied"}
    assert "postponed" in modality.NEGATORS and "refused" in modality.NEGATORS


def test_lexicon_one_modality_table_for_tense_and_status():
    # "expected to meet" is planned (status) and future (dates) from one row.
    assert modality.control_cue("expected") == modality.Cue("planned", future=True)
    assert modality.control_cue("hopes").future and modality.control_cue("hopes").status == "possible"


def test_lexicon_meeting_and_visit_nouns_are_disjoint():
    assert not set(meetings.MEETING_NOUNS) & set(travel.VISIT_NOUNS)
