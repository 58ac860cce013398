"""Time expressions of a spaCy Doc, normalised to TIMEX3 against the publication date.

Pure functions over a Doc that never change it (textacy style):

- :func:`clause_tense` - the tense of the clause governing a token;
- :func:`find_dates` - the article's date mentions with TIMEX3 type, value and mod;
- :func:`date_ranges` - which of those mentions form a range ("from Monday to Thursday").

Spans follow the MEANTIME (NewsReader TimeML) conventions: the determiner is part
of the span ("the past decade"), prepositions are not ("on Tuesday" -> "Tuesday"),
nor are comparatives ("more than a week" -> "a week"); in "two years ago" only the
duration "two years" is a time expression, "ago" being a signal (pass
``ago_as_date=True`` for the TimeBank reading, a DATE "two years ago" -> 2017).

Candidates come from spaCy's DATE and TIME entities, trimmed, split and merged,
and from regular expressions for what the statistical model misses ("now",
"recently", "Friday morning", "New Year's Day", "7/8/07", clock times).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from summitgraph import timex
from summitgraph.models import Mention, Timex

Tense = Literal["past", "present", "future"]

# --------------------------------------------------------------------------
# Tense of a clause
# --------------------------------------------------------------------------

# Modal auxiliaries that put the clause in the future ("will meet", "would be released").
FUTURE_MODALS: frozenset[str] = frozenset({"will", "'ll", "ll", "shall", "wo", "would", "'d"})

# Modals of possibility: future with a bare verb ("may visit"), past with a perfect
# ("may have been").
POSSIBILITY_MODALS: frozenset[str] = frozenset({"may", "might", "could", "should", "must", "ought"})

# Verbs and adjectives that make a following "to"-infinitive refer to the future:
# "was expected to meet Tuesday", "is set to begin on Wednesday", "plans to visit".
FUTURE_CONTROLLERS: frozenset[str] = frozenset({
    "expected", "expect", "expects", "expecting", "set", "scheduled", "due", "slated",
    "planned", "plan", "plans", "planning", "going", "intend", "intends", "intended",
    "intending", "aim", "aims", "aimed", "aiming", "poised", "likely", "unlikely",
    "supposed", "about", "ready", "preparing", "prepared", "hope", "hopes", "hoping",
    "want", "wants", "wanted", "wish", "wishes", "seek", "seeks", "seeking", "sought",
    "is", "are", "was", "were", "be", "'s", "'re", "am",
})

# Forms of "have" that make a past participle a present perfect, which counts as past.
HAVE_FORMS: frozenset[str] = frozenset({"has", "have", "'ve", "'s", "having"})


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the dependency tree."""
    current = token
    while True:
        if current.tag_.startswith("VB") or current.tag_ == "MD":
            return current
        if current.head.i == current.i:
            return None
        current = current.head


def _verb_tense(verb: Token) -> Tense | Literal["inherit"] | None:
    """The tense one verb's own form and auxiliaries give, or "inherit" from its head."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "MD":
        words.add(verb.lower_)
    if words & FUTURE_MODALS:
        return "future"
    if words & POSSIBILITY_MODALS:
        return "past" if words & HAVE_FORMS else "future"
    if words & {"can", "ca"}:
        return "present"
    if "to" in words:
        if verb.head.i != verb.i and verb.head.lower_ in FUTURE_CONTROLLERS:
            return "future"
        if verb.dep_ in ("relcl", "acl"):
            return "future"  # "an event to be held on October 12"
        return "inherit"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and words & HAVE_FORMS:
        return "past"  # present perfect: "has met"
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.dep_ == "conj" or verb.tag_ == "VBG":
        return "inherit"  # "will arrive and meet", "visiting from Monday to Thursday"
    if verb.tag_ == "VBN":
        return "inherit" if verb.dep_ in ("xcomp", "ccomp") else "past"  # "the deal signed Monday"
    return None


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause governing ``token``: "past", "present", "future" or None.

    Walks up the dependency tree to the governing verb and reads its form and
    auxiliaries (``tag_``, ``dep_`` and lower-case forms only, so it works with the
    lemmatizer and attribute_ruler disabled):

    - future: "will"/"shall"/"would" ("will meet", "would be released"); a
      possibility modal with a bare verb ("may visit"); a "to"-infinitive under an
      expectation or plan ("was expected to meet", "is set to begin", "plans to",
      "is going to", "is to");
    - past: a past-tense verb or auxiliary ("met", "was meeting", "had met", "did"),
      a present perfect ("has met"), a modal perfect ("may have been"), a bare past
      participle ("the deal signed Monday");
    - present: a present-tense verb or auxiliary ("meets", "is visiting");
    - participles, infinitives and second conjuncts without auxiliaries of their
      own take the tense of the verb they depend on ("left ... accompanied by",
      "pledged to work").

    None when no verb governs the token (headline fragments, captions) or the
    governing verb is a bare imperative.
    """
    verb = _governing_verb(token)
    seen = 0
    while verb is not None and seen < 12:
        tense = _verb_tense(verb)
        if tense != "inherit":
            return tense
        if verb.head.i == verb.i:
            return None
        verb = _governing_verb(verb.head)
        seen += 1
    return None


# --------------------------------------------------------------------------
# Finding candidate spans
# --------------------------------------------------------------------------


def _capitalised(words: object) -> str:
    return "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))  # type: ignore[attr-defined]


