"""The status of an event: one function that returns a value for every case,
and one place that says which statuses become edges.

- ``occurred``: "Kim met Trump in Singapore"; a past or present clause;
- ``planned``: "will meet", "is to meet", "is expected to meet", "the upcoming
  summit", "said he would meet", a future clause;
- ``possible``: "could meet", "a possible summit", "hopes to meet", "if they meet";
- ``cancelled``: "cancelled the summit", "postponed the visit", "had been due
  to travel" (the plan fell through);
- ``denied``: "did not meet", "no plans to meet", "refused to meet".

The words behind each value are rows of ``summitgraph.lexicon.modality``.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitgraph.interactions.context import DocIndex, is_noun
from summitgraph.lexicon.modality import (
    BE_FORMS,
    CONDITION_MARKS,
    MODALS,
    NEGATION_WORDS,
    NO_WORDS,
    PAST_PERFECT_AUX,
    REPORTING_VERBS,
    WITHOUT,
    control_cue,
    modifier_status,
)
from summitgraph.lexicon.participants import AHEAD_PREPS, GOAL_PREPS, UNTIL_MARKS
from summitgraph.models import Status
from summitgraph.syntax import clause_tense, verb_above

__all__ = ["EDGE_STATUSES", "becomes_edge", "status"]

#: The statuses that become interaction edges; the others are kept from the graph.
EDGE_STATUSES: frozenset[Status] = frozenset({"occurred", "planned", "possible", "cancelled"})


def becomes_edge(value: Status) -> bool:
    """Whether a statement with this status becomes an edge of the graph."""
    return value in EDGE_STATUSES


def _negation(token: Token) -> Status | None:
    """ "denied" or "cancelled" when the words around ``token`` deny it or call it
    off ("did not meet", "no plans to meet", "cancelled the summit"), else None."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in token.children):
        return "denied"
    head = token.head
    # "has no plans to meet", "there were no plans for a meeting".
    owner = head.head if token.dep_ == "pobj" else head
    if (
        token.dep_ in {"acl", "xcomp", "pobj"}
        and owner.tag_.startswith("NN")
        and any(c.lower_ in NO_WORDS for c in owner.children)
    ):
        return "denied"
    if token.dep_ in {"dobj", "xcomp", "nsubjpass"}:
        cue = control_cue(head.lower_, particles(head))
        if cue is not None and cue.status in {"cancelled", "denied"}:
            return cue.status
    if token.dep_ == "pobj" and head.lower_ in WITHOUT:
        return "denied"
    return None


def particles(verb: Token) -> list[str]:
    """The particles of a phrasal verb: "called off" -> ["off"]."""
    return [c.lower_ for c in verb.children if c.dep_ == "prt"]


def status(ctx: DocIndex, trigger: Token) -> Status:
    """What the sentence says of the event ``trigger`` names (see the module docstring)."""
    denied = _negation(trigger)
    if denied is not None:
        return denied
    for child in trigger.children:
        if child.dep_ in {"amod", "compound", "nmod", "advmod"}:  # modals: _modal
            value = modifier_status(child.lower_)
            if value is not None:
                return value
    if is_noun(trigger):
        # A meeting noun takes the modality of the verb it is the object of
        # ("plan a summit", "expected to hold talks"); in a time phrase
        # ("at their summit") only the tense counts.
        if trigger.dep_ in {"dobj", "nsubjpass", "attr", "nsubj"} and trigger.head.pos_ in {"VERB", "AUX"}:
            verb = trigger.head
            return _negation(verb) or _verb_status(verb, trigger)
        return _noun_status(trigger)
    return _verb_status(trigger, trigger)


def _noun_status(noun: Token) -> Status:
    """The status of an event noun that no verb takes as its object: from the
    modal above it, the verb of its phrase ("open to a meeting"), "ahead of",
    or the tense."""
    head = noun.head
    above = verb_above(noun)
    if above is not None and any(c.dep_ == "neg" for c in above.children):
        return "denied"  # "was not present at the meeting", "did not attend the summit"
    modal = _modal(above)
    if modal is not None:
        return modal  # "could be to Iceland for a summit"
    if noun.dep_ == "pobj":
        # "open to a meeting", "plans for a summit", "calls for talks" (not "asked X during a meeting").
        cue = control_cue(head.head.lower_) if head.lower_ in GOAL_PREPS else None
        if cue is not None and cue.status in {"planned", "possible"}:
            return cue.status
        if head.lower_ in AHEAD_PREPS or head.head.lower_ in AHEAD_PREPS:
            return "occurred" if clause_tense(noun) == "past" else "planned"
    if above is not None:
        called_off = _verb_status(above, above)
        if called_off in {"cancelled", "denied"}:
            return called_off  # "had been expected to join Thursday's talks"
    return _tense_status(noun)


def _verb_status(verb: Token, trigger: Token) -> Status:
    """Walk up from ``verb`` through infinitives and their controllers: "was
    expected to meet", "ready to meet", "is to meet"."""
    while True:
        if verb.i != trigger.i:
            denied = _negation(verb)
            if denied is not None:
                return denied
        modal = _modal(verb)
        if modal is not None:
            return modal
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
            return "possible"
        if verb.i != trigger.i:
            if verb.lower_ in BE_FORMS and trigger.dep_ == "xcomp":
                return "planned"  # "Modi is to meet Abe"
            cue = control_cue(verb.lower_, particles(verb))
            if cue is not None and cue.status is not None:
                if cue.status == "planned" and _past_perfect(verb):
                    return "cancelled"  # "had been due to travel": the plan fell through
                return cue.status
        if verb.dep_ in {"xcomp", "acomp"} or (verb.dep_ == "dobj" and verb.tag_.startswith("NN")):
            verb = verb.head
            continue
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS for c in verb.children):
            # "a summit that could happen before he has met NATO leaders": not yet, if the main clause is not.
            above = _verb_status(verb.head, verb.head)
            if above in {"planned", "possible"}:
                return above
        return _tense_status(verb)


def _past_perfect(verb: Token) -> bool:
    """ "had planned to", "had been due to" ("due" hangs from "been", which has the "had")."""
    holder = verb.head if verb.dep_ == "acomp" else verb
    return any(c.lower_ in PAST_PERFECT_AUX for c in holder.children)


def _modal(verb: Token | None) -> Status | None:
    """The status a verb's own modal gives ("could be", "will hold"), if any.
    "would" is the future of the past in reported speech ("said he would
    meet": planned) and a conditional elsewhere (possible)."""
    if verb is None:
        return None
    for child in verb.children:
        modal = MODALS.get(child.lower_) if child.dep_ == "aux" else None
        if modal is None:
            continue
        if modal.reported is not None and _reported(verb):
            return modal.reported
        if modal.status is not None:
            return modal.status
    return None


def _reported(verb: Token) -> bool:
    """Whether the clause of ``verb`` is what a reporting verb reports."""
    while verb.dep_ in {"xcomp", "conj", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lower_ in REPORTING_VERBS


def _tense_status(token: Token) -> Status:
    return "planned" if clause_tense(token) == "future" else "occurred"
