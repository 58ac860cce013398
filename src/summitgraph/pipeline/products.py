"""Names that are no person, organisation or place, for ``summitgraph_entities``:
products named by their maker and a model ("Airbus A380", "Boeing 787
Dreamliner") and events ("Worldwide Developers Conference", "the Paris Air
Show", "the Academy Awards").

spaCy's small model tags the maker of "the Airbus A380" as an organisation and
the name of a trade show as one; a graph of who met whom wants neither.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from summitgraph.lexicon.organisations import EVENT_HEADS
from summitgraph.pipeline.labels import NAME_LABELS

__all__ = ["is_event", "is_model_number", "without_products"]

# A model designation: "A380", "787", "747-400", "A330-200", "MD-11", "A400M", "737s".
_MODEL = re.compile(r"^(?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,2}$")
# Four digits from 1800 to 2099 are a year ("Boeing 2008 results"), not a model.
_YEAR = re.compile(r"^(?:18|19|20)\d\d$")


def is_model_number(text: str) -> bool:
    """True for a model designation written after its maker's name: "A380",
    "787", "747-400", "MD-11"; a year ("2008") is none."""
    return bool(_MODEL.match(text)) and not _YEAR.match(text)


def is_event(span: Span) -> bool:
    """True when the name's last word names an event: "Paris Air Show",
    "Summit of the Americas" is caught by its head ("Summit" + "of")."""
    last = span[-1].lower_
    return last in EVENT_HEADS


def without_products(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without the makers of products ("Airbus" in "the Airbus A380",
    "Boeing" in "22 new Boeing 787 Dreamliners") and without events."""
    kept = []
    for span in spans:
        if span.label_ in {"ORG", "PERSON", "GPE"} and span.end < len(doc) and is_model_number(doc[span.end].text):
            continue
        if span.label_ in NAME_LABELS and span.label_ != "NORP" and len(span) > 1 and is_event(span):
            continue
        kept.append(span)
    return kept
