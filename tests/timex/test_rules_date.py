"""DATE rules of summitgraph.timex.rules_date, through normalize: fast, no model."""

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
        ("now", DCT, None, ("DATE", "PRESENT_REF", None)),
        ("currently", DCT, None, ("DATE", "PRESENT_REF", None)),
        ("these days", DCT, None, ("DATE", "PRESENT_REF", None)),
        ("recently", DCT, None, ("DATE", "PAST_REF", None)),
        ("more recently", DCT, None, ("DATE", "PAST_REF", None)),
        ("the past", DCT, None, ("DATE", "PAST_REF", None)),
        ("the near future", DCT, None, ("DATE", "FUTURE_REF", None)),
    ],
)
def test_rules_date_reference_words(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("today", DCT, None, ("DATE", "2019-01-08", None)),
        ("yesterday", DCT, None, ("DATE", "2019-01-07", None)),
        ("tomorrow", DCT, None, ("DATE", "2019-01-09", None)),
        ("the day after tomorrow", DCT, None, ("DATE", "2019-01-10", None)),
    ],
)
def test_rules_date_days_around_the_anchor(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("June", DCT, "past", ("DATE", "2018-06", None)),
        ("June", DCT, "future", ("DATE", "2019-06", None)),
        ("December", DCT, None, ("DATE", "2018-12", None)),  # nearest
        ("January", DCT, "past", ("DATE", "2019-01", None)),
        ("last June", DCT, None, ("DATE", "2018-06", None)),
        ("next March", DCT, None, ("DATE", "2019-03", None)),
        ("June last year", DCT, None, ("DATE", "2018-06", None)),
        ("June 18", DCT, "past", ("DATE", "2018-06-18", None)),
        ("11 December", dt.date(2010, 1, 25), "past", ("DATE", "2009-12-11", None)),
        ("Dec. 19", dt.date(2008, 12, 22), "future", ("DATE", "2008-12-19", None)),  # months compared
        ("Sept. 11", DCT, "past", ("DATE", "2018-09-11", None)),
        ("April 2nd", dt.date(2008, 4, 9), "past", ("DATE", "2008-04-02", None)),
        ("the 5th of March", DCT, "future", ("DATE", "2019-03-05", None)),
        ("March twenty-first", DCT, "future", ("DATE", "2019-03-21", None)),
        ("Thursday, Nov. 6", dt.date(2008, 12, 22), "future", ("DATE", "2008-11-06", None)),  # the weekday decides
    ],
)
def test_rules_date_month_without_year_follows_tense(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("March 01, 2008", DCT, None, ("DATE", "2008-03-01", None)),
        ("March 1st, 2008", DCT, None, ("DATE", "2008-03-01", None)),
        ("1 March 2008", DCT, None, ("DATE", "2008-03-01", None)),
        ("Tuesday, March 4, 2008", DCT, None, ("DATE", "2008-03-04", None)),
        ("2008-03-01", DCT, None, ("DATE", "2008-03-01", None)),
        ("03/01/2008", DCT, None, ("DATE", "2008-03-01", None)),  # US order
        ("25/12/2008", DCT, None, ("DATE", "2008-12-25", None)),  # the month cannot be 25
        ("7/8/07", DCT, None, ("DATE", "2007-07-08", None)),
        ("February 30, 2008", DCT, None, None),
        ("March 2008", DCT, None, ("DATE", "2008-03", None)),
        ("September of 2006", DCT, None, ("DATE", "2006-09", None)),
        ("2008", DCT, None, ("DATE", "2008", None)),
        ("the year 2008", DCT, None, ("DATE", "2008", None)),
        ("'08", DCT, None, ("DATE", "2008", None)),
        ("2008-03", DCT, None, ("DATE", "2008-03", None)),
        ("2019-W02", DCT, None, ("DATE", "2019-W02", None)),
        ("9/11", DCT, None, ("DATE", "2001-09-11", None)),
    ],
)
def test_rules_date_absolute_dates(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("the 1990s", DCT, None, ("DATE", "199", None)),
        ("the '90s", DCT, None, ("DATE", "199", None)),
        ("the nineties", DCT, None, ("DATE", "199", None)),
        ("the 2000s", DCT, None, ("DATE", "200", None)),
        ("the 1800s", DCT, None, ("DATE", "18", None)),
        ("20th century", DCT, None, ("DATE", "19", None)),
        ("the twenty-first century", DCT, None, ("DATE", "20", None)),
        ("fiscal 2018", DCT, None, ("DATE", "FY2018", None)),
        ("FY2018", DCT, None, ("DATE", "FY2018", None)),
        ("the financial year", dt.date(2007, 1, 18), None, ("DATE", "FY2007", None)),
    ],
)
def test_rules_date_decades_centuries_and_fiscal_years(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected
