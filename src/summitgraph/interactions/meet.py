"""Meetings: who met, talked or called whom, from a meeting verb ("met",
"spoke with", "hosted", "shook hands with") or a meeting noun ("their summit",
"held talks with", "a phone call with").

What each word means is its row in ``summitgraph.lexicon.meetings``.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitgraph.interactions.attach import event_context, make_candidate, mode, one_by_one
from summitgraph.interactions.context import DocIndex, is_noun
from summitgraph.interactions.participants import (
    agents,
    along_with,
    between,
    climb,
    light_verb,
    noun_agent,
    phrase,
    possessors,
    up_to_verb,
    with_phrase,
)
from summitgraph.interactions.status import status
from summitgraph.lexicon.meetings import (
    AGAINST,
    GATHER_PARTICLES,
    SPORTS_WORDS,
    MeetingVerb,
    meeting_noun,
    meeting_verb,
)
from summitgraph.lexicon.names import TITLES
from summitgraph.lexicon.participants import (
    ADDRESS_VERBS,
    DEFINITE,
    FROM,
    HOSTED,
    HOSTING_PREPS,
    HOSTING_VERBS,
    NAME_FILLERS,
    NOUN_PARTNER_PREPS,
    OCCASION_PREPS,
)
from summitgraph.models import Candidate, Mode, Status

__all__ = ["join_noun", "meet_noun", "meet_verb"]

_WITH = frozenset({"with"})
_TO = frozenset({"to"})
# Parts of speech of a name the parser hung on a verb as a conjunct.
NAME_POS = frozenset({"PROPN", "NOUN"})
# Entity labels a name between a verb and its person may carry ("meeting U.S. Secretary of State John Kerry").
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _a_game(ctx: DocIndex, trigger: Token) -> bool:
    """ "a semifinal meeting against Indiana State", "the pair met; the bout
    went 11 rounds": sport, not a meeting."""
    if any(c.dep_ == "prep" and c.lower_ in AGAINST for c in trigger.children):
        return True
    return any(t.lower_ in SPORTS_WORDS for t in ctx.sentence(trigger))


def _meeting(
    ctx: DocIndex,
    trigger: Token,
    value: Status,
    path: list[Token],
    *sides: list[int],
    mode: Mode | None,
    **extra: bool,
) -> Candidate:
    """A ``met`` candidate: the kind of contact from the trigger's lexicon row,
    and whether its partners met the subject one by one."""
    verb = meeting_verb(trigger.lower_)
    noun = meeting_noun(trigger.lower_)
    row = verb[1] if verb is not None and not is_noun(trigger) else noun[1] if noun is not None else None
    contact = row.contact if row is not None else "meeting"
    return make_candidate(
        ctx, "met", trigger, value, path, *sides, mode=mode, contact=contact, separately=one_by_one(trigger), **extra
    )


