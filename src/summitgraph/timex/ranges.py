"""Date ranges: "from Monday to Thursday", "between 2014 and 2016", "March 5-8", "2014-16",
"a three-day visit starting Tuesday".

A range inside one span is split into its two ends (:func:`split_range`); the
bare end year that NER leaves out is added (:func:`complete_year_ranges`);
consecutive mentions joined by "to", "through", "-" or "between ... and" pair
up (:func:`range_pairs`, :func:`date_ranges`). The end of a range is normalised
relative to its start (:func:`~summitgraph.timex.engine.normalize_range_end`).
:func:`find_ranges` gives every range of a Doc with its start and end values,
including a duration counted from its first day ("a three-day visit starting
Tuesday" is Tuesday to Thursday).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc

from summitgraph.lexicon.time_modifiers import RANGE_CONNECTORS, RANGE_START_CUES, YEAR_RANGE_CONNECTORS
from summitgraph.models import DateRange, Mention
from summitgraph.timex.calendar import iso_week, start_date
from summitgraph.timex.engine import normalize, normalize_range_end
from summitgraph.timex.patterns import either
from summitgraph.timex.trim import Candidate

__all__ = ["complete_year_ranges", "date_ranges", "duration_end", "find_ranges", "range_pairs", "split_range"]

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
# What stands between a duration and the first day it is counted from: "a three-day
# visit starting Tuesday", "a two-week tour that begins on March 1", "three days from Monday".
DURATION_START_GAP: re.Pattern[str] = re.compile(
    rf"^\s*(?:[A-Za-z'\u2019-]+\s+){{0,5}}?(?:{either(RANGE_START_CUES)})\s+(?:on\s+|in\s+)?$", re.IGNORECASE
)
_COUNTED = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWMY])$")
_UNIT_ARGS = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
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


def duration_end(start: str, duration: str) -> str | None:
    """The TIMEX3 value of the last part of ``duration`` counted from ``start``, at
    ``start``'s granularity; None when they do not fit together.

    ``duration_end("2019-01-08", "P3D")`` is ``2019-01-10`` (Tuesday, Wednesday,
    Thursday); ``("2019-03", "P2M")`` -> ``2019-04``; ``("2019", "P5Y")`` ->
    ``2023``; ``("2019-W02", "P2W")`` -> ``2019-W03``; ``("2019", "P3D")`` -> None.
    """
    m = _COUNTED.match(duration)
    first = start_date(start)
    if m is None or first is None:
        return None
    n, unit = int(m.group("n")), m.group("unit")
    if re.match(r"\d{4}-\d{2}-\d{2}", start):
        return (first + relativedelta(**{_UNIT_ARGS[unit]: n}) - relativedelta(days=1)).isoformat()
    if re.fullmatch(r"\d{4}-W\d{2}", start) and unit == "W":
        return iso_week(first + relativedelta(weeks=n - 1))
    if re.fullmatch(r"\d{4}-\d{2}", start) and unit in "MY":
        last = first + relativedelta(months=n * (12 if unit == "Y" else 1) - 1)
        return f"{last.year:04d}-{last.month:02d}"
    if re.fullmatch(r"\d{4}", start) and unit == "Y":
        return f"{first.year + n - 1:04d}"
    return None


def _anchored_durations(text: str, mentions: list[Mention], taken: set[int]) -> list[DateRange]:
    """Durations followed by the day they start on: "a three-day visit starting Tuesday"."""
    found = []
    for k in range(len(mentions) - 1):
        duration, first = mentions[k], mentions[k + 1]
        if duration.type != "DURATION" or first.type not in _RANGE_TYPES or k + 1 in taken:
            continue
        gap = text[duration.end : first.start]
        if "\n" in gap or not DURATION_START_GAP.match(gap) or not duration.value or not first.value:
            continue
        end = duration_end(first.value.split("T")[0], duration.value)
        if end is not None:
            found.append(DateRange(start=first.value.split("T")[0], end=end, start_mention=k + 1, duration_mention=k))
    return found


def find_ranges(doc: Doc, mentions: list[Mention]) -> list[DateRange]:
    """Every range of ``doc`` with its start and end values, in text order.

    ``mentions`` are the date mentions of ``doc`` as
    :func:`~summitgraph.timex.mentions.find_dates` returns them. "visiting from
    Monday to Thursday" (an article of Tuesday 2019-01-08) gives start
    ``2019-01-07``, end ``2019-01-10``, ``start_mention`` and ``end_mention``
    the indexes of "Monday" and "Thursday"; "between 2014 and 2016" gives
    ``2014`` to ``2016``; "a three-day visit starting Tuesday" gives
    ``2019-01-08`` to ``2019-01-10``, with ``duration_mention`` the index of
    "three-day" and no ``end_mention``.
    """
    pairs = date_ranges(doc, mentions)
    found = [
        DateRange(start=mentions[i].value, end=mentions[j].value, start_mention=i, end_mention=j)
        for i, j in pairs
        if mentions[i].value and mentions[j].value
    ]
    found += _anchored_durations(doc.text, mentions, {i for pair in pairs for i in pair})
    return sorted(found, key=lambda r: r.start_mention)
