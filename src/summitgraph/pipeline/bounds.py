"""``summitgraph_bounds``: no sentence longer than ``max_tokens`` words.

The interaction rules look, for each trigger word, at the words of its
sentence: work that grows with the square of a sentence's length. News
sentences are short (the longest line of the annotated corpora has 116
words), but a page scraped whole or a feed gone wrong can hold a 200,000
character line with no full stop, or thousands of names in a row, which
would hold one article for an hour. This component, run after
``summitgraph_line_sentences`` and before the parser, starts a new sentence
after every ``max_tokens`` words that offer the parser no place to end one,
so the work per article stays bounded. What it cut is kept in
``doc.user_data["summitgraph_cut"]`` (``(stretches cut, longest stretch)``),
and ``cut_note`` says it in words for the ingest to report.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CUT_KEY", "MAX_SENTENCE_TOKENS", "SentenceBound", "cut_note"]

#: The longest stretch of words the rules see as one sentence.
MAX_SENTENCE_TOKENS = 500
CUT_KEY = "summitgraph_cut"


@Language.factory(
    "summitgraph_bounds", default_config={"max_tokens": MAX_SENTENCE_TOKENS}, assigns=["token.is_sent_start"]
)
def make_sentence_bound(nlp: Language, name: str, max_tokens: int) -> SentenceBound:
    return SentenceBound(max_tokens)


class SentenceBound:
    """Forces a sentence start after ``max_tokens`` words without one."""

    def __init__(self, max_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.max_tokens:
            return doc
        starts = doc.to_array([SENT_START]).astype("int64").reshape(-1)
        # 1: starts a sentence, 0: the parser may start one, -1: may not
        run, cut, longest = 0, 0, 0
        for i, value in enumerate(starts.tolist()):
            run = 0 if value >= 0 else run + 1
            if run >= self.max_tokens:
                longest = max(longest, run)
                starts[i] = 1
                run, cut = 0, cut + 1
        if cut:
            doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
            doc.user_data[CUT_KEY] = (cut, longest)
        return doc


def cut_note(doc: Doc) -> str | None:
    """``sentences cut after 500 words 90 times ...`` when the bound applied, else None."""
    cut = doc.user_data.get(CUT_KEY)
    if not cut:
        return None
    count, _ = cut
    return (
        f"a stretch of more than {MAX_SENTENCE_TOKENS} words without a sentence end was cut into sentences "
        f"{count} time{'s' if count > 1 else ''}; meetings told across a cut are missed"
    )
