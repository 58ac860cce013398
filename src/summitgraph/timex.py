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

    >>> normalize("Monday", dt.date(2019, 1, 8), tense="past").value
    '2019-01-07'
    >>> normalize("June", dt.date(2019, 1, 8), tense="future").value
    '2019-06'

Without a tense the nearest candidate wins. Without an anchor, relative
expressions get TIMEX3's underspecified values (``XXXX-WXX-1``, ``XXXX-06``).
The second part of a range is normalised relative to the first with
:func:`normalize_range_end`.

Text is matched against a list of rules, each a regular expression over a
cleaned form of the text (lower case, numbers written as digits, no commas or
dots) with the function that builds the value; modifiers ("about", "late",
"the end of", "more than") are peeled off first. The word lists the rules are
made of are module-level constants.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from summitgraph.models import Timex, TimexType

Tense = Literal["past", "present", "future"]

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

# Month names and the abbreviations news agencies use ("Sept.", "Jan."); dots are
# removed before matching, so "jan" stands for "Jan." too.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Weekday names (Monday = 1, as in TIMEX3's "XXXX-WXX-1") with the usual abbreviations.
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

# TIMEX3 codes for the parts of a day ("Tuesday morning" -> 2019-01-08TMO).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "daytime": "DT",
}

# Named times of day that are clock times in TIMEX3 ("noon" -> T12:00).
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# TIMEX3 season codes ("summer 2018" -> 2018-SU).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Calendar units: TIMEX3 duration letter, how many of it one unit is, and whether
# it is a clock unit (written after "T": PT3H). Decades and centuries are written
# in years, as MEANTIME's gold does ("the past decade" -> P10Y).
UNITS: dict[str, tuple[str, float, bool]] = {
    "year": ("Y", 1, False), "yr": ("Y", 1, False), "month": ("M", 1, False),
    "week": ("W", 1, False), "fortnight": ("W", 2, False), "day": ("D", 1, False),
    "hour": ("H", 1, True), "hr": ("H", 1, True), "minute": ("M", 1, True),
    "min": ("M", 1, True), "second": ("S", 1, True),
    "decade": ("Y", 10, False), "century": ("Y", 100, False), "millennium": ("Y", 1000, False),
    "quarter": ("M", 3, False),
}
_UNIT_PLURALS: dict[str, str] = {"centuries": "century", "millennia": "millennium"}

# Adverbs and phrases that TimeML normalises to the special reference values.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "present day": "PRESENT_REF", "the present day": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the moment": "PRESENT_REF", "this time": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "soon": "FUTURE_REF",
}

# Frequency adjectives and adverbs: TIMEX3 SETs ("weekly" -> P1W).
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "TNI", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "bimonthly": "P2M", "quarterly": "P3M",
    "yearly": "P1Y", "annual": "P1Y", "annually": "P1Y", "biannual": "P6M", "biannually": "P6M",
    "semiannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M", "biennial": "P2Y",
}

# Holidays on a fixed day of the year (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new year": (1, 1), "new years": (1, 1),
    "new year's eve": (12, 31), "epiphany": (1, 6), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "may day": (5, 1),
    "canada day": (7, 1), "independence day": (7, 4), "the fourth of july": (7, 4),
    "bastille day": (7, 14), "halloween": (10, 31), "all saints' day": (11, 1),
    "guy fawkes night": (11, 5), "veterans day": (11, 11), "veterans' day": (11, 11),
    "armistice day": (11, 11), "remembrance day": (11, 11), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month (month, ISO weekday, n; n = -1 is the last),
# as the United States keeps them, since most English-language news follows them.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3), "martin luther king jr day": (1, 1, 3),
    "mlk day": (1, 1, 3), "presidents day": (2, 1, 3), "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2), "memorial day": (5, 1, -1), "father's day": (6, 7, 3),
    "labor day": (9, 1, 1), "columbus day": (10, 1, 2), "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4), "election day": (11, 2, 1),
}

# Holidays a fixed number of days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "holy thursday": -3, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whit monday": 50,
}

# Number words, so that rules only ever see digits ("twenty-five years" -> 25 years).
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "couple": 2,
}

# Ordinal words up to 31 (days of a month, quarters, centuries): "twenty-first" -> 21st.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Decades written as words ("the nineties" -> 199).
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}

# Vague quantities of a unit: "several years" -> PXY.
VAGUE_QUANTITIES: tuple[str, ...] = (
    "several", "a few", "few", "many", "some", "a number of", "numerous", "multiple",
    "countless", "a couple of", "the", "recent", "the recent", "the coming", "coming",
    "the past few", "the last few", "the next few", "the past several", "the last several",
    "the next several", "the first few", "the past", "the last", "the next", "another few",
    "the first", "the final", "the opening", "the initial", "the remaining",
)

# Modifiers in front of an expression and the TIMEX3 mod they set ("late 2017" ->
# 2017 mod END). Positional ones apply to dates, quantity ones to any type.
POSITION_PREFIXES: dict[str, str | None] = {
    "early": "START", "earlier": None, "the beginning of": "START", "beginning of": "START",
    "the start of": "START", "start of": "START", "the very beginning of": "START",
    "the dawn of": "START", "the first part of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the latter part of": "END", "the last part of": "END", "the very end of": "END",
    # "earlier this year" is this year, without saying which part of it.
    "earlier in": None, "later in": None, "later": None,
}
QUANTITY_PREFIXES: dict[str, str | None] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "circa": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "just over": "MORE_THAN", "a little over": "MORE_THAN", "well over": "MORE_THAN",
    "a little more than": "MORE_THAN", "just under": "LESS_THAN", "a little under": "LESS_THAN",
    "a little less than": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "just": None, "only": None, "exactly": None, "precisely": None, "a full": None,
    "a whole": None, "the whole": None, "all": None, "the entire": None, "an entire": None,
    "another": None, "an additional": None, "a further": None, "further": None,
}
QUANTITY_SUFFIXES: dict[str, str | None] = {
    "or so": "APPROX", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS",
    "and counting": None, "in a row": None, "running": None, "straight": None,
    "alone": None, "old": None, "time": None, "local time": None,
}

