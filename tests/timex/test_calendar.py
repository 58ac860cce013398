"""Calendar arithmetic (summitgraph.timex.calendar): fast, no model."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.timex import start_date
from summitgraph.timex.calendar import (
    add_months,
    easter,
    holiday,
    iso_week,
    nth_weekday,
    valid_date,
    weekday_after,
    weekday_before,
)


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
def test_calendar_start_date_of_values(value, expected):
    assert start_date(value) == expected


@pytest.mark.parametrize(
    "year,expected",
    [
        (2008, dt.date(2008, 3, 23)),
        (2018, dt.date(2018, 4, 1)),
        (2019, dt.date(2019, 4, 21)),
        (2038, dt.date(2038, 4, 25)),
    ],
)
def test_calendar_easter_sunday(year, expected):
    assert easter(year) == expected


@pytest.mark.parametrize(
    "year,month,weekday,n,expected",
    [
        (2018, 11, 4, 4, dt.date(2018, 11, 22)),  # Thanksgiving
        (2019, 5, 1, -1, dt.date(2019, 5, 27)),  # Memorial Day, the last Monday
        (2019, 12, 2, -1, dt.date(2019, 12, 31)),  # the last Tuesday of December
        (2019, 9, 1, 1, dt.date(2019, 9, 2)),  # Labor Day
    ],
)
def test_calendar_nth_weekday(year, month, weekday, n, expected):
    assert nth_weekday(year, month, weekday, n) == expected


@pytest.mark.parametrize(
    "name,year,expected",
    [
        ("christmas", 2018, dt.date(2018, 12, 25)),
        ("thanksgiving", 2018, dt.date(2018, 11, 22)),
        ("good friday", 2019, dt.date(2019, 4, 19)),
    ],
)
def test_calendar_holiday(name, year, expected):
    assert holiday(name, year) == expected


@pytest.mark.parametrize(
    "year,month,n,expected", [(2019, 1, -1, (2018, 12)), (2018, 11, 3, (2019, 2)), (2019, 6, -18, (2017, 12))]
)
def test_calendar_add_months(year, month, n, expected):
    assert add_months(year, month, n) == expected


@pytest.mark.parametrize(
    "day,expected",
    [(dt.date(2019, 1, 8), "2019-W02"), (dt.date(2008, 12, 29), "2009-W01"), (dt.date(2021, 1, 1), "2020-W53")],
)
def test_calendar_iso_week(day, expected):
    assert iso_week(day) == expected


@pytest.mark.parametrize("date,expected", [((2008, 2, 29), True), ((2019, 2, 29), False), ((2008, 2, 30), False)])
def test_calendar_valid_date(date, expected):
    assert valid_date(*date) is expected


@pytest.mark.parametrize(
    "day,weekday,before,after",
    [
        (dt.date(2019, 1, 8), 1, dt.date(2019, 1, 7), dt.date(2019, 1, 14)),  # a Tuesday: last and next Monday
        (dt.date(2019, 1, 8), 2, dt.date(2019, 1, 1), dt.date(2019, 1, 15)),  # never the day itself
        (dt.date(2019, 1, 8), 7, dt.date(2019, 1, 6), dt.date(2019, 1, 13)),
    ],
)
def test_calendar_weekday_before_and_after(day, weekday, before, after):
    assert (weekday_before(day, weekday), weekday_after(day, weekday)) == (before, after)
