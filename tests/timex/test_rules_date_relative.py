"""DATE rules of summitgraph.timex.rules_date_relative, through normalize: fast, no model."""

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
        ("Tuesday", DCT, None, ("DATE", "2019-01-08", None)),
        ("Tuesday", DCT, "past", ("DATE", "2019-01-08", None)),
        ("Tuesday", DCT, "future", ("DATE", "2019-01-08", None)),
        ("Monday", DCT, "past", ("DATE", "2019-01-07", None)),
        ("Monday", DCT, "future", ("DATE", "2019-01-14", None)),
        ("Thursday", DCT, "future", ("DATE", "2019-01-10", None)),
        ("Thursday", DCT, "past", ("DATE", "2019-01-03", None)),
        ("Thursday", DCT, None, ("DATE", "2019-01-10", None)),  # nearest
        ("Saturday", DCT, None, ("DATE", "2019-01-05", None)),  # nearest
        ("Monday's", DCT, "past", ("DATE", "2019-01-07", None)),
        ("last Monday", DCT, None, ("DATE", "2019-01-07", None)),
        ("next Monday", DCT, None, ("DATE", "2019-01-14", None)),
        ("this coming Friday", DCT, None, ("DATE", "2019-01-11", None)),
        ("Friday next week", DCT, None, ("DATE", "2019-01-18", None)),
    ],
)
def test_rules_date_relative_weekday_follows_tense(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("this week", DCT, None, ("DATE", "2019-W02", None)),
        ("last week", DCT, None, ("DATE", "2019-W01", None)),
        ("next week", dt.date(2008, 12, 22), None, ("DATE", "2009-W01", None)),  # ISO weeks
        ("this weekend", DCT, None, ("DATE", "2019-W02-WE", None)),
        ("this past weekend", DCT, None, ("DATE", "2019-W01-WE", None)),
        ("the weekend", DCT, "past", ("DATE", "2019-W01-WE", None)),
        ("this month", DCT, None, ("DATE", "2019-01", None)),
        ("last month", DCT, None, ("DATE", "2018-12", None)),
        ("next month", DCT, None, ("DATE", "2019-02", None)),
        ("last year", DCT, None, ("DATE", "2018", None)),
        ("this year's", DCT, None, ("DATE", "2019", None)),
        ("next year", DCT, None, ("DATE", "2020", None)),
        ("earlier this year", DCT, None, ("DATE", "2019", None)),
        ("later this month", DCT, None, ("DATE", "2019-01", None)),
        ("late last year", DCT, None, ("DATE", "2018", "END")),
        ("early next year", DCT, None, ("DATE", "2020", "START")),
        ("the previous year", DCT, None, ("DATE", "2018", None)),
        ("a year earlier", DCT, None, ("DATE", "2018", None)),
        ("the year-earlier period", DCT, None, ("DATE", "2018", None)),
        ("the next day", DCT, None, ("DATE", "2019-01-09", None)),
        ("this decade", DCT, None, ("DATE", "201", None)),
        ("this century", DCT, None, ("DATE", "20", None)),
    ],
)
def test_rules_date_relative_units_count_from_anchor(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("summer 2018", DCT, None, ("DATE", "2018-SU", None)),
        ("the summer of 2018", DCT, None, ("DATE", "2018-SU", None)),
        ("last summer", DCT, None, ("DATE", "2018-SU", None)),
        ("summer", DCT, "future", ("DATE", "2019-SU", None)),
        ("winter", DCT, None, ("DATE", "2018-WI", None)),  # January belongs to the winter of December
        ("the third quarter of 2018", DCT, None, ("DATE", "2018-Q3", None)),
        ("Q3 2018", DCT, None, ("DATE", "2018-Q3", None)),
        ("the fourth quarter", DCT, "past", ("DATE", "2018-Q4", None)),
        ("fourth-quarter", DCT, "past", ("DATE", "2018-Q4", None)),
        ("the first quarter", DCT, "future", ("DATE", "2019-Q1", None)),
        ("the first quarter of last year", DCT, None, ("DATE", "2018-Q1", None)),
        ("the last quarter", dt.date(2007, 1, 18), None, ("DATE", "2006-Q4", None)),
        ("the first half of 2018", DCT, None, ("DATE", "2018-H1", None)),
        ("the second half", DCT, "past", ("DATE", "2018-H2", None)),
    ],
)
def test_rules_date_relative_quarters_halves_and_seasons(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("New Year's Day", DCT, "past", ("DATE", "2019-01-01", None)),
        ("New Year's", DCT, None, ("DATE", "2019-01-01", None)),
        ("New Year's Eve", DCT, "past", ("DATE", "2018-12-31", None)),
        ("Christmas", DCT, "past", ("DATE", "2018-12-25", None)),
        ("Christmas", DCT, "future", ("DATE", "2019-12-25", None)),
        ("Christmas 2016", DCT, None, ("DATE", "2016-12-25", None)),
        ("Thanksgiving", DCT, "future", ("DATE", "2019-11-28", None)),
        ("Thanksgiving 2018", DCT, None, ("DATE", "2018-11-22", None)),
        ("Easter 2019", DCT, None, ("DATE", "2019-04-21", None)),
        ("Good Friday", dt.date(2019, 4, 1), "future", ("DATE", "2019-04-19", None)),
        ("Memorial Day", dt.date(2019, 4, 1), "future", ("DATE", "2019-05-27", None)),
        ("Lunar New Year", DCT, None, None),
        ("last Christmas", DCT, "future", ("DATE", "2018-12-25", None)),
        ("next Easter", DCT, "past", ("DATE", "2019-04-21", None)),
    ],
)
def test_rules_date_relative_holidays(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
