"""How news writes time: a table of (text, publication date, tense) -> TIMEX3 (type, value, mod),
through :func:`summitgraph.timex.normalize`, written from how wire copy, papers and sites
date things, not from the development articles."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.models import Timex
from summitgraph.timex import normalize

TUE = dt.date(2019, 1, 8)  # a Tuesday in ISO week 2, in winter
WED = dt.date(2017, 5, 17)  # a Wednesday in ISO week 20, in spring, second quarter
SAT = dt.date(2018, 11, 3)  # a Saturday, autumn, fourth quarter


def _triple(t: Timex | None) -> tuple[str, str, str | None] | None:
    return None if t is None else (t.type, t.value, t.mod)


WEEKS_AND_WEEKENDS = [
    ("this week", TUE, None, ("DATE", "2019-W02", None)),
    ("last week", TUE, None, ("DATE", "2019-W01", None)),
    ("next week", WED, None, ("DATE", "2017-W21", None)),
    ("the week before last", TUE, None, ("DATE", "2018-W52", None)),
    ("the week after next", WED, None, ("DATE", "2017-W22", None)),
    ("earlier this week", TUE, None, ("DATE", "2019-W02", None)),
    ("later this week", WED, None, ("DATE", "2017-W20", None)),
    ("the weekend", TUE, "past", ("DATE", "2019-W01-WE", None)),  # "over the weekend", told on a Tuesday
    ("the weekend", TUE, "future", ("DATE", "2019-W02-WE", None)),
    ("the weekend", SAT, "past", ("DATE", "2018-W44-WE", None)),  # told on the Saturday itself
    ("this weekend", TUE, None, ("DATE", "2019-W02-WE", None)),
    ("last weekend", TUE, None, ("DATE", "2019-W01-WE", None)),
    ("this past weekend", TUE, None, ("DATE", "2019-W01-WE", None)),
    ("next weekend", TUE, None, ("DATE", "2019-W03-WE", None)),
    ("the week of Jan. 14", TUE, None, ("DATE", "2019-W03", None)),
    ("the end of next week", TUE, None, ("DATE", "2019-W03", "END")),
]

YEARS_AND_MONTHS = [
    ("the year before last", TUE, None, ("DATE", "2017", None)),
    ("the month before last", TUE, None, ("DATE", "2018-11", None)),
    ("the year after next", WED, None, ("DATE", "2019", None)),
    ("this time last year", TUE, None, ("DATE", "2018", None)),
    ("the same time last year", WED, None, ("DATE", "2016", None)),
    ("early next month", TUE, None, ("DATE", "2019-02", "START")),
    ("late last month", WED, None, ("DATE", "2017-04", "END")),
    ("mid-2015", TUE, None, ("DATE", "2015", "MID")),
    ("mid-January", TUE, "past", ("DATE", "2019-01", "MID")),
    ("late last year", TUE, None, ("DATE", "2018", "END")),
    ("earlier this year", WED, None, ("DATE", "2017", None)),
    ("later this month", WED, None, ("DATE", "2017-05", None)),
    ("the middle of next year", WED, None, ("DATE", "2018", "MID")),
    ("since 2014", TUE, None, ("DATE", "2014", None)),
    ("as early as 2020", TUE, None, ("DATE", "2020", None)),
    ("a year earlier", WED, None, ("DATE", "2016", None)),
    ("the previous year", WED, None, ("DATE", "2016", None)),
    ("the following month", WED, None, ("DATE", "2017-06", None)),
    ("January", SAT, "future", ("DATE", "2019-01", None)),
    ("January", SAT, "past", ("DATE", "2018-01", None)),
    ("last December", WED, None, ("DATE", "2016-12", None)),
    ("this September", WED, None, ("DATE", "2017-09", None)),
    ("the first week of March", TUE, "future", ("DATE", "2019-03", "START")),
    ("the last days of June", WED, "past", ("DATE", "2016-06", "END")),
    ("the month of June", WED, "future", ("DATE", "2017-06", None)),
    ("the rest of the year", WED, None, ("DATE", "2017", "END")),
    ("the latter half of 2019", TUE, None, ("DATE", "2019-H2", None)),
    ("the week ending Jan. 5", TUE, None, ("DATE", "2019-W01", None)),
]

SEASONS_QUARTERS_FISCAL = [
    ("this summer", TUE, None, ("DATE", "2019-SU", None)),
    ("this winter", TUE, None, ("DATE", "2018-WI", None)),  # January is in the winter of 2018
    ("this winter", WED, None, ("DATE", "2017-WI", None)),
    ("last winter", TUE, None, ("DATE", "2017-WI", None)),
    ("last summer", WED, None, ("DATE", "2016-SU", None)),
    ("next spring", SAT, None, ("DATE", "2019-SP", None)),
    ("the fall", SAT, "future", ("DATE", "2018-FA", None)),  # the one it is in
    ("the spring", SAT, "future", ("DATE", "2019-SP", None)),
    ("the summer of 2018", TUE, None, ("DATE", "2018-SU", None)),
    ("autumn 2016", TUE, None, ("DATE", "2016-FA", None)),
    ("the fourth quarter", TUE, "past", ("DATE", "2018-Q4", None)),
    ("the first quarter", TUE, "future", ("DATE", "2019-Q1", None)),
    ("fourth-quarter", TUE, "past", ("DATE", "2018-Q4", None)),
    ("Q3", WED, "future", ("DATE", "2017-Q3", None)),
    ("the third quarter of 2018", TUE, None, ("DATE", "2018-Q3", None)),
    ("last quarter", WED, None, ("DATE", "2017-Q1", None)),
    ("the latest quarter", TUE, None, ("DATE", "2018-Q4", None)),
    ("the most recent quarter", WED, None, ("DATE", "2017-Q1", None)),
    ("the current quarter", TUE, None, ("DATE", "2019-Q1", None)),
    ("the quarter", TUE, "past", ("DATE", "2018-Q4", None)),  # results told in January
    ("the quarter", WED, "past", ("DATE", "2017-Q1", None)),
    ("the quarter", dt.date(2017, 6, 20), "past", ("DATE", "2017-Q2", None)),  # late in a quarter: this one
    ("the first half of 2019", TUE, None, ("DATE", "2019-H1", None)),
    ("the second half of the year", WED, None, ("DATE", "2017-H2", None)),
    ("fiscal 2019", TUE, None, ("DATE", "FY2019", None)),
    ("fiscal year 2018", TUE, None, ("DATE", "FY2018", None)),
    ("the 2018 fiscal year", TUE, None, ("DATE", "FY2018", None)),
    ("FY2019", TUE, None, ("DATE", "FY2019", None)),
    ("last fiscal year", WED, None, ("DATE", "FY2016", None)),
]

DECADES_AND_CENTURIES = [
    ("the 1990s", TUE, None, ("DATE", "199", None)),
    ("the '90s", TUE, None, ("DATE", "199", None)),
    ("the nineties", TUE, None, ("DATE", "199", None)),
    ("the early 1990s", TUE, None, ("DATE", "199", "START")),
    ("the late 1960s", TUE, None, ("DATE", "196", "END")),
    ("the mid-1980s", TUE, None, ("DATE", "198", "MID")),
    ("the 2000s", TUE, None, ("DATE", "200", None)),
    ("the 1800s", TUE, None, ("DATE", "18", None)),
    ("the 19th century", TUE, None, ("DATE", "18", None)),
    ("the twenty-first century", TUE, None, ("DATE", "20", None)),
    ("this decade", TUE, None, ("DATE", "201", None)),
    ("last decade", TUE, None, ("DATE", "200", None)),
]

DURATIONS = [
    ("the past two years", TUE, None, ("DURATION", "P2Y", None)),
    ("the last 12 months", TUE, None, ("DURATION", "P12M", None)),
    ("the next few weeks", TUE, None, ("DURATION", "PXW", None)),
    ("the coming days", TUE, None, ("DURATION", "PXD", None)),
    ("recent weeks", TUE, None, ("DURATION", "PXW", None)),
    ("the past 24 hours", TUE, None, ("DURATION", "PT24H", None)),
    ("the past decade", TUE, None, ("DURATION", "P10Y", None)),
    ("48 hours", TUE, None, ("DURATION", "PT48H", None)),
    ("two and a half years", TUE, None, ("DURATION", "P2.5Y", None)),
    ("2 1/2 years", TUE, None, ("DURATION", "P2.5Y", None)),
    ("a quarter century", TUE, None, ("DURATION", "P25Y", None)),
    ("a quarter of a century", TUE, None, ("DURATION", "P25Y", None)),
    ("half a century", TUE, None, ("DURATION", "P50Y", None)),
    ("a couple of weeks", TUE, None, ("DURATION", "P2W", None)),
    ("a fortnight", TUE, None, ("DURATION", "P2W", None)),
    ("90 minutes", TUE, None, ("DURATION", "PT90M", None)),
    ("three-day", TUE, None, ("DURATION", "P3D", None)),
    ("52-week", TUE, None, ("DURATION", "P52W", None)),
    ("more than a decade", TUE, None, ("DURATION", "P10Y", "MORE_THAN")),
    ("about six months", TUE, None, ("DURATION", "P6M", "APPROX")),
    ("at least three years", TUE, None, ("DURATION", "P3Y", "EQUAL_OR_MORE")),
    ("less than an hour", TUE, None, ("DURATION", "PT1H", "LESS_THAN")),
    ("decades", TUE, None, ("DURATION", "PXY", None)),
    ("several months", TUE, None, ("DURATION", "PXM", None)),
    ("the first nine months of 2018", TUE, None, ("DURATION", "P9M", None)),
    ("the year ahead", TUE, None, ("DURATION", "P1Y", None)),
    ("the weeks ahead", TUE, None, ("DURATION", "PXW", None)),
    ("the months to come", TUE, None, ("DURATION", "PXM", None)),
    ("week-long", TUE, None, ("DURATION", "P1W", None)),
    ("a 10-day", TUE, None, ("DURATION", "P10D", None)),
    ("the 24-hour", TUE, None, ("DURATION", "PT24H", None)),
    ("two weeks' time", TUE, None, ("DURATION", "P2W", None)),
    ("the past couple of years", TUE, None, ("DURATION", "P2Y", None)),
]

TIMES = [
    ("3 p.m. EST", TUE, None, ("TIME", "2019-01-08T15:00", None)),
    ("18:00 GMT", TUE, None, ("TIME", "2019-01-08T18:00Z", None)),
    ("0900 GMT", TUE, None, ("TIME", "2019-01-08T09:00Z", None)),
    ("1430 hrs", TUE, None, ("TIME", "2019-01-08T14:30", None)),
    ("09:00 UTC+2", TUE, None, ("TIME", "2019-01-08T09:00+02", None)),
    ("8:30 a.m. local time", TUE, None, ("TIME", "2019-01-08T08:30", None)),
    ("10 a.m. Tuesday", TUE, None, ("TIME", "2019-01-08T10:00", None)),
    ("noon Monday", TUE, "past", ("TIME", "2019-01-07T12:00", None)),
    ("midnight", TUE, None, ("TIME", "2019-01-08T24:00", None)),
    ("Tuesday night", TUE, None, ("TIME", "2019-01-08TNI", None)),
    ("late Monday", TUE, "past", ("DATE", "2019-01-07", "END")),
    ("early Wednesday", WED, None, ("DATE", "2017-05-17", "START")),
    ("last night", TUE, None, ("TIME", "2019-01-07TNI", None)),
    ("this morning", TUE, None, ("TIME", "2019-01-08TMO", None)),
    ("yesterday afternoon", WED, None, ("TIME", "2017-05-16TAF", None)),
    ("overnight", TUE, None, ("TIME", "2019-01-08TNI", None)),
    ("2019-01-08T10:15Z", TUE, None, ("TIME", "2019-01-08T10:15", None)),
    # counted from the day the text tells of (find_dates passes it as the anchor)
    ("that night", TUE, None, ("TIME", "2019-01-08TNI", None)),
    ("the next morning", TUE, None, ("TIME", "2019-01-09TMO", None)),
    ("the night before", TUE, None, ("TIME", "2019-01-07TNI", None)),
    ("that day", TUE, None, ("DATE", "2019-01-08", None)),
]

SETS = [
    ("every Tuesday", TUE, None, ("SET", "XXXX-WXX-2", None)),
    ("Tuesdays", TUE, None, ("SET", "XXXX-WXX-2", None)),
    ("every weekend", TUE, None, ("SET", "XXXX-WXX-WE", None)),
    ("every summer", TUE, None, ("SET", "XXXX-SU", None)),
    ("every morning", TUE, None, ("SET", "XXXX-XX-XXTMO", None)),
    ("every other week", TUE, None, ("SET", "P2W", None)),
    ("every two years", TUE, None, ("SET", "P2Y", None)),
    ("twice a year", TUE, None, ("SET", "P1Y", None)),
    ("once a week", TUE, None, ("SET", "P1W", None)),
    ("three times a day", TUE, None, ("SET", "P1D", None)),
    ("each month", TUE, None, ("SET", "P1M", None)),
    ("per year", TUE, None, ("SET", "P1Y", None)),
    ("daily", TUE, None, ("SET", "P1D", None)),
    ("annually", TUE, None, ("SET", "P1Y", None)),
    ("quarterly", TUE, None, ("SET", "P3M", None)),
    ("nightly", TUE, None, ("SET", "XXXX-XX-XXTNI", None)),
]

DAYS = [
    ("Jan. 8", TUE, "past", ("DATE", "2019-01-08", None)),
    ("Wednesday, Jan. 9", TUE, None, ("DATE", "2019-01-09", None)),
    ("Dec. 31", TUE, "past", ("DATE", "2018-12-31", None)),
    ("Dec. 31", TUE, None, ("DATE", "2018-12-31", None)),  # nearest
    ("Monday", TUE, "past", ("DATE", "2019-01-07", None)),
    ("Monday", TUE, "future", ("DATE", "2019-01-14", None)),
    ("Friday", TUE, "present", ("DATE", "2019-01-11", None)),  # nearest
    ("last Monday", TUE, None, ("DATE", "2019-01-07", None)),
    ("next Monday", TUE, None, ("DATE", "2019-01-14", None)),
    ("this Friday", TUE, None, ("DATE", "2019-01-11", None)),
    ("Saturday", SAT, "past", ("DATE", "2018-11-03", None)),  # the day itself
    ("New Year's Eve", TUE, "past", ("DATE", "2018-12-31", None)),
    ("Easter", TUE, "future", ("DATE", "2019-04-21", None)),
    ("Good Friday", TUE, "future", ("DATE", "2019-04-19", None)),
    ("Thanksgiving", TUE, "past", ("DATE", "2018-11-22", None)),
    ("Memorial Day", TUE, "future", ("DATE", "2019-05-27", None)),
    ("Labor Day 2017", TUE, None, ("DATE", "2017-09-04", None)),
    ("Christmas Day", TUE, "past", ("DATE", "2018-12-25", None)),
    ("the day after tomorrow", WED, None, ("DATE", "2017-05-19", None)),
    ("two weeks ago", TUE, None, ("DATE", "2018-12-25", None)),  # read whole (TimeBank), see find_dates
    ("three years ago", TUE, None, ("DATE", "2016", None)),
    ("a month ago", TUE, None, ("DATE", "2018-12", None)),
    ("two years from now", TUE, None, ("DATE", "2021", None)),
]


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    WEEKS_AND_WEEKENDS + YEARS_AND_MONTHS + SEASONS_QUARTERS_FISCAL + DECADES_AND_CENTURIES + DAYS,
)
def test_engine_news_dates(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


@pytest.mark.parametrize("text,anchor,tense,expected", DURATIONS + TIMES + SETS)
def test_engine_news_durations_times_and_sets(text, anchor, tense, expected):
    assert _triple(normalize(text, anchor, tense=tense)) == expected


# Without a publication date: absolute dates are still normalised, relative ones stay unresolved.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("March 01, 2008", ("DATE", "2008-03-01", None)),
        ("the 1990s", ("DATE", "199", None)),
        ("fiscal 2019", ("DATE", "FY2019", None)),
        ("the third quarter of 2018", ("DATE", "2018-Q3", None)),
        ("Christmas 2018", ("DATE", "2018-12-25", None)),
        ("three days", ("DURATION", "P3D", None)),
        ("every Tuesday", ("SET", "XXXX-WXX-2", None)),
        ("Monday", ("DATE", "XXXX-WXX-1", None)),
        ("June", ("DATE", "XXXX-06", None)),
        ("June 18", ("DATE", "XXXX-06-18", None)),
        ("Christmas", ("DATE", "XXXX-12-25", None)),
        ("last year", ("DATE", "XXXX", None)),
        ("next month", ("DATE", "XXXX-XX", None)),
        ("this week", ("DATE", "XXXX-WXX", None)),
        ("the weekend", ("DATE", "XXXX-WXX-WE", None)),
        ("yesterday", ("DATE", "XXXX-XX-XX", None)),
        ("the fourth quarter", ("DATE", "XXXX-Q4", None)),
        ("this summer", ("DATE", "XXXX-SU", None)),
        ("two weeks ago", ("DATE", "XXXX-XX-XX", None)),
        ("3 p.m.", ("TIME", "XXXX-XX-XXT15:00", None)),
        ("now", ("DATE", "PRESENT_REF", None)),
    ],
)
def test_engine_news_without_a_publication_date(text, expected):
    assert _triple(normalize(text, None, tense="past")) == expected
