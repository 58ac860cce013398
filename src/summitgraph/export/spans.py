"""TIMEX3 values as spans of days, for timelines.

A partial date is widened to every day it covers: ``2018-06`` is June 1 to
June 30, ``2018`` the whole year, ``2019-W02`` its seven days (ISO weeks),
``2018-Q3`` July 1 to September 30, ``2018-H1`` January to June, ``201``
(the 2010s) 2010 to 2019; a time of day is its day (``2019-01-07TAF``).
Values that name no stretch of the calendar (``PRESENT_REF``, ``P1Y``,
``XXXX-XX-XX``) have no span::

    day_span("2018-06")  ->  (date(2018, 6, 1), date(2018, 6, 30))
    interaction_span({"date": "2019-01-07", "end": "2019-01-10"})  ->  (Jan 7, Jan 10)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["Span", "day_span", "hull", "interaction_span", "merge_spans"]

Span = tuple[dt.date, dt.date]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_DECADE = re.compile(r"(\d{3})")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day_span(value: str | None) -> Span | None:
    """The first and last day a TIMEX3 date value covers, or None."""
    if not value:
        return None
    try:
        if m := _DAY.fullmatch(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), _month_end(year, month)
        if m := _YEAR.fullmatch(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _WEEK.fullmatch(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.fullmatch(value):
            year, first = int(m[1]), 3 * int(m[2]) - 2
            return dt.date(year, first, 1), _month_end(year, first + 2)
        if m := _HALF.fullmatch(value):
            year, first = int(m[1]), 6 * int(m[2]) - 5
            return dt.date(year, first, 1), _month_end(year, first + 5)
        if m := _DECADE.fullmatch(value):
            start = int(m[1]) * 10
            return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    except ValueError:  # "2019-02-30", "2019-W60"
        return None
    return None


def interaction_span(data: Mapping[str, Any]) -> Span | None:
    """The days of one interaction: from its ``start`` (or ``date``) to its
    ``end``, each widened to the days it covers; None without a date."""
    first = day_span(data.get("start") or data.get("date"))
    if first is None:
        return None
    last = day_span(data.get("end")) or first
    return (first[0], last[1]) if last[1] >= first[0] else first


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans, those that overlap or touch joined into one (Gephi's
    timelines take no overlapping intervals on one element)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def hull(spans: Iterable[Span]) -> Span | None:
    """The one span from the first day of ``spans`` to their last, or None for no span."""
    spans = list(spans)
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)
