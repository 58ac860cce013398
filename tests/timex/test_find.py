"""Candidate spans of a Doc (summitgraph.timex.find), on hand-built Docs: no model."""

from __future__ import annotations

import pytest

from summitgraph.timex.find import finder_candidates, ner_candidates


def _texts(doc, candidates) -> list[str]:
    return [doc.text[c.start : c.end] for c in candidates]


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # prepositions and comparatives are trimmed off NER's DATE spans
        (
            "Kim/NNP/nsubj/1 met/VBD/ROOT/1 Xi/NNP/dobj/1 on/IN/prep/1 Tuesday/NNP/pobj/3",
            ((3, 5, "DATE"),),
            ["Tuesday"],
        ),
        (
            "It/PRP/nsubj/1 shipped/VBD/ROOT/1 for/IN/prep/1 more/JJR/amod/4 than/IN/quantmod/5 a/DT/det/6"
            " week/NN/pobj/2",
            ((2, 7, "DATE"),),
            ["a week"],
        ),
        # TIME entities too; other labels are not read
        ("It/PRP/nsubj/1 left/VBD/ROOT/1 at/IN/prep/1 noon/NN/pobj/2", ((2, 4, "TIME"), (0, 1, "ORG")), ["noon"]),
        # ages are no decades
        (
            "He/PRP/nsubj/1 is/VBZ/ROOT/1 in/IN/prep/1 his/PRP$/poss/5 early/JJ/amod/5 30s/NNS/pobj/2",
            ((3, 6, "DATE"),),
            [],
        ),
        # MEANTIME's extent: "ago" is a signal
        (
            "It/PRP/nsubj/1 began/VBD/ROOT/1 two/CD/nummod/3 years/NNS/npadvmod/4 ago/RB/advmod/1",
            ((2, 5, "DATE"),),
            ["two years"],
        ),
    ],
)
def test_find_ner_candidates_are_trimmed(doc_from_parse, parse, ents, expected):
    doc = doc_from_parse(parse, ents=ents)
    assert _texts(doc, ner_candidates(doc, doc.text, ago_as_date=False)) == expected


def test_find_ner_candidates_keep_ago_as_date(doc_from_parse):
    doc = doc_from_parse(
        "It/PRP/nsubj/1 began/VBD/ROOT/1 two/CD/nummod/3 years/NNS/npadvmod/4 ago/RB/advmod/1", ents=((2, 5, "DATE"),)
    )
    assert _texts(doc, ner_candidates(doc, doc.text, ago_as_date=True)) == ["two years ago"]


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # what NER missed: a weekday with its part of the day, a reference adverb
        (
            "Apple/NNP/nsubj/1 spoke/VBD/ROOT/1 on/IN/prep/1 Friday/NNP/compound/4 morning/NN/pobj/2",
            (),
            ["Friday morning"],
        ),
        ("It/PRP/nsubj/1 is/VBZ/ROOT/1 closed/JJ/acomp/1 now/RB/advmod/1", (), ["now"]),
        # "may" the verb is no month
        ("Kim/NNP/nsubj/1 may/MD/ROOT/1 visit/VB/xcomp/1", (), []),
        # not inside a name ...
        (
            "Stocks/NNS/nsubj/1 fell/VBD/ROOT/1 on/IN/prep/1 Black/NNP/compound/4 Monday/NNP/pobj/2",
            ((3, 5, "EVENT"),),
            [],
        ),
        # ... but the year of an event is a date
        (
            "He/PRP/nsubj/1 won/VBD/ROOT/1 the/DT/det/6 2008/CD/nummod/6 Beijing/NNP/compound/6 Olympic/NNP/compound/6"
            " Games/NNPS/dobj/1",
            ((2, 7, "EVENT"),),
            ["2008"],
        ),
        # a name that is exactly a date is not inside another name
        ("They/PRP/nsubj/1 marked/VBD/ROOT/1 Christmas/NNP/dobj/1", ((2, 3, "EVENT"),), ["Christmas"]),
        # holidays with one date wherever the news is written, but not "Independence Day"
        (
            "Sales/NNS/nsubj/1 peaked/VBD/ROOT/1 on/IN/prep/1 Mother/NNP/poss/5 's/POS/case/3 Day/NNP/pobj/2",
            (),
            ["Mother's Day"],
        ),
        ("Ukraine/NNP/nsubj/1 marked/VBD/ROOT/1 Independence/NNP/compound/3 Day/NNP/dobj/1", (), []),
        # wire copy's clock times and the week before last
        ("Fighting/NN/nsubj/1 stopped/VBD/ROOT/1 at/IN/prep/1 0900/CD/pobj/2 GMT/NNP/npadvmod/3", (), ["0900 GMT"]),
        (
            "Prices/NNS/nsubj/1 rose/VBD/ROOT/1 since/IN/prep/1 the/DT/det/4 week/NN/pobj/2 before/IN/prep/4"
            " last/JJ/pobj/5",
            (),
            ["the week before last"],
        ),
        (
            "Sales/NNS/nsubj/1 fell/VBD/ROOT/1 from/IN/prep/1 this/DT/det/4 time/NN/pobj/2 last/JJ/amod/6"
            " year/NN/npadvmod/4",
            (),
            ["last year", "this time last year"],
        ),
    ],
)
def test_find_finder_candidates(doc_from_parse, parse, ents, expected):
    doc = doc_from_parse(parse, ents=ents)
    assert _texts(doc, finder_candidates(doc, doc.text, ago_as_date=False)) == expected
