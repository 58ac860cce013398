"""Words around a time expression: what they add to its value, and where it ends.

Lower case. The normaliser (``summitgraph.timex``) peels modifiers off the front
or the back of an expression and keeps the TIMEX3 ``mod`` they set ("late 2017"
-> 2017 with mod END); quantifiers make a unit a duration ("the past two
years" -> P2Y). The finder trims prepositions off a span ("on Tuesday" ->
"Tuesday"), reads the words before a date to find its verb, and the words
between the two ends of a range.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "DATE_PREPOSITIONS",
    "DURATION_QUANTIFIERS",
    "FORWARD_CUES",
    "INDEFINITE_ARTICLES",
    "LEADING_PREPOSITIONS",
    "NUMBER_FILLERS",
    "POSITION_PREFIXES",
    "PREPOSITIONS",
    "QUANTITY_PREFIXES",
    "QUANTITY_SUFFIXES",
    "RANGE_CONNECTORS",
    "RANGE_START_CUES",
    "YEAR_RANGE_CONNECTORS",
    "Quantifier",
]


class Quantifier(NamedTuple):
    """What a word before a calendar unit makes of it.

    ``number``: a number may follow ("the past 12 months" -> P12M); ``one``: before
    a singular unit it means one unit ("the past year" -> P1Y); ``quarter_step``:
    with ``one``, "<word> quarter" is the calendar quarter this many from the
    anchor's ("the last quarter"), 0 when it is an ordinal read elsewhere ("the
    first quarter" -> Q1); ``vague``: before a plural it is a vague duration
    ("several years" -> PXY).
    """

    number: bool
    one: bool = False
    quarter_step: int = 0
    vague: bool = True


# Words before a unit that make it a vague or relative duration: "several years" ->
# PXY, "the past two years" -> P2Y.
DURATION_QUANTIFIERS: dict[str, Quantifier] = {
    "several": Quantifier(number=False),
    "a few": Quantifier(number=False),
    "few": Quantifier(number=False),
    "many": Quantifier(number=False),
    "some": Quantifier(number=False),
    "a number of": Quantifier(number=False),
    "numerous": Quantifier(number=False),
    "multiple": Quantifier(number=False),
    "countless": Quantifier(number=False),
    "recent": Quantifier(number=False),  # "in recent years"
    "the recent": Quantifier(number=False, vague=False),
    "the coming": Quantifier(number=True, one=True, quarter_step=1),  # "the coming months"
    "coming": Quantifier(number=False),
    "the past few": Quantifier(number=False),
    "the last few": Quantifier(number=False),
    "the next few": Quantifier(number=False),
    "the past several": Quantifier(number=False),
    "the last several": Quantifier(number=False),
    "the next several": Quantifier(number=False),
    "the first few": Quantifier(number=False),
    "another few": Quantifier(number=False),
    "the past": Quantifier(number=True, one=True, quarter_step=-1),  # "over the past year"
    "the last": Quantifier(number=True, one=True, quarter_step=-1),  # "the last quarter"
    "the next": Quantifier(number=True, one=True, quarter_step=1),  # "the next four years"
    "the first": Quantifier(number=True, one=True),  # "the first nine months"
    "the final": Quantifier(number=True, one=True),
    "the opening": Quantifier(number=True),
    "the initial": Quantifier(number=True),
    "the remaining": Quantifier(number=True),
    "the": Quantifier(number=True),
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
    "the first week of": "START",  # "the first week of March" -> 2019-03 START
    "the first weeks of": "START",
    "the first days of": "START",
    "the first few days of": "START",
    "the opening days of": "START",
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
    "the last week of": "END",  # "the last week of June" -> 2019-06 END
    "the last weeks of": "END",
    "the last days of": "END",
    "the final days of": "END",
    "the final weeks of": "END",
    "the closing days of": "END",
    "the rest of": "END",  # "for the rest of the year"
    "the remainder of": "END",
    "the balance of": "END",
    "the month of": None,  # "the month of June"
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

# Words between a number and its unit that do not change the duration:
# "three straight days" -> P3D.
NUMBER_FILLERS: tuple[str, ...] = ("straight", "consecutive", "successive", "full", "whole", "long")

# Articles that count one of a unit: "a week" -> P1W, "a year ago"; "a year"
# alone is no frequency, "twice a year" is.
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"a", "an"})

# Prepositions that may come with a span and say nothing about its value:
# "since June" is June.
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

# Prepositions that MEANTIME leaves out of a time expression found by NER, with
# the possessives and comparatives the finder trims: "on Tuesday" -> "Tuesday",
# "for more than a week" -> "a week". Unlike PREPOSITIONS, these change the span,
# not the value.
LEADING_PREPOSITIONS: tuple[str, ...] = (
    "within",
    "by",
    "on",
    "in",
    "at",
    "since",
    "from",
    "until",
    "till",
    "to",
    "during",
    "for",
    "of",
    "as of",
    "with",
    "after",
    "before",
)

# Words between a verb and its date that do not change whose tense applies
# ("said on Monday", "will meet next Friday").
DATE_PREPOSITIONS: frozenset[str] = frozenset({"on", "last", "this", "next", "early", "late"})

# Words between the two ends of a range: "from Monday to Thursday", "between
# 2014 and 2016" ("and" only after "between").
RANGE_CONNECTORS: tuple[str, ...] = ("to", "through", "thru", "until", "till", "and")
# ... and before the bare end year of a year range: "from 2009 to 2011".
YEAR_RANGE_CONNECTORS: tuple[str, ...] = ("to", "through", "until")

# Words that anchor a duration at its first day, so that the two make a range:
# "a three-day visit starting Tuesday", "a two-week tour that begins on March 1",
# "for three days from Monday".
RANGE_START_CUES: tuple[str, ...] = ("starting", "beginning", "begins", "starts", "commencing", "from", "effective")

# Words before a date that look forward from the clause it sits in: the date is
# the coming one, whatever the tense ("Ahead of Monday's meeting, Kim toured a
# factory", "in the run-up to Sunday's election").
FORWARD_CUES: tuple[str, ...] = (
    "ahead of",
    "in advance of",
    "in the run-up to",
    "in the run up to",
    "in the lead-up to",
    "in the lead up to",
    "in preparation for",
)
