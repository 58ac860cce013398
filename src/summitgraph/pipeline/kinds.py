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
  "Charlotte Bobcats": organisations), no "X State" ("Wayne State");
- is no place: one word after "in" or before "county" ("in Biloxi", "the town
  of Akobo", "Leer and Koch counties");
- is not the modifier of an organisation's noun or an indefinite noun phrase
  ("the Haqqani network", "a local Rite Aid": organisations);
- stops before a dash with a space in front ("Putin -Talk of a summit") and
  before a party marker ("Leo J. Ryan D- California").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitgraph import gazetteer
from summitgraph.lexicon.headlines import PLACE_NOUNS, PLACE_PREPOSITIONS
from summitgraph.lexicon.names import (
    HONORIFICS,
    KINSHIP_NOUNS,
    NAME_PARTICLES,
    OCCUPATIONS,
    PARTY_MARKERS,
    PERSON_OWNED,
    PERSON_PREPOSITIONS,
    TITLES,
    VESSEL_PREFIXES,
)
from summitgraph.lexicon.organisations import (
    COMPANY_WORDS,
    MEDIA_HEADS,
    ORG_DESIGNATORS,
    ORG_HEADS,
    ORG_NATIONAL_HEADS,
    ORG_NOUNS_AFTER,
)
from summitgraph.names import is_given_name
from summitgraph.pipeline.labels import LAYOUT_KEY
from summitgraph.pipeline.spans import written_words

__all__ = ["check_people"]

# Tags of words that open no name: prepositions, determiners, conjunctions.
_NOT_IN_NAME_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$"})
_PLURAL_TAGS = frozenset({"NNPS", "NNS"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
_DASHES = frozenset({"-", "—", "–"})
_INDEFINITE = frozenset({"a", "an"})
_ORG_LAST_WORDS = ORG_HEADS | ORG_NATIONAL_HEADS | MEDIA_HEADS | COMPANY_WORDS | ORG_DESIGNATORS
_ROLE_WORDS = OCCUPATIONS | (TITLES - frozenset({"general", "major", "field", "state", "foreign", "trade"}))


def check_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each PERSON checked against its own words: trimmed,
    relabelled as an organisation, or dropped; and a "place" that starts with
    a given name and no gazetteer knows is a person ("bringing in Maurice
    Cheeks", tagged GPE)."""
    out = []
    for span in spans:
        if span.label_ in _PLACE_LABELS and _reads_as_person(doc, span):
            span = Span(doc, span.start, span.end, label="PERSON")
        if span.label_ != "PERSON":
            out.append(span)
            continue
        checked = _checked(doc, span)
        if checked is not None:
            out.append(checked)
    return _without_unsupported(doc, out)


def _without_unsupported(doc: Doc, spans: list[Span]) -> list[Span]:
    """Without the "people" the article gives no sign of being people.

    A name that starts with a given name, comes after a title or a relative
    ("Sen. Biden", "daughter Ava, 3") or before an age ("Malik, 29,") is a
    person. A name of several words is none when a word of it is a word the
    story writes in lower case ("Palmer Fire" beside "the fire", "Mat Maid"
    beside "a maid"). One word is none unless it is a word of a kept name
    ("Orozco" of "Jose Luis Orozco") or some mention of it acts as a person
    does: the subject, object or owner in its clause, after "by", "with",
    "under" ("the town of Akobo", "on Twitter", "the Biloxi hotel" are none;
    "Lodhi said", "met Erdogan", "under Obama" are people)."""
    people = [s for s in spans if s.label_ == "PERSON"]
    lower = _story_words(doc, people)
    cued = {s.text.lower() for s in people if _person_cue(doc, s) or is_given_name(s.text.split()[0])}
    kept_words: set[str] = set()
    for span in people:
        words = span.text.lower().split()
        if len(words) > 1 and (span.text.lower() in cued or not any(w in lower for w in words)):
            kept_words |= set(words)
    acting = {s.text.lower() for s in people if len(s) == 1 and any(_acts_as_person(t) for t in s)}
    out = []
    for span in spans:
        key = span.text.lower()
        if span.label_ == "PERSON" and key not in cued:
            words = key.split()
            if len(words) > 1 and any(w in lower for w in words):
                continue
            if len(words) == 1 and key not in kept_words and key not in acting:
                continue
        out.append(span)
    return out


def _story_words(doc: Doc, people: list[Span]) -> set[str]:
    """The words the story writes in lower case, outside names and web addresses."""
    skip = {i for s in people for i in range(s.start, s.end)}
    for part in doc.spans.get(LAYOUT_KEY, []):
        if part.label_ == "URL":
            skip.update(range(part.start, part.end))
    return {
        t.lower_
        for t in doc
        if t.is_lower and t.is_alpha and t.i not in skip and not t.like_url and t.lower_ not in NAME_PARTICLES
    }


def _acts_as_person(token) -> bool:
    """The subject, object or owner in its clause, or the object of "by",
    "with", "under"...; or the modifier of a person's noun ("the Obama administration")."""
    dep = _role_in_clause(token)
    if dep in _SUBJECT_DEPS:
        return True
    if dep == "pobj" and token.head.lower_ in PERSON_PREPOSITIONS:
        return True
    return dep == "compound" and token.head.lower_ in PERSON_OWNED | _ROLE_WORDS


def _person_cue(doc: Doc, span: Span) -> bool:
    """A title, an honorific or a relative before the name ("Sen. Biden",
    "daughter Ava"), an age after it ("Malik, 29,"), or a title or relative
    the name owns ("Putin's spokesman", "Reid's rep")."""
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    if before in _ROLE_WORDS or before in HONORIFICS or before in KINSHIP_NOUNS:
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num:
        return True
    if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
        owned = doc[span.end + 1 : span.end + 3]
        return any(t.lower_ in _ROLE_WORDS or t.lower_ in KINSHIP_NOUNS or t.lower_ in PERSON_OWNED for t in owned)
    return False


def _checked(doc: Doc, span: Span) -> Span | None:
    end = span.end
    for i in range(span.start + 1, span.end):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_ and not doc[i].whitespace_:
            end = i  # "Putin -Talk of an early summit"
            break
    words = written_words(doc, span.start, end)
    while len(words) > 1 and doc[words[0][0]].tag_ in _NOT_IN_NAME_TAGS:
        words.pop(0)  # "Across Athens"
    while len(words) > 1 and (
        doc[words[-1][0] : words[-1][1]].text.lower() in PARTY_MARKERS
        or all(t.like_num or t.is_punct for t in doc[words[-1][0] : words[-1][1]])
    ):
        words.pop()  # "Leo J. Ryan D-", "Joe Louis 26 - 1" (a boxer's record)
    if doc[words[0][0]].lower_ in VESSEL_PREFIXES and len(words) > 1:
        return None  # "INS Mysore"
    lowered = [doc[a:b].text.lower().rstrip(".") for a, b in words]
    if len(words) == 1 and lowered[0] in _ROLE_WORDS:
        return None  # "Sgt" alone
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
    context = _context_label(doc, start, end, len(words))
    if context is not None:
        return Span(doc, start, end, label=context)
    if len(words) > 1 and (lowered[-1] in _ORG_LAST_WORDS or lowered[-1] == "state"):
        return Span(doc, start, end, label="ORG")  # "Timaru Herald"
    if doc[end - 1].tag_ in _PLURAL_TAGS and (
        len(words) == 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        or len(words) > 1
        and gazetteer.place(doc[words[0][0]].text) is not None
    ):
        return Span(doc, start, end, label="ORG")  # "the Jaguars", "Charlotte Bobcats"; not "Cheeks said"
    return Span(doc, start, end, label="PERSON")


def _context_label(doc: Doc, start: int, end: int, words: int) -> str | None:
    """The label the words around a name give it: a place after "in" or
    before "county", an organisation before "network" or after "a"."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in ORG_NOUNS_AFTER:
        return "ORG"  # "the Haqqani network"
    if words == 1 and after is not None and _place_noun_after(doc, end):
        return "GPE"  # "Unity state", "Leer and Koch counties"
    if before is None or after is not None and after.tag_ == "POS":
        return None
    if words == 1 and before.lower_ in PLACE_PREPOSITIONS:
        return "GPE"  # "in Biloxi"
    if words == 1 and before.lower_ == "of" and start >= 2 and doc[start - 2].lower_ in PLACE_NOUNS:
        return "GPE"  # "the town of Akobo"
    while before.tag_ == "JJ" and before.i > 0:
        before = doc[before.i - 1]
    if before.lower_ in _INDEFINITE and before.text.islower():
        return "ORG"  # "a local Rite Aid" is no person
    return None


def _place_noun_after(doc: Doc, end: int) -> bool:
    """ "Leer and Koch counties": a place noun after the name, or after a
    second capitalised word joined to it by "and"."""
    if doc[end].lower_ in PLACE_NOUNS:
        return True
    return (
        end + 2 < len(doc)
        and doc[end].lower_ == "and"
        and doc[end + 1].text[:1].isupper()
        and doc[end + 2].lower_ in PLACE_NOUNS
    )


def _reads_as_person(doc: Doc, span: Span) -> bool:
    """Two or three capitalised words, the first a given name, none a place's
    noun, and no place of that name: "Maurice Cheeks", not "Santa Monica"."""
    words = [doc[a:b].text for a, b in written_words(doc, span.start, span.end)]
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and is_given_name(words[0])
        and doc[span.end - 1].tag_ not in _PLURAL_TAGS
        and not {w.lower() for w in words} & PLACE_NOUNS
        and gazetteer.place(span.text) is None
        and gazetteer.country(span.text) is None
    )


def _role_in_clause(token) -> str:
    """The dependency of a token, or of the first conjunct it is coordinated
    with ("Rosa Elena, Huamán and Lu spoke": Huamán is a subject too)."""
    seen = 0
    while token.dep_ == "conj" and token.head is not token and seen < 10:
        token = token.head
        seen += 1
    return token.dep_
