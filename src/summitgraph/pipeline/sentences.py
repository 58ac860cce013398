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

from summitgraph import gazetteer
from summitgraph.lexicon.names import TITLES
from summitgraph.pipeline.labels import LAYOUT_KEY
from summitgraph.pipeline.layout import DASHES, find_layout

__all__ = ["line_sentences"]

# Tokens after which a sentence may end.
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
# Parts of the layout (``summitgraph.pipeline.layout``) that end a sentence.
_OWN_SENTENCES = frozenset({"HEADLINE", "SUBHEADING", "DATELINE", "CAPTION"})


@Language.component(
    "summitgraph_line_sentences",
    assigns=["token.is_sent_start", "doc.spans"],
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
            if token.lower_ in TITLES and gazetteer.country(previous.text) is not None:
                decisions[token.i] = -1  # "U.S. President Donald Trump": a title after a country
            continue  # "... in the U.S. Then ...": the parser decides
        else:
            decisions[token.i] = -1
    layout = find_layout(doc)
    for part in layout:
        # "Rouhani-WHITE HOUSE — -President Obama and ...": the headline, the
        # dateline and the body are sentences of their own.
        if part.label_ in _OWN_SENTENCES and part.end < len(doc):
            decisions[_next_word(doc, part.end)] = 1
        if part.label_ == "DATELINE" and part.start > 0:
            decisions[part.start] = 1
    doc.spans[LAYOUT_KEY] = layout
    if len(doc):
        # One array write: setting Token.is_sent_start one token at a time costs
        # a pass over the Doc each time.
        values = numpy.asarray(decisions, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
    return doc


def _next_word(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is neither a space nor a dash (or the
    last token): the hyphen that glued a headline to its story stays behind."""
    while i < len(doc) - 1 and (doc[i].is_space or doc[i].text == "\xa0" or doc[i].text in DASHES):
        i += 1
    return i
