"""Rules for expressions made of two: a period of another date, a date and a clock
time.

"the same period last year" -> 2018, "this time last year" -> 2018, "the week of
Jan. 14" -> 2019-W03, "the first three months of the year" -> P3M, "June 6 2013
11:34 pm" -> 2013-06-06T23:34. Tried after every other group: each part is
parsed by the rules again.
"""

from __future__ import annotations

import datetime as dt
import re

from summitgraph.models import Timex
from summitgraph.timex.calendar import iso_week
from summitgraph.timex.engine import Ctx, parse, rules, timex

rule = rules("compound")


@rule(r"(?:the )?same (?:period|quarter|month|week|time|season)s? (?:of |in |a )?(?P<rest>.+)")
def _same_period(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the same period last year": which part of that year is unknown, the year is not."""
    inner = parse(m.group("rest"), ctx)
    return inner if inner is not None and inner.type == "DATE" else None


@rule(r"(?:this|that|the same) time (?P<rest>(?:last|next|this) (?:year|month|week))")
def _this_time(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "this time last year" -> 2018, "this time next week": the unit it names."""
    return parse(m.group("rest"), ctx)


@rule(r"the (?P<unit>week|weekend) (?:of|ending|ended|beginning|starting) (?P<day>.+)")
def _week_of(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the week of Jan. 14" -> 2019-W03, "the weekend of March 9" -> 2019-W10-WE, "the week ending Jan. 5"."""
    day = parse(m.group("day"), ctx)
    if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    week = iso_week(dt.date.fromisoformat(day.value))
    return timex(week + ("-WE" if m.group("unit") == "weekend" else ""))


@rule(
    r"(?P<dur>(?:the )?(?:first|last|past|next|final|opening|closing) .+?) (?:of|in) "
    r"(?P<rest>(?:the|this|last|next) .+|[12]\d{3})"
)
def _part_of_period(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the first three months of the year" -> P3M (TimeBank reads these as durations)."""
    inner = parse(m.group("dur"), ctx)
    if inner is None or inner.type != "DURATION" or parse(m.group("rest"), ctx) is None:
        return None
    return inner


@rule(r"(?P<day>.+?) (?:at |@ )?(?P<time>\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b.*|\d{1,2}:\d{2}\b.*)")
def _date_and_time(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """A date and a clock time, as in datelines: "June 6 2013 11:34 pm" -> 2013-06-06T23:34."""
    day = parse(m.group("day"), ctx)
    if day is None or day.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    clock = parse(m.group("time"), Ctx(dt.date.fromisoformat(day.value), ctx.tense))
    return clock if clock is not None and clock.type == "TIME" else None
