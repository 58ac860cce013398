"""Doc -> name mentions: the people, organisations and places an article names.

Reads ``doc.ents`` (as corrected by ``summitgraph_entities``) and the role
descriptions in ``doc.spans["summitgraph_roles"]``; never changes the Doc.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from summitgraph import gazetteer
from summitgraph.lexicon.names import HONORIFICS, PERSON_TITLES, TITLES
from summitgraph.lexicon.roles import ROLE_NOUNS, ROLE_TIME_AFTER, ROLE_TIME_BEFORE
from summitgraph.models import EntityKind, NameMention
from summitgraph.names import surnames
from summitgraph.pipeline.labels import PLACE_LABELS, ROLES_KEY

KIND_OF_LABEL: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

_MAX_TITLE_WORDS = 6
_HYPHENS = frozenset({"-", "–"})

# Labels spaCy gives a demonym written alone besides NORP ("Ugandan" as ORG).
_DEMONYM_LABELS = frozenset({"ORG", "PERSON", "GPE"})


def name_of(span: Span, sentence_starts: Container[int] = frozenset()) -> str:
    """The span's text as a name: without a leading lower-case "the", or a
    sentence-initial "The" ("The Associated Press" keeps its "The" elsewhere)."""
    tokens = list(span)
    if len(tokens) > 1 and tokens[0].lower_ == "the" and (tokens[0].text == "the" or tokens[0].i in sentence_starts):
        tokens = tokens[1:]
    if tokens[0].i == span.start:
        return span.text
    return span[tokens[0].i - span.start :].text


def _kind(span: Span, people: Container[str] = frozenset()) -> EntityKind | None:
    if span.label_ in _DEMONYM_LABELS and len(span) == 1 and gazetteer.country_of_demonym(span.text):
        # "Chinese officials", "Ugandan" tagged ORG, "Azerbaijani" PERSON: a
        # nationality is no mention of a person, an organisation or a place.
        return None
    if span.label_ == "PERSON" and not gazetteer.is_ambiguous(span.text) and span.text.lower() not in people:
        # (not "Bush" beside "Reggie Bush": the surname of a person the article names in full)
        if gazetteer.country(span.text) or gazetteer.place(span.text):
            return "place"  # "visited Kyiv", "an analyst based in Dakar" tagged PERSON
    if span.label_ == "NORP":
        return None  # "North Korean", "Muslim", "Republican": nationalities, creeds, parties' members
    kind = KIND_OF_LABEL.get(span.label_)
    if kind == "organization" and gazetteer.country(span.text) is not None:
        return "place"  # "U.S." tagged ORG is still the country
    return kind


#: The label of a demonym's mention ("Chinese counterparts", "the Israeli side"):
#: no name of its own, but the country a party represents; kept for the
#: interactions, never an entity mention of the output.
DEMONYM = "NORP"


def _demonym(span: Span) -> bool:
    """ "Chinese", "North Korean", "Ugandan" tagged ORG: a nationality that names its country."""
    if span.label_ != "NORP" and not (span.label_ in _DEMONYM_LABELS and len(span) == 1):
        return False
    return gazetteer.country_of_demonym(span.text) is not None


def _titles(span: Span, sentence_starts: Container[int]) -> tuple[str, ...]:
    """Roles given to a person by the words in front of the name, in the
    article's time: "U.S. Secretary of State Mike Pompeo" -> ("US|secretary of
    state",); "U.S. President-elect Donald Trump" -> ("US|president-elect",);
    "former President Bill Clinton" -> ("|former president",); "Justice
    Anthony Kennedy" -> ("|justice",)."""
    doc = span.doc
    end = span.start
    after = None
    if end >= 2 and doc[end - 1].lower_ in ROLE_TIME_AFTER and doc[end - 2].text in _HYPHENS:
        after = ROLE_TIME_AFTER[doc[end - 1].lower_]  # "President-elect Donald Trump"
        end -= 2
    start = end
    while (
        start > 0
        and end - start < _MAX_TITLE_WORDS
        and (doc[start - 1].lower_ in TITLES or doc[start - 1].lower_ == "of" and start - 1 > 0)
        and start not in sentence_starts
    ):
        start -= 1
    while start < end and doc[start].lower_ == "of":
        start += 1
    role = _role_of([t.lower_ for t in doc[start:end]])
    if role is None:
        return ()
    country = None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.tag_ == "POS" and start > 1:
        before = doc[start - 2]
    if before is not None and before.ent_type_ in PLACE_LABELS | {"NORP"}:
        ent = _entity_at(before)
        country = gazetteer.country_of_demonym(ent.text) or gazetteer.country(ent.text)
        before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in _HYPHENS and before.i > 0:
        before = doc[before.i - 1]  # "ex-President"
    if after is not None:
        role = f"{role}-{after}"
    elif before is not None and before.lower_ in ROLE_TIME_BEFORE:
        time = ROLE_TIME_BEFORE[before.lower_]
        role = f"{role}-{time}" if time == "elect" else f"{time} {role}"
    return (f"{country.iso2 if country else ''}|{role}",)


