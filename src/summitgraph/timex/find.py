"""Candidate spans of a Doc: spaCy's DATE and TIME entities, and regular expressions
for what the statistical model misses or cuts.

"now", "recently", "Friday morning", "New Year's Day", "7/8/07", clock times
and durations written in words are found by :data:`FINDER_PATTERNS`. Every
candidate is trimmed to MEANTIME's extent (:mod:`summitgraph.timex.trim`);
choosing among overlapping candidates is :mod:`summitgraph.timex.select`.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from summitgraph.lexicon.time import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from summitgraph.timex.patterns import DAY, FINDER_UNIT, NUMBER_WORD, capitalised
from summitgraph.timex.trim import Candidate, not_a_time, trim

__all__ = ["FINDER_PATTERNS", "NAME_LABELS", "TIME_LABELS", "finder_candidates", "ner_candidates"]

_MON = rf"(?:{capitalised(MONTH_NAMES)}|(?:{capitalised(MONTH_ABBREVIATIONS)})\.)"
# Before a day number an abbreviation needs no dot ("Aug 2, 2013", "Dec.14").
_MON_D = rf"(?:(?:{capitalised(MONTH_NAMES)}) |(?:{capitalised(MONTH_ABBREVIATIONS)})(?:\. ?| ))"
_WD = rf"(?:{capitalised(WEEKDAY_NAMES)})"
_WD_ABBR = rf"(?:{_WD}|(?:{capitalised(WEEKDAY_ABBREVIATIONS)})\.?)"
_YR = r"(?:1[5-9]\d\d|20\d\d)"
_QTY = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?)"
_POD = r"(?:morning|afternoon|evening|night)"
_ZONE = (
    r"(?: (?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|BST|CET|CEST|JST|KST)\b)?"
    r"(?: ?\((?:UTC|GMT) ?[+-] ?\d{1,2}(?::?\d{2})?\))?"
)

# Regular expressions for time expressions that spaCy's NER misses or cuts badly,
# matched over the whole text. Month and weekday names must be capitalised, so that
# "may" and "march" the verbs are not taken for months.
FINDER_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        # numeric dates: 2008-03-01, 03/01/2008, 7/8/07
        r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
        # month and day, with weekday and year: "Tuesday, March 1, 2008", "Fri Aug 2", "the 5th of March"
        rf"\b(?:{_WD_ABBR},? )?{_MON_D}{DAY}\b(?:,? {_YR}\b)?",
        rf"\b(?:{_WD},? )?(?:the )?{DAY} (?:of )?{_MON}(?:,? {_YR}\b)?",
        rf"\b{_MON},? (?:of )?{_YR}\b",
        # a weekday or deictic day with a part of the day: "Friday morning", "late Monday"
        rf"\b(?:(?:[Ee]arly|[Ll]ate) )?{_WD}(?: {_POD})?\b",
        rf"\b(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast|[Tt]oday) {_POD}\b|\b[Tt]onight\b",
        r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b",
        # clock times: "3 p.m.", "6:40 p.m. (GMT +8)", "18:00 UTC"
        rf"\b\d{{1,2}}(?:[:.]\d{{2}})? ?(?:[ap]\.m\.|[AaPp][Mm]\b){_ZONE}",
        rf"\b(?:[01]?\d|2[0-3]):[0-5]\d\b{_ZONE}",
        # wire copy's four-digit clock times: "0900 GMT", "1430 hrs local time"
        r"\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC)\b|\b(?:[01]\d|2[0-3])[0-5]\d ?(?:hrs|HRS)\b(?: local time)?",
        # reference adverbs: "now", "currently", "recently" ("now-defunct", "now that" are not)
        r"(?i:\b(?:now|currently|presently|nowadays|(?:more |most )?recently|lately)\b)(?!-| that\b)",
        r"(?<=\b[Ii]n )the (?:past|(?:near |distant )?future)(?=\s*[,.;:!?)]|\s+(?:and|or|but|when|as|if|because)\b)",
        # holidays whose date is the same wherever the news is written ("Lunar New Year" is not
        # January 1; "Independence Day" and "Election Day" depend on the country, and are left out)
        r"\b(?=[NCTEGHVMLBFPASR])(?:(?<!Lunar )(?<!Chinese )New Year(?:'s|\u2019s)?(?: Day| Eve)?"
        r"|Christmas(?: Day| Eve)?(?! Island)"
        r"|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|Halloween|Ash Wednesday|Palm Sunday"
        r"|Valentine(?:'s|\u2019s) Day|Memorial Day|Labor Day|Veterans(?:'|\u2019)? Day|Boxing Day"
        r"|(?:Mother|Father)(?:'s|\u2019s) Day|Presidents(?:'|\u2019)? Day|Martin Luther King(?: Jr\.?)? Day"
        r"|Remembrance Day|Armistice Day|Bastille Day|St\.? Patrick(?:'s|\u2019s) Day)\b",
        # durations written in words, which NER often misses: "almost two and a half years"
        rf"(?i:\b(?:(?:about|around|almost|nearly|approximately|some) )?(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))*"
        rf"(?: and a half)? {FINDER_UNIT}s?\b)|(?i:\b(?:a|an|one) {FINDER_UNIT} and a half\b)",
        # adjectival durations: "fifty-year", "27-year", "12-hour", "decades-long"
        rf"(?i:\b{_QTY}-{FINDER_UNIT}s?(?:-old|-long)?\b|\b(?:decade|year|month|week|day|hour)s-long\b)",
        # relative calendar expressions: "this year('s)", "earlier this month", "the past two years"
        rf"\b(?i:(?:earlier |later |early |late )?(?:this|last|next)) (?:week(?:end)?|month|year|quarter|decade"
        rf"|century|spring|summer|autumn|fall|winter|{_WD}|{_MON})\b",
        r"\b(?:[Tt]his|[Tt]he same) time (?:last|next) (?:year|month|week)\b",
        r"\b[Tt]he (?:week|weekend|month|year) (?:before last|after next)\b",
        rf"\b[Tt]he (?:past|last|next|coming|previous|following|first) "
        rf"(?:(?:{_QTY}|few|several|couple of) )?{FINDER_UNIT}s?\b",
        r"\b[Tt]he (?:beginning|start|middle|end|close) of (?:the|this|last|next) (?:week|month|year|quarter|decade)\b",
        rf"\b[Tt]he (?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of {_YR})?\b|\bQ[1-4](?: {_YR})?\b",
        rf"\b[Tt]he (?:first|second|1st|2nd) half(?: of {_YR})?\b",
        # frequencies: "every year", "twice a week"
        rf"\b(?i:every|each)(?: other)?(?: {_QTY})? (?:{FINDER_UNIT}s?|{_WD})\b"
        rf"|\b(?:once|twice|{_QTY} times) (?:a|an|per|every) {FINDER_UNIT}\b",
    )
)

# The entity labels whose spans are time expressions.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
# Entity labels of names, inside which a weekday or a month is part of the name
# ("Black Monday", "Monday Night Football") ...
NAME_LABELS: frozenset[str] = frozenset(
    {
        "PERSON",
        "ORG",
        "EVENT",
        "WORK_OF_ART",
        "PRODUCT",
        "LAW",
        "FAC",
        "NORP",
        "GPE",
        "LOC",
    }
)
# ... except the year in the name of an event or a conference, which is a date
# ("the 2008 Beijing Olympic Games", "the 2013 Academy Awards").
YEAR_NAME_LABELS: frozenset[str] = frozenset({"EVENT", "ORG"})
NAME_YEAR: re.Pattern[str] = re.compile(r"(?<![\w.,$#-])(?:19|20)\d\d(?![\w%]|[.,-]\d)")


def ner_candidates(doc: Doc, text: str, ago_as_date: bool) -> list[Candidate]:
    """spaCy's DATE and TIME entities, trimmed; an entity never crosses a line
    (headlines and datelines are lines of their own)."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS or not_a_time(text, ent.start_char, ent.end_char, ent[0]):
            continue
        offset = ent.start_char
        for line in re.split(r"(\n+)", text[ent.start_char : ent.end_char]):
            if line and not line.startswith("\n"):
                c = trim(text, offset, offset + len(line), ago_as_date)
                if c:
                    found.append(c)
            offset += len(line)
    return found


def finder_candidates(doc: Doc, text: str, ago_as_date: bool) -> list[Candidate]:
    """Matches of FINDER_PATTERNS, but not inside names; years inside event names."""
    names = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    starts = [a for a, _, _ in names]  # sorted; names never overlap, so one bisection finds the one to check
    found = []
    for pattern in FINDER_PATTERNS:
        for m in pattern.finditer(text):
            c = trim(text, m.start(), m.end(), ago_as_date)
            if c and not _inside_name(c, names, starts):
                found.append(c)
    for a, b, label in names:
        if label in YEAR_NAME_LABELS:
            found.extend(Candidate(m.start(), m.end(), m.group(0)) for m in NAME_YEAR.finditer(text, a, b))
    return found


def _inside_name(c: Candidate, names: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether ``c`` lies inside a name and is not the whole of it."""
    i = bisect.bisect_right(starts, c.start) - 1
    if i < 0:
        return False
    a, b, _ = names[i]
    return a <= c.start and c.end <= b and (a, b) != (c.start, c.end)
