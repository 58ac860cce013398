"""Choosing the time expressions among the candidates: merging, splitting, keeping the longest.

NER spans that are not a time expression as a whole are split (a range, a list
"June 17, two days") or cut down to the time expression inside them ("the same
period last year"); pattern matches replace, join or fill in around them. The
result does not overlap and is in text order.
"""

from __future__ import annotations

import datetime as dt
import re

from summitgraph.timex.engine import normalize
from summitgraph.timex.ranges import complete_year_ranges, split_range
from summitgraph.timex.trim import Candidate, trim

__all__ = ["is_timex", "select"]

# A bare plural unit ("days") is a time expression only where NER found it alone:
# cut out of a longer entity ("the old days") it is an era.
BARE_PLURAL: re.Pattern[str] = re.compile(r"(?:years|months|weeks|days|hours|minutes|decades)", re.IGNORECASE)
_SEPARATOR = re.compile(r"(,\s*|\s+(?:and|or)\s+)", re.IGNORECASE)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(a: Candidate, b: Candidate) -> bool:
    return a.start <= b.start and b.end <= a.end


def is_timex(c: Candidate, published: dt.date | None) -> bool:
    """Whether the candidate's text normalises at all."""
    return normalize(c.norm_text, published) is not None


def _parts(text: str, c: Candidate, ago_as_date: bool) -> list[Candidate]:
    """The parts of a span separated by commas, "and" or "or", each trimmed."""
    parts, offset = [], c.start
    for piece in _SEPARATOR.split(text[c.start : c.end]):
        if piece and not _SEPARATOR.fullmatch(piece):
            part = trim(text, offset, offset + len(piece), ago_as_date)
            if part:
                parts.append(part)
        offset += len(piece)
    return parts if len(parts) > 1 else []


def _longest_timex(text: str, c: Candidate, published: dt.date | None) -> Candidate | None:
    """The longest run of words of ``c`` that is a time expression, dropping only
    lower-case words at its edges ("the same period last year" -> "last year";
    "Black Monday" stays a name)."""
    words = list(re.finditer(r"\S+", text[c.start : c.end]))
    best: Candidate | None = None
    for i in range(len(words)):
        if i and words[i - 1].group(0)[0].isupper():
            break
        for j in range(len(words), i, -1):
            if j < len(words) and words[j].group(0)[0].isupper():
                break
            start, end = c.start + words[i].start(), c.start + words[j - 1].end()
            if j - i == len(words) or (best and best.end - best.start >= end - start):
                continue
            candidate = trim(text, start, end, ago_as_date=True)
            if candidate and not BARE_PLURAL.fullmatch(candidate.norm_text) and is_timex(candidate, published):
                best = candidate
    return best


def _from_ner(
    text: str, ner: list[Candidate], found: list[Candidate], published: dt.date | None, ago_as_date: bool
) -> list[Candidate]:
    """The NER candidates that are time expressions, or the time expressions inside them."""
    kept: list[Candidate] = []
    for c in ner:
        if is_timex(c, published):
            kept.append(c)
            continue
        # not a time expression as a whole: a range, several expressions ("June 17,
        # two days"), or one inside words that are not ("the same period last year");
        # "the age of 56" has none and is dropped
        parts = split_range(text, c, published) or [p for p in _parts(text, c, ago_as_date) if is_timex(p, published)]
        if not parts and not any(_contains(c, f) for f in found):
            best = _longest_timex(text, c, published)
            parts = [best] if best else []
        kept.extend(parts)
    return kept


def _with_found(text: str, kept: list[Candidate], found: list[Candidate], published: dt.date | None) -> list[Candidate]:
    """Pattern candidates replace the NER spans they contain ("Friday" + "morning" ->
    "Friday morning"), join those they overlap when the union is one expression,
    and fill what NER missed."""
    for f in sorted(found, key=lambda c: c.start - c.end):
        clashing = [k for k in kept if _overlaps(k, f)]
        if not clashing:
            kept.append(f)
        elif all(_contains(f, k) for k in clashing) and any((k.start, k.end) != (f.start, f.end) for k in clashing):
            kept = [k for k in kept if k not in clashing] + [f]
        elif len(clashing) == 1 and not _contains(clashing[0], f):
            k = clashing[0]
            start, end = min(k.start, f.start), max(k.end, f.end)
            union = Candidate(start, end, text[start:end])
            if is_timex(union, published):
                kept = [x for x in kept if x is not k] + [union]
    return kept


def _longest_first(kept: list[Candidate]) -> list[Candidate]:
    """In text order, of overlapping candidates the longer (the earlier when equal)."""
    kept.sort(key=lambda c: (c.start, -c.end))
    result: list[Candidate] = []
    for c in kept:
        if result and _overlaps(result[-1], c):
            if c.end - c.start > result[-1].end - result[-1].start:
                result[-1] = c
            continue
        result.append(c)
    return result


def select(
    text: str, ner: list[Candidate], found: list[Candidate], published: dt.date | None, ago_as_date: bool
) -> list[Candidate]:
    """Merge NER and pattern candidates into non-overlapping time expressions, in text order."""
    found = [f for f in found if is_timex(f, published)]
    kept = _with_found(text, _from_ner(text, ner, found, published, ago_as_date), found, published)
    return complete_year_ranges(text, _longest_first(kept))
