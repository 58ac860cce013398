"""SET rules (summitgraph.timex.rules_set), through normalize: fast, no model."""

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
        ("weekly", DCT, None, ("SET", "P1W", None)),
        ("daily", DCT, None, ("SET", "P1D", None)),
        ("annual", DCT, None, ("SET", "P1Y", None)),
        ("quarterly", DCT, None, ("SET", "P3M", None)),
        ("every year", DCT, None, ("SET", "P1Y", None)),
        ("every two years", DCT, None, ("SET", "P2Y", None)),
        ("every other week", DCT, None, ("SET", "P2W", None)),
        ("twice a year", DCT, None, ("SET", "P1Y", None)),
        ("15 a year", DCT, None, ("SET", "P1Y", None)),
        ("per month", DCT, None, ("SET", "P1M", None)),
        ("every Monday", DCT, None, ("SET", "XXXX-WXX-1", None)),
        ("Mondays", DCT, None, ("SET", "XXXX-WXX-1", None)),
        ("a weekend", DCT, None, None),
        ("every morning", DCT, None, ("SET", "XXXX-XX-XXTMO", None)),
        ("every summer", DCT, None, ("SET", "XXXX-SU", None)),
        ("every weekend", DCT, None, ("SET", "XXXX-WXX-WE", None)),
    ],
)
def test_rules_set_frequencies(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
