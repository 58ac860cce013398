"""Regular-expression pieces built from the lexicon, shared by the rules and the finder.

Rules match cleaned text (lower case, no dots, number words as digits; see
:mod:`summitgraph.timex.clean`), so these pieces are lower case. The finder
reads the raw text and capitalises month and weekday names with
:func:`capitalised`, so that "may" and "march" the verbs are not months.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summitgraph.lexicon.holidays import EASTER_HOLIDAYS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS
from summitgraph.lexicon.numbers import CARDINALS
from summitgraph.lexicon.time import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from summitgraph.lexicon.time_relative import LAST_WORDS, NEXT_WORDS, RELATIVE_SHIFTS, THIS_WORDS

__all__ = [
    "CALENDAR_UNIT",
    "DAY",
    "FINDER_UNIT",
    "HOLIDAY",
    "LAST",
    "MONTH",
    "NEXT",
    "NUM",
    "NUMBER_WORD",
    "POD",
    "RELATIVE",
    "SEASON",
    "THIS",
    "UNIT",
    "WEEKDAY",
    "YEAR",
    "alternation",
    "capitalised",
    "either",
    "relative_year_pattern",
]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that it matches greedily."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def either(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in the order given (the lexicon's order)."""
    return "|".join(re.escape(w) for w in words)


def capitalised(words: Iterable[str]) -> str:
    """:func:`alternation` of ``words`` capitalised, as the finder matches names: "March"."""
    return alternation(w.capitalize() for w in words)


MONTH = f"(?:{alternation(MONTHS)})"
WEEKDAY = f"(?:{alternation(WEEKDAYS)})"
POD = f"(?:{alternation(PARTS_OF_DAY)})"
SEASON = f"(?:{alternation(SEASONS)})"
UNIT = f"(?:{alternation(UNITS)})"
HOLIDAY = f"(?:{alternation([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS])})"
NUM = r"(?:\d+(?:\.\d+)?)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:[12]\d{3}|'\d{2})"
LAST = f"(?:{either(LAST_WORDS)})"
NEXT = f"(?:{either(NEXT_WORDS)})"
THIS = f"(?:{either(THIS_WORDS)})"
RELATIVE = f"(?:{either(RELATIVE_SHIFTS)})"
CALENDAR_UNIT = r"(?:year|month|week|day|quarter|decade)"

# For the finder, over raw text: number words ("two and a half years") and the
# units a number counts ("27-year", "three centuries").
NUMBER_WORD = alternation(CARDINALS)
FINDER_UNIT = r"(?:year|month|week|day|hour|minute|decade|quarter|centur(?:y|ie))"


def relative_year_pattern(group: str) -> str:
    """ "of last year", "this year" after a month or season, captured as ``group``."""
    return rf"(?:of )?(?P<{group}>{RELATIVE}) year"
