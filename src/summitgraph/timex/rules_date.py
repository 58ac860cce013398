"""DATE rules: reference words, the days around the anchor, numeric dates, month
names, years, fiscal years, decades and centuries.

"now" -> PRESENT_REF, "yesterday" -> 2019-01-07, "March 01, 2008" -> 2008-03-01,
"June" -> 2018-06 in a past clause, "fiscal 2008" -> FY2008, "the 1990s" -> 199.
Calendar units counted from the anchor ("last week", "Q3", "Christmas") are in
:mod:`summitgraph.timex.rules_date_relative`.
"""

from __future__ import annotations

import datetime as dt
import re

from summitgraph.lexicon.holidays import NAMED_DAYS
from summitgraph.lexicon.time import DECADE_WORDS, MONTHS, PARTS_OF_DAY, WEEKDAYS
from summitgraph.lexicon.time_relative import DEICTIC_DAYS, NIGHT_DEICTICS, REFERENCE_WORDS, RELATIVE_SHIFTS
from summitgraph.models import Timex
from summitgraph.timex.anchor import (
    around,
    direction,
    relative_year,
    resolve_month_day,
    two_digit_year,
    year_from_text,
)
from summitgraph.timex.calendar import valid_date
from summitgraph.timex.engine import Ctx, rules, timex
from summitgraph.timex.patterns import (
    DAY,
    LAST,
    MONTH,
    NEXT,
    POD,
    RELATIVE,
    THIS,
    WEEKDAY,
    YEAR,
    alternation,
    relative_year_pattern,
)
from summitgraph.timex.values import day_or_x, shift_value

rule = rules("date")

# --- reference words and the days around the anchor ------------------------


