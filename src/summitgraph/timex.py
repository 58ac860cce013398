"""Normalise English time expressions to TIMEX3 values (TimeML, TempEval-3 conventions).

``normalize(text, anchor, tense=...)`` turns the text of one time expression
("last year", "Tuesday morning", "March 01, 2008", "three days") into a
:class:`~summitgraph.models.Timex`: its TIMEX3 ``type``, ``value`` and ``mod``.
Pure text in, record out: no spaCy here (finding the expressions in a Doc is
:mod:`summitgraph.dates`).

Relative expressions are resolved against ``anchor``, normally the publication
date (DCT), with HeidelTime's news strategy: an expression that does not say in
which direction it points ("Monday", "June", "the third quarter", "Christmas")
points the way the tense of its clause does:

    >>> import datetime as dt
    >>> normalize("Monday", dt.date(2019, 1, 8), tense="past").value
    '2019-01-07'
    >>> normalize("June", dt.date(2019, 1, 8), tense="future").value
    '2019-06'

Without a tense the nearest candidate wins. Without an anchor, relative
expressions get TIMEX3's underspecified values (``XXXX-WXX-1``, ``XXXX-06``).
The second part of a range is normalised relative to the first with
:func:`normalize_range_end`; :func:`start_date` gives the first day of a value.

How it works: the text is cleaned (lower case, number words written as digits,
no commas or dots) and matched in full against a list of rules, each a regular
expression with the function that builds the value. When no rule matches,
modifiers ("about", "late", "the end of", "more than") and prepositions are
peeled off the front and the rest is tried again. The word lists the rules are
made of are the module-level constants below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from summitgraph.models import Tense, Timex, TimexType

# ==========================================================================
# Word lists
# ==========================================================================

# Month names and the abbreviations news agencies use ("Sept.", "Jan."); dots are
# removed before matching, so "jan" stands for "Jan." too.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Weekday names with the usual abbreviations; Monday = 1, as in TIMEX3's "XXXX-WXX-1".
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

# TIMEX3 codes for the parts of a day ("Tuesday morning" -> 2019-01-08TMO).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

# Named times of day that TIMEX3 writes as clock times ("noon" -> T12:00).
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# TIMEX3 season codes ("summer 2018" -> 2018-SU).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Calendar units: TIMEX3 duration letter, how many of it one unit is, and whether
# it is a clock unit (written after "T": PT3H). Decades and centuries are written
# in years, as MEANTIME's gold does ("the past decade" -> P10Y); a quarter is 3 months.
UNITS: dict[str, tuple[str, float, bool]] = {
    "year": ("Y", 1, False),
    "yr": ("Y", 1, False),
    "month": ("M", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "day": ("D", 1, False),
    "hour": ("H", 1, True),
    "hr": ("H", 1, True),
    "minute": ("M", 1, True),
    "min": ("M", 1, True),
    "second": ("S", 1, True),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
    "quarter": ("M", 3, False),
}

# Adverbs and phrases that TimeML normalises to its reference values.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "present day": "PRESENT_REF",
    "the present day": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "soon": "FUTURE_REF",
}

# Frequency adjectives and adverbs: TIMEX3 SETs ("weekly" -> P1W).
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "bimonthly": "P2M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annual": "P1Y",
    "annually": "P1Y",
    "biannual": "P6M",
    "biannually": "P6M",
    "semiannual": "P6M",
    "semi-annual": "P6M",
    "semiannually": "P6M",
    "biennial": "P2Y",
}

# Holidays on a fixed day of the year (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "new year": (1, 1),
    "new years": (1, 1),
    "new year's eve": (12, 31),
    "epiphany": (1, 6),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "may day": (5, 1),
    "canada day": (7, 1),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "all saints' day": (11, 1),
    "guy fawkes night": (11, 5),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month (month, ISO weekday, n; n = -1 is the last),
# as the United States keeps them, since most English-language news follows them.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3),
    "martin luther king jr day": (1, 1, 3),
    "mlk day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2),
    "memorial day": (5, 1, -1),
    "father's day": (6, 7, 3),
    "labor day": (9, 1, 1),
    "columbus day": (10, 1, 2),
    "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
    "election day": (11, 2, 1),
}

# Holidays a fixed number of days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy thursday": -3,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "ascension day": 39,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}

# Single days known by a name of their own, which no calendar rule computes.
NAMED_DAYS: dict[str, str] = {"9/11": "2001-09-11"}

# Number words, so that rules only ever see digits ("twenty-five years" -> 25 years).
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}

# Ordinal words (with "twenty-"/"thirty-" compounds up to 31) for days of a month,
# quarters, halves and centuries: "twenty-first" -> 21st.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# Decades written as words ("the nineties" -> 199).
DECADE_WORDS: dict[str, int] = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

# Words before a unit that make it a vague or relative duration: "several years" ->
# PXY, "the past two years" -> P2Y. The keys may take a number after them.
DURATION_QUANTIFIERS: dict[str, bool] = {
    # quantifier: whether a number may follow ("the past 12 months")
    "several": False,
    "a few": False,
    "few": False,
    "many": False,
    "some": False,
    "a number of": False,
    "numerous": False,
    "multiple": False,
    "countless": False,
    "recent": False,
    "the recent": False,
    "the coming": True,
    "coming": False,
    "the past few": False,
    "the last few": False,
    "the next few": False,
    "the past several": False,
    "the last several": False,
    "the next several": False,
    "the first few": False,
    "another few": False,
    "the past": True,
    "the last": True,
    "the next": True,
    "the first": True,
    "the final": True,
    "the opening": True,
    "the initial": True,
    "the remaining": True,
    "the": True,
}

# Modifiers in front of a date and the TIMEX3 mod they set ("late 2017" -> 2017 mod
# END). "earlier this year" is this year, without saying which part of it.
POSITION_PREFIXES: dict[str, str | None] = {
    "early": "START",
    "the early": "START",
    "the beginning of": "START",
    "beginning of": "START",
    "the start of": "START",
    "start of": "START",
    "the very beginning of": "START",
    "the dawn of": "START",
    "the first part of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "middle of": "MID",
    "the mid": "MID",
    "late": "END",
    "the late": "END",
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "the latter part of": "END",
    "the last part of": "END",
    "the very end of": "END",
    "earlier": None,
    "earlier in": None,
    "later in": None,
    "later": None,
}
# Modifiers in front of any expression ("about three years" -> mod APPROX).
QUANTITY_PREFIXES: dict[str, str | None] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "APPROX",
    "almost": "APPROX",
    "circa": "APPROX",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "just over": "MORE_THAN",
    "a little over": "MORE_THAN",
    "well over": "MORE_THAN",
    "a little more than": "MORE_THAN",
    "just under": "LESS_THAN",
    "a little under": "LESS_THAN",
    "a little less than": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "just": None,
    "only": None,
    "exactly": None,
    "precisely": None,
    "a full": None,
    "a whole": None,
    "the whole": None,
    "all": None,
    "the entire": None,
    "an entire": None,
    "another": None,
    "an additional": None,
    "a further": None,
    "further": None,
}
# ... and after it ("a year or so" -> mod APPROX).
QUANTITY_SUFFIXES: dict[str, str | None] = {
    "or so": "APPROX",
    "or more": "EQUAL_OR_MORE",
    "or less": "EQUAL_OR_LESS",
    "and counting": None,
    "in a row": None,
    "running": None,
    "straight": None,
    "alone": None,
    "old": None,
    "time": None,
    "local time": None,
}

# Prepositions that may come with a span and say nothing about its value.
PREPOSITIONS: tuple[str, ...] = (
    "on",
    "in",
    "at",
    "by",
    "since",
    "from",
    "until",
    "till",
    "to",
    "during",
    "for",
    "within",
    "through",
    "throughout",
    "of",
    "before",
    "after",
    "as of",
    "as early as",
    "as late as",
    "starting",
    "beginning",
    "ending",
    "around",
    "into",
)

# Time-zone names after clock times; UTC and GMT become TIMEX3's "Z", the others are
# accepted but not written (TIMEX3 has no zone names).
UTC_ZONES: frozenset[str] = frozenset({"utc", "gmt", "z", "zulu"})
OTHER_ZONES: frozenset[str] = frozenset(
    {
        "est",
        "edt",
        "et",
        "cst",
        "cdt",
        "ct",
        "mst",
        "mdt",
        "mt",
        "pst",
        "pdt",
        "pt",
        "bst",
        "cet",
        "cest",
        "eet",
        "eest",
        "ist",
        "jst",
        "kst",
        "hkt",
        "sgt",
        "aest",
        "aedt",
        "local",
        "local time",
    }
)

# ==========================================================================
# Regular-expression pieces built from the word lists
# ==========================================================================


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that it matches greedily."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?:{_alternation(MONTHS)})"
_WEEKDAY = f"(?:{_alternation(WEEKDAYS)})"
_POD = f"(?:{_alternation(PARTS_OF_DAY)})"
_SEASON = f"(?:{_alternation(SEASONS)})"
_UNIT = f"(?:{_alternation(UNITS)})"
_HOLIDAY = f"(?:{_alternation([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS])})"
_NUM = r"(?:\d+(?:\.\d+)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:[12]\d{3}|'\d{2})"
_LAST = (
    r"(?:last|the last|past|the past|this past|previous|the previous|prior|the prior"
    r"|preceding|the preceding)"
)
_NEXT = (
    r"(?:next|the next|coming|the coming|this coming|following|the following|upcoming"
    r"|the upcoming|ensuing|the ensuing)"
)
_THIS = r"(?:this|the current|current|the present|present)"
_CALENDAR_UNIT = r"(?:year|month|week|day|quarter|decade)"


def _rel_year(group: str) -> str:
    """ "of last year", "this year" after a month or season, captured as ``group``."""
    return rf"(?:of )?(?P<{group}>this|last|next) year"


# ==========================================================================
# Dates and values
# ==========================================================================


@dataclass(frozen=True)
class _Ctx:
    """What a rule needs besides the text: the reference date and the clause's tense."""

    anchor: dt.date | None
    tense: Tense | None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _day_or_x(day: dt.date | None) -> str:
    return day.isoformat() if day else "XXXX-XX-XX"


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
    return _easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])