def meet_verb(ctx: DocIndex, verb: Token) -> list[Candidate]:
    """ "Kim met Trump", "Xi hosted Kim", "Biden spoke with Xi by phone"."""
    _, row = meeting_verb(verb.lower_) or ("", MeetingVerb())
    if _a_game(ctx, verb):
        return []
    if row.particle & GATHER_PARTICLES:
        return _gathering(ctx, verb)
    if row.particle:
        parts = {c.lower_ for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"}}
        if not parts & row.particle:
            return []  # "shook his head", "sat for an interview"
    value = status(ctx, verb)
    subject, path = climb(ctx, verb)
    subject = subject + [i for i in along_with(ctx, verb) if i not in subject]
    if _names_not_meets(verb):
        return []  # "called Trump a liar"
    objects = []
    if row.object_is_partner:
        objects = [i for child in verb.children if child.dep_ == "dobj" for i in phrase(ctx, child)]
        if objects:
            # "met Prime Minister Ana Silva, who arrived late, and President Jan Novak":
            # the parser hangs the name after the clause on the verb.
            objects += [
                i
                for child in verb.children
                if child.dep_ == "conj" and child.pos_ in NAME_POS
                for i in phrase(ctx, child)
            ]
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was received by Chancellor Brenner", "greeted not by an officer but by Sheikh Khalid".
        objects += [i for i in agents(ctx, verb) if ctx.is_person(i)]
    calling_on = _called_on(ctx, verb) if row.calls_on else []
    objects += calling_on
    if not objects and row.object_is_partner:
        objects = _next_person(ctx, verb)
    if row.person_object:
        objects = [i for i in objects if ctx.is_person(i)]
        if not objects:
            return []  # "received a letter"
    on_phone = mode(verb) in {"phone", "video"}
    partners, has_partner = with_phrase(ctx, verb, row.partner_preps | _TO if on_phone else row.partner_preps)
    objects += partners
    everyone = between(ctx, verb)
    if everyone:
        return [_meeting(ctx, verb, value, path, everyone, mode=mode(verb))]
    if not objects and (has_partner or len(subject) < 2):
        return []
    how = _verb_mode(verb, row, calling_on)
    # "hosted the Academy Awards", "visited the Interior Department": such an object takes part only as a person.
    return [_meeting(ctx, verb, value, path, subject, objects, mode=how, people_partners=row.person_object)]


def _names_not_meets(verb: Token) -> bool:
    """ "called Trump a liar", "calling Larry a cheater": an object and its predicate, no contact."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (any(c.dep_ in {"oprd", "attr"} for c in verb.children) or len(objects) > 1)


def _verb_mode(verb: Token, row: MeetingVerb, calling_on: list[int]) -> Mode | None:
    """ "called on X", "shook hands with": in person; else what the sentence
    says ("spoke by phone"), else in person for verbs that mean it ("met", "hosted")."""
    if calling_on or row.particle:
        return "in_person"
    return mode(verb) or ("in_person" if row.in_person else None)


def _gathering(ctx: DocIndex, verb: Token) -> list[Candidate]:
    """ "The summit brought together Xi, Putin and Modi": everyone brought together met."""
    if not any(c.lower_ in GATHER_PARTICLES for c in verb.children):
        return []  # "Kim brought his sister": no meeting
    guests = [i for c in verb.children if c.dep_ == "dobj" for i in phrase(ctx, c) if ctx.is_person(i)]
    if len(guests) < 2:
        return []
    return [_meeting(ctx, verb, status(ctx, verb), [verb], guests, mode="in_person")]


def _called_on(ctx: DocIndex, verb: Token) -> list[int]:
    """ "called on President X": a visit to X; not "called on X to resign"."""
    people = []
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ == "on":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    people += [i for i in phrase(ctx, obj) if ctx.is_person(i)]
    urging = any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children)
        for node in [verb, *[o for ch in verb.children for o in ch.children]]
        for c in node.children
    )
    return [] if urging else people


def _next_person(ctx: DocIndex, verb: Token) -> list[int]:
    """The person named right after a transitive meeting verb, when the
    parser hung the name elsewhere ("ahead of meeting Secretary of State
    John Kerry November 8"): only titles, determiners and places between."""
    sent_end = ctx.sentence(verb).end
    for token in ctx.doc[verb.i + 1 : min(verb.i + 8, sent_end)]:
        index = ctx.mention_at.get(token.i)
        if index is not None and ctx.mentions[index].label == "PERSON":
            return [index]
        if token.i in ctx.mention_at or token.ent_type_ in _NAME_LABELS:
            continue
        if token.lower_ in TITLES or token.lower_ in NAME_FILLERS or token.ent_type_:
            continue
        break
    return []


def meet_noun(ctx: DocIndex, noun: Token) -> list[Candidate]:
    """ "their summit", "held talks with Xi", "a phone call with Moon", "a dinner hosted by Johnson"."""
    if _a_game(ctx, noun):
        return []
    value = status(ctx, noun)
    light = light_verb(noun)
    how = mode(noun) or (mode(light) if light is not None else None)
    everyone = between(ctx, noun) or (between(ctx, light) if light is not None else [])
    if everyone:
        return [_meeting(ctx, noun, value, [noun] + up_to_verb(noun), everyone, mode=how)]
    partners, has_partner = with_phrase(ctx, noun, NOUN_PARTNER_PREPS)
    callers, _ = with_phrase(ctx, noun, FROM)
    # "a call from Putin", but not "a video call from Bamako": a place there is where the caller is.
    partners = [i for i in partners if i not in callers or ctx.mentions[i].kind != "place"]
    if not has_partner and light is not None:
        # "Kim held three summits last year with Xi".
        partners, has_partner = with_phrase(ctx, light, _WITH)
    hosts = _hosts(ctx, noun)
    if hosts:
        partners, has_partner = partners + hosts, True
    if not has_partner and light is not None and light.lower_ in HOSTING_VERBS:
        guests = [i for i in with_phrase(ctx, noun, HOSTING_PREPS)[0] if ctx.is_person(i)]
        if guests:  # "hosted a dinner for Putin", "gave a banquet in honour of" (not "for hours")
            partners, has_partner = guests, True
    if not has_partner:
        addressed = _addressee(ctx, noun)
        if addressed:
            partners, has_partner = addressed, True
    own = possessors(ctx, noun)
    if own and not has_partner:
        # "their summit", "the Kim-Trump summit": the possessors met each other.
        if len(own) >= 2:
            return [_meeting(ctx, noun, value, [noun] + up_to_verb(noun), own, mode=how)]
        return []
    found = meeting_noun(noun.lower_)
    if not has_partner and found is not None and found[1].weak and light is None:
        return []  # "a call", "negotiations": no meeting unless someone holds it with someone
    subject, path = noun_agent(ctx, noun)
    side_a = own or subject
    path = event_context(noun, path, value)
    if has_partner and partners:
        return [_meeting(ctx, noun, value, path, side_a, partners, mode=how)]
    if len(side_a) >= 2 and not has_partner:
        # "Kim and Trump held a summit".
        return [_meeting(ctx, noun, value, path, side_a, mode=how)]
    if side_a and has_partner:
        # "a meeting at the White House with leaders in law enforcement": others, unnamed,
        # whom a later sentence may name ("A large group took part, including ...").
        return [_meeting(ctx, noun, value, path, side_a, mode=how, partial=True)]
    if side_a and _definite(noun) and not _named_event(ctx, noun):
        # "Merkel attended the summit": she joins the summit told just before, if any.
        return [_meeting(ctx, noun, value, path, side_a, mode=how, joins=True)]
    return []


def join_noun(ctx: DocIndex, noun: Token) -> list[Candidate]:
    """ "A large group participated in the exchange of ideas, including Lynch
    and Garcetti": the people who took part in an event told just before."""
    if not _definite(noun) or _named_event(ctx, noun):
        return []
    side_a, path = noun_agent(ctx, noun)
    if not side_a:
        return []
    return [_meeting(ctx, noun, status(ctx, noun), [noun, *path], side_a, mode=None, joins=True)]


def _named_event(ctx: DocIndex, noun: Token) -> bool:
    """ "the G7 summit", "the Singapore summit": an event named by its forum or
    place, not one taken up again."""
    return any(c.dep_ in {"compound", "nmod", "poss"} and c.i in ctx.mention_at for c in noun.children)


def _definite(noun: Token) -> bool:
    """ "the meeting", "that summit", "Wednesday's conversation": one already told of."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children)


def _hosts(ctx: DocIndex, noun: Token) -> list[int]:
    """ "a dinner hosted by Johnson": the host takes part."""
    return [
        i
        for child in noun.children
        if child.dep_ == "acl" and child.lower_ in HOSTED
        for i in agents(ctx, child)
        if ctx.is_person(i)
    ]


def _addressee(ctx: DocIndex, noun: Token) -> list[int]:
    """ "Erdogan told Putin in a phone call": the person the verb addresses
    is the other end of a call or meeting it happens in."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS:
        return []
    verb = noun.head.head
    if verb.lower_ not in ADDRESS_VERBS:
        return []
    return [i for c in verb.children if c.dep_ in {"dobj", "dative"} for i in phrase(ctx, c) if ctx.is_person(i)]