_FULL_MONTHS = [m for m in timex.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBREVIATED_MONTHS = [m for m in timex.MONTHS if m not in _FULL_MONTHS]
_MON = rf"(?:{_capitalised(_FULL_MONTHS)}|(?:{_capitalised(_ABBREVIATED_MONTHS)})\.)"
# Before a day number an abbreviation needs no dot ("Aug 2, 2013", "Dec.14").
_MON_D = rf"(?:(?:{_capitalised(_FULL_MONTHS)}) |(?:{_capitalised(_ABBREVIATED_MONTHS)})(?:\. ?| ))"
_WD = rf"(?:{_capitalised([w for w in timex.WEEKDAYS if len(w) > 5])})"
_WD_ABBR = rf"(?:{_WD}|(?:{_capitalised([w for w in timex.WEEKDAYS if len(w) <= 5])})\.?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YR = r"(?:1[5-9]\d\d|20\d\d)"
_NUMWORD = "|".join(sorted(timex.NUMBER_WORDS, key=len, reverse=True))
_QTY = rf"(?:\d+(?:\.\d+)?|(?:{_NUMWORD})(?:-(?:{_NUMWORD}))?)"
_CAL_UNIT = r"(?:year|month|week|day|hour|minute|decade|quarter|centur(?:y|ie))"
_POD = r"(?:morning|afternoon|evening|night)"
_ZONE = r"(?: (?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|BST|CET|CEST|JST|KST)\b)?(?: ?\((?:UTC|GMT) ?[+-] ?\d{1,2}(?::?\d{2})?\))?"

# Regular expressions for time expressions that spaCy's NER misses or cuts badly.
# Each is matched over the whole text; month and weekday names must be capitalised
# so that "may" and "march" the verbs are not taken for months.
FINDER_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    # numeric dates: 2008-03-01, 03/01/2008, 7/8/07
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    # month and day, with weekday and year: "Tuesday, March 1, 2008", "the 5th of March"
    rf"\b(?:{_WD_ABBR},? )?{_MON_D}{_DAY}\b(?:,? {_YR}\b)?",
    rf"\b(?:{_WD},? )?(?:the )?{_DAY} (?:of )?{_MON}(?:,? {_YR}\b)?",
    rf"\b{_MON},? (?:of )?{_YR}\b",
    # weekday or deictic day with a part of the day: "Friday morning", "late Monday night"
    rf"\b(?:(?:[Ee]arly|[Ll]ate) )?{_WD}(?: {_POD})?\b",
    rf"\b(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast|[Tt]oday) {_POD}\b|\b[Tt]onight\b",
    r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b",
    # clock times: "3 p.m.", "6:40 p.m. (GMT +8)", "18:00 UTC", "noon"
    rf"\b\d{{1,2}}(?:[:.]\d{{2}})? ?(?:[ap]\.m\.|[AaPp][Mm]\b){_ZONE}",
    rf"\b(?:[01]?\d|2[0-3]):[0-5]\d\b{_ZONE}",
    # reference adverbs: now, currently, recently ("now-defunct" is not one)
    r"(?i:\b(?:now|currently|presently|nowadays|(?:more |most )?recently|lately)\b)(?!-| that\b)",
    r"(?<=\b[Ii]n )the (?:past|(?:near |distant )?future)(?=\s*[,.;:!?)]|\s+(?:and|or|but|when|as|if|because)\b)",
    # holidays ("Lunar New Year" is not January 1)
    r"(?<!Lunar )(?<!Chinese )\bNew Year(?:'s|\u2019s)?(?: Day| Eve)?\b|\bChristmas(?: Day| Eve)?\b(?! Island)"
    r"|\bThanksgiving(?: Day)?\b|\bEaster(?: Sunday| Monday)?\b|\bGood Friday\b|\bHalloween\b"
    r"|\bValentine(?:'s|\u2019s) Day\b|\bMemorial Day\b|\bLabor Day\b|\bVeterans Day\b|\bBoxing Day\b",
    # durations written in words, which NER often misses: "almost two and a half years"
    rf"(?i:\b(?:(?:about|around|almost|nearly|approximately|some) )?(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))*(?: and a half)? {_CAL_UNIT}s?\b)"
    rf"|(?i:\b(?:a|an|one) {_CAL_UNIT} and a half\b)",
    # adjectival durations: "fifty-year", "27-year", "12-hour", "decades-long"
    rf"(?i:\b{_QTY}-{_CAL_UNIT}s?(?:-old|-long)?\b|\b(?:decade|year|month|week|day|hour)s-long\b)",
    # relative calendar expressions: "this year('s)", "earlier this month", "the past two years"
    rf"\b(?i:(?:earlier |later |early |late )?(?:this|last|next)) (?:week(?:end)?|month|year|quarter|decade|century|spring|summer|autumn|fall|winter|{_WD}|{_MON})\b",
    rf"\b[Tt]he (?:past|last|next|coming|previous|following|first) (?:(?:{_QTY}|few|several|couple of) )?{_CAL_UNIT}s?\b",
    r"\b[Tt]he (?:beginning|start|middle|end|close) of (?:the|this|last|next) (?:week|month|year|quarter|decade)\b",
    rf"\b[Tt]he (?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of {_YR})?\b|\bQ[1-4](?: {_YR})?\b",
    rf"\b[Tt]he (?:first|second|1st|2nd) half(?: of {_YR})?\b",
    # frequencies: "every year", "twice a week"
    rf"\b(?i:every|each)(?: other)?(?: {_QTY})? (?:{_CAL_UNIT}s?|{_WD})\b|\b(?:once|twice|{_QTY} times) (?:a|an|per|every) {_CAL_UNIT}\b",
))

