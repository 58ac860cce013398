"""TIME rules (summitgraph.timex.rules_time) and parts of the day, through normalize: fast, no model."""

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
        ("Tuesday morning", DCT, None, ("TIME", "2019-01-08TMO", None)),
        ("Monday afternoon", DCT, "past", ("TIME", "2019-01-07TAF", None)),
        ("Friday evening", DCT, "past", ("TIME", "2019-01-04TEV", None)),
        ("Sunday night", DCT, "past", ("TIME", "2019-01-06TNI", None)),
        ("this morning", DCT, None, ("TIME", "2019-01-08TMO", None)),
        ("yesterday afternoon", DCT, None, ("TIME", "2019-01-07TAF", None)),
        ("tonight", DCT, None, ("TIME", "2019-01-08TNI", None)),
        ("last night", DCT, None, ("TIME", "2019-01-07TNI", None)),
        ("early Monday", DCT, "past", ("DATE", "2019-01-07", "START")),
        ("late Tuesday", DCT, None, ("DATE", "2019-01-08", "END")),
        ("the evening", DCT, None, ("TIME", "2019-01-08TEV", None)),
        ("the morning of June 5", DCT, "past", ("TIME", "2018-06-05TMO", None)),
    ],
)
def test_rules_time_parts_of_day(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("3 p.m.", DCT, None, ("TIME", "2019-01-08T15:00", None)),
        ("3:30 p.m. EST", DCT, None, ("TIME", "2019-01-08T15:30", None)),
        ("12 a.m.", DCT, None, ("TIME", "2019-01-08T00:00", None)),
        ("18:00 UTC", DCT, None, ("TIME", "2019-01-08T18:00Z", None)),
        ("08:30 GMT", DCT, None, ("TIME", "2019-01-08T08:30Z", None)),
        ("6:40 p.m. (GMT +8)", DCT, None, ("TIME", "2019-01-08T18:40+08", None)),
        ("noon", DCT, None, ("TIME", "2019-01-08T12:00", None)),
        ("Tuesday at 3 p.m.", DCT, None, ("TIME", "2019-01-08T15:00", None)),
        ("5 p.m. on Monday", DCT, "past", ("TIME", "2019-01-07T17:00", None)),
        ("9 in the morning", DCT, None, ("TIME", "2019-01-08T09:00", None)),
        ("9 in the evening", DCT, None, ("TIME", "2019-01-08T21:00", None)),
        ("13 pm", DCT, None, None),
    ],
)
def test_rules_time_clock_times(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
