"""Time expressions of a spaCy Doc, normalised to TIMEX3 against the publication date.

Pure functions over a Doc that never change it (textacy style):

- :func:`clause_tense` - the tense of the clause governing a token;
- :func:`find_dates` - the article's date mentions with TIMEX3 type, value and mod;
- :func:`date_ranges` - which of those mentions form a range ("from Monday to Thursday").

Spans follow MEANTIME's (NewsReader TimeML) conventions: the determiner is part of
the span ("the past decade"), prepositions are not ("on Tuesday" -> "Tuesday"), nor
are comparatives ("more than a week" -> "a week"); in "two years ago" and "two days
before the launch" only the duration "two years", "two days" is a time expression,
"ago" and "before" being signals (pass ``ago_as_date=True`` for TimeBank's reading,
a DATE "two years ago" -> 2017).

Candidates come from spaCy's DATE and TIME entities, trimmed, split and merged,
and from regular expressions for what the statistical model misses or cuts
("now", "recently", "Friday morning", "New Year's Day", "7/8/07", clock times).
Needs the tagger and parser for tenses (without them every tense is None) and
the NER; the lemmatizer and attribute_ruler are not used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from summitgraph import timex
from summitgraph.models import Mention, Tense, Timex
from summitgraph.syntax import clause_tense, verb_tense

# Words between a verb and its date that do not change whose tense applies ("said on Monday").
DATE_PREPOSITIONS: frozenset[str] = frozenset({"on", "last", "this", "next", "early", "late"})

# ==========================================================================
# Patterns
# ==========================================================================


def _capitalised(words: Iterable[str]) -> str:
    return timex._alternation(w.capitalize() for w in words)


_FULL_MONTHS = [m for m in timex.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_SHORT_MONTHS = [m for m in timex.MONTHS if m not in _FULL_MONTHS]
_MON = rf"(?:{_capitalised(_FULL_MONTHS)}|(?:{_capitalised(_SHORT_MONTHS)})\.)"
# Before a day number an abbreviation needs no dot ("Aug 2, 2013", "Dec.14").
_MON_D = rf"(?:(?:{_capitalised(_FULL_MONTHS)}) |(?:{_capitalised(_SHORT_MONTHS)})(?:\. ?| ))"
_WD = rf"(?:{_capitalised(w for w in timex.WEEKDAYS if len(w) > 5)})"
_WD_ABBR = rf"(?:{_WD}|(?:{_capitalised(w for w in timex.WEEKDAYS if len(w) <= 5)})\.?)"
_DAY = timex._DAY
_YR = r"(?:1[5-9]\d\d|20\d\d)"
_NUMWORD = timex._alternation(timex.NUMBER_WORDS)
_QTY = rf"(?:\d+(?:\.\d+)?|(?:{_NUMWORD})(?:-(?:{_NUMWORD}))?)"
_CAL_UNIT = r"(?:year|month|week|day|hour|minute|decade|quarter|centur(?:y|ie))"
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
        rf"\b(?:{_WD_ABBR},? )?{_MON_D}{_DAY}\b(?:,? {_YR}\b)?",
        rf"\b(?:{_WD},? )?(?:the )?{_DAY} (?:of )?{_MON}(?:,? {_YR}\b)?",
        rf"\b{_MON},? (?:of )?{_YR}\b",
        # a weekday or deictic day with a part of the day: "Friday morning", "late Monday"
        rf"\b(?:(?:[Ee]arly|[Ll]ate) )?{_WD}(?: {_POD})?\b",
        rf"\b(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast|[Tt]oday) {_POD}\b|\b[Tt]onight\b",
        r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b",
        # clock times: "3 p.m.", "6:40 p.m. (GMT +8)", "18:00 UTC"
        rf"\b\d{{1,2}}(?:[:.]\d{{2}})? ?(?:[ap]\.m\.|[AaPp][Mm]\b){_ZONE}",
        rf"\b(?:[01]?\d|2[0-3]):[0-5]\d\b{_ZONE}",
        # reference adverbs: "now", "currently", "recently" ("now-defunct", "now that" are not)
        r"(?i:\b(?:now|currently|presently|nowadays|(?:more |most )?recently|lately)\b)(?!-| that\b)",
        r"(?<=\b[Ii]n )the (?:past|(?:near |distant )?future)(?=\s*[,.;:!?)]|\s+(?:and|or|but|when|as|if|because)\b)",
        # holidays ("Lunar New Year" is not January 1)
        r"\b(?=[NCTEGHVMLB])(?:(?<!Lunar )(?<!Chinese )New Year(?:'s|\u2019s)?(?: Day| Eve)?"
        r"|Christmas(?: Day| Eve)?(?! Island)"
        r"|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|Halloween"
        r"|Valentine(?:'s|\u2019s) Day|Memorial Day|Labor Day|Veterans Day|Boxing Day)\b",
        # durations written in words, which NER often misses: "almost two and a half years"
        rf"(?i:\b(?:(?:about|around|almost|nearly|approximately|some) )?(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))*"
        rf"(?: and a half)? {_CAL_UNIT}s?\b)|(?i:\b(?:a|an|one) {_CAL_UNIT} and a half\b)",
        # adjectival durations: "fifty-year", "27-year", "12-hour", "decades-long"
        rf"(?i:\b{_QTY}-{_CAL_UNIT}s?(?:-old|-long)?\b|\b(?:decade|year|month|week|day|hour)s-long\b)",
        # relative calendar expressions: "this year('s)", "earlier this month", "the past two years"
        rf"\b(?i:(?:earlier |later |early |late )?(?:this|last|next)) (?:week(?:end)?|month|year|quarter|decade"
        rf"|century|spring|summer|autumn|fall|winter|{_WD}|{_MON})\b",
        rf"\b[Tt]he (?:past|last|next|coming|previous|following|first) "
        rf"(?:(?:{_QTY}|few|several|couple of) )?{_CAL_UNIT}s?\b",
        r"\b[Tt]he (?:beginning|start|middle|end|close) of (?:the|this|last|next) (?:week|month|year|quarter|decade)\b",
        rf"\b[Tt]he (?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of {_YR})?\b|\bQ[1-4](?: {_YR})?\b",
        rf"\b[Tt]he (?:first|second|1st|2nd) half(?: of {_YR})?\b",
        # frequencies: "every year", "twice a week"
        rf"\b(?i:every|each)(?: other)?(?: {_QTY})? (?:{_CAL_UNIT}s?|{_WD})\b"
        rf"|\b(?:once|twice|{_QTY} times) (?:a|an|per|every) {_CAL_UNIT}\b",
    )
)

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

# "his 60s", "her early thirties": ages, not decades.
AGE_DECADE: re.Pattern[str] = re.compile(
    r"^(?:his|her|their|my|your|its)\s+(?:early\s+|mid-?|late\s+)?(?:\d0s|\w+ties)$", re.IGNORECASE
)
AGE_DECADE_AFTER: re.Pattern[str] = re.compile(r"^(?:early\s+|mid-?|late\s+)?(?:\d0s|\w+ties)$", re.IGNORECASE)
POSSESSIVE_BEFORE: re.Pattern[str] = re.compile(r"\b(?:his|her|their|my|your)\s+$", re.IGNORECASE)
# "her days as a model", "its final days": a possessive with no number is an era, not a time
# (while "its 41-year history" is one).
POSSESSIVE_START: re.Pattern[str] = re.compile(r"^(?:his|her|their|its|my|your|our)\s", re.IGNORECASE)
HAS_NUMBER: re.Pattern[str] = re.compile(rf"\d|\b(?:{_NUMWORD})\b", re.IGNORECASE)
# A capitalised unit in mid-sentence is a name ("referee Tony Weeks").
BARE_UNIT: re.Pattern[str] = re.compile(r"(?:Years|Months|Weeks|Days|Hours|Minutes|Decades)")
# "three quarters of the vote" is a fraction, not nine months.
FRACTION: re.Pattern[str] = re.compile(r"(?:one|two|three|a|\d)[- ]quarters?|(?:one|a)[- ]half", re.IGNORECASE)
OF_AFTER: re.Pattern[str] = re.compile(r"\s+of\b", re.IGNORECASE)
# Parts of the day used as adjectives: "a late-night talk show", "daytime television".
ADJECTIVAL_PART_OF_DAY: re.Pattern[str] = re.compile(
    r"(?:late[- ]night|daytime|night-?time|all-night|overnight|early-morning|late-morning)", re.IGNORECASE
)

# Words at the start of an entity that MEANTIME leaves out of the time expression:
# prepositions, possessives, and comparatives ("more than a week" -> "a week").
LEADING_TRIM: re.Pattern[str] = re.compile(
    r"^(?:(?:just|only|(?:a little |just |well )?(?:more than|less than|over|under)|fewer than|at least|up to"
    r"|within|by|on|in|at|since|from|until|till|to|during|for|of|as of|with|after|before"
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
_KEEP_END = re.compile(r"[ap]\.m\.$|\)$", re.IGNORECASE)
# ... and the "'s" of holiday names ("New Year's").
NAMES_WITH_S: frozenset[str] = frozenset(n for n in timex.FIXED_HOLIDAYS if n.endswith("'s"))
# A quantity of things before a frequency ("15 a year") is not part of the SET.
COUNT_BEFORE_SET: re.Pattern[str] = re.compile(r"^[\d,.]+\s+(?=(?:a|an|per)\s+\w+$)", re.IGNORECASE)
# "ago" after a duration is a signal in MEANTIME, not part of the time expression;
# so are "before" and "after" ("two days before the launch" -> "two days").
AGO: re.Pattern[str] = re.compile(r"\s+ago$", re.IGNORECASE)
SIGNAL_AFTER_DURATION: re.Pattern[str] = re.compile(
    rf"^(?:\d+(?:\.\d+)?|a|an|several|a few|few|(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))*)[ -]{_CAL_UNIT}s?"
    r"(?P<signal>\s+(?:before|after))$",
    re.IGNORECASE,
)

# The two ends of a range inside one span: "between 2014 and 2016", "March 5-8", "2008-09".
RANGE_IN_SPAN: re.Pattern[str] = re.compile(
    r"^(?:(?P<between>between)\s+|from\s+)?(?P<a>.+?)\s*(?:(?<=\S)[-\u2013\u2014](?=\S)"
    r"|\s(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s)\s*(?P<b>.+)$",
    re.IGNORECASE,
)
# What may stand between the two mentions of a range ("and" only after "between").
RANGE_GAP: re.Pattern[str] = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# The bare end year of a year range, which NER often leaves out: "from 2009 to 2011", "2014-16".
RANGE_YEAR_END: re.Pattern[str] = re.compile(
    r"\s*(?:(?:to|through|until|-|\u2013)\s*(?P<y4>\d{4})|[-\u2013](?P<y2>\d{2}))(?![\w%]|[.,-]\d)", re.IGNORECASE
)
# Expressions that count from the last day the text mentioned, not from the DCT.
ANAPHORIC: re.Pattern[str] = re.compile(
    r"\b(?:later|earlier|after|before)$|^the (?:next|following|previous|prior|preceding|same) (?:day|week|month)$",
    re.IGNORECASE,
)
# A bare plural unit ("days") is a time expression only where NER found it alone:
# cut out of a longer entity ("the old days") it is an era.
BARE_PLURAL: re.Pattern[str] = re.compile(r"(?:years|months|weeks|days|hours|minutes|decades)", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SEPARATOR = re.compile(r"(,\s*|\s+(?:and|or)\s+)", re.IGNORECASE)

# ==========================================================================
# Candidate spans
# ==========================================================================


@dataclass
class _Candidate:
    """A span under consideration: character offsets and the text to normalise."""

    start: int
    end: int
    norm_text: str


def _trim(text: str, start: int, end: int, ago_as_date: bool) -> _Candidate | None:
    """Trim one span to MEANTIME's extent (see the module docstring)."""
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
    if m and not _KEEP_END.search(piece):
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
    return _Candidate(start, start + len(piece), norm_text) if piece else None


