"""The rule engine (summitgraph.timex.engine): modifiers, no anchor, rejects, range ends."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.models import Timex
from summitgraph.timex import normalize, normalize_range_end
from summitgraph.timex.engine import RULE_ORDER, Ctx, parse

# The seed article's publication date, a Tuesday.
DCT = dt.date(2019, 1, 8)


def _triple(t: Timex | None) -> tuple[str, str, str | None] | None:
    return None if t is None else (t.type, t.value, t.mod)


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("late 2017", DCT, None, ("DATE", "2017", "END")),
        ("early 2009", DCT, None, ("DATE", "2009", "START")),
        ("mid-2018", DCT, None, ("DATE", "2018", "MID")),
        ("mid - 2018", DCT, None, ("DATE", "2018", "MID")),
        ("the end of the month", DCT, None, ("DATE", "2019-01", "END")),
        ("the end of the year", DCT, None, ("DATE", "2019", "END")),
        ("the beginning of the year", DCT, None, ("DATE", "2019", "START")),
        ("the end of March", DCT, "future", ("DATE", "2019-03", "END")),
        ("the middle of next week", DCT, None, ("DATE", "2019-W03", "MID")),
        ("the early 1990s", DCT, None, ("DATE", "199", "START")),
        ("the mid-1990s", DCT, None, ("DATE", "199", "MID")),
        ("by the end of 2019", DCT, None, ("DATE", "2019", "END")),
        ("year-end", DCT, None, ("DATE", "2019", "END")),
        ("month-end", DCT, None, ("DATE", "2019-01", "END")),
        ("a year or so", DCT, None, ("DURATION", "P1Y", "APPROX")),
        ("since June", DCT, "past", ("DATE", "2018-06", None)),
        ("late recently", DCT, None, None),  # a position needs a date, not a reference value
    ],
)
def test_engine_position_modifiers(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("Monday", None, None, ("DATE", "XXXX-WXX-1", None)),
        ("Tuesday morning", None, None, ("TIME", "XXXX-WXX-2TMO", None)),
        ("June", None, None, ("DATE", "XXXX-06", None)),
        ("June 18", None, None, ("DATE", "XXXX-06-18", None)),
        ("today", None, None, ("DATE", "XXXX-XX-XX", None)),
        ("last year", None, None, ("DATE", "XXXX", None)),
        ("this week", None, None, ("DATE", "XXXX-WXX", None)),
        ("3 p.m.", None, None, ("TIME", "XXXX-XX-XXT15:00", None)),
        ("Christmas", None, None, ("DATE", "XXXX-12-25", None)),
        ("March 01, 2008", None, None, ("DATE", "2008-03-01", None)),
        ("three days", None, None, ("DURATION", "P3D", None)),
    ],
)
def test_engine_without_anchor_is_underspecified(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("49", DCT, None, None),
        ("the age of 56", DCT, None, None),
        ("1.1.1", DCT, None, None),
        ("a second day", DCT, None, None),
        ("WWDC", DCT, None, None),
        ("year", DCT, None, None),
        ("", DCT, None, None),
    ],
)
def test_engine_rejects_non_time_expressions(text, anchor, tense, expected):
    assert normalize(text, anchor, tense=tense) is expected


@pytest.mark.parametrize(
    "first,second,anchor,expected",
    [
        ("Monday", "Thursday", DCT, "2019-01-10"),  # Monday = 2019-01-07 in a past clause
        ("March 5", "8", DCT, "2018-03-08"),
        ("2014", "16", DCT, "2016"),
        ("2014", "2016", DCT, "2016"),
        ("December", "March", DCT, "2019-03"),  # after December 2018
        ("June 28", "July 2", DCT, "2018-07-02"),
    ],
)
def test_engine_range_end_counts_from_start(first, second, anchor, expected):
    start = normalize(first, anchor, tense="past")
    end = normalize_range_end(second, start, anchor, tense="past")
    assert end is not None and end.value == expected


@pytest.mark.parametrize(
    "first,second,expected",
    [
        ("March 5", "3", None),  # a day before the start's is no end
        ("2014", "12", None),  # nor a year before it
    ],
)
def test_engine_range_end_must_follow_start(first, second, expected):
    start = normalize(first, DCT, tense="past")
    assert normalize_range_end(second, start, DCT, tense="past") is expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [("8", DCT, None, None)],
)
def test_engine_range_end_without_start_needs_a_time_expression(text, anchor, tense, expected):
    assert normalize_range_end(text, None, anchor, tense=tense) is expected


def test_engine_every_rule_group_has_rules():
    from summitgraph.timex.engine import _RULES

    assert list(_RULES) == list(RULE_ORDER)
    assert all(_RULES[group] for group in RULE_ORDER)


@pytest.mark.parametrize("text,expected", [("in in in in in in 2008", None), ("in 2008", ("DATE", "2008", None))])
def test_engine_peels_a_bounded_number_of_words(text, expected):
    assert _triple(parse(text, Ctx(DCT, None))) == expected