def _role_of(words: list[str]) -> str | None:
    """The role the title words name: the longest role phrase ("secretary of state")."""
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in ROLE_NOUNS:
                return ROLE_NOUNS[phrase]
    return None


def _descriptions(span: Span, sentence_starts: Container[int]) -> tuple[str, ...]:
    """The title word right in front of a name that names no role of
    ``_titles`` and is no honorific: "Justice Anthony Kennedy" -> ("justice",),
    "spokesman Tobias Kehl" -> ("spokesman",)."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or span.start in sentence_starts:
        return ()
    word = doc[i].lower_
    if word in PERSON_TITLES and word not in HONORIFICS and word not in ROLE_NOUNS:
        return (word.rstrip("."),)
    return ()


def _entity_at(token) -> Span:
    """The entity a token is inside (``doc.ents`` is rebuilt on every read)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def find_mentions(doc: Doc) -> list[NameMention]:
    """The name and role mentions of the Doc, in text order."""
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        sentence_of[sent.start] = index
    starts = sorted(sentence_of)

    def sentence(token_i: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= token_i:
                lo = mid
            else:
                hi = mid - 1
        return sentence_of[starts[lo]]

    found: list[NameMention] = []
    ents = doc.ents
    people = {word for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for word in surnames(ent.text)}
    for ent in ents:
        kind = _kind(ent, people)
        demonym = kind is None and _demonym(ent)
        if kind is None and not demonym:
            continue
        found.append(
            NameMention(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                kind="place" if demonym else kind,
                label=DEMONYM if demonym else ent.label_,
                name=name_of(ent, sentence_of.keys()),
                titles=_titles(ent, sentence_of.keys()) if kind == "person" else (),
                descriptions=_descriptions(ent, sentence_of.keys()) if kind == "person" else (),
                sentence=sentence(ent.start),
                token_start=ent.start,
                token_end=ent.end,
            )
        )
    for span in doc.spans.get(ROLES_KEY, []):
        found.append(
            NameMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind="person",
                label="ROLE",
                role=span.label_,
                sentence=sentence(span.start),
                token_start=span.start,
                token_end=span.end,
            )
        )
    found.sort(key=lambda m: (m.start, -m.end))
    return _link_acronyms(doc, _link_appositions(doc, found))


def _link_acronyms(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """ "Singapore Airlines (SIA)", "Doctors Without Borders (MSF)": an acronym
    in parentheses right after a name is that name's (``same_as``)."""
    by_end = {m.token_end: i for i, m in enumerate(found) if m.role is None}
    out = list(found)
    for i, m in enumerate(found):
        letters = m.text.replace(".", "")
        if m.role is not None or not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        if m.token_start >= 2 and doc[m.token_start - 1].text == "(" and m.token_end < len(doc):
            target = by_end.get(m.token_start - 1)
            if target is not None and doc[m.token_end].text == ")":
                out[i] = m.model_copy(update={"same_as": target})
    return out


def _link_appositions(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """ "Xi Jinping, China's president," and "China's president, Xi Jinping":
    the role description is the apposed person (and gives them the role)."""
    by_end = {m.token_end: i for i, m in enumerate(found) if m.label == "PERSON"}
    by_start = {m.token_start: i for i, m in enumerate(found) if m.label == "PERSON"}
    out = list(found)
    for i, m in enumerate(found):
        if m.role is None:
            continue
        target = None
        if m.token_start >= 2 and doc[m.token_start - 1].text == ",":
            target = by_end.get(m.token_start - 1)
        if target is None and m.token_end + 1 < len(doc) and doc[m.token_end].text == ",":
            target = by_start.get(m.token_end + 1)
        if target is None:
            target = by_start.get(m.token_end)  # "the President of China Xi Jinping"
        if target is None:
            continue
        out[i] = m.model_copy(update={"same_as": target})
        person = out[target]
        if m.role not in person.titles:
            out[target] = person.model_copy(update={"titles": person.titles + (m.role,)})
    return out
