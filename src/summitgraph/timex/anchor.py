"""Which year, day or season a relative expression means, from the anchor and the tense.

HeidelTime's news strategy: an expression that does not say in which direction
it points ("Monday", "June", "the third quarter", "Christmas") points the way
the tense of its clause does; without a tense the nearest candidate wins.
"""

from __future__ import annotations

import datetime as dt

from summitgraph.lexicon.time_relative import LAST_WORDS, NEXT_WORDS, RELATIVE_SHIFTS
from summitgraph.models import Tense
from summitgraph.timex.calendar import SEASON_OF_MONTH, SEASON_ORDER, valid_date
from summitgraph.timex.engine import Ctx

__all__ = [
    "around",
    "direction",
    "pick",
    "relative_year",
    "resolve_month_day",
    "resolve_weekday",
    "season_value",
    "two_digit_year",
    "year_from_text",
]


def direction(rel: str) -> int:
    """-1 for "last"/"the previous", +1 for "next"/"the coming", 0 for "this"."""
    return -1 if rel in LAST_WORDS else 1 if rel in NEXT_WORDS else 0


def relative_year(word: str, ctx: Ctx) -> int | None:
    """The year of "this year", "last year", "next year" (None without anchor)."""
    return ctx.anchor.year + RELATIVE_SHIFTS[word] if ctx.anchor else None


def pick(candidates: list[tuple[int, int]], now: int, tense: Tense | None) -> int:
    """Choose the value of the ``(position, value)`` candidate the tense points to.

    Positions are ordinal numbers on one scale (days, months, quarters) and
    ``now`` is the anchor's position. Past: the latest at or before now; future:
    the earliest at or after now; otherwise the nearest (ties go to the past,
    since news mostly reports what happened).
    """
    if tense == "past":
        before = [c for c in candidates if c[0] <= now]
        if before:
            return max(before)[1]
    elif tense == "future":
        after = [c for c in candidates if c[0] >= now]
        if after:
            return min(after)[1]
    return min(candidates, key=lambda c: (abs(c[0] - now), c[0] > now))[1]


def around(anchor: dt.date) -> tuple[int, int, int]:
    """The years a relative expression may fall in: the anchor's and its neighbours."""
    return anchor.year - 1, anchor.year, anchor.year + 1


def resolve_month_day(month: int, day: int | None, ctx: Ctx, weekday: int | None = None) -> str | None:
    """Value of a month (and day) without a year, e.g. "June" or "June 18".

    The year is chosen by comparing months, not days (HeidelTime's news rule):
    "Dec. 19" in a future clause of a December 22 article is this December's,
    which tolerates tense mistakes near the anchor. A weekday given with the
    date ("Thursday, Nov. 6") picks the year in which it falls on that weekday.
    """
    if ctx.anchor is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    years = around(ctx.anchor)
    if day is not None and weekday is not None:
        matching = [y for y in years if valid_date(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
        if len(matching) == 1:
            return f"{matching[0]:04d}-{month:02d}-{day:02d}"
    year = pick([(y * 12 + month, y) for y in years], ctx.anchor.year * 12 + ctx.anchor.month, ctx.tense)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return dt.date(year, month, day).isoformat() if valid_date(year, month, day) else None


def resolve_weekday(weekday: int, ctx: Ctx) -> dt.date | None:
    """The date of a weekday name without "last"/"next", chosen by tense."""
    if ctx.anchor is None:
        return None
    base = ctx.anchor.toordinal()
    diff = weekday - ctx.anchor.isoweekday()
    ordinal = pick([(base + d, base + d) for d in (diff - 7, diff, diff + 7)], base, ctx.tense)
    return dt.date.fromordinal(ordinal)


def season_value(code: str, ctx: Ctx, shift: int | None = None) -> str:
    """Value of a season name; ``shift`` -1/0/+1 for last/this/next, None to follow the tense.

    A winter belongs to the year of its December: January 2019 is in 2018-WI.
    "this summer" is the summer of the anchor's year, "this winter" the one the
    anchor is in or the coming one.
    """
    if ctx.anchor is None:
        return f"XXXX-{code}"
    a = ctx.anchor
    year = a.year - 1 if a.month < 3 else a.year
    if shift == 0:
        return f"{year if code == 'WI' else a.year:04d}-{code}"
    now = year * 4 + SEASON_ORDER.index(SEASON_OF_MONTH[a.month])
    target = SEASON_ORDER.index(code)
    candidates = [((year + k) * 4 + target, year + k) for k in (-1, 0, 1)]
    if shift is None:
        chosen = pick(candidates, now, ctx.tense)
    elif shift < 0:
        chosen = max(c for c in candidates if c[0] < now)[1]
    else:
        chosen = min(c for c in candidates if c[0] > now)[1]
    return f"{chosen:04d}-{code}"


def two_digit_year(yy: int, ctx: Ctx) -> int:
    """The century of "'08": the one that puts it no more than ten years after the anchor."""
    pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
    return (2000 if yy <= pivot else 1900) + yy


def year_from_text(text: str, ctx: Ctx) -> int:
    """A year written as four digits or as "'08"."""
    return two_digit_year(int(text[1:]), ctx) if text.startswith("'") else int(text)