@rule(alternation(REFERENCE_WORDS))
def _reference(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "now", "currently", "recently", "the near future"."""
    return timex(REFERENCE_WORDS[m.group(0)])


@rule(rf"(?P<day>{alternation(DEICTIC_DAYS)})(?: (?P<pod>{POD}))?")
def _deictic(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "today", "yesterday morning", "tonight", "this morning"."""
    word, pod = m.group("day"), m.group("pod")
    if word == "this" and not pod:
        return None
    if word in NIGHT_DEICTICS:
        pod = pod or "night"
    day = day_or_x(ctx.anchor + dt.timedelta(days=DEICTIC_DAYS[word]) if ctx.anchor else None)
    return timex(f"{day}T{PARTS_OF_DAY[pod]}", "TIME") if pod else timex(day)


# --- numeric dates ---------------------------------------------------------


@rule(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:t(?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2})?z?)?")
def _iso(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "2008-03-01", "2008/03/01", "2008-03-01T15:00"."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not valid_date(y, mo, d):
        return None
    day = dt.date(y, mo, d).isoformat()
    return timex(f"{day}T{m.group('h')}:{m.group('mi')}", "TIME") if m.group("h") else timex(day)


@rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slashed(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "03/01/2008", "7/8/07": US order (month first), day first when the month cannot be."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = two_digit_year(int(y), ctx) if len(y) == 2 else int(y)
    month, day = (a, b) if a <= 12 else (b, a)
    return timex(dt.date(year, month, day).isoformat()) if valid_date(year, month, day) else None


@rule(r"(?P<y>\d{4})-w(?P<w>\d{2})(?:-(?P<d>[1-7]|we))?")
def _iso_week(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "2019-W02", "2019-W02-WE"."""
    week, day = int(m.group("w")), m.group("d")
    if not 1 <= week <= 53:
        return None
    return timex(f"{m.group('y')}-W{week:02d}" + (f"-{day.upper()}" if day else ""))


@rule(r"(?P<y>\d{4})-(?P<m>\d{2})")
def _iso_month(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "2008-03"; "2014-16" is a range, read by normalize_range_end."""
    year, month = int(m.group("y")), int(m.group("m"))
    if month == (year + 1) % 100:
        return None  # "2008-09" in prose is a season or a fiscal year, a range
    return timex(f"{year}-{month:02d}") if 1 <= month <= 12 else None


# --- month names, years, decades, centuries --------------------------------


@rule(
    rf"(?:(?P<wd>{WEEKDAY}) )?(?P<month>{MONTH})[ -](?P<day>{DAY})"
    rf"(?: (?:of )?(?P<year>{YEAR})| {relative_year_pattern('rel')})?"
    rf"|(?:(?P<wd2>{WEEKDAY}) )?(?:the )?(?P<day2>{DAY}) (?:of )?(?P<month2>{MONTH})"
    rf"(?: (?P<year2>{YEAR})| {relative_year_pattern('rel2')})?"
)
def _month_day(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "March 01, 2008", "1 March 2008", "the 5th of March", "June 18", "Thursday, Nov. 6"."""
    month = MONTHS[m.group("month") or m.group("month2")]
    day = int(re.sub(r"\D", "", m.group("day") or m.group("day2")))
    if not 1 <= day <= 31:
        return None
    year_text, rel = m.group("year") or m.group("year2"), m.group("rel") or m.group("rel2")
    year = year_from_text(year_text, ctx) if year_text else relative_year(rel, ctx) if rel else None
    if year is not None:
        return timex(dt.date(year, month, day).isoformat()) if valid_date(year, month, day) else None
    if rel:
        return timex(f"XXXX-{month:02d}-{day:02d}")
    weekday = m.group("wd") or m.group("wd2")
    return timex(resolve_month_day(month, day, ctx, WEEKDAYS[weekday] if weekday else None))


@rule(
    rf"(?P<month>{MONTH})(?: (?:of )?(?P<year>{YEAR})| {relative_year_pattern('rel')})?"
    rf"|(?P<rel2>{RELATIVE}) (?P<month2>{MONTH})"
)
def _month(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "March 2008", "June", "June last year", "last June"."""
    month = MONTHS[m.group("month") or m.group("month2")]
    if m.group("year"):
        return timex(f"{year_from_text(m.group('year'), ctx):04d}-{month:02d}")
    if m.group("rel"):
        year = relative_year(m.group("rel"), ctx)
        return timex(f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}")
    rel = m.group("rel2")
    if rel and ctx.anchor:
        now, years = ctx.anchor.year * 12 + ctx.anchor.month, around(ctx.anchor)
        shift = RELATIVE_SHIFTS[rel]
        if shift == 0:
            year = ctx.anchor.year
        elif shift < 0:  # the latest such month before the anchor's
            year = max(y for y in years if y * 12 + month < now)
        else:
            year = min(y for y in years if y * 12 + month > now)
        return timex(f"{year:04d}-{month:02d}")
    return timex(resolve_month_day(month, None, ctx))


@rule(r"(?:the )?(?:(?:calendar )?year )?(?P<year>[12]\d{3})|'(?P<yy>\d{2})")
def _year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "2008", "the year 2008", "'08"."""
    if m.group("yy"):
        return timex(f"{two_digit_year(int(m.group('yy')), ctx):04d}")
    return timex(m.group("year"))


@rule(
    r"(?:(?:the )?(?:fiscal|financial)(?: year)?|fy) ?(?P<year>[12]\d{3}|'?\d{2})"
    r"|(?:the )?(?P<year2>[12]\d{3}) (?:fiscal|financial) year"
)
def _fiscal_year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "fiscal 2008", "FY2008", "FY08", "the 2008 fiscal year" -> FY2008."""
    text = (m.group("year") or m.group("year2")).lstrip("'")
    year = int(text) if len(text) == 4 else two_digit_year(int(text), ctx)
    return timex(f"FY{year:04d}")


@rule(rf"(?P<rel>{THIS}|{LAST}|{NEXT}|the) (?:fiscal|financial) year|(?:fiscal|financial) year")
def _fiscal_relative(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the financial year", "last fiscal year" -> FY of the anchor's year, or the one before."""
    return timex(shift_value("fiscal year", direction(m.group("rel") or "this"), ctx.anchor))


@rule(r"(?:the )?(?P<dec>[12]\d{2}0)s|(?:the )?'?(?P<yy>\d0)s|(?:the )?(?P<word>" + alternation(DECADE_WORDS) + ")")
def _decade(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the 1990s" -> 199, "the '90s", "the nineties"; "the 1800s" is a century, 18."""
    if m.group("dec"):
        decade = m.group("dec")
        return timex(decade[:2] if decade.endswith("00") and int(decade) < 2000 else decade[:3])
    yy = int(m.group("yy") or DECADE_WORDS[m.group("word")])
    century = 19 if ctx.anchor is None or yy > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return timex(f"{century:02d}{yy // 10}")


@rule(r"(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century(?: (?:ad|ce))?")
def _century(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the 20th century" -> 19."""
    return timex(f"{int(m.group('n')) - 1:02d}")


@rule(alternation(NAMED_DAYS))
def _named_day(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """Days known by a name of their own: "9/11"."""
    return timex(NAMED_DAYS[m.group(0)])
