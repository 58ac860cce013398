"""Words that count from the anchor, the publication date or a day the text named.

"now" and "recently" are TimeML's reference values; "yesterday", "last week",
"next Friday", "two weeks ago" are counted from the publication date; "three
days later" and "the next day" from the last day the article mentioned.
Lower case, as the time-expression stage (``summitgraph.timex``) matches.
"""

from __future__ import annotations

__all__ = [
    "ANAPHORIC_DEMONSTRATIVES",
    "ANAPHORIC_RELATIVES",
    "ANAPHORIC_SIGNALS",
    "COUNTING_DIRECTIONS",
    "DATED_UNITS",
    "DEICTIC_DAYS",
    "DURATION_RELATIVES",
    "LAST_WORDS",
    "NEXT_WORDS",
    "NIGHT_DEICTICS",
    "REFERENCE_WORDS",
    "RELATIVE_SHIFTS",
    "THIS_WORDS",
]

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

# Days named from the anchor, in days from it: "yesterday" is the day before
# the publication date; "this" only with a part of the day ("this morning").
DEICTIC_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "last night": -1,
    "this": 0,
}

# Deictic days that name a night: "tonight" -> 2019-01-08TNI.
NIGHT_DEICTICS: frozenset[str] = frozenset({"tonight", "last night"})

# "this", "last" and "next" before a year, month, season, weekday or holiday:
# the one the anchor is in, the one before, the one after ("June last year").
RELATIVE_SHIFTS: dict[str, int] = {
    "this": 0,
    "last": -1,
    "next": 1,
}

# Words before a calendar unit that point back from the anchor: "last week",
# "the previous year", "this past weekend", "the latest quarter".
LAST_WORDS: tuple[str, ...] = (
    "last",
    "the last",
    "past",
    "the past",
    "this past",
    "previous",
    "the previous",
    "prior",
    "the prior",
    "preceding",
    "the preceding",
    "latest",
    "the latest",
    "most recent",
    "the most recent",
)

# ... forward: "next month", "the coming week", "this coming Friday".
NEXT_WORDS: tuple[str, ...] = (
    "next",
    "the next",
    "coming",
    "the coming",
    "this coming",
    "following",
    "the following",
    "upcoming",
    "the upcoming",
    "ensuing",
    "the ensuing",
)

# ... at the anchor: "this year", "the current quarter".
THIS_WORDS: tuple[str, ...] = (
    "this",
    "the current",
    "current",
    "the present",
    "present",
)

# Relative words that make "the past year" a duration (P1Y) rather than last
# year ("over the past year") ...
DURATION_RELATIVES: frozenset[str] = frozenset({"the last", "the past", "the next", "the coming", "past", "coming"})
# ... except before units that are dates in any case: "the past weekend", "the next quarter".
DATED_UNITS: frozenset[str] = frozenset({"weekend", "quarter", "half"})

# Words after a duration that count it from the anchor, and the direction:
# "two weeks ago" -> the anchor minus two weeks, "two days later" plus two days.
COUNTING_DIRECTIONS: dict[str, int] = {
    "ago": -1,
    "earlier": -1,
    "before": -1,
    "back": -1,
    "later": 1,
    "after": 1,
    "hence": 1,
    "from now": 1,
    "from today": 1,
}

# Expressions that count from the last day the text mentioned, not from the
# publication date: "three days later", "a week before" ...
ANAPHORIC_SIGNALS: tuple[str, ...] = ("later", "earlier", "after", "before")
# ... and "the next day", "the same week".
ANAPHORIC_RELATIVES: tuple[str, ...] = ("next", "following", "previous", "prior", "preceding", "same")
# ... and "that day", "that night", "the same morning": the day the text is telling of.
ANAPHORIC_DEMONSTRATIVES: tuple[str, ...] = ("that", "the same")
