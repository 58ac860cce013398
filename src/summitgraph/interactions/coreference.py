"""Who a pronoun or "the two leaders" stands for: the people named before,
found by position and syntax (no gender): "Kim said he was ready", "the two
leaders met again in June"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from summitgraph import gazetteer
from summitgraph.interactions.context import DocIndex, previous_sentences
from summitgraph.lexicon.names import PERSON_PRONOUNS
from summitgraph.lexicon.participants import LEADER_NOUNS, PAIR_NOUNS, PAIR_QUANTIFIERS, PEOPLE_NOUNS
from summitgraph.syntax import OBJECT_DEPS, verb_above
from summitgraph.syntax import subject as subject_of

__all__ = ["antecedent", "is_pair", "last_two"]

#: Reads the mentions a noun phrase names (``participants.phrase``).
Phrase = Callable[[DocIndex, Token, int], list[int]]


def is_pair(token: Token) -> bool:
    """ "the two leaders", "the pair", "both men": two people named before."""
    if token.lower_ in PAIR_NOUNS:
        return any(c.lower_ == "the" for c in token.children)
    if token.lower_ in PEOPLE_NOUNS:
        return any(c.lower_ in PAIR_QUANTIFIERS for c in token.children)
    return False


def last_two(ctx: DocIndex, token: Token) -> list[int]:
    """The two people most recently named before ``token``, in its sentence
    and the two before; a short form is the same person as its full name."""
    first = previous_sentences(ctx, ctx.sentence(token), 2)
    start = first[-1].start if first else ctx.sentence(token).start
    leaders = token.lower_ in LEADER_NOUNS
    titled = {m.name.split()[-1].lower() for m in ctx.mentions if m.titles and m.name}
    people = {m.name.split()[-1].lower() for m in ctx.mentions if m.label == "PERSON" and m.name and " " in m.name}
    found: list[int] = []
    seen: list[str] = []
    for index in range(len(ctx.mentions) - 1, -1, -1):
        m = ctx.mentions[index]
        if m.token_end > token.i or m.token_start < start or not m.name:
            continue
        if not (m.label == "PERSON" or m.label == "ORG" and m.name.lower() in people):
            continue  # (a surname tagged ORG is the person)
        if leaders and m.name.split()[-1].lower() not in titled:
            continue  # "the two leaders" are not the spokesman quoted between them
        if gazetteer.place(m.name) or gazetteer.country_of_demonym(m.name):
            continue  # a place or a demonym NER took for a person
        last = m.name.split()[-1].lower()
        if last in seen:
            continue
        seen.append(last)
        found.append(index)
        if len(found) == 2:
            return found
    return []


def antecedent(ctx: DocIndex, pronoun: Token, phrase: Phrase, depth: int = 1) -> list[int]:
    """The person(s) a third-person pronoun most likely stands for.

    "Kim said he was ready": the subject of the clause that reports it;
    otherwise the nearest person before it in the sentence, then the subject
    of an earlier sentence. "their" prefers a conjoined subject. An object
    pronoun is never the subject of its own clause ("Macron welcomed her").
    ``phrase`` reads the mentions of a noun phrase (``participants.phrase``).
    """
    plural = PERSON_PRONOUNS[pronoun.lower_] == "pl"
    sent = ctx.sentence(pronoun)
    own = verb_above(pronoun)
    barred: set[int] = set()
    if pronoun.dep_ in OBJECT_DEPS and own is not None:
        own_subject = subject_of(own)
        if own_subject is not None and own_subject.i != pronoun.i:
            barred = set(phrase(ctx, own_subject, depth))  # "he spoke to her": she is not he

    def people_of(subject: Token) -> list[int]:
        return [i for i in phrase(ctx, subject, depth) if ctx.is_person(i) and i not in barred]

    # The subject of a governing verb ("Kim said he ...", "Kim and Trump pledged ... their").
    token = pronoun
    while token.head.i != token.i:
        token = token.head
        subject = subject_of(token)
        if subject is not None and subject.i < pronoun.i:
            people = people_of(subject)
            if people and (len(people) > 1) == plural:
                return people
    # The nearest person before it in this sentence, then earlier sentences' subjects.
    before = [
        i
        for i, m in enumerate(ctx.mentions)
        if ctx.is_person(i)
        and m.token_end <= pronoun.i
        and m.token_start >= sent.start
        and m.same_as is None
        and i not in barred
    ]
    if before and not plural:
        return [before[-1]]
    for previous in previous_sentences(ctx, sent, 3):
        subject = subject_of(previous.root)
        if subject is not None:
            people = people_of(subject)
            if people and (len(people) > 1) == plural:
                return people
    return []
