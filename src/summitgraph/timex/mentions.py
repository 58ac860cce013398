"""A Doc's time expressions as date mentions: find, select, normalise in the clause's tense.

Pure functions over a Doc that never change it (textacy style). Needs the
tagger and parser for tenses (without them every tense is None) and the NER;
the lemmatizer and attribute_ruler are not used.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from summitgraph.lexicon.time import PARTS_OF_DAY
from summitgraph.lexicon.time_relative import ANAPHORIC_DEMONSTRATIVES, ANAPHORIC_RELATIVES, ANAPHORIC_SIGNALS
from summitgraph.models import Mention, Tense, Timex
from summitgraph.timex.engine import normalize, normalize_range_end
from summitgraph.timex.find import finder_candidates, ner_candidates
from summitgraph.timex.patterns import either
from summitgraph.timex.ranges import range_pairs
from summitgraph.timex.select import select
from summitgraph.timex.tense import sentence_start, span_head, span_tense
from summitgraph.timex.trim import Candidate

__all__ = ["find_dates"]

# Expressions that count from the last day the text mentioned, not from the DCT:
# "three days later", "the next day", "the following morning", "that night".
ANAPHORIC: re.Pattern[str] = re.compile(
    rf"\b(?:{either(ANAPHORIC_SIGNALS)})$"
    rf"|^the (?:{either(ANAPHORIC_RELATIVES)}) (?:day|week|month|{either(PARTS_OF_DAY)})$"
    rf"|^(?:{either(ANAPHORIC_DEMONSTRATIVES)}) (?:day|{either(PARTS_OF_DAY)})$",
    re.IGNORECASE,
)
# Parts of the day used as adjectives: "a late-night talk show", "daytime television".
ADJECTIVAL_PART_OF_DAY: re.Pattern[str] = re.compile(
    r"(?:late[- ]night|daytime|night-?time|all-night|overnight|early-morning|late-morning)", re.IGNORECASE
)
# Dependencies of a modifier of a noun ("talk show" <- "late-night").
_NOUN_MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod"})
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def find_dates(doc: Doc, published: dt.date | None, *, ago_as_date: bool = False) -> list[Mention]:
    """The time expressions of ``doc`` as date mentions, in text order, non-overlapping.

    Each mention carries character offsets into ``doc.text``, the TIMEX3 ``type``,
    ``value`` and ``mod``, normalised against ``published`` (the article's date)
    in the tense of its clause (:func:`~summitgraph.syntax.clause_tense`). The second part of a range
    ("Thursday" in "from Monday to Thursday") is normalised relative to the
    first, and :func:`~summitgraph.timex.ranges.date_ranges` says which mentions pair up. Clock times take
    their day from a date in the same sentence ("Tuesday ... at 18:00 UTC");
    "three days later", "the next day" count from a day named in the same or
    the previous sentence. ``ago_as_date=True`` reads "two years ago" as one
    DATE (2017) instead of MEANTIME's DURATION "two years".
    """
    text = doc.text
    spans = select(
        text,
        ner_candidates(doc, text, ago_as_date),
        finder_candidates(doc, text, ago_as_date),
        published,
        ago_as_date,
    )
    range_start = {j: i for i, j in range_pairs(text, [(c.start, c.end) for c in spans])}
    heads = [span_head(doc, c) for c in spans]

    values: list[Timex | None] = []
    tenses: list[Tense | None] = []
    for k, c in enumerate(spans):
        tense = span_tense(doc, c, heads[k], text)
        tenses.append(tense)
        value = None
        if k in range_start and values[range_start[k]] is not None:
            value = normalize_range_end(c.norm_text, values[range_start[k]], published, tense=tense)
        if value is None:
            value = normalize(c.norm_text, _anaphoric_anchor(doc, spans, values, heads, k) or published, tense=tense)
        values.append(value)
    _clock_days(doc, text, spans, values, heads)

    return [
        Mention(
            start=c.start, end=c.end, text=text[c.start : c.end], kind="date", value=v.value, type=v.type, mod=v.mod
        )
        for c, v, h, tense in zip(spans, values, heads, tenses)
        if v is not None
        and not _adjectival_part_of_day(text[c.start : c.end], h)
        and not (tense == "future" and text[c.start : c.end].lower() == "now")  # "will now receive": "instead"
    ]


def _clock_days(
    doc: Doc, text: str, spans: list[Candidate], values: list[Timex | None], heads: list[Token | None]
) -> None:
    """Clock times without a day of their own take the nearest day named in their sentence
    ("It made its first flight Tuesday at 18:00 UTC"); ``values`` is updated in place."""
    for k, (c, v) in enumerate(zip(spans, values)):
        bare = normalize(c.norm_text, None) if v is not None and v.type == "TIME" else None
        if bare is None or not bare.value.startswith("XXXX-XX-XXT"):
            continue
        lo = sentence_start(doc, heads[k])
        hi = heads[k].sent.end_char if heads[k] is not None and lo else len(text)
        days = [
            (abs(o.start - c.start), w.value[:10])
            for o, w in zip(spans, values)
            if w is not None and w.type == "DATE" and _DAY_VALUE.match(w.value) and lo <= o.start < hi
        ]
        if days:
            values[k] = normalize(c.norm_text, dt.date.fromisoformat(min(days)[1]))


def _adjectival_part_of_day(span_text: str, head: Token | None) -> bool:
    """ "a late-night talk show", "daytime television": no time of any day."""
    return (
        head is not None
        and ADJECTIVAL_PART_OF_DAY.fullmatch(span_text) is not None
        and head.dep_ in _NOUN_MODIFIER_DEPS
        and head.head.tag_.startswith("NN")
    )


def _anaphoric_anchor(
    doc: Doc, spans: list[Candidate], values: list[Timex | None], heads: list[Token | None], k: int
) -> dt.date | None:
    """For "three days later" or "the next day": the last day named in the same or the
    previous sentence, if any (else they count from the publication date)."""
    if not ANAPHORIC.search(spans[k].norm_text) or k == 0:
        return None
    lo = sentence_start(doc, heads[k - 1])
    for c, v in zip(reversed(spans[:k]), reversed(values)):
        if c.start < lo:
            break
        if v is not None and v.type == "DATE" and _DAY_VALUE.match(v.value):
            return dt.date.fromisoformat(v.value[:10])
    return None
