"""What a "person" name's own words say it is, for ``summitgraph_entities``.

spaCy's small model tags as people the words around a name and things that
are no person at all. A person's name:

- starts with no preposition or article ("Across Athens" -> "Athens" is none);
- holds no occupation or title ("Colts QB Andrew Luck" -> "Andrew Luck",
  "Brooklyn Councilman Jumaane Williams" -> "Jumaane Williams"), and does not
  end in one ("Bloomington Police Sgt", "Genesee County Sheriff": no person);
- is no ship ("INS Mysore", "MV Gibe");
- does not end in the word of an organisation, a newspaper or a company
  ("Betty Ford Center", "Timaru Herald", "Matanuska Maid Dairy": organisations);
- is no team: a plural proper noun alone or after a place ("the Jaguars",
  "Charlotte Bobcats": organisations).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitgraph import gazetteer
from summitgraph.lexicon.names import OCCUPATIONS, TITLES, VESSEL_PREFIXES
from summitgraph.lexicon.organisations import (
    COMPANY_WORDS,
    MEDIA_HEADS,
    ORG_DESIGNATORS,
    ORG_HEADS,
    ORG_NATIONAL_HEADS,
)
from summitgraph.names import is_given_name
from summitgraph.pipeline.spans import written_words

__all__ = ["check_people"]

# Tags of words that open no name: prepositions, determiners, conjunctions.
_NOT_IN_NAME_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$"})
_PLURAL_TAGS = frozenset({"NNPS", "NNS"})
_ORG_LAST_WORDS = ORG_HEADS | ORG_NATIONAL_HEADS | MEDIA_HEADS | COMPANY_WORDS | ORG_DESIGNATORS
_ROLE_WORDS = OCCUPATIONS | (TITLES - frozenset({"general", "major", "field", "state", "foreign", "trade"}))


def check_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each PERSON checked against its own words: trimmed,
    relabelled as an organisation, or dropped."""
    out = []
    for span in spans:
        if span.label_ != "PERSON":
            out.append(span)
            continue
        checked = _checked(doc, span)
        if checked is not None:
            out.append(checked)
    return out


def _checked(doc: Doc, span: Span) -> Span | None:
    words = written_words(doc, span.start, span.end)
    while len(words) > 1 and doc[words[0][0]].tag_ in _NOT_IN_NAME_TAGS:
        words.pop(0)  # "Across Athens"
    if doc[words[0][0]].lower_ in VESSEL_PREFIXES and len(words) > 1:
        return None  # "INS Mysore"
    lowered = [doc[a:b].text.lower().rstrip(".") for a, b in words]
    # A name that starts with a given name keeps its words ("Martin Luther
    # King", "Amy Bishop"); one that does not holds no role word.
    named = is_given_name(lowered[0])
    if lowered[-1] in _ROLE_WORDS and len(words) > 1 and not named:
        return None  # "Bloomington Police Sgt"
    titled = [i for i, w in enumerate(lowered[:-1]) if w in _ROLE_WORDS]
    if titled and not named:
        words = words[titled[-1] + 1 :]  # "Colts QB Andrew Luck" -> "Andrew Luck"
        lowered = lowered[titled[-1] + 1 :]
    start, end = words[0][0], words[-1][1]
    if len(words) > 1 and lowered[-1] in _ORG_LAST_WORDS:
        return Span(doc, start, end, label="ORG")  # "Timaru Herald"
    if doc[end - 1].tag_ in _PLURAL_TAGS and (len(words) == 1 or gazetteer.place(doc[words[0][0]].text) is not None):
        return Span(doc, start, end, label="ORG")  # "the Jaguars", "Charlotte Bobcats"
    return Span(doc, start, end, label="PERSON")