# Prepositions that may come with a span and say nothing about its value.
PREPOSITIONS: tuple[str, ...] = (
    "on", "in", "at", "by", "since", "from", "until", "till", "to", "during", "for",
    "within", "through", "throughout", "of", "before", "after", "as of", "as early as",
    "as late as", "starting", "beginning", "ending", "around", "into",
)

# Time-zone names written after clock times; UTC and GMT become TIMEX3's "Z".
UTC_ZONES: frozenset[str] = frozenset({"utc", "gmt", "z", "zulu"})
OTHER_ZONES: frozenset[str] = frozenset({
    "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt",
    "bst", "cet", "cest", "eet", "eest", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt",
    "local", "local time",
})

# --------------------------------------------------------------------------
# Regular-expression pieces built from the word lists
# --------------------------------------------------------------------------


def _alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so that it matches greedily."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH = f"(?:{_alternation(MONTHS)})"
_WEEKDAY = f"(?:{_alternation(WEEKDAYS)})"
_POD = f"(?:{_alternation(PARTS_OF_DAY)})"
_SEASON = f"(?:{_alternation(SEASONS)})"
_UNIT = f"(?:{_alternation(UNITS)})"
_HOLIDAY = f"(?:{_alternation(list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS) + list(EASTER_HOLIDAYS))})"
_NUM = r"(?:\d+(?:\.\d+)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:[12]\d{3}|'\d{2})"
_ORD = r"(?:\d+)(?:st|nd|rd|th)"
_LAST = r"(?:last|the last|past|the past|previous|the previous|prior|the prior|preceding|the preceding)"
_NEXT = r"(?:next|the next|coming|the coming|following|the following|upcoming|the upcoming|ensuing|the ensuing)"
_THIS = r"(?:this|the current|current|the present|present)"
_NUMBER_WORD_RUN = re.compile(
    r"\b(?:%s)(?:(?:[- ]|[- ]and[- ])(?:%s))*\b" % (_alternation(NUMBER_WORDS), _alternation(NUMBER_WORDS))
)
_ORDINAL_WORD = re.compile(
    r"\b(?:(?P<tens>twenty|thirty)[- ])?(?P<unit>%s)\b" % _alternation(ORDINAL_WORDS)
)

# --------------------------------------------------------------------------
# Dates and values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """What a rule needs besides the text: the reference date and the clause's tense."""

    anchor: dt.date | None
    tense: Tense | None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _add_years(day: dt.date, n: int) -> dt.date:
    try:
        return day.replace(year=day.year + n)
    except ValueError:  # 29 February
        return day.replace(year=day.year + n, day=28)


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _day_value(day: dt.date) -> str:
    return day.isoformat()


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date | None:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    return None


def _pick(candidates: list[tuple[int, object]], now: int, tense: Tense | None) -> object:
    """Choose among ``(position, value)`` candidates the one the tense points to.

    Positions are ordinal numbers on one scale (days, months, quarters) and
    ``now`` is the anchor's position. Past: the latest at or before now; future:
    the earliest at or after now; otherwise the nearest (ties go to the past,
    since news mostly reports what happened).
    """
    if tense == "past":
        before = [c for c in candidates if c[0] <= now]
        if before:
            return max(before, key=lambda c: c[0])[1]
    elif tense == "future":
        after = [c for c in candidates if c[0] >= now]
        if after:
            return min(after, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (abs(c[0] - now), c[0] > now))[1]


def _resolve_month_day(month: int, day: int | None, ctx: _Ctx, weekday: int | None = None) -> str | None:
    """Value of a month (and day) without a year, e.g. "June" or "June 18".

    The year is chosen by comparing months, not days (HeidelTime's news rule):
    "Dec. 19" in a future clause of a December 22 article is this December's,
    which tolerates tense mistakes near the anchor. A weekday given with the
    date ("Thursday, Nov. 6") picks the year in which it falls on that weekday.
    """
    if ctx.anchor is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
    if day is not None and weekday is not None:
        matching = []
        for y in years:
            try:
                if dt.date(y, month, day).isoweekday() == weekday:
                    matching.append(y)
            except ValueError:
                continue
        if len(matching) == 1:
            return f"{matching[0]:04d}-{month:02d}-{day:02d}"
    now = ctx.anchor.year * 12 + ctx.anchor.month
    year = _pick([(y * 12 + month, y) for y in years], now, ctx.tense)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()  # type: ignore[arg-type]
    except ValueError:
        return None


def _resolve_weekday(weekday: int, ctx: _Ctx) -> dt.date | None:
    """The date of a weekday name without "last"/"next", chosen by tense."""
    if ctx.anchor is None:
        return None
    base = ctx.anchor.toordinal()
    diff = weekday - ctx.anchor.isoweekday()
    candidates = [(base + d, dt.date.fromordinal(base + d)) for d in (diff - 7, diff, diff + 7)]
    return _pick(candidates, base, ctx.tense)  # type: ignore[return-value]


def _season_index(day: dt.date) -> tuple[int, str]:
    """(year, season) of a date; January and February belong to the winter of the year before."""
    code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU", 9: "FA", 10: "FA", 11: "FA"}[day.month]
    return (day.year - 1 if day.month < 3 else day.year), code


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season_value(code: str, ctx: _Ctx, shift: int | None = None) -> str:
    """Value of a season name; ``shift`` -1/0/+1 for last/this/next, None to follow the tense."""
    if ctx.anchor is None:
        return f"XXXX-{code}"
    year, now_code = _season_index(ctx.anchor)
    now = year * 4 + _SEASON_ORDER.index(now_code)
    target = _SEASON_ORDER.index(code)
    candidates = [((year + k) * 4 + target, year + k) for k in (-1, 0, 1)]
    if shift is None:
        chosen = _pick(candidates, now, ctx.tense)
    elif shift == 0:
        chosen = _pick(candidates, now, None)
    else:
        side = [c for c in candidates if (c[0] < now if shift < 0 else c[0] > now)]
        chosen = (max if shift < 0 else min)(side, key=lambda c: c[0])[1]
    return f"{chosen:04d}-{code}"