def _not_a_time(text: str, start: int, end: int, first_token: Token) -> bool:
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


def _ner_candidates(doc: Doc, text: str, ago_as_date: bool) -> list[_Candidate]:
    """spaCy's DATE and TIME entities, trimmed; an entity never crosses a line
    (headlines and datelines are lines of their own)."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _not_a_time(text, ent.start_char, ent.end_char, ent[0]):
            continue
        offset = ent.start_char
        for line in re.split(r"(\n+)", text[ent.start_char : ent.end_char]):
            if line and not line.startswith("\n"):
                c = _trim(text, offset, offset + len(line), ago_as_date)
                if c:
                    found.append(c)
            offset += len(line)
    return found


def _finder_candidates(doc: Doc, text: str, ago_as_date: bool) -> list[_Candidate]:
    """Matches of FINDER_PATTERNS, but not inside names; years inside event names."""
    names = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    found = []
    for pattern in FINDER_PATTERNS:
        for m in pattern.finditer(text):
            c = _trim(text, m.start(), m.end(), ago_as_date)
            if c and not any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b, _ in names):
                found.append(c)
    for a, b, label in names:
        if label in YEAR_NAME_LABELS:
            found.extend(_Candidate(m.start(), m.end(), m.group(0)) for m in NAME_YEAR.finditer(text, a, b))
    return found


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(a: _Candidate, b: _Candidate) -> bool:
    return a.start <= b.start and b.end <= a.end


def _is_timex(c: _Candidate, published: dt.date | None) -> bool:
    return timex.normalize(c.norm_text, published) is not None


def _split_range(text: str, c: _Candidate, published: dt.date | None) -> list[_Candidate] | None:
    """The two ends of a span that is a range ("between 2014 and 2016", "March 5-8")."""
    piece = text[c.start : c.end]
    m = RANGE_IN_SPAN.match(piece)
    if not m:
        return None
    if m.group("between") is None and re.search(r"\band\b", piece[m.end("a") : m.start("b")], re.IGNORECASE):
        return None  # "X and Y" is a range only after "between"
    a = _Candidate(c.start + m.start("a"), c.start + m.end("a"), m.group("a"))
    b = _Candidate(c.start + m.start("b"), c.start + m.end("b"), m.group("b"))
    first = timex.normalize(a.norm_text, published)
    unit = re.search(r"[a-z]+s?$", b.norm_text, re.IGNORECASE)
    if first is None and unit and re.fullmatch(r"[\d.]+|[a-z-]+", a.norm_text, re.IGNORECASE):
        # "three to five years": the first number shares the second one's unit
        a.norm_text = f"{a.norm_text} {unit.group(0)}"
        first = timex.normalize(a.norm_text, published)
    if first is None:
        return None
    # the second end may have taken words after it ("between 2014 and 2016 six")
    while timex.normalize_range_end(b.norm_text, first, published) is None:
        shorter = re.match(r"(.*\S)\s+\S+$", b.norm_text)
        if not shorter:
            return None
        b = _Candidate(b.start, b.start + len(shorter.group(1)), shorter.group(1))
    return [a, b]


def _parts(text: str, c: _Candidate, ago_as_date: bool) -> list[_Candidate]:
    """The parts of a span separated by commas, "and" or "or", each trimmed."""
    parts, offset = [], c.start
    for piece in _SEPARATOR.split(text[c.start : c.end]):
        if piece and not _SEPARATOR.fullmatch(piece):
            part = _trim(text, offset, offset + len(piece), ago_as_date)
            if part:
                parts.append(part)
        offset += len(piece)
    return parts if len(parts) > 1 else []


def _longest_timex(text: str, c: _Candidate, published: dt.date | None) -> _Candidate | None:
    """The longest run of words of ``c`` that is a time expression, dropping only
    lower-case words at its edges ("the same period last year" -> "last year";
    "Black Monday" stays a name)."""
    words = list(re.finditer(r"\S+", text[c.start : c.end]))
    best: _Candidate | None = None
    for i in range(len(words)):
        if i and words[i - 1].group(0)[0].isupper():
            break
        for j in range(len(words), i, -1):
            if j < len(words) and words[j].group(0)[0].isupper():
                break
            start, end = c.start + words[i].start(), c.start + words[j - 1].end()
            if j - i == len(words) or (best and best.end - best.start >= end - start):
                continue
            candidate = _trim(text, start, end, ago_as_date=True)
            if candidate and not BARE_PLURAL.fullmatch(candidate.norm_text) and _is_timex(candidate, published):
                best = candidate
    return best


def _select(
    text: str, ner: list[_Candidate], found: list[_Candidate], published: dt.date | None, ago_as_date: bool
) -> list[_Candidate]:
    """Merge NER and pattern candidates into non-overlapping time expressions, in text order."""
    found = [f for f in found if _is_timex(f, published)]
    kept: list[_Candidate] = []
    for c in ner:
        if _is_timex(c, published):
            kept.append(c)
            continue
        # not a time expression as a whole: a range, several expressions ("June 17,
        # two days"), or one inside words that are not ("the same period last year");
        # "the age of 56" has none and is dropped
        parts = _split_range(text, c, published) or [p for p in _parts(text, c, ago_as_date) if _is_timex(p, published)]
        if not parts and not any(_contains(c, f) for f in found):
            best = _longest_timex(text, c, published)
            parts = [best] if best else []
        kept.extend(parts)
    # Pattern candidates replace the NER spans they contain ("Friday" + "morning" ->
    # "Friday morning"), join those they overlap when the union is one expression,
    # and fill what NER missed.
    for f in sorted(found, key=lambda c: c.start - c.end):
        clashing = [k for k in kept if _overlaps(k, f)]
        if not clashing:
            kept.append(f)
        elif all(_contains(f, k) for k in clashing) and any((k.start, k.end) != (f.start, f.end) for k in clashing):
            kept = [k for k in kept if k not in clashing] + [f]
        elif len(clashing) == 1 and not _contains(clashing[0], f):
            k = clashing[0]
            start, end = min(k.start, f.start), max(k.end, f.end)
            union = _Candidate(start, end, text[start:end])
            if _is_timex(union, published):
                kept = [x for x in kept if x is not k] + [union]
    kept.sort(key=lambda c: (c.start, -c.end))
    result: list[_Candidate] = []
    for c in kept:
        if result and _overlaps(result[-1], c):
            if c.end - c.start > result[-1].end - result[-1].start:
                result[-1] = c
            continue
        result.append(c)
    return _complete_year_ranges(text, result)


def _complete_year_ranges(text: str, spans: list[_Candidate]) -> list[_Candidate]:
    """Add the bare end year of a year range that NER left out ("from 2009 to 2011")."""
    added = []
    for i, c in enumerate(spans):
        if not re.fullmatch(r"\d{4}", text[c.start : c.end]):
            continue
        m = RANGE_YEAR_END.match(text, c.end)
        if not m:
            continue
        group = "y4" if m.group("y4") else "y2"
        start, end = m.start(group), m.end(group)
        if i + 1 < len(spans) and spans[i + 1].start < end:
            continue
        added.append(_Candidate(start, end, text[start:end]))
    return sorted(spans + added, key=lambda c: c.start)


def _range_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index pairs of consecutive spans joined as a range: "from X to Y", "between X and Y", "X-Y"."""
    pairs: list[tuple[int, int]] = []
    for i in range(len(spans) - 1):
        (s1, e1), (s2, _) = spans[i], spans[i + 1]
        gap = text[e1:s2]
        if "\n" in gap or not RANGE_GAP.match(gap):
            continue
        if re.search(r"\band\b", gap, re.IGNORECASE) and not _BETWEEN_BEFORE.search(text[max(0, s1 - 12) : s1]):
            continue
        if pairs and pairs[-1][1] == i:
            continue  # one range at a time: "2009 to 2011 - 2014" is not two ranges
        pairs.append((i, i + 1))
    return pairs


