"""Attaching what a sentence says of an event to its candidate: the date and
place phrases nearest the trigger, the mode of contact and the count.

Date and place come from the phrases attached to the trigger or to the verbs
on the way up to its subject ("met Xi in Beijing on Tuesday", "arrived
Tuesday ahead of a summit"), never from the participants' own phrases.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from summitgraph import gazetteer
from summitgraph.interactions.context import DocIndex, is_noun
from summitgraph.interactions.participants import light_verb
from summitgraph.lexicon.meetings import MODE_WORDS, meeting_noun
from summitgraph.lexicon.numbers import CARDINALS
from summitgraph.lexicon.participants import (
    ABOUT_PREPS,
    ARTICLES,
    ASPECT_NOUNS,
    BOUND_PREPS,
    COUNT_NOUNS,
    MEANS_PREPS,
    PERSON_PLACE_PREPS,
    PLACE_PREPS,
    PURPOSE_PREPS,
    SEPARATELY,
    TIMES_WORDS,
    WHERE,
)
from summitgraph.lexicon.venues import venue_city
from summitgraph.models import Candidate, DateRange, InteractionKind, Mention, Mode, Status
from summitgraph.syntax import CLAUSE_DEPS, SUBJECT_DEPS


def _date_near(ctx: DocIndex, tokens: list[Token], exclude: set[int]) -> tuple[int | None, DateRange | None]:
    """The date mention attached nearest to the trigger (in its own phrase
    first, then on each verb passed on the way to its subject), and the range
    it starts, if any ("from Monday to Thursday", "a three-day visit starting Tuesday")."""
    for token in tokens:
        for node in _own_phrase(token, exclude):
            index = ctx.date_at.get(node.i)
            if index is not None and _is_calendar(ctx.dates[index]) and not _bound(node):
                return index, ctx.ranges.get(index)
    return None, None


def _bound(node: Token) -> bool:
    """A date that bounds a period ("since 2014", "until June") is not the
    date of the event."""
    return node.dep_ == "pobj" and node.head.lower_ in BOUND_PREPS


def _is_calendar(date: Mention) -> bool:
    value = date.value or ""
    return date.type in {"DATE", "TIME"} and value[:1].isdigit()


def _own_phrase(token: Token, exclude: set[int], *, topics: bool = True) -> list[Token]:
    """The token and its dependents, not entering nested clauses or the
    subject; tokens in ``exclude`` (the participants' phrases) are passed
    through but not returned, so a phrase the parser hung under a
    participant ("met Bolsonaro in Brasilia") is still reached. Without
    ``topics``, what the event is about is left out ("talks on the war in
    Syria" are not in Syria)."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i not in exclude:
            out.append(t)
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
                continue
            if not topics and _about(child):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: abs(t.i - token.i))


def _about(prep: Token) -> bool:
    """ "on the war in Syria", not "on the sidelines of the summit in Osaka"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ABOUT_PREPS
        and not any(o.lower_ in ASPECT_NOUNS for o in prep.children if o.dep_ == "pobj")
    )


def _place_near(ctx: DocIndex, tokens: list[Token], exclude: set[int]) -> tuple[int | None, int | None]:
    """The place and the venue of an event: a place or venue attached by
    "in", "at" or "to" to the trigger or to a verb on its way up ("met Xi in
    Beijing", "talks at the Casa Rosada", "summit in Singapore"), or the place
    a "where" clause belongs to ("flew to Muscat, where he met ..."). A venue
    ("the White House") is not the place: a city named with it is ("at the
    Vahdettin Pavilion in Istanbul"), else none here."""
    venue = None
    for token in tokens:
        if token.dep_ == "relcl" and any(c.lower_ in WHERE for c in token.children):
            index = _place_before(ctx, token)
            if index is not None:
                return index, venue
        for node in _own_phrase(token, exclude, topics=False):
            index = ctx.mention_at.get(node.i)
            if index is None or node.dep_ != "pobj" or node.head.lower_ not in PLACE_PREPS:
                continue
            if _is_venue(ctx, index):
                venue = venue if venue is not None else index
                inside = _place_inside(ctx, node)
                if inside is not None:
                    return inside, venue
            elif ctx.mentions[index].kind == "place":
                return index, venue
    return None, venue


def _is_venue(ctx: DocIndex, index: int) -> bool:
    """A building or site rather than a town: "the White House", "the Casa Rosada"."""
    m = ctx.mentions[index]
    name = m.name or m.text
    if venue_city(name) is not None or m.label == "FAC":
        return True
    return m.kind == "place" and gazetteer.place(name) is None and gazetteer.country(name) is None


def _place_inside(ctx: DocIndex, venue: Token) -> int | None:
    """ "at the Vahdettin Pavilion in Istanbul": the town named under a venue."""
    for child in venue.subtree:
        index = ctx.mention_at.get(child.i)
        if index is not None and child.i != venue.i and child.dep_ == "pobj" and not _is_venue(ctx, index):
            if ctx.mentions[index].kind == "place":
                return index
    return None


def _place_before(ctx: DocIndex, clause: Token) -> int | None:
    """The place a "where" clause belongs to: its head, or the place named just
    before it when the parser hung it elsewhere ("stopped in Cairo on Monday,
    where she met ...")."""
    index = ctx.mention_at.get(clause.head.i)
    if index is not None and ctx.mentions[index].kind == "place":
        return index
    start = ctx.sentence(clause).start
    for i in range(min(clause.left_edge.i, clause.i) - 1, max(start, clause.i - 10) - 1, -1):
        index = ctx.mention_at.get(i)
        if index is not None and ctx.mentions[index].kind == "place" and not _is_venue(ctx, index):
            return index
    return None


def _excluded(ctx: DocIndex, mentions: Iterable[int], trigger: Token | None = None) -> set[int]:
    """Token indexes inside the given participants' phrases, not to be
    searched for the date or place of the interaction.

    Not excluded: the trigger's own phrase (in "Trudeau, who met Macron on
    Monday, ..." the meeting sits inside its subject's phrase), and "in"/"at"
    phrases the parser hung under a participant ("met Morrison in Sydney"):
    a person takes no place modifier of their own there.
    """
    out: set[int] = set()
    for index in mentions:
        m = ctx.mentions[index]
        root = ctx.doc[m.token_start : m.token_end].root
        out.update(t.i for t in root.subtree)
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in PERSON_PLACE_PREPS and m.kind == "person":
                out.difference_update(t.i for t in child.subtree)
    if trigger is not None:
        out.difference_update(t.i for t in trigger.subtree)
    return out


def mode(trigger: Token) -> Mode | None:
    """ "phone" or "video" when the trigger or its means says so: "a phone
    call", "spoke by telephone", "held a video conference"."""
    words = {trigger.lower_} | {c.lower_ for c in trigger.children}
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in MEANS_PREPS:
            words |= {c.lower_ for c in child.children}
    modes = {MODE_WORDS[w] for w in words if w in MODE_WORDS}
    if "video" in modes:
        return "video"
    if "phone" in modes:
        return "phone"
    return None


def _count(trigger: Token) -> int | None:
    """How many: "three summits", "met twice", "met three times"."""
    for child in trigger.children:
        if child.dep_ == "nummod" and is_noun(trigger) and trigger.tag_ == "NNS":
            return _number(child)  # "three summits", not "a four-hour meeting"
        if child.dep_ == "advmod" and child.lower_ in TIMES_WORDS:
            return TIMES_WORDS[child.lower_]
        if child.dep_ in {"npadvmod", "dobj", "advmod"} and child.lower_ in COUNT_NOUNS:
            for grandchild in child.children:
                if grandchild.dep_ == "nummod":
                    return _number(grandchild)
    return None


def _number(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    return CARDINALS.get(token.lower_) or ARTICLES.get(token.lower_) or None


def make_candidate(
    ctx: DocIndex,
    kind: InteractionKind,
    trigger: Token,
    status: Status,
    path: list[Token],
    side_a: list[int],
    side_b: list[int] = (),  # type: ignore[assignment]
    target: int | None = None,
    mode: Mode | None = None,
    **extra,
) -> Candidate:
    """A candidate of ``kind`` for ``trigger``, with the date, place, count and
    sentence attached from the ``path`` of tokens to search; ``extra`` are the
    candidate's other fields (``contact``, ``separately``, ``hosts``...)."""
    involved = set(side_a) | set(side_b) | ({target} if target is not None else set())
    exclude = _excluded(ctx, involved, trigger)
    date, span = _date_near(ctx, path, exclude)
    place, venue = _place_near(ctx, path, exclude | _excluded(ctx, [target] if target is not None else []))
    extra.setdefault("venue", venue)
    sent = ctx.sentence(trigger)
    if kind == "met" and mode is None and (place is not None or venue is not None):
        mode = "in_person"  # a meeting somewhere ("a meeting in Bali") is not a call
    return Candidate(
        kind=kind,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        side_a=tuple(side_a),
        side_b=tuple(i for i in side_b if i not in side_a),
        target=target,
        place=place,
        date=date,
        date_end=span.end_mention if span is not None else None,
        until=span.end if span is not None else None,
        status=status,
        mode=mode,
        count=_count(trigger),
        sentence=ctx.sentence_of[trigger.i],
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        **extra,
    )


def one_by_one(trigger: Token) -> bool:
    """Whether the partners named met the subject one by one: "met Abe and
    Morrison separately", "summits with Trump and Moon", "met them twice"."""
    if any(c.lower_ in SEPARATELY for c in trigger.children):
        return True
    found = meeting_noun(trigger.lower_)
    plural = trigger.tag_ == "NNS" and found is not None and not found[1].plural_only
    return plural or (_count(trigger) or 1) > 1


def event_context(noun: Token, climbed: list[Token], status: Status) -> list[Token]:
    """Where to look for an event noun's date and place: the noun's own
    phrase, and the clause it belongs to when that clause tells of the same
    event or of its time ("held summits last year"; "after summits with
    Trump" in a clause dated last year), not when the event is still to come
    ("arrived Tuesday ahead of a possible summit")."""
    if light_verb(noun) is not None or status == "occurred" or _purpose(noun):
        return [noun] + climbed
    return [noun]


def _purpose(noun: Token) -> bool:
    """ "travel to Addis Ababa on Thursday for talks": the trip's day and place are the talks'."""
    return noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS
