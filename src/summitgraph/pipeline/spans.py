"""Token helpers the entity fixes share: written words, hyphenated words,
capitals, and replacing spans by better ones.

Grammar only: the words the rules consult live in ``summitgraph.lexicon``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = [
    "HYPHENS",
    "PROPER_NOUN_TAGS",
    "is_capitalised",
    "joined",
    "prefer",
    "sentence_starts",
    "whole_words",
    "written_words",
]

# Hyphens that join the parts of a hyphenated name ("Moon Jae-in", "Jean-Yves").
HYPHENS = frozenset({"-", "–"})

# Fine-grained tags of proper nouns.
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def is_capitalised(token: Token) -> bool:
    """True when ``token`` starts with a capital or a digit ("Kim", "38th")."""
    return token.text[:1].isupper() or token.text[:1].isdigit()


def joined(left: Token, right: Token) -> bool:
    """True when ``right`` follows ``left`` with no space between them."""
    return left.whitespace_ == "" and right.i == left.i + 1


def whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so that no hyphenated word is cut ("Moon Jae" + "-in")."""
    while (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and joined(doc[end - 1], doc[end])
        and joined(doc[end], doc[end + 1])
        and doc[end + 1].is_alpha
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text in HYPHENS
        and joined(doc[start - 2], doc[start - 1])
        and joined(doc[start - 1], doc[start])
        and doc[start - 2].is_alpha
        and is_capitalised(doc[start - 2])
    ):
        start -= 2
    return start, end


def written_words(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) into written words: tokens joined without spaces
    ("Jong", "-", "un") form one word."""
    words: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if i == end - 1 or doc[i].whitespace_:
            words.append((begin, i + 1))
            begin = i + 1
    return words


def sentence_starts(doc: Doc) -> set[int]:
    """Token indexes that start a sentence (``Token.is_sent_start`` costs a
    pass over the whole Doc each time it is read)."""
    return {sent.start for sent in doc.sents}


def prefer(spans: list[Span], preferred: list[Span]) -> list[Span]:
    """Replace the spans that overlap a preferred span by it."""
    if not preferred:
        return spans
    covered = set()
    for p in preferred:
        covered.update(range(p.start, p.end))
    kept = [s for s in spans if not any(i in covered for i in range(s.start, s.end))]
    return kept + preferred
