"""Calendar arithmetic: months, ISO weeks, Easter, the n-th weekday, holidays, seasons.

``datetime`` and python-dateutil (Easter, relative months and weekdays), with no
knowledge of text. :func:`start_date` reads a TIMEX3
value back into the first day it denotes.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter as dateutil_easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from summitgraph.lexicon.holidays import EASTER_HOLIDAYS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS

__all__ = [
    "SEASON_OF_MONTH",
    "SEASON_ORDER",
    "add_months",
    "easter",
    "holiday",
    "iso_week",
    "nth_weekday",
    "start_date",
    "valid_date",
    "weekday_after",
    "weekday_before",
    "weekday_of",
]

_DATEUTIL_WEEKDAYS: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)

# TIMEX3 season codes in the order of the year, which begins in spring ...
SEASON_ORDER = ("SP", "SU", "FA", "WI")
# ... and the season of each month: December to February are winter.
SEASON_OF_MONTH = {
    12: "WI",
    1: "WI",
    2: "WI",
    3: "SP",
    4: "SP",
    5: "SP",
    6: "SU",
    7: "SU",
    8: "SU",
    9: "FA",
    10: "FA",
    11: "FA",
}


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The ``(year, month)`` ``n`` months after ``month`` of ``year`` (before when negative)."""
    day = dt.date(year, month, 1) + relativedelta(months=n)
    return day.year, day.month


def iso_week(day: dt.date) -> str:
    """The TIMEX3 value of the ISO week of ``day``: 2019-01-08 -> ``2019-W02``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists ("February 30, 2008" does not)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def easter(year: int) -> dt.date:
    """Easter Sunday (Western, Gregorian), from python-dateutil: 2019 -> 2019-04-21."""
    return dateutil_easter(year)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month, ``n`` = -1 for the last: Thanksgiving is (11, 4, 4).

    python-dateutil's ``relativedelta(weekday=TH(+4))`` from the first of the
    month, ``relativedelta(day=31, weekday=MO(-1))`` for the last Monday.
    """
    day = weekday_of(weekday)(n)
    first = dt.date(year, month, 1)
    return first + (relativedelta(weekday=day) if n > 0 else relativedelta(day=31, weekday=day))


def weekday_before(day: dt.date, iso_weekday: int) -> dt.date:
    """The last ``iso_weekday`` strictly before ``day``: "last Monday" of Tuesday 2019-01-08 is 2019-01-07."""
    return day + relativedelta(days=-1, weekday=weekday_of(iso_weekday)(-1))


def weekday_after(day: dt.date, iso_weekday: int) -> dt.date:
    """The first ``iso_weekday`` strictly after ``day``: "next Monday" of 2019-01-08 is 2019-01-14."""
    return day + relativedelta(days=1, weekday=weekday_of(iso_weekday)(+1))


def weekday_of(iso_weekday: int) -> weekday:
    """python-dateutil's weekday for an ISO weekday number (Monday = 1)."""
    return _DATEUTIL_WEEKDAYS[iso_weekday - 1]


def holiday(name: str, year: int) -> dt.date:
    """The date of the holiday ``name`` (a key of the lexicon's holiday tables) in ``year``."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
    return easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])


_VALUE_START = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-(\d))?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?")


def start_date(value: str) -> dt.date | None:
    """The first day of the period a DATE/TIME value denotes, or None.

    ``2018-06`` -> 2018-06-01, ``2019-W02`` -> 2019-01-07, ``2018-Q3`` -> 2018-07-01,
    ``2019-01-07TAF`` -> 2019-01-07, ``2018-SU`` -> 2018-06-01. Useful to anchor the
    second part of a range, or to sort interactions by date.
    """
    m = _VALUE_START.match(value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            return dt.date(year, int(m.group(2)), int(m.group(3)))
        if m.group(2):
            return dt.date(year, int(m.group(2)), 1)
        if m.group(4):
            return dt.date.fromisocalendar(year, int(m.group(4)), int(m.group(5) or 1))
        if m.group(6):
            return dt.date(year, 3 * int(m.group(6)) - 2, 1)
        if m.group(7):
            return dt.date(year, 6 * int(m.group(7)) - 5, 1)
        if m.group(8):
            return dt.date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(8)], 1)
    except ValueError:
        return None
    return dt.date(year, 1, 1)
