"""``summitgraph_roles``: role descriptions that stand for a person ("China's
president", "the North Korean leader", "the president of China"), kept in
``doc.spans[ROLES_KEY]`` for the resolver."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from summitgraph import gazetteer
from summitgraph.lexicon.roles import ROLE_NOUNS, ROLE_TIME_AFTER, ROLE_TIME_BEFORE
from summitgraph.pipeline.labels import PLACE_LABELS, ROLES_KEY

__all__ = ["find_roles"]

_MAX_ROLE_WORDS = max(len(k.split()) for k in ROLE_NOUNS)
_HYPHENS = frozenset({"-", "–"})


@Language.component(
    "summitgraph_roles",
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def find_roles(doc: Doc) -> Doc:
    """Mark role descriptions that stand for a person: "China's president",
    "the North Korean leader", "South Korea's foreign minister".

    Each span's label is ``"<ISO country code>|<role>"``; the resolver links
    it to the person of the article who holds that role.
    """
    found: list[Span] = []
    for ent in doc.ents:
        country = None
        after = ent.end
        if ent.label_ in PLACE_LABELS and after < len(doc) and doc[after].tag_ == "POS":
            country = gazetteer.country(ent.text)
            after += 1
        elif ent.label_ in {"NORP", "GPE"}:
            country = gazetteer.country_of_demonym(ent.text) or gazetteer.country(ent.text)
        if country is None:
            continue
        role = _role_at(doc, after)
        if role is None:
            continue
        name, end = role
        start = ent.start
        if end + 1 < len(doc) and doc[end].text in _HYPHENS and doc[end + 1].lower_ in ROLE_TIME_AFTER:
            name, end = f"{name}-{ROLE_TIME_AFTER[doc[end + 1].lower_]}", end + 2  # "U.S. President-elect"
        elif start > 0 and doc[start - 1].lower_ in ROLE_TIME_BEFORE:
            time = ROLE_TIME_BEFORE[doc[start - 1].lower_]  # "the former Chinese president"
            name = f"{name}-{time}" if time == "elect" else f"{time} {name}"
            start -= 1
        if _followed_by_name(doc, end) or any(t.ent_type_ == "PERSON" for t in doc[after:end]):
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        found.append(Span(doc, start, end, label=f"{country.iso2}|{name}"))
    found.extend(_roles_of_places(doc))
    doc.spans[ROLES_KEY] = sorted(filter_spans(found), key=lambda s: s.start)
    return doc


def _role_at(doc: Doc, start: int) -> tuple[str, int] | None:
    """The role noun (normalised) starting at token ``start`` and its end."""
    for size in range(_MAX_ROLE_WORDS, 0, -1):
        end = start + size
        if end > len(doc):
            continue
        words = " ".join(t.lower_ for t in doc[start:end])
        if words in ROLE_NOUNS:
            return ROLE_NOUNS[words], end
    return None


def _followed_by_name(doc: Doc, end: int) -> bool:
    """ "Chinese President Xi Jinping": a role right before a name is a title."""
    return end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


def _roles_of_places(doc: Doc) -> list[Span]:
    """ "the president of China", "the prime minister of Japan"."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        country = gazetteer.country(ent.text)
        if country is None:
            continue
        for size in range(_MAX_ROLE_WORDS, 0, -1):
            start = ent.start - 1 - size
            if start < 0:
                continue
            role = _role_at(doc, start)
            if role is not None and role[1] == ent.start - 1:
                # Kept when a name follows ("the President of China, Xi
                # Jinping"): the apposition gives that person the role.
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                found.append(Span(doc, start, ent.end, label=f"{country.iso2}|{role[0]}"))
                break
    return found
