"""The interaction rules on Docs built by hand: participants, status and
attachment read a fixed parse, so each rule is tested without the model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from summitgraph.interactions import find_candidates
from summitgraph.interactions.context import DocIndex
from summitgraph.interactions.status import status
from summitgraph.models import Mention, NameMention

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
_DATE_VALUES = {"Tuesday": "2019-01-08", "Monday": "2019-01-07"}


def _mentions(doc: Doc) -> tuple[list[NameMention], list[Mention]]:
    names, dates = [], []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            value = _DATE_VALUES[ent.text]
            dates.append(
                Mention(start=ent.start_char, end=ent.end_char, text=ent.text, kind="date", value=value, type="DATE")
            )
            continue
        names.append(
            NameMention(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                kind=_KIND[ent.label_],
                label=ent.label_,
                name=ent.text,
                sentence=0,
                token_start=ent.start,
                token_end=ent.end,
            )
        )
    return names, dates


def _ents(doc_words: str, labels: dict[str, str]) -> list[tuple[int, int, str]]:
    words = [item.rsplit("/", 3)[0] for item in doc_words.split()]
    return [(i, i + 1, labels[w]) for i, w in enumerate(words) if w in labels]


_LABELS = {
    **dict.fromkeys(["Kim", "Trump", "Xi", "Merkel", "Macron", "Abe", "Putin", "Modi", "Moon"], "PERSON"),
    **dict.fromkeys(["Hanoi", "Singapore"], "GPE"),
    **dict.fromkeys(["Tuesday", "Monday"], "DATE"),
}


def _found(build, parse: str):
    doc = build(parse, ents=_ents(parse, _LABELS))
    names, dates = _mentions(doc)
    candidates = find_candidates(doc, names, dates)
    label = {i: m.text for i, m in enumerate(names)}
    return (
        doc,
        names,
        dates,
        [
            (
                c.kind,
                tuple(label[i] for i in c.side_a),
                tuple(label[i] for i in c.side_b),
                c.status,
                c.mode,
                label.get(c.place) if c.place is not None else None,
                dates[c.date].text if c.date is not None else None,
            )
            for c in candidates
        ],
    )


KIM_MET_TRUMP = (
    "Kim/NNP/nsubj/1 met/VBD/ROOT/1 Trump/NNP/dobj/1 in/IN/prep/1 "
    "Singapore/NNP/pobj/3 on/IN/prep/1 Tuesday/NNP/pobj/5 ././punct/1"
)


@pytest.mark.parametrize(
    "parse, expected",
    [
        # A meeting verb: subject, object, place and date from the verb's own phrases.
        (KIM_MET_TRUMP, [("met", ("Kim",), ("Trump",), "occurred", "in_person", "Singapore", "Tuesday")]),
        # Conjoined subjects met each other.
        (
            "Kim/NNP/nsubj/3 and/CC/cc/0 Trump/NNP/conj/0 met/VBD/ROOT/3 in/IN/prep/3 Hanoi/NNP/pobj/4 ././punct/3",
            [("met", ("Kim", "Trump"), (), "occurred", "in_person", "Hanoi", None)],
        ),
        # "welcoming" is as much in person as "welcomed": one lexicon row, all its forms.
        (
            "Merkel/NNP/nsubj/2 was/VBD:AUX/aux/2 welcoming/VBG/ROOT/2 "
            "Macron/NNP/dobj/2 on/IN/prep/2 Monday/NNP/pobj/4 ././punct/2",
            [("met", ("Merkel",), ("Macron",), "occurred", "in_person", None, "Monday")],
        ),
        # A "with" partner and the means of talking.
        (
            "Abe/NNP/nsubj/1 talked/VBD/ROOT/1 with/IN/prep/1 "
            "Trump/NNP/pobj/2 by/IN/prep/1 phone/NN/pobj/4 ././punct/1",
            [("met", ("Abe",), ("Trump",), "occurred", "phone", None, None)],
        ),
        # "talk to reporters" is no meeting; "talk" meets only "with" someone.
        ("Abe/NNP/nsubj/1 talked/VBD/ROOT/1 to/IN/prep/1 Kim/NNP/pobj/2 ././punct/1", []),
        # A verb that needs a person object: "received a letter" is no meeting.
        ("Xi/NNP/nsubj/1 received/VBD/ROOT/1 a/DT/det/3 letter/NN/dobj/1 ././punct/1", []),
        # Everyone brought together met; "brought his sister" is no meeting.
        (
            "The/DT/det/1 summit/NN/nsubj/2 brought/VBD/ROOT/2 together/RB/advmod/2 Xi/NNP/dobj/2 ,/,/punct/4 "
            "Putin/NNP/conj/4 and/CC/cc/6 Modi/NNP/conj/6 ././punct/2",
            [("met", ("Xi", "Putin", "Modi"), (), "occurred", "in_person", None, None)],
        ),
        ("Kim/NNP/nsubj/1 brought/VBD/ROOT/1 his/PRP$/poss/3 sister/NN/dobj/1 ././punct/1", []),
        # A pronoun subject is the speaker who reports it; "would" in reported speech is planned.
        (
            "Kim/NNP/nsubj/1 said/VBD/ROOT/1 he/PRP/nsubj/4 "
            "would/MD/aux/4 meet/VB/ccomp/1 Trump/NNP/dobj/4 ././punct/1",
            [("met", ("Kim",), ("Trump",), "planned", "in_person", None, None)],
        ),
        # A denial gives no candidate.
        ("Kim/NNP/nsubj/3 did/VBD:AUX/aux/3 not/RB:PART/neg/3 meet/VB/ROOT/3 Trump/NNP/dobj/3 ././punct/3", []),
        # A meeting noun: the subject of its light verb and its "with" partner.
        (
            "Moon/NNP/nsubj/1 held/VBD/ROOT/1 talks/NNS/dobj/1 with/IN/prep/2 Kim/NNP/pobj/3 ././punct/1",
            [("met", ("Moon",), ("Kim",), "occurred", None, None, None)],
        ),
        # A called-off summit is kept, as cancelled.
        (
            "Kim/NNP/nsubj/1 cancelled/VBD/ROOT/1 the/DT/det/3 "
            "summit/NN/dobj/1 with/IN/prep/3 Trump/NNP/pobj/4 ././punct/1",
            [("met", ("Kim",), ("Trump",), "cancelled", None, None, None)],
        ),
    ],
)
def test_rules_candidates(doc_from_parse, parse, expected):
    assert _found(doc_from_parse, parse)[3] == expected


@pytest.mark.parametrize(
    "parse, trigger, expected",
    [
        ("Kim/NNP/nsubj/2 will/MD/aux/2 meet/VB/ROOT/2 Trump/NNP/dobj/2 ././punct/2", "meet", "planned"),
        ("Kim/NNP/nsubj/2 could/MD/aux/2 meet/VB/ROOT/2 Trump/NNP/dobj/2 ././punct/2", "meet", "possible"),
        (
            "Kim/NNP/nsubj/3 did/VBD:AUX/aux/3 not/RB:PART/neg/3 meet/VB/ROOT/3 Trump/NNP/dobj/3 ././punct/3",
            "meet",
            "denied",
        ),
        (
            "Kim/NNP/nsubjpass/2 is/VBZ:AUX/auxpass/2 expected/VBN/ROOT/2 "
            "to/TO/aux/4 meet/VB/xcomp/2 Trump/NNP/dobj/4 ././punct/2",
            "meet",
            "planned",
        ),
        (
            "Kim/NNP/nsubj/1 hopes/VBZ/ROOT/1 to/TO/aux/3 meet/VB/xcomp/1 Trump/NNP/dobj/3 ././punct/1",
            "meet",
            "possible",
        ),
        (
            "Kim/NNP/nsubj/1 refused/VBD/ROOT/1 to/TO/aux/3 meet/VB/xcomp/1 Trump/NNP/dobj/3 ././punct/1",
            "meet",
            "denied",
        ),
        (
            "Kim/NNP/nsubj/1 is/VBZ:AUX/ROOT/1 to/TO/aux/3 meet/VB/xcomp/1 Trump/NNP/dobj/3 ././punct/1",
            "meet",
            "planned",
        ),
        (
            "Kim/NNP/nsubj/1 cancelled/VBD/ROOT/1 the/DT/det/3 "
            "summit/NN/dobj/1 with/IN/prep/3 Trump/NNP/pobj/4 ././punct/1",
            "summit",
            "cancelled",
        ),
        (
            "Kim/NNP/nsubj/2 had/VBD:AUX/aux/2 been/VBN:AUX/ROOT/2 due/JJ/acomp/2 "
            "to/TO/aux/5 visit/VB/xcomp/3 Hanoi/NNP/dobj/5 ././punct/2",
            "visit",
            "cancelled",
        ),
        ("a/DT/det/2 possible/JJ/amod/2 summit/NN/ROOT/2", "summit", "possible"),
        ("the/DT/det/2 upcoming/JJ/amod/2 summit/NN/ROOT/2", "summit", "planned"),
        ("Kim/NNP/nsubj/1 met/VBD/ROOT/1 Trump/NNP/dobj/1 ././punct/1", "met", "occurred"),
    ],
)
def test_rules_status(doc_from_parse, parse, trigger, expected):
    doc = doc_from_parse(parse)
    token = next(t for t in doc if t.text == trigger)
    assert status(DocIndex(doc, [], []), token) == expected
