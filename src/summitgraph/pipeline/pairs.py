"""Two names joined by a hyphen are two names: "a Trump-Putin summit",
"Israeli-Palestinian negotiations", "the U.S.-China talks".

spaCy's small model tags such a pair as one entity ("Trump-Putin" ORG,
"Israeli-Palestinian" NORP), which hides both parties of the meeting it
names. A hyphenated name is split when each side is a name on its own: a
country, a demonym or a place the gazetteer knows, or a name the article
uses alone elsewhere ("Putin" beside "Vladimir Putin"). A name that is one
thing with a hyphen stays whole: "Guinea-Bissau" and "Winston-Salem" are
places, "Rolls-Royce" and "Hewlett-Packard" have sides the article never
names alone, "Kim Jong-un" has a lower-case side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitgraph import gazetteer
from summitgraph.names import fold, name_words, surnames
from summitgraph.pipeline.labels import NAME_LABELS

__all__ = ["HYPHENS", "split_pairs"]

#: The hyphens that join two names into a pair ("Trump-Putin").
HYPHENS = frozenset({"-", "–"})


def split_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with every hyphenated pair of names split into its two names."""
    known = _known_names(spans)
    out: list[Span] = []
    for span in spans:
        out.extend(_split(doc, span, known) or [span])
    return out


def _known_names(spans: list[Span]) -> dict[str, str]:
    """Folded names the article uses, and the label it gives them: people
    by their surnames too ("putin" of "Vladimir Putin")."""
    known: dict[str, str] = {}
    for span in spans:
        if span.label_ not in NAME_LABELS or any(t.text in HYPHENS for t in span):
            continue
        known.setdefault(fold(span.text), span.label_)
        if span.label_ == "PERSON" and len(name_words(span.text)) > 1:
            for word in surnames(span.text):
                known.setdefault(word, "PERSON")
    return known


def _split(doc: Doc, span: Span, known: dict[str, str]) -> list[Span] | None:
    if span.label_ not in NAME_LABELS:
        return None
    hyphens = [
        t.i
        for t in span
        if t.text in HYPHENS and span.start < t.i < span.end - 1 and not t.whitespace_ and not doc[t.i - 1].whitespace_
    ]
    if len(hyphens) != 1 or _one_place(span.text):
        return None
    left, right = doc[span.start : hyphens[0]], doc[hyphens[0] + 1 : span.end]
    labels = [_label(side, known) for side in (left, right)]
    if None in labels:
        return None
    return [Span(doc, left.start, left.end, label=labels[0]), Span(doc, right.start, right.end, label=labels[1])]


def _one_place(text: str) -> bool:
    """ "Guinea-Bissau", "Bosnia-Herzegovina", "Winston-Salem": one place with a hyphen."""
    return gazetteer.country(text) is not None or gazetteer.place(text) is not None


def _label(side: Span, known: dict[str, str]) -> str | None:
    """The label of one side when it is a name on its own, else None."""
    text = side.text
    if not text[:1].isupper():
        return None
    if gazetteer.country_of_demonym(text) is not None:
        return "NORP"
    if gazetteer.country(text) is not None:
        return "GPE"
    return known.get(fold(text))
