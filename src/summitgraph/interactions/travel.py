"""Visits and travel: who went where, from a visit or travel verb ("visited
China", "arrived in Beijing", "left for China") or a visit noun ("Kim's
visit to Beijing", "a trip to Hanoi").

One candidate per place visited; ``summitgraph.interactions.events`` turns a
city into its country and joins the statements of one trip.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitgraph.interactions.attach import event_context, make_candidate
from summitgraph.interactions.context import DocIndex
from summitgraph.interactions.participants import climb, noun_agent, phrase, possessors, to_phrase_people, up_to_verb
from summitgraph.interactions.status import status
from summitgraph.lexicon.participants import VISIT_PREPS
from summitgraph.lexicon.travel import (
    OFFICIAL_VISIT_WORDS,
    PLACE_NOUNS,
    PRIVATE_VISIT_WORDS,
    VISIT_VERBS,
    VISIT_WORDS,
    travel_preps,
)
from summitgraph.models import Candidate, Status

__all__ = ["travel_verb", "visit_noun"]


def _destinations(ctx: DocIndex, trigger: Token, preps: frozenset[str], direct: bool) -> list[int]:
    """Places the trigger leads to: its object (``direct``) or the object of
    one of ``preps``, as the head of the phrase: "visit to North Korea's
    ally" names an ally, not North Korea."""
    found: list[int] = []
    for child in trigger.children:
        if direct and child.dep_ == "dobj":
            found.extend(phrase(ctx, child))
            if child.lower_ in PLACE_NOUNS:
                # "toured the flooded region of Brittany": the place named in it.
                found.extend(
                    i
                    for c in child.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj"
                    for i in phrase(ctx, o)
                )
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(phrase(ctx, obj))
    return [i for i in found if ctx.mentions[i].kind == "place"]


def travel_verb(ctx: DocIndex, verb: Token) -> list[Candidate]:
    """ "visited China", "arrived in Beijing", "left for China"."""
    lower = verb.lower_
    value = status(ctx, verb)
    if lower in VISIT_VERBS:
        places = _destinations(ctx, verb, frozenset(), direct=True)
        # "was visiting from Monday to Thursday": a visit with no place named.
        if not places and any(c.dep_ == "dobj" for c in verb.children):
            return []
    else:
        places = _destinations(ctx, verb, travel_preps(lower), direct=False)
        if not places:
            return []
    travellers, path = climb(ctx, verb)
    return _visits(ctx, verb, value, path, travellers, places)


def _visits(
    ctx: DocIndex, trigger: Token, status: Status, path: list[Token], visitors: list[int], places: list[int]
) -> list[Candidate]:
    """One candidate per place visited; one without a place when none is
    named ("was visiting from Monday to Thursday")."""
    if not visitors:
        return []
    official = _official(trigger)
    if not places:
        return [make_candidate(ctx, "visited", trigger, status, path, visitors, official=official)]
    return [
        make_candidate(ctx, "visited", trigger, status, path, visitors, target=place, official=official)
        for place in dict.fromkeys(places)
    ]


def _official(trigger: Token) -> bool | None:
    """ "a state visit": True; "a private trip", "arrived in": False; "visited": None (an official's would be)."""
    if trigger.lower_ not in VISIT_WORDS:
        return False
    words = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "compound", "nmod"}}
    if words & PRIVATE_VISIT_WORDS:
        return False
    return True if words & OFFICIAL_VISIT_WORDS else None


def visit_noun(ctx: DocIndex, noun: Token) -> list[Candidate]:
    """ "Kim's visit to Beijing", "a trip to Hanoi"; "paid a visit to Merkel" is a meeting."""
    value = status(ctx, noun)
    hosts = to_phrase_people(ctx, noun)
    if hosts:
        # "paid a visit to Merkel": a visit to a person is a meeting with them.
        visitors = [i for i in possessors(ctx, noun) if ctx.mentions[i].kind != "place"]
        path = [noun] + up_to_verb(noun)
        if not visitors:
            visitors, climbed = noun_agent(ctx, noun)
            path = event_context(noun, climbed, value)
        if visitors:
            return [make_candidate(ctx, "met", noun, value, path, visitors, hosts, mode="in_person", contact="visit")]
    places = _destinations(ctx, noun, VISIT_PREPS, direct=False)
    visitors = [i for i in possessors(ctx, noun) if ctx.mentions[i].kind != "place"]
    path = [noun] + up_to_verb(noun)
    if not visitors:
        visitors, climbed = noun_agent(ctx, noun)
        path = event_context(noun, climbed, value)
    return _visits(ctx, noun, value, path, visitors, places)
