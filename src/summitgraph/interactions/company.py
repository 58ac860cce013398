"""Companions: who accompanied whom ("X, accompanied by his wife Y", "Y
accompanied X", "X was joined by Y")."""

from __future__ import annotations

from spacy.tokens import Token

from summitgraph.interactions.attach import make_candidate
from summitgraph.interactions.context import DocIndex
from summitgraph.interactions.participants import climb, listed_after, phrase
from summitgraph.interactions.status import becomes_edge, status
from summitgraph.lexicon.travel import ACCOMPANY_VERBS
from summitgraph.models import Candidate

__all__ = ["accompanied"]


def accompanied(ctx: DocIndex, verb: Token) -> list[Candidate]:
    """ "X, accompanied by his wife Y and aide Z", "Y accompanied X", "X was joined by Y"."""
    agent = next((c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
    if ACCOMPANY_VERBS.get(verb.lower_) and agent is None:
        return []  # "joined the talks": no companion
    if agent is not None:
        companions = [i for obj in agent.children if obj.dep_ == "pobj" for i in phrase(ctx, obj)]
        companions += listed_after(ctx, agent)
        principal, path = climb(ctx, verb.head if verb.dep_ in {"advcl", "acl", "conj"} else verb)
        path = [verb] + path
        if not principal and verb.dep_ == "acl" and verb.head.i in ctx.mention_at:
            # "Donald Trump, accompanied by Gov. Chris Christie, Jan. 3, 2016": a caption names the principal.
            principal = phrase(ctx, verb.head)
    else:
        companions, path = climb(ctx, verb)
        principal = [i for c in verb.children if c.dep_ == "dobj" for i in phrase(ctx, c)]
    companions = [i for i in dict.fromkeys(companions) if i not in principal]
    if not companions or not principal:
        return []
    value = status(ctx, verb.head if agent is not None and verb.dep_ in {"advcl", "acl"} else verb)
    if not becomes_edge(value):
        value = "occurred"  # "accompanied by Y, X cancelled the visit": Y was with X all the same
    return [make_candidate(ctx, "accompanied", verb, value, path, companions, principal)]
