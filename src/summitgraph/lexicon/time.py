"""Words of the calendar and the clock: what time expressions are made of.

Lower case, with the dots of abbreviations left out: the time-expression
stage (``summitgraph.timex``) lower-cases a span and drops its dots before
matching ("Sept." is read as "sept"). Holidays are in
:mod:`summitgraph.lexicon.holidays`; the words that count from the publication
date ("yesterday", "last", "ago") in :mod:`summitgraph.lexicon.time_relative`;
the words around a time expression ("late", "more than", "the past few") in
:mod:`summitgraph.lexicon.time_modifiers`; number words in
:mod:`summitgraph.lexicon.numbers`.
"""

from __future__ import annotations

__all__ = [
    "CLOCK_WORDS",
    "DECADE_WORDS",
    "FREQUENCY_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "OTHER_ZONES",
    "PARTS_OF_DAY",
    "PM_PARTS_OF_DAY",
    "SEASONS",
    "UNITS",
    "UNIT_STEMS",
    "UTC_ZONES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
]

# --- months and weekdays -------------------------------------------------------

# Month names: "March 01, 2008", "the 5th of March". Written out, they are
# matched in running text too (capitalised, so that "may" the verb is not May).
MONTH_NAMES: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# The abbreviations news agencies use ("Sept. 11", "Jan. 8"); dots are removed
# before matching, so "jan" stands for "Jan." too.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

MONTHS: dict[str, int] = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}

# Weekday names, Monday = 1 as in TIMEX3's "XXXX-WXX-1": "said on Tuesday".
WEEKDAY_NAMES: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

# ... and their abbreviations, as datelines write them ("Fri Aug 2, 2013").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

WEEKDAYS: dict[str, int] = {**WEEKDAY_NAMES, **WEEKDAY_ABBREVIATIONS}

# --- the day and the year --------------------------------------------------------

# TIMEX3 codes for the parts of a day ("Tuesday morning" -> 2019-01-08TMO).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

# Parts of the day after noon, which put an hour without "am"/"pm" in the
# afternoon: "9 in the evening" -> T21:00.
PM_PARTS_OF_DAY: frozenset[str] = frozenset({"afternoon", "evening", "night"})

# Named times of day that TIMEX3 writes as clock times ("noon" -> T12:00).
CLOCK_WORDS: dict[str, str] = {
    "noon": "12:00",
    "midday": "12:00",
    "midnight": "24:00",
}

# TIMEX3 season codes ("summer 2018" -> 2018-SU).
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
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

# --- units -----------------------------------------------------------------------

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

# Stems of the plurals that do not add an "s" to the unit, and their unit:
# "centuries", "millennia" -> PXY.
UNIT_STEMS: dict[str, str] = {
    "centurie": "century",
    "millenni": "millennium",
}

# --- frequencies ---------------------------------------------------------------

# Frequency adjectives and adverbs: TIMEX3 SETs ("a weekly meeting" -> P1W).
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

# --- time zones ------------------------------------------------------------------

# Time-zone names after clock times ("18:00 UTC"); UTC and GMT become TIMEX3's
# "Z", the others are accepted but not written (TIMEX3 has no zone names).
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