def _pick(candidates: list[tuple[int, int]], now: int, tense: Tense | None) -> int:
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


def _around(anchor: dt.date) -> tuple[int, int, int]:
    return anchor.year - 1, anchor.year, anchor.year + 1


def _resolve_month_day(month: int, day: int | None, ctx: _Ctx, weekday: int | None = None) -> str | None:
    """Value of a month (and day) without a year, e.g. "June" or "June 18".

    The year is chosen by comparing months, not days (HeidelTime's news rule):
    "Dec. 19" in a future clause of a December 22 article is this December's,
    which tolerates tense mistakes near the anchor. A weekday given with the
    date ("Thursday, Nov. 6") picks the year in which it falls on that weekday.
    """
    if ctx.anchor is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    years = _around(ctx.anchor)
    if day is not None and weekday is not None:
        matching = [y for y in years if _valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
        if len(matching) == 1:
            return f"{matching[0]:04d}-{month:02d}-{day:02d}"
    year = _pick([(y * 12 + month, y) for y in years], ctx.anchor.year * 12 + ctx.anchor.month, ctx.tense)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return dt.date(year, month, day).isoformat() if _valid(year, month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _resolve_weekday(weekday: int, ctx: _Ctx) -> dt.date | None:
    """The date of a weekday name without "last"/"next", chosen by tense."""
    if ctx.anchor is None:
        return None
    base = ctx.anchor.toordinal()
    diff = weekday - ctx.anchor.isoweekday()
    ordinal = _pick([(base + d, base + d) for d in (diff - 7, diff, diff + 7)], base, ctx.tense)
    return dt.date.fromordinal(ordinal)


_SEASON_ORDER = ("SP", "SU", "FA", "WI")
_SEASON_OF_MONTH = {
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


def _season_value(code: str, ctx: _Ctx, shift: int | None = None) -> str:
    """Value of a season name; ``shift`` -1/0/+1 for last/this/next, None to follow the tense.

    A winter belongs to the year of its December: January 2019 is in 2018-WI.
    """
    if ctx.anchor is None:
        return f"XXXX-{code}"
    a = ctx.anchor
    year = a.year - 1 if a.month < 3 else a.year
    now = year * 4 + _SEASON_ORDER.index(_SEASON_OF_MONTH[a.month])
    target = _SEASON_ORDER.index(code)
    candidates = [((year + k) * 4 + target, year + k) for k in (-1, 0, 1)]
    if shift is None or shift == 0:
        chosen = _pick(candidates, now, ctx.tense if shift is None else None)
    elif shift < 0:
        chosen = max(c for c in candidates if c[0] < now)[1]
    else:
        chosen = min(c for c in candidates if c[0] > now)[1]
    return f"{chosen:04d}-{code}"


def _shift_value(unit: str, n: int, ctx: _Ctx) -> str:
    """The calendar ``unit`` (year, month, week, ...) ``n`` units from the anchor's."""
    a = ctx.anchor
    if unit in ("year", "yr"):
        return f"{a.year + n:04d}" if a else "XXXX"
    if unit == "month":
        if a is None:
            return "XXXX-XX"
        y, m = _add_months(a.year, a.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "week":
        return _iso_week(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
    if unit == "weekend":
        return _iso_week(a + dt.timedelta(weeks=n)) + "-WE" if a else "XXXX-WXX-WE"
    if unit == "day":
        return _day_or_x(a + dt.timedelta(days=n) if a else None)
    if unit == "quarter":
        if a is None:
            return "XXXX-QX"
        index = a.year * 4 + (a.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "half":
        if a is None:
            return "XXXX-HX"
        index = a.year * 2 + (a.month - 1) // 6 + n
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "decade":
        return f"{a.year // 10 + n:03d}" if a else "XXX"
    if unit == "century":
        return f"{a.year // 100 + n:02d}" if a else "XX"
    if unit == "fiscal year":
        return f"FY{a.year + n:04d}" if a else "FYXXXX"
    raise ValueError(f"no calendar unit {unit!r}")


def _format_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# The next smaller unit for fractions: half an hour is PT30M, half a year P6M.
_SMALLER_UNIT: dict[tuple[str, bool], tuple[int, str, bool]] = {
    ("Y", False): (12, "M", False),
    ("D", False): (24, "H", True),
    ("H", True): (60, "M", True),
    ("M", True): (60, "S", True),
}


def _duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``n`` None means an unknown number (PXY)."""
    letter, factor, clock = UNITS[unit]
    if n is None:
        return "PXY" if factor >= 10 else ("PTX" if clock else "PX") + letter
    amount = n * factor
    smaller = _SMALLER_UNIT.get((letter, clock))
    if amount < 1 and smaller and amount * smaller[0] == int(amount * smaller[0]):
        amount, letter, clock = amount * smaller[0], smaller[1], smaller[2]
    return ("PT" if clock else "P") + _format_number(amount) + letter


def _two_digit_year(yy: int, ctx: _Ctx) -> int:
    """The century of "'08": the one that puts it no more than ten years after the anchor."""
    pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
    return (2000 if yy <= pivot else 1900) + yy


def _year_from_text(text: str, ctx: _Ctx) -> int:
    """A year written as four digits or as "'08"."""
    return _two_digit_year(int(text[1:]), ctx) if text.startswith("'") else int(text)


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


# ==========================================================================
# Cleaning
# ==========================================================================

_ORDINAL_WORD = r"\b(?:(?:twenty|thirty)[- ])?(?:" + _alternation(ORDINAL_WORDS) + r")\b"
_ORDINAL_PARTS = re.compile(r"(?:(?P<tens>twenty|thirty)[- ])?(?P<unit>" + _alternation(ORDINAL_WORDS) + ")")
# Ordinals are read only where a calendar needs them: before "quarter", "half",
# "century" and next to a month name. Elsewhere "first" stays a word ("the first
# nine months") and "second" a unit ("a second").
_CALENDAR_ORDINAL = re.compile(
    rf"{_ORDINAL_WORD}(?=[- ](?:fiscal )?(?:quarter|half|century|centuries|millennium)\b|(?: of)? {_MONTH}\b)"
)
_MONTH_ORDINAL = re.compile(rf"(?P<month>\b{_MONTH}) (?P<ord>{_ORDINAL_WORD})")
_NUMBER_WORD_RUN = re.compile(r"\b(?:{w})(?:(?:[- ]|[- ]and[- ])(?:{w}))*\b".format(w=_alternation(NUMBER_WORDS)))
_A_COUNT = re.compile(r"\ba (dozen|couple of|couple)\b")
_FILLER_AFTER_NUMBER = re.compile(r"\b(\d+) (?:straight|consecutive|successive|full|whole|long) ")
_AND_A_HALF = re.compile(r"\b(\d+) and (?:a|one) half\b")
_UNIT_AND_A_HALF = re.compile(rf"\b(?:(?:a|an|(\d+)) )?({_UNIT})s? and (?:a|one) half\b")
_HALF_A_UNIT = re.compile(rf"\b(?:a |one )?half(?: (?:a|an) |[- ])({_UNIT})\b")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = re.compile(r"[\u2018\u2019\u02bc`]")
_AM_PM = re.compile(r"(\d)\s*([ap])\.?\s?m\b\.?")
_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")
_PUNCTUATION = re.compile(r"[,;!?\"()\[\]]|(?<!\d):|:(?!\d)")
_SPACED_HYPHEN = re.compile(r"\s*-\s*(?=[a-z])|(?<=[a-z])\s*-\s*")
_SPACES = re.compile(r"\s+")
_EDGE_QUOTES = re.compile(r"^'(?!\d)|'$")  # but "'08" is a year
_POSSESSIVE = re.compile(r"(?:'s|s')$")


def _ordinal(words: str) -> str:
    """ "twenty-first" -> "21st"."""
    m = _ORDINAL_PARTS.fullmatch(words)
    assert m is not None, words
    n = ORDINAL_WORDS[m.group("unit")] + {"twenty": 20, "thirty": 30}.get(m.group("tens") or "", 0)
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _cardinal(m: re.Match[str]) -> str:
    total = current = 0
    for word in re.split(r"[- ]+", m.group(0)):
        if word == "and":
            continue
        value = NUMBER_WORDS[word]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return str(total + current)


def _words_to_digits(s: str) -> str:
    """Write number words as digits: "twenty-five" -> "25", "a year and a half" -> "1.5 year"."""
    s = _CALENDAR_ORDINAL.sub(lambda m: _ordinal(m.group(0)), s)
    s = _MONTH_ORDINAL.sub(lambda m: f"{m.group('month')} {_ordinal(m.group('ord'))}", s)
    s = _A_COUNT.sub(lambda m: "2" if "couple" in m.group(1) else "12", s)
    s = _NUMBER_WORD_RUN.sub(_cardinal, s)
    s = _FILLER_AFTER_NUMBER.sub(r"\1 ", s)  # "three straight days"
    s = _AND_A_HALF.sub(lambda m: f"{int(m.group(1)) + 0.5:g}", s)
    s = _UNIT_AND_A_HALF.sub(lambda m: f"{int(m.group(1) or 1) + 0.5:g} {m.group(2)}", s)
    return _HALF_A_UNIT.sub(r"0.5 \1", s)


def _clean(text: str) -> str:
    """Lower case, plain punctuation, "p.m." as "pm", no dots or commas, numbers as digits."""
    s = _QUOTES.sub("'", _DASHES.sub("-", text.lower()))
    s = _AM_PM.sub(r"\1 \2m", s)
    s = _PUNCTUATION.sub(" ", _DOTS.sub(" ", s))
    s = _SPACED_HYPHEN.sub("-", s)  # "mid - 2018" -> "mid-2018"
    s = _EDGE_QUOTES.sub("", _SPACES.sub(" ", s).strip(" -"))
    s = _POSSESSIVE.sub(lambda m: "s" if m.group(0) == "s'" else "", s).strip()
    return _words_to_digits(s)


# ==========================================================================
# Rules
# ==========================================================================

_Handler = Callable[[re.Match[str], _Ctx], "Timex | None"]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    """Register ``handler`` for texts that fully match ``pattern``; rules are tried in order."""

    def register(handler: _Handler) -> _Handler:
        _RULES.append((re.compile(pattern), handler))
        return handler

    return register


def _timex(value: str | None, type_: TimexType = "DATE", mod: str | None = None) -> Timex | None:
    return Timex(type=type_, value=value, mod=mod) if value else None


def _direction(rel: str) -> int:
    """-1 for "last"/"the previous", +1 for "next"/"the coming", 0 for "this"."""
    return -1 if re.fullmatch(_LAST, rel) else 1 if re.fullmatch(_NEXT, rel) else 0


# --- reference words and the days around the anchor ------------------------


@_rule(_alternation(REFERENCE_WORDS))
def _reference(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _timex(REFERENCE_WORDS[m.group(0)])


_DEICTIC_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "last night": -1,
    "this": 0,
}


@_rule(rf"(?P<day>{_alternation(_DEICTIC_DAYS)})(?: (?P<pod>{_POD}))?")
def _deictic(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "today", "yesterday morning", "tonight", "this morning"."""
    word, pod = m.group("day"), m.group("pod")
    if word == "this" and not pod:
        return None
    if word in ("tonight", "last night"):
        pod = pod or "night"
    day = _day_or_x(ctx.anchor + dt.timedelta(days=_DEICTIC_DAYS[word]) if ctx.anchor else None)
    return _timex(f"{day}T{PARTS_OF_DAY[pod]}", "TIME") if pod else _timex(day)


# --- numeric dates ---------------------------------------------------------


@_rule(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:t(?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2})?z?)?")
def _iso(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "2008-03-01", "2008/03/01", "2008-03-01T15:00"."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not _valid(y, mo, d):
        return None
    day = dt.date(y, mo, d).isoformat()
    return _timex(f"{day}T{m.group('h')}:{m.group('mi')}", "TIME") if m.group("h") else _timex(day)


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slashed(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "03/01/2008", "7/8/07": US order (month first), day first when the month cannot be."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = _two_digit_year(int(y), ctx) if len(y) == 2 else int(y)
    month, day = (a, b) if a <= 12 else (b, a)
    return _timex(dt.date(year, month, day).isoformat()) if _valid(year, month, day) else None


@_rule(r"(?P<y>\d{4})-w(?P<w>\d{2})(?:-(?P<d>[1-7]|we))?")
def _iso_week_rule(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "2019-W02", "2019-W02-WE"."""
    week, day = int(m.group("w")), m.group("d")
    if not 1 <= week <= 53:
        return None
    return _timex(f"{m.group('y')}-W{week:02d}" + (f"-{day.upper()}" if day else ""))


@_rule(r"(?P<y>\d{4})-(?P<m>\d{2})")
def _iso_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "2008-03"; "2014-16" is a range, read by normalize_range_end."""
    year, month = int(m.group("y")), int(m.group("m"))
    if month == (year + 1) % 100:
        return None  # "2008-09" in prose is a season or a fiscal year, a range
    return _timex(f"{year}-{month:02d}") if 1 <= month <= 12 else None


# --- month names, years, decades, centuries --------------------------------


def _relative_year(word: str, ctx: _Ctx) -> int | None:
    """The year of "this year", "last year", "next year" (None without anchor)."""
    return ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[word] if ctx.anchor else None


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY}) )?(?P<month>{_MONTH})[ -](?P<day>{_DAY})"
    rf"(?: (?:of )?(?P<year>{_YEAR})| {_rel_year('rel')})?"
    rf"|(?:(?P<wd2>{_WEEKDAY}) )?(?:the )?(?P<day2>{_DAY}) (?:of )?(?P<month2>{_MONTH})"
    rf"(?: (?P<year2>{_YEAR})| {_rel_year('rel2')})?"
)
def _month_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "March 01, 2008", "1 March 2008", "the 5th of March", "June 18", "Thursday, Nov. 6"."""
    month = MONTHS[m.group("month") or m.group("month2")]
    day = int(re.sub(r"\D", "", m.group("day") or m.group("day2")))
    if not 1 <= day <= 31:
        return None
    year_text, rel = m.group("year") or m.group("year2"), m.group("rel") or m.group("rel2")
    year = _year_from_text(year_text, ctx) if year_text else _relative_year(rel, ctx) if rel else None
    if year is not None:
        return _timex(dt.date(year, month, day).isoformat()) if _valid(year, month, day) else None
    if rel:
        return _timex(f"XXXX-{month:02d}-{day:02d}")
    weekday = m.group("wd") or m.group("wd2")
    return _timex(_resolve_month_day(month, day, ctx, WEEKDAYS[weekday] if weekday else None))


@_rule(
    rf"(?P<month>{_MONTH})(?: (?:of )?(?P<year>{_YEAR})| {_rel_year('rel')})?"
    rf"|(?P<rel2>this|last|next) (?P<month2>{_MONTH})"
)
def _month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "March 2008", "June", "June last year", "last June"."""
    month = MONTHS[m.group("month") or m.group("month2")]
    if m.group("year"):
        return _timex(f"{_year_from_text(m.group('year'), ctx):04d}-{month:02d}")
    if m.group("rel"):
        year = _relative_year(m.group("rel"), ctx)
        return _timex(f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}")
    rel = m.group("rel2")
    if rel and ctx.anchor:
        now, years = ctx.anchor.year * 12 + ctx.anchor.month, _around(ctx.anchor)
        if rel == "this":
            year = ctx.anchor.year
        elif rel == "last":  # the latest such month before the anchor's
            year = max(y for y in years if y * 12 + month < now)
        else:
            year = min(y for y in years if y * 12 + month > now)
        return _timex(f"{year:04d}-{month:02d}")
    return _timex(_resolve_month_day(month, None, ctx))


@_rule(r"(?:the )?(?:(?:calendar )?year )?(?P<year>[12]\d{3})|'(?P<yy>\d{2})")
def _year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "2008", "the year 2008", "'08"."""
    if m.group("yy"):
        return _timex(f"{_two_digit_year(int(m.group('yy')), ctx):04d}")
    return _timex(m.group("year"))


@_rule(
    r"(?:(?:the )?(?:fiscal|financial)(?: year)?|fy) ?(?P<year>[12]\d{3}|'?\d{2})"
    r"|(?:the )?(?P<year2>[12]\d{3}) (?:fiscal|financial) year"
)
def _fiscal_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "fiscal 2008", "FY2008", "FY08", "the 2008 fiscal year" -> FY2008."""
    text = (m.group("year") or m.group("year2")).lstrip("'")
    year = int(text) if len(text) == 4 else _two_digit_year(int(text), ctx)
    return _timex(f"FY{year:04d}")


@_rule(rf"(?P<rel>{_THIS}|{_LAST}|{_NEXT}|the) (?:fiscal|financial) year|(?:fiscal|financial) year")
def _fiscal_relative(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the financial year", "last fiscal year" -> FY of the anchor's year, or the one before."""
    return _timex(_shift_value("fiscal year", _direction(m.group("rel") or "this"), ctx))


@_rule(r"(?:the )?(?P<dec>[12]\d{2}0)s|(?:the )?'?(?P<yy>\d0)s|(?:the )?(?P<word>" + _alternation(DECADE_WORDS) + ")")
def _decade(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the 1990s" -> 199, "the '90s", "the nineties"; "the 1800s" is a century, 18."""
    if m.group("dec"):
        decade = m.group("dec")
        return _timex(decade[:2] if decade.endswith("00") and int(decade) < 2000 else decade[:3])
    yy = int(m.group("yy") or DECADE_WORDS[m.group("word")])
    century = 19 if ctx.anchor is None or yy > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return _timex(f"{century:02d}{yy // 10}")


@_rule(r"(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century(?: (?:ad|ce))?")
def _century(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the 20th century" -> 19."""
    return _timex(f"{int(m.group('n')) - 1:02d}")


# --- this/last/next + unit --------------------------------------------------


@_rule(rf"(?P<rel>{_THIS}|{_LAST}|{_NEXT}) (?P<unit>year|month|week|weekend|quarter|decade|century|half)")
def _relative_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "this week", "last year", "next month", "this past weekend".

    "the past year", "the next month" are durations (P1Y), see _quantified_duration;
    a bare "past year" or "coming year" is left to it too.
    """
    rel, unit = m.group("rel"), m.group("unit")
    if rel in ("the last", "the past", "the next", "the coming", "past", "coming") and unit not in (
        "weekend",
        "quarter",
        "half",
    ):
        return None
    return _timex(_shift_value(unit, _direction(rel), ctx))


@_rule(r"the (?P<unit>year|month|week|quarter|decade|century)|the (?P<we>weekend)")
def _the_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the year", "the month" as in "earlier in the year": the anchor's; "the weekend" by tense."""
    if m.group("we"):
        if ctx.anchor is None:
            return _timex("XXXX-WXX-WE")
        back = ctx.tense == "past" and ctx.anchor.isoweekday() < 6
        return _timex(_shift_value("weekend", -1 if back else 0, ctx))
    return _timex(_shift_value(m.group("unit"), 0, ctx))


@_rule(
    rf"(?:the )?(?P<unit>{_CALENDAR_UNIT})[- ](?:ago|earlier|before)"
    r"(?: (?:period|quarter|month|week|day|year|level|figure|result)s?)?"
    rf"|(?:a|1) (?P<unit2>{_CALENDAR_UNIT}) (?:earlier|before)"
    rf"|the (?P<rel>previous|prior|preceding|following) (?P<unit3>{_CALENDAR_UNIT})"
    rf"|the (?P<unit4>{_CALENDAR_UNIT}) (?P<rel4>before|after)"
    r"|the (?P<next>next) day|the same (?P<same>day|week|month|year)"
)
def _anaphoric_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "year-ago", "a year earlier", "the previous year", "the year before", "the next day",
    "the same day": relative to the anchor (find_dates passes the last date mentioned)."""
    if m.group("same"):
        return _timex(_shift_value(m.group("same"), 0, ctx))
    unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4") or "day"
    forward = m.group("rel") == "following" or m.group("rel4") == "after" or bool(m.group("next"))
    return _timex(_shift_value(unit, 1 if forward else -1, ctx))


@_rule(r"(?P<unit>year|month|quarter|week)[- ]end|the end of (?P<unit2>year|month|quarter)")
def _unit_end(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "year-end", "by month-end": the end of the anchor's year or month."""
    return _timex(_shift_value(m.group("unit") or m.group("unit2"), 0, ctx), mod="END")


@_rule(_alternation(NAMED_DAYS))
def _named_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Days known by a name of their own: "9/11"."""
    return _timex(NAMED_DAYS[m.group(0)])


# --- quarters, halves, seasons ------------------------------------------------


@_rule(
    rf"(?:the )?(?P<q>[1-4])(?:st|nd|rd|th)[- ](?:fiscal )?(?P<unit>quarter|half)"
    rf"(?: (?:of |in )?(?:(?:the )?(?:fiscal )?(?:year )?(?P<year>[12]\d{{3}})"
    rf"|(?P<fy>fiscal |financial )?(?:{_rel_year('rel')}|the year)))?"
    r"|q(?P<q2>[1-4])(?: (?P<year2>[12]\d{3}))?|(?P<year3>[12]\d{3}) q(?P<q3>[1-4])"
    r"|h(?P<h>[12]) (?P<year4>[12]\d{3})"
)
def _quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the third quarter of 2018" -> 2018-Q3, "Q3 2018", "the first half" -> YYYY-H1."""
    if m.group("h"):
        return _timex(f"{m.group('year4')}-H{m.group('h')}")
    n = int(m.group("q") or m.group("q2") or m.group("q3"))
    unit, per_year = ("H", 2) if m.group("unit") == "half" else ("Q", 4)
    if n > per_year:
        return None
    year = m.group("year") or m.group("year2") or m.group("year3")
    if year:
        return _timex(f"{year}-{unit}{n}")
    if m.group("rel") or m.group(0).endswith("the year"):
        y = _relative_year(m.group("rel") or "this", ctx)
        prefix = "FY" if m.group("fy") else ""
        return _timex(f"{prefix}{y:04d}-{unit}{n}" if y else f"XXXX-{unit}{n}")
    if ctx.anchor is None:
        return _timex(f"XXXX-{unit}{n}")
    now = ctx.anchor.year * per_year + (ctx.anchor.month - 1) * per_year // 12
    y = _pick([(yy * per_year + n - 1, yy) for yy in _around(ctx.anchor)], now, ctx.tense)
    return _timex(f"{y:04d}-{unit}{n}")


@_rule(
    rf"(?:the )?(?P<season>{_SEASON})(?: (?:of )?(?P<year>[12]\d{{3}})| {_rel_year('rel')})?"
    rf"|(?P<rel2>this|last|next|the coming|the past|this past|this coming) (?P<season2>{_SEASON})"
    rf"|(?P<year3>[12]\d{{3}}) (?P<season3>{_SEASON})"
)
def _season(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "summer 2018" -> 2018-SU, "last summer", "the winter" (by tense)."""
    code = SEASONS[m.group("season") or m.group("season2") or m.group("season3")]
    year = m.group("year") or m.group("year3")
    if year:
        return _timex(f"{year}-{code}")
    if m.group("rel"):
        y = _relative_year(m.group("rel"), ctx)
        return _timex(f"{y:04d}-{code}" if y else f"XXXX-{code}")
    rel = m.group("rel2")
    return _timex(_season_value(code, ctx, None if rel is None else _direction(rel)))


# --- weekdays and holidays -----------------------------------------------------


@_rule(
    rf"(?:(?P<rel>this|last|next|coming|this coming|this past|past) )?(?P<wd>{_WEEKDAY})(?: (?P<pod>{_POD}))?"
    rf"|(?P<wd2>{_WEEKDAY}) (?P<rel2>next|last|this) week"
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "Tuesday" (by tense), "last Monday", "next Friday", "Monday afternoon" -> ...TAF."""
    wd = WEEKDAYS[m.group("wd") or m.group("wd2")]
    rel, pod = m.group("rel"), m.group("pod")
    if ctx.anchor is None:
        day_value = f"XXXX-WXX-{wd}"
    else:
        a = ctx.anchor
        if m.group("rel2"):
            monday = a - dt.timedelta(days=a.isoweekday() - 1)
            day = monday + dt.timedelta(weeks={"next": 1, "last": -1, "this": 0}[m.group("rel2")], days=wd - 1)
        elif rel in ("last", "this past", "past"):
            day = a - dt.timedelta(days=(a.isoweekday() - wd) % 7 or 7)
        elif rel in ("next", "coming", "this coming"):
            day = a + dt.timedelta(days=(wd - a.isoweekday()) % 7 or 7)
        else:
            day = _resolve_weekday(wd, ctx)  # type: ignore[assignment]
        day_value = day.isoformat()
    if pod:
        return _timex(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")
    return _timex(day_value)


@_rule(rf"(?:(?P<rel>this|last|next) )?(?P<name>{_HOLIDAY})(?: (?:of )?(?P<year>[12]\d{{3}}))?")
def _holiday_rule(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "New Year's Day", "Christmas 2018", "last Thanksgiving", "Easter" (by tense)."""
    name, year, rel = m.group("name"), m.group("year"), m.group("rel")
    if year:
        return _timex(_holiday(name, int(year)).isoformat())
    if ctx.anchor is None:
        if name in FIXED_HOLIDAYS:
            month, d = FIXED_HOLIDAYS[name]
            return _timex(f"XXXX-{month:02d}-{d:02d}")
        return _timex("XXXX-XX-XX")
    now = ctx.anchor.toordinal()
    days = [_holiday(name, y).toordinal() for y in _around(ctx.anchor)]
    if rel == "last":
        chosen = max(d for d in days if d < now)
    elif rel == "next":
        chosen = min(d for d in days if d > now)
    else:
        chosen = _pick([(d, d) for d in days], now, None if rel == "this" else ctx.tense)
    return _timex(dt.date.fromordinal(chosen).isoformat())


# --- clock times and parts of the day --------------------------------------------

_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?(?::\d{2})? ?(?P<ampm>am|pm)"
    r"|(?P<h24>[01]?\d|2[0-4])[:.h](?P<mi24>\d{2})(?::\d{2})?(?: ?hrs| ?hours| ?h)?"
    r"|(?P<hoc>\d{1,2})(?: o'clock|(?= in the ))"
    rf"|(?P<word>{_alternation(CLOCK_WORDS)})"
)
_ZONE = rf"(?: (?P<zone>{_alternation(UTC_ZONES | OTHER_ZONES)})(?: ?(?P<off>[+-] ?\d{{1,2}})(?::?\d{{2}})?)?)?"
_CLOCK_DAY = rf"today|tonight|yesterday|tomorrow|(?:{_WEEKDAY})(?: {_POD})?"


@_rule(
    rf"(?:(?P<dday>{_CLOCK_DAY}) (?:at )?)?(?:{_CLOCK}){_ZONE}(?: (?:in the )?(?P<pod>{_POD}))?"
    rf"(?: (?:on )?(?P<dday2>{_CLOCK_DAY}))?"
)
def _clock_time(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Clock times, on the anchor's day unless a day is named: "3 pm" -> 2019-01-08T15:00,
    "18:00 UTC" -> ...T18:00Z, "Tuesday at 3 pm", "9 in the morning"."""
    if m.group("word"):
        hhmm = CLOCK_WORDS[m.group("word")]
    else:
        hour = int(m.group("h") or m.group("h24") or m.group("hoc"))
        minute = int(m.group("mi") or m.group("mi24") or 0)
        ampm, pod = m.group("ampm"), m.group("pod")
        if ampm and not 1 <= hour <= 12:
            return None
        if hour < 12 and (ampm == "pm" or not ampm and pod in ("afternoon", "evening", "night")):
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        hhmm = f"{hour:02d}:{minute:02d}"
    zone, suffix = m.group("zone"), ""
    if zone in UTC_ZONES:
        offset = m.group("off")
        suffix = f"{offset[0]}{int(offset[1:].strip()):02d}" if offset else "Z"
    day_text = m.group("dday") or m.group("dday2")
    if day_text:
        day = _parse(day_text, ctx)
        if day is None:
            return None
        day_value = day.value.split("T")[0]
    else:
        day_value = _day_or_x(ctx.anchor)
    return _timex(f"{day_value}T{hhmm}{suffix}", "TIME")


@_rule(rf"(?:the |this )?(?P<pod>{_POD})|the (?P<pod2>{_POD}) of (?P<day>.+)")
def _part_of_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "morning", "the evening" (the anchor's), "the morning of June 5"."""
    pod = m.group("pod") or m.group("pod2")
    day_value = _day_or_x(ctx.anchor)
    if m.group("day"):
        day = _parse(m.group("day"), ctx)
        if day is None or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value):
            return None
        day_value = day.value
    return _timex(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")


# --- durations and what counts from them ------------------------------------------


@_rule(
    rf"(?P<n>{_NUM}|a|an)[ -](?P<unit>{_UNIT})s? (?P<dir>ago|earlier|before|back|later|after|hence|from now|from today)"
    rf"|(?P<vague>several|a few|few|many|some)? ?(?P<unit2>{_UNIT}|centurie)s (?P<dir2>ago|earlier|later|back)"
)
def _ago(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "two weeks ago" -> the anchor minus two weeks, at the unit's granularity:
    "two years ago" -> 2017, "three months ago" -> 2018-10, "two weeks ago" -> 2018-12-25.
    "years ago" and "a few days later" -> PAST_REF / FUTURE_REF."""
    sign = -1 if (m.group("dir") or m.group("dir2")) in ("ago", "earlier", "before", "back") else 1
    if m.group("unit2"):
        return _timex("PAST_REF" if sign < 0 else "FUTURE_REF")
    n = 1.0 if m.group("n") in ("a", "an") else float(m.group("n"))
    letter, factor, clock = UNITS[m.group("unit")]
    a, amount = ctx.anchor, n * factor * sign
    if clock:
        return _timex(_day_or_x(a))  # hours or minutes ago: the anchor's day
    if letter == "Y" and amount == int(amount):
        return _timex(f"{a.year + int(amount):04d}" if a else "XXXX")
    if letter in ("Y", "M"):
        months = round(amount * (12 if letter == "Y" else 1))
        if a is None:
            return _timex("XXXX-XX")
        y, mo = _add_months(a.year, a.month, months)
        return _timex(f"{y:04d}-{mo:02d}")
    days = round(amount * (7 if letter == "W" else 1))
    return _timex(_day_or_x(a + dt.timedelta(days=days) if a else None))


@_rule(
    rf"(?P<n>{_NUM}|a|an)[ -](?P<unit>{_UNIT})s?(?:[- ](?:long|old|plus))?"
    rf"|(?P<n2>{_NUM})[ -](?P<unit2>{_UNIT})s?[ -]and[ -](?P<n3>{_NUM})[ -](?P<unit3>{_UNIT})s?"
)
def _duration(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "three days" -> P3D, "fifty-year" -> P50Y, "35-year-old" -> P35Y, "1 year and 6 months" -> P1Y6M."""
    if m.group("unit2"):
        first = _duration_value(float(m.group("n2")), m.group("unit2"))
        second = _duration_value(float(m.group("n3")), m.group("unit3"))
        if first.startswith("PT") and not second.startswith("PT"):
            return None  # larger units come first
        if second.startswith("PT"):
            joined = first + second[2:] if first.startswith("PT") else first + "T" + second[2:]
        else:
            joined = first + second[1:]
        return _timex(joined, "DURATION")
    n_text, unit = m.group("n"), m.group("unit")
    if unit == "second" and n_text in ("a", "an"):
        return None  # "a second day" is an ordinal, not one second
    n = 1.0 if n_text in ("a", "an") else float(n_text)
    if n == 0 or (unit == "quarter" and "-quarters" in m.group(0)):
        return None  # "Zero Day", "three-quarters" (a fraction)
    return _timex(_duration_value(n, unit), "DURATION")


@_rule(
    rf"(?:(?P<q>{_alternation(DURATION_QUANTIFIERS)}) )?(?P<n>{_NUM} )?"
    rf"(?P<unit>{_UNIT}|centurie|millenni)(?P<s>s|a)?(?:[- ]long)?"
    r"|(?P<n2>\d+)\+ (?P<unit2>year|month|week|day|hour|minute)s?"
)
def _quantified_duration(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the past year" -> P1Y, "the next four years" -> P4Y, "several years", "decades" -> PXY,
    "the last quarter" -> the quarter before the anchor's."""
    q, unit = m.group("q"), m.group("unit") or m.group("unit2")
    unit = {"centurie": "century", "millenni": "millennium"}.get(unit, unit)
    plural = bool(m.group("s")) or bool(m.group("n2"))
    number = (m.group("n") or m.group("n2") or "").strip()
    if number:
        if (q and not DURATION_QUANTIFIERS[q]) or float(number) == 0:
            return None
        return _timex(_duration_value(float(number), unit), "DURATION")
    if q in ("the past", "the last", "the next", "the coming", "the first", "the final") and not plural:
        if unit == "quarter":
            if q in ("the first", "the final"):
                return None  # "the first quarter" is Q1, read by _quarter
            return _timex(_shift_value("quarter", 1 if q in ("the next", "the coming") else -1, ctx))
        return _timex(_duration_value(1, unit), "DURATION")
    if not plural or q in ("the recent",):
        return None  # a bare "year" is no time expression
    return _timex(_duration_value(None, unit), "DURATION")


# --- frequencies ---------------------------------------------------------------


@_rule(_alternation(FREQUENCY_WORDS))
def _frequency_word(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "weekly" -> P1W, "annual" -> P1Y."""
    return _timex(FREQUENCY_WORDS[m.group(0)], "SET")


@_rule(
    rf"(?P<count>(?:{_NUM}|once|twice|thrice|{_NUM} times) )?(?P<per>a|an|per|each|every|every other|every {_NUM}) "
    rf"(?P<unit>{_UNIT}|{_WEEKDAY}|{_POD}|{_SEASON}|weekend)s?|(?P<wdp>{_WEEKDAY})s"
)
def _set(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "every year", "twice a week", "per month", "15 a year", "every Monday", "Mondays" -> SETs."""
    if m.group("wdp"):
        return _timex(f"XXXX-WXX-{WEEKDAYS[m.group('wdp')]}", "SET")
    unit, per = m.group("unit"), m.group("per")
    if per in ("a", "an") and not m.group("count"):
        return None  # a bare "a year" is a duration, "a weekend interview" no time at all
    n = 2.0 if per == "every other" else float(per.split()[1]) if per.startswith("every ") else 1.0
    if unit in WEEKDAYS:
        return _timex(f"XXXX-WXX-{WEEKDAYS[unit]}", "SET")
    if unit in PARTS_OF_DAY:
        return _timex(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "SET")
    if unit in SEASONS:
        return _timex(f"XXXX-{SEASONS[unit]}", "SET")
    if unit == "weekend":
        return _timex("XXXX-WXX-WE", "SET")
    return _timex(_duration_value(n, unit), "SET")


# --- compositions -------------------------------------------------------------


@_rule(r"(?:the )?same (?:period|quarter|month|week|time|season)s? (?:of |in |a )?(?P<rest>.+)")
def _same_period(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the same period last year": which part of that year is unknown, the year is not."""
    inner = _parse(m.group("rest"), ctx)
    return inner if inner is not None and inner.type == "DATE" else None


@_rule(
    r"(?P<dur>(?:the )?(?:first|last|past|next|final|opening|closing) .+?) (?:of|in) "
    r"(?P<rest>(?:the|this|last|next) .+|[12]\d{3})"
)
def _part_of_period(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the first three months of the year" -> P3M (TimeBank reads these as durations)."""
    inner = _parse(m.group("dur"), ctx)
    if inner is None or inner.type != "DURATION" or _parse(m.group("rest"), ctx) is None:
        return None
    return inner


@_rule(r"(?P<day>.+?) (?:at |@ )?(?P<time>\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b.*|\d{1,2}:\d{2}\b.*)")
def _date_and_time(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """A date and a clock time, as in datelines: "June 6 2013 11:34 pm" -> 2013-06-06T23:34."""
    day = _parse(m.group("day"), ctx)
    if day is None or day.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    clock = _parse(m.group("time"), _Ctx(dt.date.fromisoformat(day.value), ctx.tense))
    return clock if clock is not None and clock.type == "TIME" else None


# ==========================================================================
# Entry points
# ==========================================================================

_POSITION_RE = re.compile(r"(?P<p>" + _alternation(POSITION_PREFIXES) + r")(?:-| |(?<=mid)(?=\d))")
_QUANTITY_RE = re.compile(r"(?P<p>" + _alternation(QUANTITY_PREFIXES) + ") ")
_SUFFIX_RE = re.compile(r" (?P<p>" + _alternation(QUANTITY_SUFFIXES) + ")$")
_PREPOSITION_RE = re.compile(r"(?:" + _alternation(PREPOSITIONS) + ") ")
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _match_rules(s: str, ctx: _Ctx) -> Timex | None:
    for pattern, handler in _RULES:
        m = pattern.fullmatch(s)
        if m:
            result = handler(m, ctx)
            if result is not None:
                return result
    return None


def _with_mod(t: Timex | None, mod: str | None) -> Timex | None:
    return t if t is None or mod is None else t.model_copy(update={"mod": mod})


def _parse(s: str, ctx: _Ctx, depth: int = 0) -> Timex | None:
    """Match ``s`` (already cleaned) against the rules, peeling modifiers off when needed."""
    if not s or depth > 4:
        return None
    result = _match_rules(s, ctx)
    if result is not None:
        return result
    m = _POSITION_RE.match(s)
    if m:
        inner = _parse(s[m.end() :].lstrip("- "), ctx, depth + 1)
        if inner is not None and inner.type in ("DATE", "TIME") and not inner.value.endswith("_REF"):
            return _with_mod(inner, POSITION_PREFIXES[m.group("p")])
    m = _QUANTITY_RE.match(s)
    if m:
        inner = _parse(s[m.end() :], ctx, depth + 1)
        if inner is not None:
            mod = QUANTITY_PREFIXES[m.group("p")]
            if m.group("p") == "over" and s[m.end() :].startswith("the "):
                mod = None  # "over the years" spans them, it does not exceed them
            return _with_mod(inner, mod)
    m = _SUFFIX_RE.search(s)
    if m:
        inner = _parse(s[: m.start()], ctx, depth + 1)
        if inner is not None:
            return _with_mod(inner, QUANTITY_SUFFIXES[m.group("p")])
    m = _PREPOSITION_RE.match(s)
    if m:
        return _parse(s[m.end() :], ctx, depth + 1)
    return None


def normalize(text: str, anchor: dt.date | None, *, tense: Tense | None = None) -> Timex | None:
    """The TIMEX3 type, value and mod of the time expression ``text``, or None.

    ``anchor`` is the reference date of relative expressions (normally the
    publication date); ``tense`` is the tense of the clause the expression sits
    in and decides which way an underspecified expression points ("Monday" in a
    past clause is the Monday before the anchor). None is returned for text
    that is not a time expression ("49", "the age of 56", "1.1.1").
    """
    return _parse(_clean(text), _Ctx(anchor, tense))


def normalize_range_end(
    text: str, start: Timex | None, anchor: dt.date | None, *, tense: Tense | None = None
) -> Timex | None:
    """Normalise the second part of a range relative to its first part, ``start``.

    "Thursday" in "from Monday to Thursday" (Monday = 2019-01-07) is the first
    Thursday on or after that Monday, 2019-01-10; "8" in "March 5-8" is
    March 8 of that year; "16" in "2014-16" is 2016. Falls back to plain
    :func:`normalize` with ``anchor`` and ``tense`` when ``start`` is no date.
    """
    s = _clean(text)
    begin = start_date(start.value) if start is not None and start.type in ("DATE", "TIME") else None
    if begin is not None and start is not None:
        day = _BARE_DAY.fullmatch(s)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", start.value):
            if not _valid(begin.year, begin.month, int(day.group(1))) or int(day.group(1)) < begin.day:
                return None
            return Timex(type="DATE", value=begin.replace(day=int(day.group(1))).isoformat())
        if re.fullmatch(r"\d{2}", s) and re.fullmatch(r"\d{4}", start.value):
            year = int(start.value[:2] + s)
            return Timex(type="DATE", value=str(year)) if year > begin.year else None
        result = _parse(s, _Ctx(begin, "future"))
        if result is not None:
            return result
    return _parse(s, _Ctx(anchor, tense))
