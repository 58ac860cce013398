"""Rules for expressions made of two (summitgraph.timex.rules_compound), through normalize."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.models import Timex
from summitgraph.timex import normalize

# The seed article's publication date, a Tuesday.
DCT = dt.date(2019, 1, 8)


def _triple(t: Timex | None) -> tuple[str, str, str | None] | None:
    return None if t is None else (t.type, t.value, t.mod)


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("the same period last year", DCT, None, ("DATE", "2018", None)),
        ("the first nine months of the year", DCT, None, ("DURATION", "P9M", None)),
        ("June 6, 2013 11:34PM", DCT, None, ("TIME", "2013-06-06T23:34", None)),
        ("the same period of the past year", DCT, None, None),  # "the past year" is a duration
    ],
)
def test_rules_compound_two_expressions(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