# Words at the start of an entity that MEANTIME leaves out of the time expression.
LEADING_TRIM: re.Pattern[str] = re.compile(
    r"^(?:(?:just|only|(?:a little |just |well )?(?:more than|less than|over|under)|fewer than|at least|up to|within|by|on|in|at|"
    r"since|from|until|till|to|during|for|of|as of|with|after|before|its|his|her|their|our)\s+)+",
    re.IGNORECASE,
)
# "over the years" keeps its "over" (MEANTIME), other "over"s are comparatives.
_KEEP_OVER = re.compile(r"^over the (?:years|decades|months|weeks|centuries)\b", re.IGNORECASE)
# Trailing possessives and punctuation are not part of a span.
TRAILING_TRIM: re.Pattern[str] = re.compile(r"(?:'s|\u2019s|['\u2019]|[\s,.;:!?\"()\[\]-])+$")
# A quantity of things before a frequency ("15 a year") is not part of the SET.
_COUNT_BEFORE_SET = re.compile(r"^[\d,.]+\s+(?=(?:a|an|per)\s+\w+$)", re.IGNORECASE)
# Durations with "ago" (MEANTIME annotates the duration; "ago" is a signal).
_AGO = re.compile(r"\s+ago$", re.IGNORECASE)
# Parts of a range inside one span: "between 2014 and 2016", "March 5-8", "Monday to Thursday".
_RANGE_IN_SPAN = re.compile(
    r"^(?:(?P<between>between)\s+|from\s+)?(?P<a>.+?)\s*(?:(?<=\S)[-\u2013\u2014](?=\S)|\s(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s)\s*(?P<b>.+)$",
    re.IGNORECASE,
)
# What may stand between the two mentions of a range, and what must come before the first.
_RANGE_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A bare year or two-digit year completing a range whose first part is a year ("from 2009 to 2011").
_RANGE_YEAR_END = re.compile(r"\s*(?:-|\u2013|to|through|until|and)\s*(\d{4}|\d{2})\b", re.IGNORECASE)
# A span with "later"/"earlier" after a duration counts from the last date mentioned.
_ANAPHORIC = re.compile(r"\b(?:later|earlier|after|before)$", re.IGNORECASE)


# Entity labels of names, inside which a weekday or month is part of the name.
NAME_LABELS: frozenset[str] = frozenset({
    "PERSON", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "NORP", "GPE", "LOC",
})
# ... except the year in the name of an event or an organisation's meeting
# ("the 2008 Beijing Olympic Games", "WWDC 2005"), which is a date.
YEAR_NAME_LABELS: frozenset[str] = frozenset({"EVENT", "ORG"})
NAME_YEAR: re.Pattern[str] = re.compile(r"(?<![\w.,$#-])(?:19|20)\d\d(?![\w%.,-]|\.\d)")
# "his 60s", "her early thirties": ages, not decades.
AGE_DECADE: re.Pattern[str] = re.compile(
    r"^(?:his|her|their|my|your|its)\s+(?:early\s+|mid-?|late\s+)?(?:\d0s|\w+ties)$", re.IGNORECASE
)

# Holiday names that end in "'s" ("New Year's"): their "'s" is no possessive.
_NAMES_WITH_S = frozenset(n for n in timex.FIXED_HOLIDAYS if n.endswith("'s"))


@dataclass
class _Candidate:
    """A span under consideration: character offsets and the text to normalise."""

    start: int
    end: int
    norm_text: str
    from_ner: bool = False


