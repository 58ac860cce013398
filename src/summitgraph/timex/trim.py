"""Trimming a found span to MEANTIME's extent, and telling times from look-alikes.

Spans follow MEANTIME's (NewsReader TimeML) conventions: the determiner is part of
the span ("the past decade"), prepositions are not ("on Tuesday" -> "Tuesday"), nor
are comparatives ("more than a week" -> "a week"); in "two years ago" and "two days
before the launch" only the duration "two years", "two days" is a time expression,
"ago" and "before" being signals (``ago_as_date=True`` keeps them, for TimeBank's
reading, a DATE "two years ago" -> 2017).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from summitgraph.lexicon.holidays import FIXED_HOLIDAYS
from summitgraph.lexicon.time_modifiers import LEADING_PREPOSITIONS
from summitgraph.timex.patterns import FINDER_UNIT, NUMBER_WORD, either

__all__ = ["Candidate", "not_a_time", "trim"]


@dataclass
class Candidate:
    """A span under consideration: character offsets and the text to normalise."""

    start: int
    end: int
    norm_text: str


# "his 60s", "her early thirties": ages, not decades.
AGE_DECADE: re.Pattern[str] = re.compile(
    r"^(?:his|her|their|my|your|its)\s+(?:early\s+|mid-?|late\s+)?(?:\d0s|\w+ties)$", re.IGNORECASE
)
AGE_DECADE_AFTER: re.Pattern[str] = re.compile(r"^(?:early\s+|mid-?|late\s+)?(?:\d0s|\w+ties)$", re.IGNORECASE)
POSSESSIVE_BEFORE: re.Pattern[str] = re.compile(r"\b(?:his|her|their|my|your)\s+$", re.IGNORECASE)
# "her days as a model", "its final days": a possessive with no number is an era, not a time
# (while "its 41-year history" is one).
POSSESSIVE_START: re.Pattern[str] = re.compile(r"^(?:his|her|their|its|my|your|our)\s", re.IGNORECASE)
HAS_NUMBER: re.Pattern[str] = re.compile(rf"\d|\b(?:{NUMBER_WORD})\b", re.IGNORECASE)
# A capitalised unit in mid-sentence is a name ("referee Tony Weeks").
BARE_UNIT: re.Pattern[str] = re.compile(r"(?:Years|Months|Weeks|Days|Hours|Minutes|Decades)")
# "three quarters of the vote" is a fraction, not nine months.
FRACTION: re.Pattern[str] = re.compile(r"(?:one|two|three|a|\d)[- ]quarters?|(?:one|a)[- ]half", re.IGNORECASE)
OF_AFTER: re.Pattern[str] = re.compile(r"\s+of\b", re.IGNORECASE)

# Words at the start of an entity that MEANTIME leaves out of the time expression:
# prepositions, possessives, and comparatives ("more than a week" -> "a week").
LEADING_TRIM: re.Pattern[str] = re.compile(
    r"^(?:(?:just|only|(?:a little |just |well )?(?:more than|less than|over|under)|fewer than|at least|up to"
    rf"|{either(LEADING_PREPOSITIONS)}"
    r"|its|his|her|their|our)\s+)+",
    re.IGNORECASE,
)
# Quotes and brackets before a span ("``days", "(Monday"), but not the apostrophe of "'90s".
OPENING_MARKS: re.Pattern[str] = re.compile(r"^(?:[\s\"`\u201c([]|['\u2018](?!\d))+")
# In "the 2008 season" the time expression is "2008".
THE_BEFORE_YEAR: re.Pattern[str] = re.compile(r"^the\s+(?=\d{4}$)", re.IGNORECASE)
# "over the years" keeps its "over" (as MEANTIME's gold does).
KEEP_OVER: re.Pattern[str] = re.compile(r"^over the (?:years|decades|months|weeks|centuries)\b", re.IGNORECASE)
# Trailing possessives and punctuation are not part of a span ...
TRAILING_TRIM: re.Pattern[str] = re.compile(r"(?:'s|\u2019s|['\u2019]|[\s,.;:!?\"()\[\]-])+$")
# ... except the dot of "p.m." and the bracket of "(GMT +8)",
KEEP_END: re.Pattern[str] = re.compile(r"[ap]\.m\.$|\)$", re.IGNORECASE)
# ... and the "'s" of holiday names ("New Year's").
NAMES_WITH_S: frozenset[str] = frozenset(n for n in FIXED_HOLIDAYS if n.endswith("'s"))
# A quantity of things before a frequency ("15 a year") is not part of the SET.
COUNT_BEFORE_SET: re.Pattern[str] = re.compile(r"^[\d,.]+\s+(?=(?:a|an|per)\s+\w+$)", re.IGNORECASE)
# "ago" after a duration is a signal in MEANTIME, not part of the time expression;
# so are "before" and "after" ("two days before the launch" -> "two days").
AGO: re.Pattern[str] = re.compile(r"\s+ago$", re.IGNORECASE)
SIGNAL_AFTER_DURATION: re.Pattern[str] = re.compile(
    rf"^(?:\d+(?:\.\d+)?|a|an|several|a few|few|(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))*)[ -]{FINDER_UNIT}s?"
    r"(?P<signal>\s+(?:before|after))$",
    re.IGNORECASE,
)


def trim(text: str, start: int, end: int, ago_as_date: bool) -> Candidate | None:
    """``text[start:end]`` trimmed to MEANTIME's extent (see the module docstring), or None when nothing is left.

    "on Tuesday" -> "Tuesday", "more than a week" -> "a week", "(Monday" -> "Monday",
    "New Year's" keeps its "'s"; "two years ago" -> "two years" unless ``ago_as_date``.
    """
    piece = text[start:end]
    stripped = OPENING_MARKS.sub("", piece)
    start += len(piece) - len(stripped)
    piece = stripped
    m = THE_BEFORE_YEAR.match(piece)
    if m:
        start, piece = start + m.end(), piece[m.end() :]
    if not KEEP_OVER.match(piece):
        m = LEADING_TRIM.match(piece)
        if m:
            start, piece = start + m.end(), piece[m.end() :]
    m = TRAILING_TRIM.search(piece)
    if m and not KEEP_END.search(piece):
        with_s = piece[: m.start() + 2]
        piece = with_s if with_s.replace("\u2019", "'").lower() in NAMES_WITH_S else piece[: m.start()]
    norm_text = piece
    m = COUNT_BEFORE_SET.match(piece)
    if m:
        start, piece = start + m.end(), piece[m.end() :]
    if not ago_as_date:
        m = AGO.search(piece)
        cut = m.start() if m else None
        m = SIGNAL_AFTER_DURATION.match(piece)
        cut = m.start("signal") if m else cut
        if cut is not None:
            piece = norm_text = piece[:cut]
    return Candidate(start, start + len(piece), norm_text) if piece else None


def not_a_time(text: str, start: int, end: int, first_token: Token) -> bool:
    """Entities that NER takes for dates but are not: ages ("his early 30s"), eras
    ("her days as a model"), names ("Tony Weeks"), fractions ("three quarters of")."""
    span, before = text[start:end], text[max(0, start - 12) : start]
    if AGE_DECADE.match(span) or (AGE_DECADE_AFTER.match(span) and POSSESSIVE_BEFORE.search(before)):
        return True
    if POSSESSIVE_START.match(span) and not HAS_NUMBER.search(span):
        return True
    if BARE_UNIT.fullmatch(span) and span[0].isupper() and not first_token.is_sent_start:
        return True
    return bool(FRACTION.fullmatch(span) and OF_AFTER.match(text, end))
