"""Choosing among candidates (summitgraph.timex.select): fast, no model."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.timex.select import select
from summitgraph.timex.trim import Candidate

SEED_DCT = dt.date(2019, 1, 8)  # a Tuesday


def _candidates(text: str, pieces: tuple[str, ...]) -> list[Candidate]:
    out = []
    for piece in pieces:
        start = text.index(piece)
        out.append(Candidate(start, start + len(piece), piece))
    return out


@pytest.mark.parametrize(
    "text,ner,found,expected",
    [
        # a pattern match replaces the NER span it contains
        ("on Friday morning", ("Friday",), ("Friday morning",), ["Friday morning"]),
        # ... joins one it overlaps when the union is one expression
        ("late Monday night", ("late Monday",), ("Monday night",), ["late Monday night"]),
        # ... and fills in what NER missed
        ("now and in June", ("June",), ("now",), ["now", "June"]),
        # NER spans that are no time expression as a whole are split ...
        ("June 17, two days", ("June 17, two days",), (), ["June 17", "two days"]),
        ("between 2014 and 2016", ("between 2014 and 2016",), (), ["2014", "2016"]),
        # ... cut down to the time expression inside ...
        ("the peak season last year", ("the peak season last year",), (), ["last year"]),
        # ... or dropped
        ("the age of 56", ("the age of 56",), (), []),
        # pattern matches that do not normalise are not kept
        ("in Spring Street", (), ("Spring Street",), []),
        # the bare end year of a year range is added
        ("from 2009 to 2011", ("2009",), (), ["2009", "2011"]),
    ],
)
def test_select_merges_ner_and_pattern_candidates(text, ner, found, expected):
    chosen = select(text, _candidates(text, ner), _candidates(text, found), SEED_DCT, ago_as_date=False)
    assert [text[c.start : c.end] for c in chosen] == expected