def _trim(text: str, start: int, end: int, ago_as_date: bool) -> tuple[int, int, str] | None:
    """Trim one span to MEANTIME's extent; returns (start, end, text to normalise)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    piece = stripped
    if not _KEEP_OVER.match(piece):
        m = LEADING_TRIM.match(piece)
        if m:
            start += m.end()
            piece = piece[m.end():]
    m = TRAILING_TRIM.search(piece)
    if m and not re.search(r"[ap]\.m\.$|\)$", piece, re.IGNORECASE):
        kept = piece[: m.start()]
        if re.sub(r"\u2019", "'", piece[: m.start() + 2]).lower() in _NAMES_WITH_S:
            kept = piece[: m.start() + 2]  # "New Year's" is a name, not a possessive
        piece = kept
    norm_text = piece
    m = _COUNT_BEFORE_SET.match(piece)
    if m:
        start += m.end()
        piece = piece[m.end():]
    if not ago_as_date:
        m = _AGO.search(piece)
        if m:
            piece = piece[: m.start()]
            norm_text = piece
    if not piece:
        return None
    return start, start + len(piece), norm_text


def _ner_candidates(doc: Doc, ago_as_date: bool) -> list[_Candidate]:
    found = []
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if AGE_DECADE.match(ent.text):
            continue
        # An entity never crosses a line: headlines and datelines are lines of their own.
        offset = ent.start_char
        for line in re.split(r"(\n+)", text[ent.start_char:ent.end_char]):
            if line and not line.startswith("\n"):
                trimmed = _trim(text, offset, offset + len(line), ago_as_date)
                if trimmed:
                    found.append(_Candidate(*trimmed, from_ner=True))
            offset += len(line)
    return found


def _finder_candidates(doc: Doc, ago_as_date: bool) -> list[_Candidate]:
    text = doc.text
    names = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    found = []
    for pattern in FINDER_PATTERNS:
        for m in pattern.finditer(text):
            trimmed = _trim(text, m.start(), m.end(), ago_as_date)
            if not trimmed:
                continue
            start, end, _ = trimmed
            # "Black Monday", "Monday Night Football": a weekday inside a name is no date
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in names):
                continue
            found.append(_Candidate(*trimmed))
    # Years inside the names of events and organisations: "the 2013 Academy Awards".
    for a, b, label in names:
        if label not in YEAR_NAME_LABELS:
            continue
        for m in NAME_YEAR.finditer(text, a, b):
            found.append(_Candidate(m.start(), m.end(), m.group(0)))
    return found


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(a: _Candidate, b: _Candidate) -> bool:
    return a.start <= b.start and b.end <= a.end


def _is_timex(c: _Candidate, published: dt.date | None) -> bool:
    return timex.normalize(c.norm_text, published) is not None


def _split_range(text: str, c: _Candidate) -> list[_Candidate] | None:
    """Split a span that is a range ("between 2014 and 2016", "March 5-8") into its two ends."""
    piece = text[c.start:c.end]
    m = _RANGE_IN_SPAN.match(piece)
    if not m:
        return None
    a = _Candidate(c.start + m.start("a"), c.start + m.end("a"), m.group("a"))
    b = _Candidate(c.start + m.start("b"), c.start + m.end("b"), m.group("b"))
    if m.group("between") is None and re.search(r"\band\b", piece[m.end("a"):m.start("b")], re.IGNORECASE):
        return None  # "X and Y" is only a range after "between"
    first = timex.normalize(a.norm_text, None)
    if first is None and re.fullmatch(r"\d+(?:\.\d+)?|[a-z-]+", a.norm_text, re.IGNORECASE):
        # "three to five years": the first number shares the second part's unit
        unit = re.search(r"[a-z]+s?$", b.norm_text, re.IGNORECASE)
        if unit and timex.normalize(f"{a.norm_text} {unit.group(0)}", None):
            a.norm_text = f"{a.norm_text} {unit.group(0)}"
            first = timex.normalize(a.norm_text, None)
    if first is None:
        return None
    if timex.normalize_range_end(b.norm_text, first, None) is None and timex.normalize(b.norm_text, None) is None:
        return None
    return [a, b]


def _comma_parts(text: str, c: _Candidate, ago_as_date: bool) -> list[_Candidate]:
    """The parts of a span separated by commas, "and" or "or", each trimmed."""
    parts, offset = [], c.start
    for piece in re.split(r"(,\s*|\s+(?:and|or)\s+)", text[c.start:c.end]):
        if piece and not re.fullmatch(r",\s*|\s+(?:and|or)\s+", piece):
            trimmed = _trim(text, offset, offset + len(piece), ago_as_date)
            if trimmed:
                parts.append(_Candidate(*trimmed, from_ner=True))
        offset += len(piece)
    return parts if len(parts) > 1 else []


def _longest_timex(text: str, c: _Candidate, published: dt.date | None) -> _Candidate | None:
    """The longest run of words of ``c`` that is a time expression, dropping only
    lower-case words at its edges ("Black Monday" stays a name)."""
    words = list(re.finditer(r"\S+", text[c.start:c.end]))
    best: _Candidate | None = None
    for i in range(len(words)):
        if i and not words[i - 1].group(0).islower():
            break
        for j in range(len(words), i, -1):
            if j < len(words) and not words[j].group(0).islower():
                break
            if (j - i) == len(words) or (best and best.end - best.start >= words[j - 1].end() - words[i].start()):
                continue
            cand = _Candidate(c.start + words[i].start(), c.start + words[j - 1].end(),
                              text[c.start + words[i].start():c.start + words[j - 1].end()])
            if _is_timex(cand, published):
                best = cand
    return best


def _select(
    text: str, ner: list[_Candidate], found: list[_Candidate], published: dt.date | None, ago_as_date: bool
) -> list[_Candidate]:
    """Merge NER and pattern candidates into non-overlapping time expressions."""
    found = [c for c in found if _is_timex(c, published)]
    kept: list[_Candidate] = []
    for c in ner:
        inside = [f for f in found if _contains(c, f)]
        whole = _is_timex(c, published)
        if whole:
            kept.append(c)
            continue
        parts = _split_range(text, c)
        if parts:
            kept.extend(parts)
        elif not whole:
            # two expressions in one entity ("June 17, two days"): keep the parts that
            # are time expressions; else the longest part that is one ("the same
            # period last year"); "the age of 56" has none and is dropped
            parts = [p for p in _comma_parts(text, c, ago_as_date) if _is_timex(p, published)]
            if not parts and not inside:
                best = _longest_timex(text, c, published)
                parts = [best] if best else []
            kept.extend(parts)
    # Pattern candidates win over the NER spans they contain ("Friday" + "morning"
    # -> "Friday morning") and fill what NER missed.
    for f in sorted(found, key=lambda c: c.start - c.end):
        clashing = [k for k in kept if _overlaps(k, f)]
        if not clashing:
            kept.append(f)
        elif all(_contains(f, k) for k in clashing) and any((k.start, k.end) != (f.start, f.end) for k in clashing):
            for k in clashing:
                kept.remove(k)
            kept.append(f)
        elif len(clashing) == 1 and not _contains(clashing[0], f):
            k = clashing[0]
            union = _Candidate(min(k.start, f.start), max(k.end, f.end), text[min(k.start, f.start):max(k.end, f.end)])
            if _is_timex(union, published):
                kept.remove(k)
                kept.append(union)
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
        if not re.fullmatch(r"\d{4}", text[c.start:c.end]):
            continue
        m = _RANGE_YEAR_END.match(text, c.end)
        if not m:
            continue
        start, end = m.start(1), m.end(1)
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and nxt.start < end:
            continue
        added.append(_Candidate(start, end, text[start:end]))
    return sorted(spans + added, key=lambda c: c.start)


def _range_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index pairs of consecutive spans joined as a range: "from X to Y", "between X and Y", "X-Y"."""
    pairs = []
    for i in range(len(spans) - 1):
        (s1, e1), (s2, e2) = spans[i], spans[i + 1]
        gap = text[e1:s2]
        if "\n" in gap or not _RANGE_GAP.match(gap):
            continue
        if re.search(r"\band\b", gap, re.IGNORECASE) and not _BETWEEN_BEFORE.search(text[max(0, s1 - 12):s1]):
            continue
        if pairs and pairs[-1][1] == i:
            continue  # "2009 to 2011, then between 2014 and 2016": one range at a time
        pairs.append((i, i + 1))
    return pairs


