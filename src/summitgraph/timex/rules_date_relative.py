"""DATE rules for calendar units counted from the anchor: this/last/next + unit,
"a year earlier", year-end, quarters and halves, seasons, weekdays, holidays.

"last week" -> 2019-W01, "the year-earlier period" -> 2018, "year-end" -> 2019
mod END, "the third quarter of 2018" -> 2018-Q3, "last summer" -> 2018-SU,
"Monday" -> 2019-01-07 in a past clause, "Christmas" -> 2018-12-25 in a past one.
Which year or day an expression without a direction means follows the tense
(:mod:`summitgraph.timex.anchor`).
"""

from __future__ import annotations

import datetime as dt
import re

from summitgraph.lexicon.holidays import FIXED_HOLIDAYS
from summitgraph.lexicon.time import PARTS_OF_DAY, SEASONS, WEEKDAYS
from summitgraph.lexicon.time_relative import COUNTING_DIRECTIONS, DATED_UNITS, DURATION_RELATIVES, RELATIVE_SHIFTS
from summitgraph.models import Timex
from summitgraph.timex.anchor import around, direction, pick, relative_year, resolve_weekday, season_value
from summitgraph.timex.calendar import holiday, weekday_after, weekday_before
from summitgraph.timex.engine import Ctx, rules, timex
from summitgraph.timex.patterns import (
    CALENDAR_UNIT,
    HOLIDAY,
    LAST,
    NEXT,
    POD,
    RELATIVE,
    SEASON,
    THIS,
    WEEKDAY,
    relative_year_pattern,
)
from summitgraph.timex.values import day_or_x, shift_value

rule = rules("date_relative")

# --- this/last/next + unit --------------------------------------------------