# ==========================================================================
# Normalising the spans
# ==========================================================================


def _head(doc: Doc, c: _Candidate) -> Token | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _sentence_start(doc: Doc, token: Token | None) -> int:
    if token is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return 0
    return token.sent.start_char


def _span_tense(doc: Doc, c: _Candidate, head: Token | None) -> Tense | None:
    """The tense that decides a date's direction: that of a verb right before it
    ("said Wednesday the military will send", where the parse often attaches the
    date to the wrong clause), else :func:`clause_tense` of its head."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and span.start > 0:
        i = span.start - 1
        if doc[i].lower_ in DATE_PREPOSITIONS and i > 0:
            i -= 1
        prev = doc[i]
        if prev.tag_.startswith("VB") or prev.tag_ == "MD":
            reading = verb_tense(prev)
            if reading in ("past", "present", "future"):
                return reading  # type: ignore[return-value]
    return clause_tense(head) if head is not None else None


def find_dates(doc: Doc, published: dt.date | None, *, ago_as_date: bool = False) -> list[Mention]:
    """The time expressions of ``doc`` as date mentions, in text order, non-overlapping.

    Each mention carries character offsets into ``doc.text``, the TIMEX3 ``type``,
    ``value`` and ``mod``, normalised against ``published`` (the article's date)
    in the tense of its clause (:func:`clause_tense`). The second part of a range
    ("Thursday" in "from Monday to Thursday") is normalised relative to the
    first, and :func:`date_ranges` says which mentions pair up. Clock times take
    their day from a date in the same sentence ("Tuesday ... at 18:00 UTC");
    "three days later", "the next day" count from a day named in the same or
    the previous sentence. ``ago_as_date=True`` reads "two years ago" as one
    DATE (2017) instead of MEANTIME's DURATION "two years".
    """
    text = doc.text
    spans = _select(
        text,
        _ner_candidates(doc, text, ago_as_date),
        _finder_candidates(doc, text, ago_as_date),
        published,
        ago_as_date,
    )
    range_start = {j: i for i, j in _range_pairs(text, [(c.start, c.end) for c in spans])}
    heads = [_head(doc, c) for c in spans]

    values: list[Timex | None] = []
    tenses: list[Tense | None] = []
    for k, c in enumerate(spans):
        tense = _span_tense(doc, c, heads[k])
        tenses.append(tense)
        value = None
        if k in range_start and values[range_start[k]] is not None:
            value = timex.normalize_range_end(c.norm_text, values[range_start[k]], published, tense=tense)
        if value is None:
            value = timex.normalize(
                c.norm_text, _anaphoric_anchor(doc, spans, values, heads, k) or published, tense=tense
            )
        values.append(value)

    # Clock times without a day of their own take the nearest day named in their sentence.
    for k, (c, v) in enumerate(zip(spans, values)):
        bare = timex.normalize(c.norm_text, None) if v is not None and v.type == "TIME" else None
        if bare is None or not bare.value.startswith("XXXX-XX-XXT"):
            continue
        lo = _sentence_start(doc, heads[k])
        hi = heads[k].sent.end_char if heads[k] is not None and lo else len(text)
        days = [
            (abs(o.start - c.start), w.value[:10])
            for o, w in zip(spans, values)
            if w is not None and w.type == "DATE" and _DAY_VALUE.match(w.value) and lo <= o.start < hi
        ]
        if days:
            values[k] = timex.normalize(c.norm_text, dt.date.fromisoformat(min(days)[1]))

    return [
        Mention(
            start=c.start, end=c.end, text=text[c.start : c.end], kind="date", value=v.value, type=v.type, mod=v.mod
        )
        for c, v, h, tense in zip(spans, values, heads, tenses)
        if v is not None
        and not _adjectival_part_of_day(text[c.start : c.end], h)
        and not (tense == "future" and text[c.start : c.end].lower() == "now")  # "will now receive": "instead"
    ]


def _adjectival_part_of_day(span_text: str, head: Token | None) -> bool:
    """ "a late-night talk show", "daytime television": no time of any day."""
    return (
        head is not None
        and ADJECTIVAL_PART_OF_DAY.fullmatch(span_text) is not None
        and head.dep_ in ("amod", "compound", "nmod")
        and head.head.tag_.startswith("NN")
    )


def _anaphoric_anchor(
    doc: Doc, spans: list[_Candidate], values: list[Timex | None], heads: list[Token | None], k: int
) -> dt.date | None:
    """For "three days later" or "the next day": the last day named in the same or the
    previous sentence, if any (else they count from the publication date)."""
    if not ANAPHORIC.search(spans[k].norm_text) or k == 0:
        return None
    lo = _sentence_start(doc, heads[k - 1])
    for c, v in zip(reversed(spans[:k]), reversed(values)):
        if c.start < lo:
            break
        if v is not None and v.type == "DATE" and _DAY_VALUE.match(v.value):
            return dt.date.fromisoformat(v.value[:10])
    return None


def date_ranges(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` into ``mentions`` that form a range, start then end.

    "visiting from Monday to Thursday" pairs "Monday" with "Thursday"; also
    "between X and Y", "X-Y", "X through Y", "X until Y". Only DATE and TIME
    mentions pair up. ``mentions`` are date mentions of ``doc`` in text order,
    as :func:`find_dates` returns them.
    """
    spans = [(m.start, m.end) for m in mentions]
    return [
        (i, j)
        for i, j in _range_pairs(doc.text, spans)
        if mentions[i].type in ("DATE", "TIME") and mentions[j].type in ("DATE", "TIME")
    ]
