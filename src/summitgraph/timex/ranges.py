"""Date ranges: "from Monday to Thursday", "between 2014 and 2016", "March 5-8", "2014-16".

A range inside one span is split into its two ends (:func:`split_range`); the
bare end year that NER leaves out is added (:func:`complete_year_ranges`);
consecutive mentions joined by "to", "through", "-" or "between ... and" pair
up (:func:`range_pairs`, :func:`date_ranges`). The end of a range is normalised
relative to its start (:func:`~summitgraph.timex.engine.normalize_range_end`).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from summitgraph.lexicon.time_modifiers import RANGE_CONNECTORS, YEAR_RANGE_CONNECTORS
from summitgraph.models import Mention
from summitgraph.timex.engine import normalize, normalize_range_end
from summitgraph.timex.patterns import either
from summitgraph.timex.trim import Candidate

__all__ = ["complete_year_ranges", "date_ranges", "range_pairs", "split_range"]

_CONNECTOR = either(RANGE_CONNECTORS)
# The two ends of a range inside one span: "between 2014 and 2016", "March 5-8", "2008-09".
RANGE_IN_SPAN: re.Pattern[str] = re.compile(
    r"^(?:(?P<between>between)\s+|from\s+)?(?P<a>.+?)\s*(?:(?<=\S)[-\u2013\u2014](?=\S)"
    rf"|\s(?:-|\u2013|\u2014|{_CONNECTOR})\s)\s*(?P<b>.+)$",
    re.IGNORECASE,
)
# What may stand between the two mentions of a range ("and" only after "between").
RANGE_GAP: re.Pattern[str] = re.compile(rf"^\s*(?:-|\u2013|\u2014|{_CONNECTOR})\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# The bare end year of a year range, which NER often leaves out: "from 2009 to 2011", "2014-16".
RANGE_YEAR_END: re.Pattern[str] = re.compile(
    rf"\s*(?:(?:{either(YEAR_RANGE_CONNECTORS)}|-|\u2013)\s*(?P<y4>\d{{4}})|[-\u2013](?P<y2>\d{{2}}))"
    r"(?![\w%]|[.,-]\d)",
    re.IGNORECASE,
)
# Mention types that pair up as the ends of a range.
_RANGE_TYPES = frozenset({"DATE", "TIME"})


def split_range(text: str, c: Candidate, published: dt.date | None) -> list[Candidate] | None:
    """The two ends of a span that is a range ("between 2014 and 2016", "March 5-8")."""
    piece = text[c.start : c.end]
    m = RANGE_IN_SPAN.match(piece)
    if not m:
        return None
    if m.group("between") is None and re.search(r"\band\b", piece[m.end("a") : m.start("b")], re.IGNORECASE):
        return None  # "X and Y" is a range only after "between"
    a = Candidate(c.start + m.start("a"), c.start + m.end("a"), m.group("a"))
    b = Candidate(c.start + m.start("b"), c.start + m.end("b"), m.group("b"))
    first = normalize(a.norm_text, published)
    unit = re.search(r"[a-z]+s?$", b.norm_text, re.IGNORECASE)
    if first is None and unit and re.fullmatch(r"[\d.]+|[a-z-]+", a.norm_text, re.IGNORECASE):
        # "three to five years": the first number shares the second one's unit
        a.norm_text = f"{a.norm_text} {unit.group(0)}"
        first = normalize(a.norm_text, published)
    if first is None:
        return None
    # the second end may have taken words after it ("between 2014 and 2016 six")
    while normalize_range_end(b.norm_text, first, published) is None:
        shorter = re.match(r"(.*\S)\s+\S+$", b.norm_text)
        if not shorter:
            return None
        b = Candidate(b.start, b.start + len(shorter.group(1)), shorter.group(1))
    return [a, b]


def complete_year_ranges(text: str, spans: list[Candidate]) -> list[Candidate]:
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
        added.append(Candidate(start, end, text[start:end]))
    return sorted(spans + added, key=lambda c: c.start)


def range_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def date_ranges(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` into ``mentions`` that form a range, start then end.

    "visiting from Monday to Thursday" pairs "Monday" with "Thursday"; also
    "between X and Y", "X-Y", "X through Y", "X until Y". Only DATE and TIME
    mentions pair up. ``mentions`` are date mentions of ``doc`` in text order,
    as :func:`~summitgraph.timex.mentions.find_dates` returns them.
    """
    spans = [(m.start, m.end) for m in mentions]
    return [
        (i, j)
        for i, j in range_pairs(doc.text, spans)
        if mentions[i].type in _RANGE_TYPES and mentions[j].type in _RANGE_TYPES
    ]