@rule(rf"(?P<rel>{THIS}|{LAST}|{NEXT}) (?P<unit>year|month|week|weekend|quarter|decade|century|half)")
def _relative_unit(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "this week", "last year", "next month", "this past weekend".

    "the past year", "the next month" are durations (P1Y), see _quantified_duration;
    a bare "past year" or "coming year" is left to it too.
    """
    rel, unit = m.group("rel"), m.group("unit")
    if rel in DURATION_RELATIVES and unit not in DATED_UNITS:
        return None
    return timex(shift_value(unit, direction(rel), ctx.anchor))


@rule(r"the (?P<unit>year|month|week|weekend|quarter|decade) (?:before|after) (?P<rel>last|next)")
def _unit_before_last(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the week before last" -> two weeks back, "the year after next" -> two years on."""
    return timex(shift_value(m.group("unit"), 2 * direction(m.group("rel")), ctx.anchor))


@rule(r"the (?P<unit>year|month|week|quarter|decade|century)|the (?P<we>weekend)")
def _the_unit(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the year", "the month" as in "earlier in the year": the anchor's; "the weekend" by tense.

    "the quarter" in a past clause early in a quarter is the one before: results are
    reported after a quarter ends ("profit rose 12 percent in the quarter", in January).
    """
    unit, a = m.group("unit"), ctx.anchor
    if m.group("we"):
        if a is None:
            return timex("XXXX-WXX-WE")
        back = ctx.tense == "past" and a.isoweekday() < 6
        return timex(shift_value("weekend", -1 if back else 0, a))
    if unit == "quarter" and a is not None and ctx.tense == "past" and (a.month - 1) % 3 < 2:
        return timex(shift_value("quarter", -1, a))
    return timex(shift_value(unit, 0, a))


@rule(
    rf"(?:the )?(?P<unit>{CALENDAR_UNIT})[- ](?:ago|earlier|before)"
    r"(?: (?:period|quarter|month|week|day|year|level|figure|result)s?)?"
    rf"|(?:a|1) (?P<unit2>{CALENDAR_UNIT}) (?:earlier|before)"
    rf"|the (?P<rel>previous|prior|preceding|following) (?P<unit3>{CALENDAR_UNIT})"
    rf"|the (?P<unit4>{CALENDAR_UNIT}) (?P<rel4>before|after)"
    r"|the (?P<next>next) day|the same (?P<same>day|week|month|year)"
)
def _anaphoric_unit(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "year-ago", "a year earlier", "the previous year", "the year before", "the next day",
    "the same day": relative to the anchor (find_dates passes the last date mentioned)."""
    if m.group("same"):
        return timex(shift_value(m.group("same"), 0, ctx.anchor))
    unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4") or "day"
    forward = m.group("rel") == "following" or m.group("rel4") == "after" or bool(m.group("next"))
    return timex(shift_value(unit, 1 if forward else -1, ctx.anchor))


@rule(
    rf"(?:that|the same) (?P<pod>{POD})|the (?P<rel>next|following|previous|prior|preceding) (?P<pod2>{POD})"
    rf"|the (?P<pod3>{POD}) (?P<rel3>before|after)|that (?P<day>day)"
)
def _that_part_of_day(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "that night", "the next morning", "the night before", "that day": parts of the day the
    text is telling of (find_dates passes the last day mentioned as the anchor)."""
    rel = m.group("rel") or m.group("rel3")
    step = 0 if rel is None else COUNTING_DIRECTIONS.get(rel) or direction(rel)  # "before", "the next"
    day = day_or_x(ctx.anchor + dt.timedelta(days=step) if ctx.anchor else None)
    if m.group("day"):
        return timex(day)
    return timex(f"{day}T{PARTS_OF_DAY[m.group('pod') or m.group('pod2') or m.group('pod3')]}", "TIME")


@rule(r"(?P<unit>year|month|quarter|week)[- ]end|the end of (?P<unit2>year|month|quarter)")
def _unit_end(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "year-end", "by month-end": the end of the anchor's year or month."""
    return timex(shift_value(m.group("unit") or m.group("unit2"), 0, ctx.anchor), mod="END")


# --- quarters, halves, seasons ------------------------------------------------


@rule(
    rf"(?:the )?(?P<q>[1-4])(?:st|nd|rd|th)[- ](?:fiscal )?(?P<unit>quarter|half)"
    rf"(?: (?:of |in )?(?:(?:the )?(?:fiscal )?(?:year )?(?P<year>[12]\d{{3}})"
    rf"|(?P<fy>fiscal |financial )?(?:{relative_year_pattern('rel')}|the year)))?"
    r"|q(?P<q2>[1-4])(?: (?P<year2>[12]\d{3}))?|(?P<year3>[12]\d{3}) q(?P<q3>[1-4])"
    r"|h(?P<h>[12]) (?P<year4>[12]\d{3})"
)
def _quarter(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the third quarter of 2018" -> 2018-Q3, "Q3 2018", "the first half" -> YYYY-H1."""
    if m.group("h"):
        return timex(f"{m.group('year4')}-H{m.group('h')}")
    n = int(m.group("q") or m.group("q2") or m.group("q3"))
    unit, per_year = ("H", 2) if m.group("unit") == "half" else ("Q", 4)
    if n > per_year:
        return None
    year = m.group("year") or m.group("year2") or m.group("year3")
    if year:
        return timex(f"{year}-{unit}{n}")
    if m.group("rel") or m.group(0).endswith("the year"):
        y = relative_year(m.group("rel") or "this", ctx)
        prefix = "FY" if m.group("fy") else ""
        return timex(f"{prefix}{y:04d}-{unit}{n}" if y else f"XXXX-{unit}{n}")
    if ctx.anchor is None:
        return timex(f"XXXX-{unit}{n}")
    now = ctx.anchor.year * per_year + (ctx.anchor.month - 1) * per_year // 12
    y = pick([(yy * per_year + n - 1, yy) for yy in around(ctx.anchor)], now, ctx.tense)
    return timex(f"{y:04d}-{unit}{n}")


@rule(
    rf"(?:the )?(?P<season>{SEASON})(?: (?:of )?(?P<year>[12]\d{{3}})| {relative_year_pattern('rel')})?"
    rf"|(?P<rel2>this|last|next|the coming|the past|this past|this coming) (?P<season2>{SEASON})"
    rf"|(?P<year3>[12]\d{{3}}) (?P<season3>{SEASON})"
)
def _season(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "summer 2018" -> 2018-SU, "last summer", "the winter" (by tense)."""
    code = SEASONS[m.group("season") or m.group("season2") or m.group("season3")]
    year = m.group("year") or m.group("year3")
    if year:
        return timex(f"{year}-{code}")
    if m.group("rel"):
        y = relative_year(m.group("rel"), ctx)
        return timex(f"{y:04d}-{code}" if y else f"XXXX-{code}")
    rel = m.group("rel2")
    return timex(season_value(code, ctx, None if rel is None else direction(rel)))


# --- weekdays and holidays -----------------------------------------------------


@rule(
    rf"(?:(?P<rel>this|last|next|coming|this coming|this past|past) )?(?P<wd>{WEEKDAY})(?: (?P<pod>{POD}))?"
    rf"|(?P<wd2>{WEEKDAY}) (?P<rel2>{RELATIVE}) week"
)
def _weekday(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "Tuesday" (by tense), "last Monday", "next Friday", "Monday afternoon" -> ...TAF."""
    wd = WEEKDAYS[m.group("wd") or m.group("wd2")]
    step, pod = direction(m.group("rel") or "this"), m.group("pod")
    if ctx.anchor is None:
        day_value = f"XXXX-WXX-{wd}"
    else:
        a = ctx.anchor
        if m.group("rel2"):
            monday = a - dt.timedelta(days=a.isoweekday() - 1)
            day = monday + dt.timedelta(weeks=RELATIVE_SHIFTS[m.group("rel2")], days=wd - 1)
        elif step < 0:
            day = weekday_before(a, wd)
        elif step > 0:
            day = weekday_after(a, wd)
        else:
            day = resolve_weekday(wd, ctx)  # type: ignore[assignment]
        day_value = day.isoformat()
    if pod:
        return timex(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")
    return timex(day_value)


@rule(rf"(?:(?P<rel>{RELATIVE}) )?(?P<name>{HOLIDAY})(?: (?:of )?(?P<year>[12]\d{{3}}))?")
def _holiday(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "New Year's Day", "Christmas 2018", "last Thanksgiving", "Easter" (by tense)."""
    name, year, rel = m.group("name"), m.group("year"), m.group("rel")
    if year:
        return timex(holiday(name, int(year)).isoformat())
    if ctx.anchor is None:
        if name in FIXED_HOLIDAYS:
            month, d = FIXED_HOLIDAYS[name]
            return timex(f"XXXX-{month:02d}-{d:02d}")
        return timex("XXXX-XX-XX")
    now = ctx.anchor.toordinal()
    days = [holiday(name, y).toordinal() for y in around(ctx.anchor)]
    step = RELATIVE_SHIFTS[rel] if rel else None
    if step is not None and step < 0:
        chosen = max(d for d in days if d < now)
    elif step is not None and step > 0:
        chosen = min(d for d in days if d > now)
    else:
        chosen = pick([(d, d) for d in days], now, None if step == 0 else ctx.tense)
    return timex(dt.date.fromordinal(chosen).isoformat())
