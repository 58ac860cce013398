"""``summitgraph_line_sentences``: lines and datelines as sentences.

News text keeps headlines, datelines and paragraphs on lines of their own,
often without a full stop; this component tells the parser where sentences
may start before it runs.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from summitgraph.lexicon.datelines import DATELINE_WORDS

__all__ = ["line_sentences"]

# Tokens after which a sentence may end.
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
DASHES = frozenset({"-", "—", "–", "--", "―"})


@Language.component(
    "summitgraph_line_sentences",
    assigns=["token.is_sent_start"],
)
def line_sentences(doc: Doc) -> Doc:
    """Sentences start at every line break, and only there or after
    sentence-final punctuation.

    News text keeps headlines, datelines and paragraphs on lines of their own,
    often without a full stop. Left to itself the parser runs a headline into
    the lead; given only the line starts, it adds stray breaks next to them
    ("Angela | Merkel arrived"), which also cut the names NER sees. So every
    token gets a decision the parser keeps: a start after a line break, no
    start inside a line except after ".", "!", "?" (and a closing quote after
    them), where the parser decides. Runs before the parser.
    """
    decisions = [0] * len(doc)  # 1: starts a sentence, -1: does not, 0: the parser decides
    line_starts = [0] + [
        t.i for t in doc[1:] if ("\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_) and not t.is_space
    ]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            decisions[token.i] = -1 if token.is_space else 1
        elif token.is_space:
            decisions[token.i] = -1
        elif previous.text in SENTENCE_FINAL or (
            previous.text in CLOSING and token.i >= 2 and doc[token.i - 2].text in SENTENCE_FINAL | {","}
        ):
            continue  # the parser decides
        elif len(previous.text) > 1 and previous.text.endswith(".") and token.text[:1].isupper():
            continue  # "... in the U.S. Then ...": the parser decides
        else:
            decisions[token.i] = -1
    for start in line_starts:
        after = _dateline_end(doc, start)
        if after is not None:
            decisions[after] = 1
    if len(doc):
        # One array write: setting Token.is_sent_start one token at a time costs
        # a pass over the Doc each time.
        values = numpy.asarray(decisions, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
    return doc


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a dateline or timestamp that opens a line:
    "NEW DELHI (Reuters) -", "NAIROBI, June 14 -", "4:15 p.m. -". Wire copy
    runs them into the first sentence, whose subject they would become."""
    inside = False
    anchor = False
    for j in range(start, min(start + 12, len(doc))):
        token = doc[j]
        if "\n" in token.text:
            return None
        if token.text in DASHES and j > start and token.whitespace_ and doc[j - 1].whitespace_:
            return j + 1 if anchor and j + 1 < len(doc) else None
        if token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif token.is_upper and len(token.text) > 1 or token.text[:1].isdigit():
            anchor = True
        elif not (inside or token.is_punct or token.lower_ in DATELINE_WORDS):
            return None
    return None
