"""Trimming spans to MEANTIME's extent (summitgraph.timex.trim): fast, no model."""

from __future__ import annotations

import pytest

from summitgraph.timex.trim import not_a_time, trim


@pytest.mark.parametrize(
    "text,ago_as_date,span,norm_text",
    [
        ("on Tuesday", False, "Tuesday", "Tuesday"),
        ("more than a week", False, "a week", "a week"),
        ("just over a week,", False, "a week", "a week"),
        ("(Monday", False, "Monday", "Monday"),
        ("Monday's", False, "Monday", "Monday"),
        ("New Year's", False, "New Year's", "New Year's"),  # the holiday keeps its "'s"
        ("New Year\u2019s", False, "New Year\u2019s", "New Year\u2019s"),
        ("two years ago", False, "two years", "two years"),  # "ago" is a signal
        ("two years ago", True, "two years ago", "two years ago"),  # TimeBank's reading
        ("two days before", False, "two days", "two days"),
        ("15 a year", False, "a year", "15 a year"),  # the count is normalised, not spanned
        ("over the years", False, "over the years", "over the years"),
        ("the 2008", False, "2008", "2008"),
        ("3 p.m.", False, "3 p.m.", "3 p.m."),
        ("6:40 p.m. (GMT +8)", False, "6:40 p.m. (GMT +8)", "6:40 p.m. (GMT +8)"),
        ("its 41-year", False, "41-year", "41-year"),
        ("'90s", False, "'90s", "'90s"),
    ],
)
def test_trim_to_meantime_extent(text, ago_as_date, span, norm_text):
    c = trim(text, 0, len(text), ago_as_date)
    assert c is not None and (text[c.start : c.end], c.norm_text) == (span, norm_text)


def test_trim_leaves_nothing_of_punctuation():
    assert trim("said, (", 4, 7, ago_as_date=False) is None


@pytest.mark.parametrize(
    "parse,start,end,expected",
    [
        ("He/PRP/nsubj/1 is/VBZ/ROOT/1 in/IN/prep/1 his/PRP$/poss/5 early/JJ/amod/5 30s/NNS/pobj/2", 3, 6, True),
        ("He/PRP/nsubj/1 is/VBZ/ROOT/1 in/IN/prep/1 his/PRP$/poss/4 60s/NNS/pobj/2", 4, 5, True),  # age after "his"
        ("She/PRP/nsubj/1 recalled/VBD/ROOT/1 her/PRP$/poss/3 days/NNS/dobj/1", 2, 4, True),  # an era
        ("It/PRP/nsubj/1 ended/VBD/ROOT/1 its/PRP$/poss/4 41-year/JJ/amod/4 history/NN/dobj/1", 2, 4, False),
        ("Referee/NNP/compound/2 Tony/NNP/compound/2 Weeks/NNP/nsubj/3 said/VBD/ROOT/3", 2, 3, True),  # a name
        ("Weeks/NNS/nsubj/1 passed/VBD/ROOT/1", 0, 1, False),  # at the start of a sentence
        (
            "They/PRP/nsubj/1 won/VBD/ROOT/1 three/CD/nummod/3 quarters/NNS/dobj/1 of/IN/prep/3 it/PRP/pobj/4",
            2,
            4,
            True,
        ),
        ("It/PRP/nsubj/1 took/VBD/ROOT/1 three/CD/nummod/3 quarters/NNS/dobj/1", 2, 4, False),
        ("It/PRP/nsubj/1 came/VBD/ROOT/1 in/IN/prep/1 the/DT/det/4 1990s/NNS/pobj/2", 3, 5, False),
    ],
)
def test_trim_not_a_time(doc_from_parse, parse, start, end, expected):
    doc = doc_from_parse(parse)
    span = doc[start:end]
    assert not_a_time(doc.text, span.start_char, span.end_char, span[0]) is expected
