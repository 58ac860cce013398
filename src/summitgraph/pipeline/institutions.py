"""Organisation names for ``summitgraph_entities`` that spaCy's small model
cuts in two: "<Head> for/of/on <Name>" institutions ("Centre for the National
Interest") and national institutions after a demonym ("Chinese" + "Foreign
Ministry")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitgraph.lexicon.organisations import ORG_HEADS, ORG_LINKS, ORG_NAME_CONJUNCTIONS, ORG_NATIONAL_HEADS
from summitgraph.pipeline.spans import PROPER_NOUN_TAGS

__all__ = ["acronyms_in_parentheses", "institution_spans", "merge_national_institutions"]


def institution_spans(doc: Doc, starts: set[int]) -> list[Span]:
    """Organisation names built as "<Head> for/of/on [the] <Capitalised words>".

    "Centre for the National Interest", "Ministry of Foreign Affairs",
    "Council on Foreign Relations": spaCy's small model often tags the head as
    a place and the rest as a separate organisation.
    """
    spans = []
    for token in doc:
        if token.lower_ not in ORG_LINKS or token.i == 0:
            continue
        head = doc[token.i - 1]
        if head.lower_ not in ORG_HEADS or not head.text[:1].isupper():
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].lower_ == "the":
            end += 1
        name_start = end
        while end < len(doc) and (
            doc[end].text[:1].isupper()
            and end not in starts
            and not (doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B")
            or doc[end].lower_ in ORG_NAME_CONJUNCTIONS
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        if end == name_start:
            continue
        # Take the capitalised words in front of the head too ("Korea
        # Development Institute for ...", "National Council on ...").
        start = head.i
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and start not in starts
            and doc[start - 1].tag_ in PROPER_NOUN_TAGS
        ):
            start -= 1
        if doc[end - 1].tag_ == "POS":
            end -= 1
        spans.append(Span(doc, start, end, label="ORG"))
    return spans


def merge_national_institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Chinese" + "Foreign Ministry" -> "Chinese Foreign Ministry": spaCy
    tags the demonym (or country) as NORP (GPE) and the rest as ORG; an ORG
    ending in a national institution joins the nationality right before it."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if (
            out
            and span.label_ == "ORG"
            and out[-1].label_ in {"NORP", "GPE"}
            and out[-1].end == span.start
            and doc[span.end - 1].lower_ in ORG_NATIONAL_HEADS
        ):
            previous = out.pop()
            span = Span(doc, previous.start, span.end, label="ORG")
        out.append(span)
    return out


def acronyms_in_parentheses(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the United States Air Force (USAF)", "Doctors Without Borders (MSF)":
    an acronym in parentheses right after an organisation's name that NER left
    untagged is that organisation's, with its label."""
    tagged = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for span in spans:
        if span.label_ != "ORG" or span.end + 2 >= len(doc):
            continue
        open_, word, close = doc[span.end], doc[span.end + 1], doc[span.end + 2]
        letters = word.text.replace(".", "")
        if (
            open_.text == "("
            and close.text == ")"
            and word.i not in tagged
            and 2 <= len(letters) <= 8
            and letters.isalpha()
            and letters.isupper()
        ):
            found.append(Span(doc, word.i, word.i + 1, label=span.label_))
    return spans + found
