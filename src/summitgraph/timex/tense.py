"""The tense that decides which way a date points: "Monday" in "met on Monday" is the
Monday before the publication date, in "will meet on Monday" the one after.

The tense of a clause is :func:`summitgraph.syntax.clause_tense`; here is only
which verb a date span takes it from. Without a parse every tense is None.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from summitgraph.lexicon.time_modifiers import DATE_PREPOSITIONS, FORWARD_CUES
from summitgraph.models import Tense
from summitgraph.syntax import clause_tense, verb_tense
from summitgraph.timex.trim import Candidate

__all__ = ["sentence_start", "span_head", "span_tense"]

_READINGS: frozenset[str] = frozenset({"past", "present", "future"})
# "ahead of Monday's meeting", "in the run-up to the Sunday vote": a forward cue right before the date.
_FORWARD_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in FORWARD_CUES) + r")(?:\s+the)?\s*$", re.IGNORECASE
)


def span_head(doc: Doc, c: Candidate) -> Token | None:
    """The syntactic head of the tokens the candidate covers."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def sentence_start(doc: Doc, token: Token | None) -> int:
    """Where the sentence of ``token`` starts (0 without sentences or a token)."""
    if token is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return 0
    return token.sent.start_char


def span_tense(doc: Doc, c: Candidate, head: Token | None, text: str | None = None) -> Tense | None:
    """The tense that decides a date's direction: future after a forward cue ("Ahead of
    Monday's meeting, Kim toured a factory" is the coming Monday); that of a verb right
    before it ("said Wednesday the military will send", where the parse often attaches
    the date to the wrong clause); else :func:`~summitgraph.syntax.clause_tense` of its head.
    ``text`` is ``doc.text``, which a caller with many dates builds once (spaCy builds
    it anew, token by token, at each access)."""
    if _FORWARD_BEFORE.search(doc.text if text is None else text, max(0, c.start - 40), c.start):
        return "future"
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and span.start > 0:
        i = span.start - 1
        if doc[i].lower_ in DATE_PREPOSITIONS and i > 0:
            i -= 1
        prev = doc[i]
        if prev.tag_.startswith("VB") or prev.tag_ == "MD":
            reading = verb_tense(prev)
            if reading in _READINGS:
                return reading  # type: ignore[return-value]
    return clause_tense(head) if head is not None else None
