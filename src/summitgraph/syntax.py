"""Dependency-tree helpers that the stages share, one definition each.

Grammar, not words: the words they consult live in ``summitgraph.lexicon``.
They read ``tag_``, ``dep_`` and lower-case forms only, so they work with the
lemmatizer and attribute_ruler disabled, and never change the Doc.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from summitgraph.lexicon.modality import BE_FORMS, CONTROLLERS, HAVE_FORMS, MODALS, SCHEDULING
from summitgraph.models import Tense

__all__ = [
    "CLAUSE_DEPS",
    "OBJECT_DEPS",
    "SUBJECT_DEPS",
    "clause_tense",
    "subject",
    "verb_above",
    "verb_at_or_above",
    "verb_tense",
]

#: Dependencies that open a new clause: a search for participants or phrases
#: of one clause does not enter them.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "attr", "oprd"})
# A participle that modifies a noun: "the talks, scheduled for Friday,".
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl", "amod"})


def subject(verb: Token) -> Token | None:
    """The first subject of ``verb``, active or passive."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def verb_above(token: Token) -> Token | None:
    """The nearest verb or auxiliary strictly above ``token`` (by part of speech)."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def verb_at_or_above(token: Token) -> Token | None:
    """The nearest verb or modal at or above ``token`` in the tree (by tag)."""
    current = token
    while not (current.tag_.startswith("VB") or current.tag_ == "MD"):
        if current.head.i == current.i:
            return None
        current = current.head
    return current


def _future_controller(word: str) -> bool:
    """ "expected to", "plans to", "is to": a "to"-infinitive under it is future."""
    cue = CONTROLLERS.get(word)
    return word in BE_FORMS or (cue is not None and cue.future)


_Reading = Literal["past", "present", "future", "inherit"] | None


def verb_tense(verb: Token) -> _Reading:
    """The tense one verb's form and auxiliaries give, or "inherit" from the verb above."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "MD":
        words.add(verb.lower_)
    modal_tenses = {MODALS[w].tense for w in words if w in MODALS}
    if "future" in modal_tenses:
        return "future"
    if "possibility" in modal_tenses:
        return "past" if words & HAVE_FORMS else "future"
    if "present" in modal_tenses:
        return "present"
    if (verb.tag_ == "VBN" and verb.lower_ in SCHEDULING and (words or verb.dep_ in _NOUN_CLAUSE_DEPS)) or any(
        c.dep_ == "acomp" and c.lower_ in SCHEDULING for c in verb.children
    ):
        return "future"  # "is scheduled for Friday", "the decision, expected by the weekend,"
    if "to" in words:
        if verb.head.i != verb.i and _future_controller(verb.head.lower_):
            return "future"
        if verb.dep_ in ("relcl", "acl"):
            return "future"  # "an event to be held on October 12"
        return "inherit"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & HAVE_FORMS:
        return "past"  # present perfect: "has met"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.dep_ == "conj" or verb.tag_ == "VBG":
        return "inherit"  # "will arrive and meet", "visiting from Monday to Thursday"
    if verb.tag_ == "VBN":
        return "inherit" if verb.dep_ in ("xcomp", "ccomp") else "past"  # "the deal signed Monday"
    return None


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause governing ``token``: "past", "present", "future" or None.

    Walks up the dependency tree to the governing verb and reads its form and
    auxiliaries (``tag_``, ``dep_`` and lower-case forms only, so it works with
    the lemmatizer and attribute_ruler disabled):

    - future: "will"/"shall"/"would" ("will meet", "would be released"); a
      possibility modal with a bare verb ("may visit"); a "to"-infinitive under
      an expectation or plan ("was expected to meet", "is set to begin", "plans
      to", "is going to", "is to") or after a noun ("an event to be held");
      scheduling ("is scheduled for Friday", "is due Monday", "the talks,
      scheduled for Friday,");
    - past: a past-tense verb or auxiliary ("met", "was meeting", "had met",
      "did"), a present perfect ("has met"), a modal perfect ("may have been"),
      a bare past participle ("the deal signed Monday");
    - present: a present-tense verb or auxiliary ("meets", "is visiting");
    - participles, infinitives and second conjuncts without auxiliaries of
      their own take the tense of the verb they depend on ("left ...
      accompanied by", "pledged to work", "will arrive and meet").

    None when no verb governs the token (headlines without a verb, captions) or
    the governing verb is a bare imperative or infinitive.
    """
    verb = verb_at_or_above(token)
    for _ in range(12):  # deep enough for any sentence, a guard against odd parses
        if verb is None:
            return None
        reading = verb_tense(verb)
        if reading != "inherit":
            return reading
        if verb.head.i == verb.i:
            return None
        verb = verb_at_or_above(verb.head)
    return None
