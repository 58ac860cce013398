"""Who takes part: the parties a trigger's phrases name.

Participants come from the trigger's subject (climbing through "expected
to", "ready to", conjoined verbs and time phrases such as "ahead of"), its
object, its "with"/"between" phrase and possessives ("their summit"), and
from pronouns and "the two leaders" resolved to the people named before.
Each participant is an index into the article's name mentions; whether it is
a person is decided after resolution.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitgraph.interactions.context import DocIndex
from summitgraph.interactions.coreference import antecedent, is_pair, last_two
from summitgraph.lexicon.meetings import LIGHT_VERBS, MEETING_NOUNS, MODE_WORDS
from summitgraph.lexicon.modality import control_cue
from summitgraph.lexicon.names import PERSON_PRONOUNS, TITLES
from summitgraph.lexicon.participants import (
    AHEAD_PREPS,
    ASPECT_NOUNS,
    COMPANION_ADVERBS,
    GROUP_NOUNS,
    GROUP_PREPS,
    INCLUDING,
    LED,
    MEANS_PREPS,
    OCCASION_ON,
    RELATIVE_PRONOUNS,
    REPRESENTATIVE_NOUNS,
    REPRESENTED_PREPS,
    REPRESENTING,
    TOPIC_PREPS,
)
from summitgraph.lexicon.travel import VISIT_NOUNS
from summitgraph.pipeline.pairs import HYPHENS
from summitgraph.syntax import SUBJECT_DEPS
from summitgraph.syntax import subject as subject_of


def phrase(ctx: DocIndex, head: Token, depth: int = 0) -> list[int]:
    """Mentions named by the noun phrase headed by ``head``: the head itself,
    its conjuncts and appositions ("his wife, Ri Sol-ju"), members listed with
    "including", but not possessors or modifiers ("Kim's sister", "the Trump
    administration") nor anything in a nested clause."""
    found: list[int] = []
    stack = [head]
    seen = set()
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        if token.lower_ in PERSON_PRONOUNS and token.i not in ctx.mention_at:
            if depth < 2:  # "he said he ...": one pronoun may lead to another, not around in circles
                found.extend(antecedent(ctx, token, phrase, depth + 1))
        elif is_pair(token):
            found.extend(last_two(ctx, token))
        elif token.i in ctx.mention_at:
            found.append(ctx.mention_at[token.i])
            found.extend(hyphen_partner(ctx, ctx.mention_at[token.i]))
        elif token.lower_ in REPRESENTATIVE_NOUNS:
            found.extend(_represented(ctx, token))
        for child in token.children:
            dep = child.dep_
            if dep in {"conj", "appos"}:
                stack.append(child)
            elif dep == "prep" and child.lower_ in INCLUDING:
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep == "acl" and child.lower_ in LED and token.lower_ in GROUP_NOUNS:
                # "hosted a delegation led by Mayor Eric Adams": its leader.
                stack.extend(c for a in child.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj")
            elif (
                dep == "prep" and child.lower_ == "with" and any(c.lower_ in COMPANION_ADVERBS for c in child.children)
            ):
                # "Modi, along with Foreign Minister Jaishankar, met Biden".
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep == "prep" and child.lower_ == "of" and token.lower_ in TITLES and token.i not in ctx.mention_at:
                # "the Prime Minister of New Zealand Bill English": the name
                # the parser hung under the title's "of".
                stack.extend(
                    c
                    for c in child.subtree
                    if c.i in ctx.mention_at and ctx.mentions[ctx.mention_at[c.i]].label == "PERSON"
                )
            elif dep in {"nmod", "compound"} and any(c.dep_ == "cc" for c in child.children):
                # "Trump and South Korean President Moon": a coordination the
                # parser hung under the second name.
                stack.append(child)
    return sorted(set(found), key=lambda i: ctx.mentions[i].start)


def hyphen_partner(ctx: DocIndex, index: int) -> list[int]:
    """The name joined by a hyphen in front of mention ``index``: "Trump" of
    "a Trump-Putin summit", "Israeli" of "Israeli-Palestinian negotiations"
    (the entity component split the pair, ``pipeline.pairs``)."""
    doc, start = ctx.doc, ctx.mentions[index].token_start
    if start < 2 or doc[start - 1].text not in HYPHENS or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return []
    return [i for i, m in enumerate(ctx.mentions) if m.token_end == start - 1]


def _represented(ctx: DocIndex, noun: Token) -> list[int]:
    """The countries and organisations a noun of representatives stands for,
    when the phrase names none of them: "a U.S. delegation", "Chinese
    counterparts", "officials from the RNC" (not "officials, including Kim")."""
    if any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in INCLUDING for c in noun.children):
        return []
    if any(m.token_start == noun.i + 1 and m.kind == "person" for m in ctx.mentions):
        return []  # "his Venezuelan counterpart Héctor Lugo Rangel": the person named
    found = []
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod", "poss"}:
            candidates = [child]
        elif child.dep_ == "prep" and child.lower_ in REPRESENTED_PREPS:
            # "the foreign ministers of Chile, Peru and Ecuador": every country listed.
            candidates = [
                c for o in child.children if o.dep_ == "pobj" for c in o.subtree if c.dep_ in {"pobj", "conj"}
            ]
        elif child.dep_ == "acl" and child.lower_ in REPRESENTING:
            candidates = [c for c in child.children if c.dep_ in {"dobj", "pobj"}]
        else:
            continue
        for token in candidates:
            index = ctx.mention_at.get(token.i)
            if index is not None and ctx.mentions[index].kind in {"place", "organization"}:
                found.append(index)
    return found


def climb(ctx: DocIndex, start: Token) -> tuple[list[int], list[Token]]:
    """The participants named by the subject governing ``start`` and the
    tokens passed on the way up (for dates and places).

    Climbs through infinitives ("expected to meet"), conjoined verbs,
    adverbial clauses and time phrases; stops at a reported clause (the
    speaker of "X said the summit ..." took no part) or at a subject that is
    no person.
    """
    path: list[Token] = []
    token = start
    if subject_of(start) is None and start.pos_ in {"VERB", "AUX"}:
        before = _left_person(ctx, start)
        if before:
            return before, [start]
    while True:
        path.append(token)
        subject = subject_of(token) if token.i != start.i or token.pos_ in {"VERB", "AUX"} else None
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                people = [i for i in phrase(ctx, token.head) if ctx.is_person(i)]
                if people:
                    return people, path
            else:
                # Every subject: "Biden, Kishida and Yoon held" can come out as two.
                people = [i for s in token.children if s.dep_ in SUBJECT_DEPS for i in phrase(ctx, s)]
                if not any(ctx.is_person(i) for i in people) and (
                    subject.lower_ in VISIT_NOUNS or subject.lower_ in MEETING_NOUNS
                ):
                    # "Trump's first trip could be to Iceland for a summit":
                    # the one whose trip it is.
                    people = possessors(ctx, subject) or people
                return people, path
        if token.dep_ == "xcomp":
            # Object control: "Trump invited Kim to visit" -> Kim visits.
            obj = next((c for c in token.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                people = [i for i in phrase(ctx, obj) if ctx.is_person(i)]
                if people:
                    return people, path + [token.head]
        if token.dep_ in {"ccomp", "parataxis", "ROOT"} or token.head.i == token.i:
            return [], path
        if token.dep_ == "appos" and token.head.i in ctx.mention_at:
            # "Kim Yong-chol, a key negotiator in talks with the United States": the one described.
            return [ctx.mention_at[token.head.i]], path
        if token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS:
            above = token.head.head
            if above.lower_ not in ASPECT_NOUNS and above.lower_ not in AHEAD_PREPS:
                return [], path
        token = token.head


def _left_person(ctx: DocIndex, verb: Token) -> list[int]:
    """A person named right before a verb that the parser gave no subject
    ("Kiptoo spoke by telephone ...", with "Kiptoo" parsed as an adverb)."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].pos_ == "ADV" and ctx.doc[i].lower_ not in PERSON_PRONOUNS:
        i -= 1  # "Karaca also held talks"
    if i < 0:
        return []
    for index, m in enumerate(ctx.mentions):
        if m.token_end == i + 1 and m.label == "PERSON":
            root = ctx.doc[m.token_start : m.token_end].root
            if root.head.i == verb.i and root.dep_ not in SUBJECT_DEPS | {"dobj", "pobj"}:
                return [index]
    return []


def with_phrase(ctx: DocIndex, trigger: Token, preps: frozenset[str]) -> tuple[list[int], bool]:
    """Mentions in the trigger's ``preps`` phrases ("with Xi"), and whether
    any such phrase exists (even one naming no one we know). A phrase the
    parser hung under the means of talking counts too ("spoke by telephone
    with Kaggwa")."""
    found: list[int] = []
    present = False
    children = list(trigger.children)
    for child in list(children):
        if child.dep_ in {"prep", "agent"} and child.lower_ in MEANS_PREPS:
            for means in child.children:
                if means.dep_ == "pobj" and means.lower_ in MODE_WORDS:
                    children += list(means.children)
    for child in children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    present = True
                    found.extend(phrase(ctx, obj))
    return found, present


def between(ctx: DocIndex, trigger: Token) -> list[int]:
    found, _ = with_phrase(ctx, trigger, GROUP_PREPS)
    return found


def along_with(ctx: DocIndex, verb: Token) -> list[int]:
    """ "Modi, along with Jaishankar, met Biden": the companion is on the subject's side."""
    return [
        i
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in COMPANION_ADVERBS
        for prep in child.children
        if prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for i in phrase(ctx, obj)
        if ctx.is_person(i)
    ]


def agents(ctx: DocIndex, verb: Token) -> list[int]:
    """Mentions in the "by" phrases of a passive verb."""
    return [
        i
        for child in verb.children
        if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by"
        for obj in child.children
        if obj.dep_ == "pobj"
        for i in phrase(ctx, obj)
    ]


def possessors(ctx: DocIndex, noun: Token) -> list[int]:
    """ "Kim's visit", "their summit", "the Trump-Kim summit", "the visit by Xi"."""
    found: list[int] = []
    if noun.dep_ == "conj" and any(c.dep_ == "poss" for c in noun.children) and noun.head.i in ctx.mention_at:
        found.extend(phrase(ctx, noun.head))  # "Biden and Xi's meeting", parsed "Biden and [Xi's meeting]"
    for child in noun.children:
        if child.dep_ == "poss":
            found.extend(phrase(ctx, child))
        elif child.dep_ in {"compound", "nmod"} and child.i in ctx.mention_at:
            found.extend(phrase(ctx, child))
        elif child.dep_ == "amod" and child.i in ctx.mention_at and hyphen_partner(ctx, ctx.mention_at[child.i]):
            found.extend(phrase(ctx, child))  # "Israeli-Palestinian negotiations": the two sides
        elif child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            found.extend(i for obj in child.children if obj.dep_ == "pobj" for i in phrase(ctx, obj))
    found = list(dict.fromkeys(found))
    if len(found) == 1 and ctx.surely_not_person(found[0]):
        return []  # "the APEC summit", "the Singapore summit": the forum or the place, not a party
    return found


def noun_agent(ctx: DocIndex, noun: Token) -> tuple[list[int], list[Token]]:
    """Who takes part in an event named by a noun, when no possessor says:
    the subject of a light verb ("Kim held summits"), or of the clause a
    time phrase belongs to ("Kim arrived ahead of a summit with Trump")."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and (head.lower_ in LIGHT_VERBS or _calls_off(head)):
        return climb(ctx, head)  # "Kim held summits", "Trump cancelled the summit with Kim"
    if noun.dep_ == "conj":
        first = noun
        while first.dep_ == "conj":
            first = first.head
        if first.i != noun.i:
            return noun_agent(ctx, first)
    if noun.dep_ == "pobj":
        occasion = head.lower_ in OCCASION_ON and noun.lower_ in VISIT_NOUNS  # "is on a visit to"
        if head.lower_ in TOPIC_PREPS and not occasion and head.head.lower_ not in ASPECT_NOUNS | AHEAD_PREPS:
            return [], []
        return climb(ctx, head)
    return [], []


def _calls_off(verb: Token) -> bool:
    """ "cancelled", "postponed", "called off": its subject would have taken part."""
    cue = control_cue(verb.lower_, [c.lower_ for c in verb.children if c.dep_ == "prt"])
    return cue is not None and cue.status == "cancelled"


def up_to_verb(token: Token) -> list[Token]:
    out = []
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
        out.append(token)
    return out


def listed_after(ctx: DocIndex, agent: Token) -> list[int]:
    """Names listed after "accompanied by" up to the next finite verb: the
    parser often hangs a long list of companions elsewhere in the tree."""
    found = []
    for token in ctx.doc[agent.i + 1 : ctx.sentence(agent).end]:
        if token.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            break
        index = ctx.mention_at.get(token.i)
        if index is not None and ctx.mentions[index].label in {"PERSON", "ROLE"}:
            found.append(index)
    return found


def to_phrase_people(ctx: DocIndex, noun: Token) -> list[int]:
    return [
        i
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ == "to"
        for obj in child.children
        if obj.dep_ == "pobj"
        for i in phrase(ctx, obj)
        if ctx.mentions[i].label in {"PERSON", "ROLE"}
    ]


def light_verb(noun: Token) -> Token | None:
    """The verb of "held talks", "attended the summit", if any."""
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lower_ in LIGHT_VERBS:
        return noun.head
    return None
