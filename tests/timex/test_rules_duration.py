"""DURATION rules (summitgraph.timex.rules_duration), through normalize: fast, no model."""

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
        ("three days", DCT, None, ("DURATION", "P3D", None)),
        ("18 months", DCT, None, ("DURATION", "P18M", None)),
        ("a week", DCT, None, ("DURATION", "P1W", None)),
        ("twenty-five years", DCT, None, ("DURATION", "P25Y", None)),
        ("thirty minutes", DCT, None, ("DURATION", "PT30M", None)),
        ("24 hours", DCT, None, ("DURATION", "PT24H", None)),
        ("fifty-year", DCT, None, ("DURATION", "P50Y", None)),
        ("12-hour", DCT, None, ("DURATION", "PT12H", None)),
        ("35-year-old", DCT, None, ("DURATION", "P35Y", None)),
        ("a year and a half", DCT, None, ("DURATION", "P1.5Y", None)),
        ("two and a half years", DCT, None, ("DURATION", "P2.5Y", None)),
        ("almost two and a half years", DCT, None, ("DURATION", "P2.5Y", "APPROX")),
        ("half an hour", DCT, None, ("DURATION", "PT30M", None)),
        ("half a year", DCT, None, ("DURATION", "P6M", None)),
        ("1 year and 6 months", DCT, None, ("DURATION", "P1Y6M", None)),
        ("two hours and 30 minutes", DCT, None, ("DURATION", "PT2H30M", None)),
        ("three straight days", DCT, None, ("DURATION", "P3D", None)),
        ("more than a week", DCT, None, ("DURATION", "P1W", "MORE_THAN")),
        ("about three years", DCT, None, ("DURATION", "P3Y", "APPROX")),
        ("the past year", DCT, None, ("DURATION", "P1Y", None)),
        ("the past decade", DCT, None, ("DURATION", "P10Y", None)),
        ("the past two years", DCT, None, ("DURATION", "P2Y", None)),
        ("the next four years", DCT, None, ("DURATION", "P4Y", None)),
        ("the past 12 months", DCT, None, ("DURATION", "P12M", None)),
        ("several years", DCT, None, ("DURATION", "PXY", None)),
        ("a few days", DCT, None, ("DURATION", "PXD", None)),
        ("the coming months", DCT, None, ("DURATION", "PXM", None)),
        ("recent years", DCT, None, ("DURATION", "PXY", None)),
        ("over the years", DCT, None, ("DURATION", "PXY", None)),
        ("decades", DCT, None, ("DURATION", "PXY", None)),
        ("decades-long", DCT, None, ("DURATION", "PXY", None)),
        ("centuries", DCT, None, ("DURATION", "PXY", None)),
        ("the recent years", DCT, None, None),  # the Quantifier row's vague=False
        ("several 3 years", DCT, None, None),  # "several" takes no number
        ("2 hours and 3 days", DCT, None, None),  # larger units come first
        ("a second", DCT, None, None),  # as in "a second day": an ordinal, not one second
    ],
)
def test_rules_duration_durations(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("two weeks ago", DCT, None, ("DATE", "2018-12-25", None)),
        ("three days ago", DCT, None, ("DATE", "2019-01-05", None)),
        ("two years ago", DCT, None, ("DATE", "2017", None)),
        ("three months ago", DCT, None, ("DATE", "2018-10", None)),
        ("a year ago", DCT, None, ("DATE", "2018", None)),
        ("a decade ago", DCT, None, ("DATE", "2009", None)),
        ("two days later", DCT, None, ("DATE", "2019-01-10", None)),
        ("two weeks from now", DCT, None, ("DATE", "2019-01-22", None)),
        ("years ago", DCT, None, ("DATE", "PAST_REF", None)),
        ("a few days ago", DCT, None, ("DATE", "PAST_REF", None)),
        ("a few days later", DCT, None, ("DATE", "FUTURE_REF", None)),
        ("three hours ago", DCT, None, ("DATE", "2019-01-08", None)),
    ],
)
def test_rules_duration_ago_counts_from_anchor(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