# --------------------------------------------------------------------------
# Normalising the spans
# --------------------------------------------------------------------------


def _head(doc: Doc, start: int, end: int) -> Token | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _sentence_bounds(doc: Doc, token: Token | None) -> tuple[int, int]:
    if token is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return 0, len(doc.text)
    sent = token.sent
    return sent.start_char, sent.end_char


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _span_tense(doc: Doc, c: _Candidate, head: Token | None) -> Tense | None:
    """The tense that decides a date's direction: that of a verb right before it
    ("said Wednesday the military will send"), where the parse often attaches the
    date to the wrong clause, else :func:`clause_tense` of its head."""
    before = doc.char_span(c.start, c.end, alignment_mode="expand")
    if before is not None and before.start > 0:
        prev = doc[before.start - 1]
        if prev.lower_ in ("on", "last", "this", "next"):
            prev = doc[before.start - 2] if before.start > 1 else prev
        if prev.tag_.startswith("VB") or prev.tag_ == "MD":
            tense = _verb_tense(prev)
            if tense in ("past", "present", "future"):
                return tense  # type: ignore[return-value]
    return clause_tense(head) if head is not None else None


def find_dates(doc: Doc, published: dt.date | None, *, ago_as_date: bool = False) -> list[Mention]:
    """The time expressions of ``doc`` as date mentions, in text order, non-overlapping.

    Each mention carries character offsets into ``doc.text``, the TIMEX3 ``type``,
    ``value`` and ``mod``, normalised against ``published`` (the article's date)
    in the tense of its clause (:func:`clause_tense`). The second part of a range
    ("Thursday" in "from Monday to Thursday") is normalised relative to the first;
    :func:`date_ranges` says which mentions pair up. Clock times take their day
    from a date in the same sentence ("Tuesday ... at 18:00 UTC").
    """
    text = doc.text
    ner = _ner_candidates(doc, ago_as_date)
    found = _finder_candidates(doc, ago_as_date)
    spans = _select(text, ner, found, published, ago_as_date)
    pairs = dict((j, i) for i, j in _range_pairs(text, [(c.start, c.end) for c in spans]))

    values: list[Timex | None] = []
    heads = [_head(doc, c.start, c.end) for c in spans]
    for k, c in enumerate(spans):
        tense = _span_tense(doc, c, heads[k])
        value: Timex | None = None
        if k in pairs and values[pairs[k]] is not None:
            value = timex.normalize_range_end(c.norm_text, values[pairs[k]], published, tense=tense)
        anchor = published
        if value is None and _ANAPHORIC.search(c.norm_text):
            # "three days later": count from a day named just before, if any
            lo = _sentence_bounds(doc, heads[k - 1] if k else None)[0] if k else c.start
            last_day = next((v.value for o, v in zip(reversed(spans[:k]), reversed(values))
                             if v and v.type == "DATE" and _DAY_VALUE.match(v.value) and o.start >= lo), None)
            if last_day:
                anchor = dt.date.fromisoformat(last_day[:10])
        if value is None:
            value = timex.normalize(c.norm_text, anchor, tense=tense)
        values.append(value)

    # Clock times without a day of their own take the day of a date in their sentence.
    for k, (c, v) in enumerate(zip(spans, values)):
        if v is None or v.type != "TIME":
            continue
        bare = timex.normalize(c.norm_text, None)
        if bare is None or not bare.value.startswith("XXXX-XX-XXT"):
            continue
        lo, hi = _sentence_bounds(doc, heads[k])
        days = [(abs(o.start - c.start), w.value[:10]) for o, w in zip(spans, values)
                if w is not None and w.type == "DATE" and _DAY_VALUE.match(w.value) and lo <= o.start < hi and o is not c]
        if days:
            anchor = dt.date.fromisoformat(min(days)[1])
            values[k] = timex.normalize(c.norm_text, anchor, tense=None)

    mentions = []
    for c, v in zip(spans, values):
        if v is None:
            continue
        mentions.append(Mention(start=c.start, end=c.end, text=text[c.start:c.end], kind="date",
                                value=v.value, type=v.type, mod=v.mod))
    return mentions


def date_ranges(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` into ``mentions`` that form a range, start then end.

    "visiting from Monday to Thursday" gives the pair of "Monday" and "Thursday";
    also "between X and Y", "X-Y", "X through Y", "X until Y". Only DATE and TIME
    mentions pair up. ``mentions`` are date mentions of ``doc`` in text order, as
    :func:`find_dates` returns them.
    """
    spans = [(m.start, m.end) for m in mentions]
    return [(i, j) for i, j in _range_pairs(doc.text, spans)
            if mentions[i].type in ("DATE", "TIME") and mentions[j].type in ("DATE", "TIME")]
