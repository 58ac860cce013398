"""TIMEX3 normalisation of time-expression text (summitgraph.timex): fast, no model."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.models import Timex
from summitgraph.timex import normalize, normalize_range_end, start_date

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
def test_timex_weekday_follows_tense(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


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
    ],
)
def test_timex_parts_of_day(text, anchor, tense, expected):
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
def test_timex_month_without_year_follows_tense(text, anchor, tense, expected):
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
        ("June 6, 2013 11:34PM", DCT, None, ("TIME", "2013-06-06T23:34", None)),
    ],
)
def test_timex_absolute_dates(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [
        ("today", DCT, None, ("DATE", "2019-01-08", None)),
        ("yesterday", DCT, None, ("DATE", "2019-01-07", None)),
        ("tomorrow", DCT, None, ("DATE", "2019-01-09", None)),
        ("the day after tomorrow", DCT, None, ("DATE", "2019-01-10", None)),
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
        ("the same period last year", DCT, None, ("DATE", "2018", None)),
        ("the next day", DCT, None, ("DATE", "2019-01-09", None)),
        ("this decade", DCT, None, ("DATE", "201", None)),
        ("this century", DCT, None, ("DATE", "20", None)),
    ],
)
def test_timex_relative_to_anchor(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


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
    ],
)
def test_timex_position_modifiers(text, anchor, tense, expected):
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
        ("fiscal 2018", DCT, None, ("DATE", "FY2018", None)),
        ("FY2018", DCT, None, ("DATE", "FY2018", None)),
        ("the financial year", dt.date(2007, 1, 18), None, ("DATE", "FY2007", None)),
    ],
)
def test_timex_calendar_periods(text, anchor, tense, expected):
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
        ("9/11", DCT, None, ("DATE", "2001-09-11", None)),
    ],
)
def test_timex_holidays(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


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
        ("the first nine months of the year", DCT, None, ("DURATION", "P9M", None)),
        ("several years", DCT, None, ("DURATION", "PXY", None)),
        ("a few days", DCT, None, ("DURATION", "PXD", None)),
        ("the coming months", DCT, None, ("DURATION", "PXM", None)),
        ("recent years", DCT, None, ("DURATION", "PXY", None)),
        ("over the years", DCT, None, ("DURATION", "PXY", None)),
        ("decades", DCT, None, ("DURATION", "PXY", None)),
        ("decades-long", DCT, None, ("DURATION", "PXY", None)),
    ],
)
def test_timex_durations(text, anchor, tense, expected):
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
    ],
)
def test_timex_ago_counts_from_anchor(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


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
def test_timex_reference_words(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


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
    ],
)
def test_timex_sets(text, anchor, tense, expected):
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
        ("13 pm", DCT, None, None),
    ],
)
def test_timex_clock_times(text, anchor, tense, expected):
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
def test_timex_without_anchor_is_underspecified(text, anchor, tense, expected):
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
def test_timex_rejects_non_time_expressions(text, anchor, tense, expected):
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
def test_timex_range_end_counts_from_start(first, second, anchor, expected):
    start = normalize(first, anchor, tense="past")
    end = normalize_range_end(second, start, anchor, tense="past")
    assert end is not None and end.value == expected


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    [("8", DCT, None, None)],
)
def test_timex_range_end_without_start_needs_a_time_expression(text, anchor, tense, expected):
    assert normalize_range_end(text, None, anchor, tense=tense) is expected


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2018-06", dt.date(2018, 6, 1)),
        ("2019-W02", dt.date(2019, 1, 7)),
        ("2018-Q3", dt.date(2018, 7, 1)),
        ("2019-01-07TAF", dt.date(2019, 1, 7)),
        ("2018-SU", dt.date(2018, 6, 1)),
        ("2017", dt.date(2017, 1, 1)),
        ("PRESENT_REF", None),
        ("P3D", None),
    ],
)
def test_timex_start_date_of_values(value, expected):
    assert start_date(value) == expected