def _quarter_value(quarter: int, ctx: _Ctx) -> str:
    if ctx.anchor is None:
        return f"XXXX-Q{quarter}"
    now = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3
    years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
    year = _pick([(y * 4 + quarter - 1, y) for y in years], now, ctx.tense)
    return f"{year:04d}-Q{quarter}"


def _shift_value(unit: str, n: int, ctx: _Ctx) -> str | None:
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
        return _day_value(a + dt.timedelta(days=n)) if a else "XXXX-XX-XX"
    if unit == "quarter":
        if a is None:
            return "XXXX-QX"
        index = a.year * 4 + (a.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit in ("half", "half-year"):
        if a is None:
            return "XXXX-HX"
        index = a.year * 2 + (a.month - 1) // 6 + n
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "decade":
        return f"{a.year // 10 + n:03d}" if a else "XXX"
    if unit == "century":
        return f"{a.year // 100 + n:02d}" if a else "XX"
    if unit in ("fiscal year", "financial year"):
        return f"FY{a.year + n:04d}" if a else "FYXXXX"
    return None


def _number(text: str) -> float:
    return float(text)


def _format_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``n`` None means an unknown number (PXY)."""
    letter, factor, clock = UNITS[unit]
    prefix = "PT" if clock else "P"
    if n is None:
        if factor >= 10:  # "decades": an unknown number of tens of years
            return "PXY"
        return prefix + "X" + letter
    amount = n * factor
    if amount != int(amount):
        # Prefer a whole number of the next smaller unit: half an hour -> PT30M.
        smaller = {("Y", False): (12, "M", False), ("M", False): (None, "", False),
                   ("D", False): (24, "H", True), ("H", True): (60, "M", True),
                   ("M", True): (60, "S", True)}.get((letter, clock))
        if smaller and smaller[0] and amount * smaller[0] == int(amount * smaller[0]) and amount < 1:
            amount, letter, clock = amount * smaller[0], smaller[1], smaller[2]
            prefix = "PT" if clock else "P"
    return f"{prefix}{_format_number(amount)}{letter}"


def _year_from_text(text: str, ctx: _Ctx) -> int:
    """A year written as four digits or as "'08"."""
    if text.startswith("'"):
        yy = int(text[1:])
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        return (2000 if yy <= pivot else 1900) + yy
    return int(text)


def start_date(value: str) -> dt.date | None:
    """The first day of the period a DATE/TIME value denotes, or None.

    ``2018-06`` -> 2018-06-01, ``2019-W02`` -> 2019-01-07, ``2018-Q3`` -> 2018-07-01,
    ``2019-01-07TAF`` -> 2019-01-07, ``2018-SU`` -> 2018-06-01. Useful to anchor the
    second part of a range, or to sort interactions by date.
    """
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-(\d))?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?", value)
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


# --------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------


def _words_to_digits(s: str) -> str:
    """Write number words as digits: "twenty-five" -> "25", "a dozen" -> "12"."""

    def cardinal(m: re.Match[str]) -> str:
        words = re.split(r"[- ]+", m.group(0))
        total = current = 0
        for w in words:
            if w == "and":
                continue
            v = NUMBER_WORDS[w]
            if v == 100:
                current = max(current, 1) * 100
            elif v == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current += v
        return str(total + current)

    def ordinal(m: re.Match[str]) -> str:
        n = ORDINAL_WORDS[m.group("unit")] + ({"twenty": 20, "thirty": 30}.get(m.group("tens") or "", 0))
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    # Ordinals only where a calendar needs them: before "quarter", "half", "century"
    # ("the second quarter", "twentieth century") and next to a month name ("the first
    # of March", "March twenty-first"). Elsewhere "first" stays a word ("the first
    # nine months") and "second" a unit ("a second").
    ordinal_word = r"\b(?:(?:twenty|thirty)[- ])?(?:%s)\b" % _alternation(ORDINAL_WORDS)
    s = re.sub(
        rf"{ordinal_word}(?=[- ](?:fiscal )?(?:quarter|half|century|centuries|millennium)\b|(?: of)? {_MONTH}\b)",
        lambda m: ordinal(_ORDINAL_WORD.fullmatch(m.group(0))),  # type: ignore[arg-type]
        s,
    )
    s = re.sub(
        rf"(?P<month>\b{_MONTH}) (?P<ord>{ordinal_word})",
        lambda m: f"{m.group('month')} {ordinal(_ORDINAL_WORD.fullmatch(m.group('ord')))}",  # type: ignore[arg-type]
        s,
    )
    s = re.sub(r"\ba (dozen|couple of|couple)\b", lambda m: "2" if "couple" in m.group(1) else "12", s)
    s = _NUMBER_WORD_RUN.sub(cardinal, s)
    # "three straight days" is three days
    s = re.sub(r"\b(\d+) (?:straight|consecutive|successive|full|whole|long) ", r"\1 ", s)

    # Fractions: "2 and a half years" -> "2.5 years", "a year and a half" -> "1.5 year".
    s = re.sub(r"\b(\d+) and (?:a|one) half\b", lambda m: f"{int(m.group(1)) + 0.5:g}", s)
    s = re.sub(r"\b(?:a|an|1) (%s)s? and (?:a|one) half\b" % _UNIT, r"1.5 \1", s)
    s = re.sub(r"\b(?:(\d+) )?(%s)s? and (?:a|one) half\b" % _UNIT,
               lambda m: f"{int(m.group(1) or 1) + 0.5:g} {m.group(2)}", s)
    s = re.sub(r"\b(?:a |one )?half (?:a|an) (%s)\b" % _UNIT, r"0.5 \1", s)
    s = re.sub(r"\b(?:a |one )?half[- ](%s)\b" % _UNIT, r"0.5 \1", s)
    return s


def _clean(text: str) -> str:
    s = text.lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u02bc`]", "'", s)
    s = re.sub(r"(\d)\s*([ap])\.?\s?m\b\.?", r"\1 \2m", s)
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = re.sub(r"[,;:!?\"()\[\]]", lambda m: " " if m.group(0) != ":" else ":", s)
    s = re.sub(r"(?<!\d):|:(?!\d)", " ", s)
    s = re.sub(r"\s*-\s*(?=[a-z])|(?<=[a-z])\s*-\s*", "-", s)  # "mid - 2018" -> "mid-2018"
    s = re.sub(r"\s+", " ", s).strip(" '-")
    s = re.sub(r"(?:'s|s')$", lambda m: "s" if m.group(0) == "s'" else "", s).strip()
    return _words_to_digits(s)


# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Ctx], "Timex | None"]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    """Register ``handler`` for texts that fully match ``pattern``; rules are tried in order."""

    def register(handler: _Handler) -> _Handler:
        _RULES.append((re.compile(pattern), handler))
        return handler

    return register


def _date(value: str | None, type_: TimexType = "DATE", mod: str | None = None) -> Timex | None:
    return Timex(type=type_, value=value, mod=mod) if value else None


def _day_or_x(day: dt.date | None) -> str:
    return _day_value(day) if day else "XXXX-XX-XX"


@_rule(_alternation(REFERENCE_WORDS))
def _reference(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _date(REFERENCE_WORDS[m.group(0)])


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2,
                 "last night": -1, "this": 0}


@_rule(r"(?P<day>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow|last night|this)"
       rf"(?: (?P<pod>{_POD}))?")
def _deictic(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word, pod = m.group("day"), m.group("pod")
    if word == "this" and not pod:
        return None
    if word in ("tonight", "last night"):
        pod = pod or "night"
    day = ctx.anchor + dt.timedelta(days=_DEICTIC_DAYS[word]) if ctx.anchor else None
    if pod:
        return _date(_day_or_x(day) + "T" + PARTS_OF_DAY[pod], "TIME")
    return _date(_day_or_x(day))


@_rule(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:t(?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2})?z?)?"
       r"|(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})")
def _iso(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    y, mo, d = (int(m.group(k) or m.group(k + "2")) for k in ("y", "m", "d"))
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if m.group("h"):
        return _date(f"{day.isoformat()}T{m.group('h')}:{m.group('mi')}", "TIME")
    return _date(day.isoformat())


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slashed(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Numeric dates in US order (month first), day first when the month cannot be."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = _year_from_text("'" + y, ctx) if len(y) == 2 else int(y)
    month, day = (a, b) if a <= 12 else (b, a)
    try:
        return _date(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


@_rule(r"(?P<y>\d{4})-w(?P<w>\d{2})(?:-(?P<d>[1-7]|we))?")
def _iso_week_rule(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    day = m.group("d")
    return _date(f"{m.group('y')}-W{week:02d}" + (f"-{day.upper()}" if day else ""))


@_rule(r"(?P<y>\d{4})-(?P<m>\d{2})")
def _iso_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    month = int(m.group("m"))
    if 1 <= month <= 12:
        return _date(f"{m.group('y')}-{month:02d}")
    return None  # "2014-16" is a range, read by normalize_range_end


def _relative_year(word: str | None, ctx: _Ctx) -> int | None:
    """The year of "this year", "last year", "next year" (None if no anchor)."""
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[word or "this"]


_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}) )?"
_WD_PREFIX2 = rf"(?:(?P<wd2>{_WEEKDAY}) )?"
def _rel_year(group: str = "rel") -> str:
    """ "of last year", "this year" after a month or season, captured as ``group``."""
    return rf"(?:of )?(?P<{group}>this|last|next) year"


_REL_YEAR = _rel_year()


@_rule(rf"{_WD_PREFIX}(?P<month>{_MONTH})[ -](?P<day>{_DAY})(?: (?:of )?(?P<year>{_YEAR})| {_REL_YEAR})?"
       rf"|{_WD_PREFIX2}(?:the )?(?P<day2>{_DAY}) (?:of )?(?P<month2>{_MONTH})(?: (?P<year2>{_YEAR})| {_rel_year('rel2')})?")
def _month_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    month = MONTHS[m.group("month") or m.group("month2")]
    day = int(re.sub(r"\D", "", m.group("day") or m.group("day2")))
    year_text = m.group("year") or m.group("year2")
    rel = m.group("rel") or m.group("rel2")
    if rel:
        year = _relative_year(rel, ctx)
        year_text = str(year) if year else None
    if not 1 <= day <= 31:
        return None
    if year_text:
        year = _year_from_text(year_text, ctx)
        try:
            return _date(dt.date(year, month, day).isoformat())
        except ValueError:
            return None
    weekday_text = m.group("wd") or m.group("wd2")
    return _date(_resolve_month_day(month, day, ctx, WEEKDAYS[weekday_text] if weekday_text else None))


@_rule(rf"(?P<month>{_MONTH})(?: (?:of )?(?P<year>{_YEAR})| {_REL_YEAR})?|(?P<rel2>this|last|next) (?P<month2>{_MONTH})")
def _month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    month = MONTHS[m.group("month") or m.group("month2")]
    if m.group("year"):
        return _date(f"{_year_from_text(m.group('year'), ctx):04d}-{month:02d}")
    if m.group("rel"):
        year = _relative_year(m.group("rel"), ctx)
        return _date(f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}")
    rel = m.group("rel2")
    if rel and ctx.anchor:
        now = ctx.anchor.year * 12 + ctx.anchor.month - 1
        years = [ctx.anchor.year + k for k in (-1, 0, 1)]
        if rel == "this":
            return _date(f"{ctx.anchor.year:04d}-{month:02d}")
        if rel == "last":
            year = max(y for y in years if y * 12 + month - 1 < now)
        else:
            year = min(y for y in years if y * 12 + month - 1 > now)
        return _date(f"{year:04d}-{month:02d}")
    return _date(_resolve_month_day(month, None, ctx))


@_rule(r"(?:the )?(?:(?:calendar )?year )?(?P<year>[12]\d{3})|'(?P<yy>\d{2})")
def _year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if m.group("yy"):
        return _date(f"{_year_from_text(m.group(0), ctx):04d}")
    return _date(m.group("year"))


@_rule(r"(?:(?:the )?(?:fiscal|financial)(?: year)?|fy) ?(?P<year>[12]\d{3}|'?\d{2})"
       r"|(?:the )?(?P<year2>[12]\d{3}) (?:fiscal|financial) year")
def _fiscal_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    text = m.group("year") or m.group("year2")
    year = int(text) if len(text) == 4 else _year_from_text("'" + text.lstrip("'"), ctx)
    return _date(f"FY{year:04d}")


@_rule(rf"(?P<rel>{_THIS}|{_LAST}|{_NEXT}|the) (?:fiscal|financial) year|(?:the )?(?:fiscal|financial) year")
def _fiscal_relative(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    rel = m.group("rel") or "this"
    n = -1 if re.fullmatch(_LAST, rel) else 1 if re.fullmatch(_NEXT, rel) else 0
    return _date(_shift_value("fiscal year", n, ctx))


@_rule(r"(?:the )?(?P<dec>[12]\d{2}0)s|(?:the )?'?(?P<yy>\d0)s|(?:the )?(?P<word>%s)" % _alternation(DECADE_WORDS))
def _decade(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if m.group("dec"):
        decade = m.group("dec")
        if decade.endswith("00") and int(decade) < 2000:
            return _date(decade[:2])  # "the 1800s" is a century
        return _date(decade[:3])
    yy = int(m.group("yy") or DECADE_WORDS[m.group("word")])
    century = 19 if ctx.anchor is None or yy > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return _date(f"{century:02d}{yy // 10}")


@_rule(rf"(?:the )?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century(?: (?:ad|bc|ce|bce))?")
def _century(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _date(f"{int(m.group('n')) - 1:02d}")


@_rule(rf"(?P<rel>{_THIS}|{_LAST}|{_NEXT}) (?P<unit>year|month|week|weekend|quarter|decade|century|half)")
def _relative_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """this/last/next + calendar unit; "the past/next year" are durations (see _span)."""
    rel, unit = m.group("rel"), m.group("unit")
    if rel.startswith("the ") and unit in ("year", "month", "week", "decade", "century") and (
        re.fullmatch(r"the (?:last|past|next|coming)", rel)
    ):
        return None  # "the past year" -> P1Y, handled by the duration rule
    if rel in ("past", "coming"):
        return None
    n = -1 if re.fullmatch(_LAST, rel) else 1 if re.fullmatch(_NEXT, rel) else 0
    return _date(_shift_value(unit, n, ctx))


@_rule(r"(?:the )?(?P<unit>year|month|week|quarter|decade|century)|the (?P<we>weekend)")
def _the_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"the year"/"the month" as in "earlier in the year": the anchor's."""
    if m.group("we"):
        if ctx.anchor is None:
            return _date("XXXX-WXX-WE")
        back = ctx.tense == "past" and ctx.anchor.isoweekday() < 6
        return _date(_shift_value("weekend", -1 if back else 0, ctx))
    if not m.group(0).startswith("the "):
        return None
    return _date(_shift_value(m.group("unit"), 0, ctx))


@_rule(r"(?:the )?(?P<unit>year|month|week|day|quarter|decade)[- ](?:ago|earlier|before)"
       r"(?: (?:period|quarter|month|week|day|year|level|figure|result)s?)?"
       r"|(?P<a>a|1) (?P<unit2>year|month|week|day|quarter|decade) (?:earlier|before)"
       r"|the (?P<rel>previous|prior|preceding|following|next) (?P<unit3>year|month|week|day|quarter|decade)"
       r"|the (?P<unit4>year|month|week|day|quarter|decade) (?P<rel4>before|after)")
def _anaphoric_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"year-ago", "a year earlier", "the previous year", "the year before"."""
    unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
    forward = m.group("rel") in ("following", "next") or m.group("rel4") == "after"
    return _date(_shift_value(unit, 1 if forward else -1, ctx))


@_rule(rf"(?:the )?(?P<q>[1-4])(?:st|nd|rd|th)[- ](?:fiscal )?(?P<unit>quarter|half)"
       rf"(?: (?:of |in )?(?:(?:the )?(?:fiscal )?(?:year )?(?P<year>[12]\d{{3}})|(?P<fy>fiscal |financial )?(?:{_REL_YEAR}|the year)))?"
       r"|q(?P<q2>[1-4])(?: (?P<year2>[12]\d{3}))?|(?P<year3>[12]\d{3}) q(?P<q3>[1-4])"
       r"|h(?P<h>[12]) (?P<year4>[12]\d{3})")
def _quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if m.group("h"):
        return _date(f"{m.group('year4')}-H{m.group('h')}")
    q = int(m.group("q") or m.group("q2") or m.group("q3"))
    unit = "H" if m.group("unit") == "half" else "Q"
    if unit == "H" and q > 2:
        return None
    year = m.group("year") or m.group("year2") or m.group("year3")
    prefix = "FY" if m.group("fy") else ""
    if year:
        return _date(f"{year}-{unit}{q}")
    if m.group("rel") or m.group(0).endswith("the year"):
        y = _relative_year(m.group("rel"), ctx)
        return _date(f"{prefix}{y:04d}-{unit}{q}" if y else f"XXXX-{unit}{q}")
    if unit == "H":
        if ctx.anchor is None:
            return _date(f"XXXX-H{q}")
        now = ctx.anchor.year * 2 + (ctx.anchor.month - 1) // 6
        years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
        y = _pick([(yy * 2 + q - 1, yy) for yy in years], now, ctx.tense)
        return _date(f"{y:04d}-H{q}")
    return _date(_quarter_value(q, ctx))


@_rule(rf"(?:the )?(?P<season>{_SEASON})(?: (?:of )?(?P<year>[12]\d{{3}})| {_REL_YEAR})?"
       rf"|(?P<rel2>this|last|next|the coming|the past) (?P<season2>{_SEASON})"
       rf"|(?P<year3>[12]\d{{3}}) (?P<season3>{_SEASON})")
def _season(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    code = SEASONS[m.group("season") or m.group("season2") or m.group("season3")]
    year = m.group("year") or m.group("year3")
    if year:
        return _date(f"{year}-{code}")
    if m.group("rel"):
        y = _relative_year(m.group("rel"), ctx)
        return _date(f"{y:04d}-{code}" if y else f"XXXX-{code}")
    rel = m.group("rel2")
    shift = None if rel is None else {"this": 0, "last": -1, "the past": -1}.get(rel, 1)
    return _date(_season_value(code, ctx, shift))


@_rule(rf"(?P<rel>this|last|next|coming|this coming|this past|past)? ?(?P<wd>{_WEEKDAY})(?: (?P<pod>{_POD}))?"
       rf"|(?P<wd2>{_WEEKDAY}) (?P<rel2>next|last|this) week")
def _weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    wd = WEEKDAYS[m.group("wd") or m.group("wd2")]
    rel, pod = m.group("rel"), m.group("pod")
    if ctx.anchor is None:
        day_value = f"XXXX-WXX-{wd}"
    else:
        if m.group("rel2"):
            week_start = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1)
            week_start += dt.timedelta(weeks={"next": 1, "last": -1, "this": 0}[m.group("rel2")])
            day = week_start + dt.timedelta(days=wd - 1)
        elif rel in ("last", "this past", "past"):
            diff = (ctx.anchor.isoweekday() - wd) % 7 or 7
            day = ctx.anchor - dt.timedelta(days=diff)
        elif rel in ("next", "coming", "this coming"):
            diff = (wd - ctx.anchor.isoweekday()) % 7 or 7
            day = ctx.anchor + dt.timedelta(days=diff)
        else:
            day = _resolve_weekday(wd, ctx)  # type: ignore[assignment]
        day_value = _day_value(day)
    if pod:
        return _date(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")
    return _date(day_value)


@_rule(rf"(?:(?P<rel>this|last|next) )?(?P<name>{_HOLIDAY})(?: (?:of )?(?P<year>[12]\d{{3}}))?")
def _holiday_rule(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    name, year, rel = m.group("name"), m.group("year"), m.group("rel")
    if year:
        day = _holiday(name, int(year))
        return _date(day.isoformat() if day else None)
    if ctx.anchor is None:
        if name in FIXED_HOLIDAYS:
            month, d = FIXED_HOLIDAYS[name]
            return _date(f"XXXX-{month:02d}-{d:02d}")
        return _date("XXXX-XX-XX")
    dates = [d for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
             if (d := _holiday(name, y))]
    now = ctx.anchor.toordinal()
    if rel == "last":
        chosen = max(d for d in dates if d.toordinal() < now)
    elif rel == "next":
        chosen = min(d for d in dates if d.toordinal() > now)
    else:
        chosen = _pick([(d.toordinal(), d) for d in dates], now, None if rel == "this" else ctx.tense)  # type: ignore[assignment]
    return _date(chosen.isoformat())


_CLOCK = (r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?(?::\d{2})? ?(?P<ampm>am|pm)"
          r"|(?P<h24>[01]?\d|2[0-4])[:.h](?P<mi24>\d{2})(?: ?hrs| ?hours| ?h)?"
          r"|(?P<hoc>\d{1,2}) o'clock"
          rf"|(?P<word>{_alternation(CLOCK_WORDS)})")
_ZONE = r"(?: (?P<zone>[a-z]{1,4}|local time)(?: ?(?P<off>[+-] ?\d{1,2})(?::?\d{2})?)?)?"
_CLOCK_DAY = (rf"(?P<dday>today|tonight|yesterday|tomorrow|(?:{_WEEKDAY})(?: (?:morning|afternoon|evening|night))?)")


@_rule(rf"(?:(?:{_CLOCK_DAY}) (?:at )?)?(?:{_CLOCK}){_ZONE}(?: (?:in the )?(?P<pod>morning|afternoon|evening|night))?"
       rf"(?: (?:on )?(?P<dday2>today|tonight|yesterday|tomorrow|{_WEEKDAY}))?")
def _clock_time(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Clock times, on the anchor's day unless a day is named: "3 pm" -> 2019-01-08T15:00."""
    if m.group("word"):
        hhmm = CLOCK_WORDS[m.group("word")]
    else:
        hour = int(m.group("h") or m.group("h24") or m.group("hoc"))
        minute = int(m.group("mi") or m.group("mi24") or 0)
        ampm, pod = m.group("ampm"), m.group("pod")
        if ampm == "pm" and hour < 12 or pod in ("afternoon", "evening", "night") and hour < 12 and not ampm:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        hhmm = f"{hour:02d}:{minute:02d}"
    zone, suffix = m.group("zone"), ""
    if zone and zone not in UTC_ZONES and zone not in OTHER_ZONES:
        return None
    if zone in UTC_ZONES:
        offset = m.group("off")
        suffix = "Z" if not offset else f"{offset[0]}{int(offset[1:].strip()):02d}"
    day_text = m.group("dday") or m.group("dday2")
    day_value = "XXXX-XX-XX"
    if day_text:
        inner = _parse(day_text, ctx)
        if inner is None:
            return None
        day_value = inner.value.split("T")[0]
    elif ctx.anchor:
        day_value = ctx.anchor.isoformat()
    return _date(f"{day_value}T{hhmm}{suffix}", "TIME")


@_rule(rf"(?:the |this )?(?P<pod>{_POD})|the (?P<pod2>{_POD}) of (?P<day>.+)")
def _part_of_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"morning", "the evening" (the anchor's), "the morning of June 5"."""
    pod = m.group("pod") or m.group("pod2")
    day_value = _day_or_x(ctx.anchor)
    if m.group("day"):
        inner = _parse(m.group("day"), ctx)
        if inner is None or inner.type != "DATE" or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", inner.value):
            return None
        day_value = inner.value
    return _date(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")


_QUANTITY = rf"(?P<n>{_NUM}|a|an|1)"
_VAGUE = f"(?P<vague>{_alternation(VAGUE_QUANTITIES)})"


@_rule(rf"{_QUANTITY}[ -](?P<unit>{_UNIT})s? (?P<dir>ago|earlier|before|back|later|after|hence|from now|from today)"
       rf"|(?P<vague>several|a few|few|many|some) (?P<unit2>{_UNIT})s? (?P<dir2>ago|earlier|later|back)")
def _ago(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"two weeks ago" -> anchor minus two weeks, at the granularity of the unit."""
    unit = m.group("unit") or m.group("unit2")
    direction = m.group("dir") or m.group("dir2")
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if m.group("vague"):
        return _date("PAST_REF" if sign < 0 else "FUTURE_REF")
    n_text = m.group("n")
    n = 1.0 if n_text in ("a", "an") else _number(n_text)
    a = ctx.anchor
    letter, factor, clock = UNITS[unit]
    amount = n * factor * sign
    if letter == "Y" and not clock:
        if factor >= 10 and amount == int(amount):
            return _date(f"{a.year + int(amount):04d}" if a else "XXXX")
        if amount != int(amount):
            months = round(amount * 12)
            if a is None:
                return _date("XXXX-XX")
            y, mo = _add_months(a.year, a.month, months)
            return _date(f"{y:04d}-{mo:02d}")
        return _date(f"{a.year + int(amount):04d}" if a else "XXXX")
    if letter == "M" and not clock:
        if a is None:
            return _date("XXXX-XX")
        y, mo = _add_months(a.year, a.month, round(amount))
        return _date(f"{y:04d}-{mo:02d}")
    if letter in ("W", "D") and not clock:
        days = amount * (7 if letter == "W" else 1)
        return _date(_day_value(a + dt.timedelta(days=round(days))) if a else "XXXX-XX-XX")
    return _date(_day_or_x(a))  # hours or minutes ago: the anchor's day


@_rule(rf"(?P<n>{_NUM}|a|an|1)[ -](?P<unit>{_UNIT})s?(?:[- ](?:long|old|plus))?"
       rf"|(?P<n2>{_NUM})[ -](?P<unit2>{_UNIT})s?[ -]and[ -](?P<n3>{_NUM})[ -](?P<unit3>{_UNIT})s?")
def _duration(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"three days" -> P3D, "fifty-year" -> P50Y, "35-year-old" -> P35Y, "1 year and 6 months"."""
    if m.group("unit2"):
        first = _duration_value(_number(m.group("n2")), m.group("unit2"))
        second = _duration_value(_number(m.group("n3")), m.group("unit3"))
        if first.startswith("PT") or not second.startswith("PT"):
            return _date(first + second[1:] if not second.startswith("PT") else first + second[1:], "DURATION")
        return _date(first + second[1:], "DURATION")
    n_text, unit = m.group("n"), m.group("unit")
    if unit == "second" and n_text in ("a", "an"):
        return None  # "a second day" is an ordinal, not one second
    n = 1.0 if n_text in ("a", "an") else _number(n_text)
    return _date(_duration_value(n, unit), "DURATION")


@_rule(rf"(?:{_VAGUE} )?(?P<nn>{_NUM} )?(?P<unit>{_UNIT}|centurie|millenni)s?(?:[- ]long)?"
       r"|(?P<nn2>\d+)\+ (?P<unit2>year|month|week|day|hour|minute)s?")
def _vague_duration(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"the past year" -> P1Y, "the next four years" -> P4Y, "several years"/"decades" -> PXY."""
    vague, unit_text = m.group("vague"), m.group("unit") or m.group("unit2")
    unit = _UNIT_PLURALS.get(unit_text + "s", unit_text) if unit_text in ("centurie", "millenni") else unit_text
    text = m.group(0)
    plural = bool(re.search(rf"{re.escape(unit_text)}s\b|centuries|millennia", text))
    number = m.group("nn") or m.group("nn2")
    if number:
        if vague and vague not in ("the past", "the last", "the next", "the coming", "the first",
                                   "the final", "the opening", "the initial", "the remaining",
                                   "the", "another few", "the recent", "recent"):
            return None
        return _date(_duration_value(_number(number.strip()), unit), "DURATION")
    if vague in ("the past", "the last", "the next", "the coming", "the recent", "recent") and not plural:
        if vague in ("the recent", "recent"):
            return None
        if unit == "quarter":  # "the last quarter" is the quarter before the anchor's
            return _date(_shift_value("quarter", 1 if vague in ("the next", "the coming") else -1, ctx))
        return _date(_duration_value(1, unit), "DURATION")
    if not plural:
        return None  # a bare "year" is not a time expression
    if vague == "the":
        return _date(_duration_value(None, unit), "DURATION")
    return _date(_duration_value(None, unit), "DURATION")


_SET_UNITS = rf"(?P<unit>{_UNIT}|{_WEEKDAY}|{_POD}|{_SEASON}|weekend)"


@_rule(_alternation(FREQUENCY_WORDS))
def _frequency_word(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    value = FREQUENCY_WORDS[m.group(0)]
    return _date("XXXX-XX-XXTNI" if value == "TNI" else value, "SET")


@_rule(rf"(?:(?:{_NUM}|once|twice|thrice|{_NUM} times) )?(?:a|an|per|each|every|every other|every {_NUM}) {_SET_UNITS}s?"
       rf"|(?P<wdp>{_WEEKDAY})s")
def _set(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"every year", "twice a week", "per month", "15 a year", "Mondays" -> SETs."""
    if m.group("wdp"):
        return _date(f"XXXX-WXX-{WEEKDAYS[m.group('wdp')]}", "SET")
    unit = m.group("unit")
    text = m.group(0)
    if not re.search(r"\b(?:per|every|each)\b", text) and not re.match(rf"(?:{_NUM}|once|twice|thrice)", text):
        return None  # a bare "a year" is a duration, "a weekend interview" no time at all
    every = re.search(rf"every (?:other |({_NUM}) )?", text)
    n = 1.0
    if every and "other" in every.group(0):
        n = 2.0
    elif every and every.group(1):
        n = _number(every.group(1))
    if unit in WEEKDAYS:
        return _date(f"XXXX-WXX-{WEEKDAYS[unit]}", "SET")
    if unit in PARTS_OF_DAY:
        return _date(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "SET")
    if unit in SEASONS:
        return _date(f"XXXX-{SEASONS[unit]}", "SET")
    if unit == "weekend":
        return _date("XXXX-WXX-WE", "SET")
    if unit == "second" and not re.search(r"\b(?:per|every|each)\b", text):
        return None
    return _date(_duration_value(n, unit), "SET")


@_rule(r"(?:the )?same (?:period|quarter|month|week|time|day|season)s? (?:of |in |a )?(?P<rest>.+)")
def _same_period(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"the same period last year": the part of that year it names is unknown, the year is not."""
    inner = _parse(m.group("rest"), ctx)
    if inner is None or inner.type != "DATE":
        return None
    return inner


@_rule(r"(?P<dur>(?:the )?(?:first|last|past|next|final|opening|closing) .+?) (?:of|in) (?P<rest>(?:the|this|last|next) .+|[12]\d{3})")
def _part_of_period(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"the first three months of the year" -> P3M (TimeBank reads these as durations)."""
    inner = _parse(m.group("dur"), ctx)
    if inner is None or inner.type != "DURATION" or _parse(m.group("rest"), ctx) is None:
        return None
    return inner


@_rule(r"(?P<day>.+?) (?:at |@ )?(?P<time>\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b.*|\d{1,2}:\d{2}\b.*)")
def _date_and_time(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """A date followed by a clock time, as in datelines: "June 6 2013 11:34 pm" -> 2013-06-06T23:34."""
    day = _parse(m.group("day"), ctx)
    if day is None or day.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    clock = _parse(m.group("time"), _Ctx(dt.date.fromisoformat(day.value), ctx.tense))
    return clock if clock is not None and clock.type == "TIME" else None


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------

_POSITION_RE = re.compile(r"(?P<p>%s)(?:-| |(?<=mid)(?=\d))" % _alternation(POSITION_PREFIXES))
_QUANTITY_RE = re.compile(r"(?P<p>%s) " % _alternation(QUANTITY_PREFIXES))
_SUFFIX_RE = re.compile(r" (?P<p>%s)$" % _alternation(QUANTITY_SUFFIXES))
_PREPOSITION_RE = re.compile(r"(?:%s) " % _alternation(PREPOSITIONS))


def _match_rules(s: str, ctx: _Ctx) -> Timex | None:
    for pattern, handler in _RULES:
        m = pattern.fullmatch(s)
        if m:
            result = handler(m, ctx)
            if result is not None:
                return result
    return None


def _with_mod(t: Timex | None, mod: str | None) -> Timex | None:
    if t is None or mod is None:
        return t
    return t.model_copy(update={"mod": mod})


def _parse(s: str, ctx: _Ctx, depth: int = 0) -> Timex | None:
    """Match ``s`` (already cleaned) against the rules, peeling modifiers off when needed."""
    if not s or depth > 4:
        return None
    result = _match_rules(s, ctx)
    if result is not None:
        return result
    m = _POSITION_RE.match(s)
    if m:
        inner = _parse(s[m.end():].lstrip("- "), ctx, depth + 1)
        if inner is not None and inner.type in ("DATE", "TIME") and not inner.value.endswith("_REF"):
            return _with_mod(inner, POSITION_PREFIXES[m.group("p")])
    m = _QUANTITY_RE.match(s)
    if m:
        inner = _parse(s[m.end():], ctx, depth + 1)
        if inner is not None:
            mod = QUANTITY_PREFIXES[m.group("p")]
            if m.group("p") == "over" and s[m.end():].startswith("the "):
                mod = None  # "over the years" spans them, it does not exceed them
            return _with_mod(inner, mod)
    m = _SUFFIX_RE.search(s)
    if m:
        inner = _parse(s[: m.start()], ctx, depth + 1)
        if inner is not None:
            return _with_mod(inner, QUANTITY_SUFFIXES[m.group("p")])
    m = _PREPOSITION_RE.match(s)
    if m:
        return _parse(s[m.end():], ctx, depth + 1)
    return None


def normalize(text: str, anchor: dt.date | None, *, tense: Tense | None = None) -> Timex | None:
    """The TIMEX3 type, value and mod of the time expression ``text``, or None.

    ``anchor`` is the reference date of relative expressions (normally the
    publication date); ``tense`` is the tense of the clause the expression sits
    in and decides which way an underspecified expression points ("Monday" in a
    past clause is the Monday before the anchor). None is returned for text
    that is not a time expression ("49", "the age of 56", "1.1.1").
    """
    s = _clean(text)
    return _parse(s, _Ctx(anchor, tense))


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
        day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", s)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", start.value):
            try:
                end = begin.replace(day=int(day.group(1)))
            except ValueError:
                return None
            return Timex(type="DATE", value=end.isoformat()) if end >= begin else None
        yy = re.fullmatch(r"\d{2}", s)
        if yy and re.fullmatch(r"\d{4}", start.value):
            year = int(start.value[:2] + s)
            return Timex(type="DATE", value=str(year)) if year > begin.year else None
        result = _parse(s, _Ctx(begin, "future"))
        if result is not None:
            return result
    return _parse(s, _Ctx(anchor, tense))
