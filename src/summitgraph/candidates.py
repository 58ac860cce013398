"""Doc + mentions -> interaction candidates: who met, visited or accompanied whom.

Reads the dependency parse; never changes the Doc. Each candidate points at
name mentions by index; whether a participant is a person is decided later,
after resolution (``summitgraph.events``), because the resolver may find that
an "ORG" called "Trump" is the person Donald Trump.

The rules, in short:

- a trigger is a meeting verb ("met", "held talks"), a meeting noun
  ("summit", "talks", "call"), a travel verb or noun ("visited", "arrived
  in", "visit to") or "accompanied";
- participants come from the trigger's subject (climbing through "expected
  to", "ready to", conjoined verbs and time phrases such as "ahead of"), its
  object, its "with"/"between" phrase and possessives ("their summit");
- status comes from modifiers ("possible summit"), modals and planning verbs
  ("expected to meet") and the tense of the clause;
- date and place come from the phrases attached to the trigger or to the
  verbs on the way up to its subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from summitgraph import gazetteer
from summitgraph import patterns as P
from summitgraph.models import Candidate, InteractionKind, Mention, Mode, NameMention, Status
from summitgraph.syntax import clause_tense

# Dependencies that open a new clause: a participant search does not enter them.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "attr"})
RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
INCLUDING = frozenset({"including", "like", "such"})


@dataclass
class _Doc:
    """What the rules look up while reading one Doc."""

    doc: Doc
    mentions: list[NameMention]
    dates: list[Mention]
    mention_at: dict[int, int] = field(default_factory=dict)  # root token -> mention
    date_at: dict[int, int] = field(default_factory=dict)  # any token -> date mention
    range_end: dict[int, int] = field(default_factory=dict)  # date mention -> its range end
    sentences: list[Span] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # token -> index into sentences

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (``Token.sent`` rescans the Doc each time)."""
        return self.sentences[self.sentence_of[token.i]]

    def __post_init__(self) -> None:
        self.sentences = list(self.doc.sents)
        self.sentence_of = [0] * len(self.doc)
        for index, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sentence_of[i] = index
        for index, m in enumerate(self.mentions):
            span = self.doc[m.token_start : m.token_end]
            # A role description and the place inside it share tokens; the
            # role is rooted on its head noun, the place on its own word.
            self.mention_at.setdefault(span.root.i, index)
        for index, d in enumerate(self.dates):
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.date_at.setdefault(token.i, index)

    def is_person(self, index: int) -> bool:
        m = self.mentions[index]
        return m.kind == "person" or m.label == "ORG"


def find_candidates(
    doc: Doc,
    mentions: list[NameMention],
    dates: list[Mention],
    ranges: Iterable[tuple[int, int]] = (),
) -> list[Candidate]:
    """Every interaction the Doc states, in text order."""
    ctx = _Doc(doc, mentions, dates)
    ctx.range_end = dict(ranges)
    found: list[Candidate] = []
    for token in doc:
        lower = token.lower_
        if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
            if lower in P.GATHER_VERBS:
                found.extend(_meet_verb(ctx, token))
            if lower in P.ACCOMPANY_VERBS:
                found.extend(_accompanied(ctx, token))
            elif lower in P.VISIT_VERBS or lower in P.TRAVEL_VERBS:
                found.extend(_travel_verb(ctx, token))
            if lower in P.MEET_VERBS or lower in P.MEET_VERBS_PERSON or lower in P.MEET_PHRASES:
                found.extend(_meet_verb(ctx, token))
        elif _is_noun(token):
            if lower in P.MEET_NOUNS:
                found.extend(_meet_noun(ctx, token))
            elif lower in P.VISIT_NOUNS:
                found.extend(_visit_noun(ctx, token))
    return found


def _is_noun(token: Token) -> bool:
    """A noun, or a meeting word used as one ("held a bilateral", tagged JJ)."""
    return token.tag_.startswith("NN") or (
        token.lower_ in P.MEET_NOUNS | P.VISIT_NOUNS and token.dep_ in NOUN_DEPS and not token.tag_.startswith("VB")
    )


# --- participants ------------------------------------------------------------


def _phrase(ctx: _Doc, head: Token, depth: int = 0) -> list[int]:
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
        if token.lower_ in P.PERSON_PRONOUNS and token.i not in ctx.mention_at:
            if depth < 2:  # "he said he ...": one pronoun may lead to another, not around in circles
                found.extend(_antecedent(ctx, token, depth + 1))
        elif _is_pair(token):
            found.extend(_last_two(ctx, token))
        elif token.i in ctx.mention_at:
            found.append(ctx.mention_at[token.i])
        for child in token.children:
            dep = child.dep_
            if dep in {"conj", "appos"}:
                stack.append(child)
            elif dep == "prep" and child.lower_ in INCLUDING:
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep == "acl" and child.lower_ in P.LED and token.lower_ in P.GROUP_NOUNS:
                # "hosted a delegation led by Mayor Eric Adams": its leader.
                stack.extend(c for a in child.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj")
            elif (
                dep == "prep"
                and child.lower_ == "with"
                and any(c.lower_ in {"along", "together"} for c in child.children)
            ):
                # "Modi, along with Foreign Minister Jaishankar, met Biden".
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep == "prep" and child.lower_ == "of" and token.lower_ in P.TITLES and token.i not in ctx.mention_at:
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


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _climb(ctx: _Doc, start: Token) -> tuple[list[int], list[Token]]:
    """The participants named by the subject governing ``start`` and the
    tokens passed on the way up (for dates and places).

    Climbs through infinitives ("expected to meet"), conjoined verbs,
    adverbial clauses and time phrases; stops at a reported clause (the
    speaker of "X said the summit ..." took no part) or at a subject that is
    no person.
    """
    path: list[Token] = []
    token = start
    if _subject(start) is None and start.pos_ in {"VERB", "AUX"}:
        before = _left_person(ctx, start)
        if before:
            return before, [start]
    while True:
        path.append(token)
        subject = _subject(token) if token.i != start.i or token.pos_ in {"VERB", "AUX"} else None
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                people = [i for i in _phrase(ctx, token.head) if ctx.is_person(i)]
                if people:
                    return people, path
            else:
                # Every subject: "Biden, Kishida and Yoon held" can come out as two.
                people = [i for s in token.children if s.dep_ in SUBJECT_DEPS for i in _phrase(ctx, s)]
                if not any(ctx.is_person(i) for i in people) and subject.lower_ in P.VISIT_NOUNS | P.MEET_NOUNS:
                    # "Trump's first trip could be to Iceland for a summit":
                    # the one whose trip it is.
                    people = _possessors(ctx, subject) or people
                return people, path
        if token.dep_ == "xcomp":
            # Object control: "Trump invited Kim to visit" -> Kim visits.
            obj = next((c for c in token.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                people = [i for i in _phrase(ctx, obj) if ctx.is_person(i)]
                if people:
                    return people, path + [token.head]
        if token.dep_ in {"ccomp", "parataxis", "ROOT"} or token.head.i == token.i:
            return [], path
        if token.dep_ == "pobj" and token.head.lower_ in P.TOPIC_PREPS:
            above = token.head.head
            if above.lower_ not in P.ASPECT_NOUNS and above.lower_ not in P.AHEAD_PREPS:
                return [], path
        token = token.head


OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "attr", "oprd"})


def _left_person(ctx: _Doc, verb: Token) -> list[int]:
    """A person named right before a verb that the parser gave no subject
    ("Kiptoo spoke by telephone ...", with "Kiptoo" parsed as an adverb)."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].pos_ == "ADV" and ctx.doc[i].lower_ not in P.PERSON_PRONOUNS:
        i -= 1  # "Karaca also held talks"
    if i < 0:
        return []
    for index, m in enumerate(ctx.mentions):
        if m.token_end == i + 1 and m.label == "PERSON":
            root = ctx.doc[m.token_start : m.token_end].root
            if root.head.i == verb.i and root.dep_ not in SUBJECT_DEPS | {"dobj", "pobj"}:
                return [index]
    return []


def _is_pair(token: Token) -> bool:
    """ "the two leaders", "the pair", "both men": two people named before."""
    if token.lower_ in P.PAIR_NOUNS:
        return any(c.lower_ == "the" for c in token.children)
    if token.lower_ in P.PEOPLE_NOUNS:
        return any(c.lower_ in {"two", "both"} for c in token.children)
    return False


def _last_two(ctx: _Doc, token: Token) -> list[int]:
    """The two people most recently named before ``token``, in its sentence
    and the two before; a short form is the same person as its full name."""
    first = _previous_sentences(ctx, ctx.sentence(token), 2)
    start = first[-1].start if first else ctx.sentence(token).start
    leaders = token.lower_ in P.LEADER_NOUNS
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


def _antecedent(ctx: _Doc, pronoun: Token, depth: int = 1) -> list[int]:
    """The person(s) a third-person pronoun most likely stands for.

    "Kim said he was ready": the subject of the clause that reports it;
    otherwise the nearest person before it in the sentence, then the subject
    of an earlier sentence. "their" prefers a conjoined subject. An object
    pronoun is never the subject of its own clause ("Macron welcomed her").
    """
    plural = P.PERSON_PRONOUNS[pronoun.lower_] == "pl"
    sent = ctx.sentence(pronoun)
    own = _governing_verb(pronoun)
    barred: set[int] = set()
    if pronoun.dep_ in OBJECT_DEPS and own is not None:
        own_subject = _subject(own)
        if own_subject is not None and own_subject.i != pronoun.i:
            barred = set(_phrase(ctx, own_subject, depth + 1))

    def people_of(subject: Token) -> list[int]:
        return [i for i in _phrase(ctx, subject, depth) if ctx.is_person(i) and i not in barred]

    # The subject of a governing verb ("Kim said he ...", "Kim and Trump pledged ... their").
    token = pronoun
    while token.head.i != token.i:
        token = token.head
        subject = _subject(token)
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
    for previous in _previous_sentences(ctx, sent, 3):
        subject = _subject(previous.root)
        if subject is not None:
            people = people_of(subject)
            if people and (len(people) > 1) == plural:
                return people
    return []


def _previous_sentences(ctx: _Doc, sent: Span, limit: int) -> list[Span]:
    """Up to ``limit`` non-blank sentences before ``sent``, nearest first."""
    index = ctx.sentence_of[sent.start] if len(sent) else 0
    earlier = [s for s in reversed(ctx.sentences[:index]) if s.text.strip()]
    return earlier[:limit]


def _with_phrase(ctx: _Doc, trigger: Token, preps: frozenset[str]) -> tuple[list[int], bool]:
    """Mentions in the trigger's ``preps`` phrases ("with Xi"), and whether
    any such phrase exists (even one naming no one we know). A phrase the
    parser hung under the means of talking counts too ("spoke by telephone
    with Kaggwa")."""
    found: list[int] = []
    present = False
    children = list(trigger.children)
    for child in list(children):
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "over", "via", "on"}:
            for means in child.children:
                if means.dep_ == "pobj" and means.lower_ in P.PHONE_WORDS | P.VIDEO_WORDS:
                    children += list(means.children)
    for child in children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    present = True
                    found.extend(_phrase(ctx, obj))
    return found, present


def _between(ctx: _Doc, trigger: Token) -> list[int]:
    found, _ = _with_phrase(ctx, trigger, frozenset({"between", "among", "amongst"}))
    return found


# --- status, date, place -------------------------------------------------------


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"no", "never", "without"} for c in token.children):
        return True
    head = token.head
    # "has no plans to meet", "there were no plans for a meeting".
    owner = head.head if token.dep_ == "pobj" else head
    if (
        token.dep_ in {"acl", "xcomp", "pobj"}
        and owner.tag_.startswith("NN")
        and any(c.lower_ in {"no", "never"} for c in owner.children)
    ):
        return True
    return (token.dep_ in {"dobj", "xcomp", "nsubjpass"} and head.lower_ in P.NEGATING_VERBS) or (
        token.dep_ == "pobj" and head.lower_ == "without"
    )


def _status(ctx: _Doc, trigger: Token) -> Status | None:
    """occurred, planned or possible; None when the text denies it."""
    if _negated(trigger):
        return None
    for child in trigger.children:
        if child.dep_ in {"amod", "compound", "nmod", "advmod"}:  # modals: _modal
            if child.lower_ in P.POSSIBLE_WORDS:
                return "possible"
            if child.lower_ in P.PLANNED_WORDS:
                return "planned"
    verb = trigger
    if _is_noun(trigger):
        # A meeting noun takes the modality of the verb it is the object of
        # ("plan a summit", "expected to hold talks"); in a time phrase
        # ("at their summit") only the tense counts.
        if trigger.dep_ in {"dobj", "nsubjpass", "attr", "nsubj"} and trigger.head.pos_ in {"VERB", "AUX"}:
            verb = trigger.head
            if _negated(verb):
                return None
        else:
            head = trigger.head
            modal = _modal(_governing_verb(trigger))
            if modal is not None:
                return modal  # "could be to Iceland for a summit"
            if trigger.dep_ == "pobj":
                # "open to a meeting", "plans for a summit", "calls for talks".
                if head.head.lower_ in P.HOPING_VERBS:
                    return "possible"
                if head.head.lower_ in P.PLANNING_VERBS:
                    return "planned"
            if trigger.dep_ == "pobj" and (head.lower_ in P.AHEAD_PREPS or head.head.lower_ in P.AHEAD_PREPS):
                tense = clause_tense(trigger)
                return "occurred" if tense == "past" else "planned"
            return _tense_status(trigger)
    # Walk up through infinitives: "was expected to meet", "ready to meet".
    while True:
        if _negated(verb) and verb.i != trigger.i:
            return None
        modal = _modal(verb)
        if modal is not None:
            return modal
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
            return "possible"
        if verb.i != trigger.i and verb.lower_ in {"is", "are", "'s", "'re", "was", "were"} and trigger.dep_ == "xcomp":
            return "planned"  # "Modi is to meet Abe"
        if verb.i != trigger.i:
            if verb.lower_ in P.PLANNING_VERBS and any(c.lower_ in {"had", "'d"} for c in verb.children):
                return None  # "had been due to travel": the plan fell through
            if verb.lower_ in P.PLANNING_VERBS:
                return "planned"
            if verb.lower_ in P.HOPING_VERBS:
                return "possible"
            if verb.lower_ in P.NEGATING_VERBS:
                return None
        if verb.dep_ in {"xcomp", "acomp"} or (verb.dep_ == "dobj" and verb.tag_.startswith("NN")):
            verb = verb.head
            continue
        break
    return _tense_status(verb)


def _governing_verb(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _modal(verb: Token | None) -> Status | None:
    """The status a verb's own modal gives ("could be", "will hold"), if any.
    "would" is the future of the past in reported speech ("said he would
    meet": planned) and a conditional elsewhere (possible)."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ != "aux":
            continue
        if child.lower_ in {"would", "'d"} and _reported(verb):
            return "planned"
        if child.lower_ in P.POSSIBLE_WORDS:
            return "possible"
        if child.lower_ in P.PLANNED_WORDS:
            return "planned"
    return None


def _reported(verb: Token) -> bool:
    """Whether the clause of ``verb`` is what a reporting verb reports."""
    while verb.dep_ in {"xcomp", "conj", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lower_ in P.REPORTING_VERBS


def _tense_status(token: Token) -> Status:
    tense = clause_tense(token)
    return "planned" if tense == "future" else "occurred"


def _date_near(ctx: _Doc, tokens: list[Token], exclude: set[int]) -> tuple[int | None, int | None]:
    """The date mention attached nearest to the trigger: in its own phrase
    first, then on each verb passed on the way to its subject."""
    for token in tokens:
        for node in _own_phrase(token, exclude):
            index = ctx.date_at.get(node.i)
            if index is not None and _is_calendar(ctx.dates[index]) and not _bound(node):
                return index, ctx.range_end.get(index)
    return None, None


def _bound(node: Token) -> bool:
    """A date that bounds a period ("since 2014", "until June") is not the
    date of the event."""
    return node.dep_ == "pobj" and node.head.lower_ in P.BOUND_PREPS


def _is_calendar(date: Mention) -> bool:
    value = date.value or ""
    return date.type in {"DATE", "TIME"} and value[:1].isdigit()


def _own_phrase(token: Token, exclude: set[int]) -> list[Token]:
    """The token and its dependents, not entering nested clauses or the
    subject; tokens in ``exclude`` (the participants' phrases) are passed
    through but not returned, so a phrase the parser hung under a
    participant ("met Bolsonaro in Brasilia") is still reached."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i not in exclude:
            out.append(t)
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
                continue
            stack.append(child)
    return sorted(out, key=lambda t: abs(t.i - token.i))


def _place_near(ctx: _Doc, tokens: list[Token], exclude: set[int]) -> int | None:
    """A place mention attached by "in", "at" or "to" to the trigger or to a
    verb on its way up ("met Xi in Beijing", "summit in Singapore"), or the
    place a "where" clause belongs to ("flew to Muscat, where he met ...")."""
    for token in tokens:
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            index = ctx.mention_at.get(token.head.i)
            if index is not None and ctx.mentions[index].kind == "place":
                return index
        for node in _own_phrase(token, exclude):
            index = ctx.mention_at.get(node.i)
            if (
                index is not None
                and ctx.mentions[index].kind == "place"
                and node.dep_ == "pobj"
                and node.head.lower_ in {"in", "at", "to", "inside", "near"}
            ):
                return index
    return None


def _excluded(ctx: _Doc, mentions: Iterable[int], trigger: Token | None = None) -> set[int]:
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
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "on"} and m.kind == "person":
                out.difference_update(t.i for t in child.subtree)
    if trigger is not None:
        out.difference_update(t.i for t in trigger.subtree)
    return out


def _mode(trigger: Token) -> Mode | None:
    words = {trigger.lower_} | {c.lower_ for c in trigger.children}
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "over", "via", "on"}:
            words |= {c.lower_ for c in child.children}
    if words & P.VIDEO_WORDS:
        return "video"
    if words & P.PHONE_WORDS:
        return "phone"
    return None


def _count(trigger: Token) -> int | None:
    """How many: "three summits", "met twice", "met three times"."""
    for child in trigger.children:
        if child.dep_ == "nummod" and _is_noun(trigger):
            return _number(child)
        if child.dep_ == "advmod" and child.lower_ in P.TIMES_WORDS:
            return P.TIMES_WORDS[child.lower_]
        if child.dep_ in {"npadvmod", "dobj", "advmod"} and child.lower_ in {"times", "time"}:
            for grandchild in child.children:
                if grandchild.dep_ == "nummod":
                    return _number(grandchild)
    return None


def _number(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    return P.NUMBER_WORDS.get(token.lower_) or None


def _candidate(
    ctx: _Doc,
    kind: InteractionKind,
    trigger: Token,
    status: Status,
    path: list[Token],
    side_a: list[int],
    side_b: list[int] = (),  # type: ignore[assignment]
    target: int | None = None,
    mode: Mode | None = None,
) -> Candidate:
    involved = set(side_a) | set(side_b) | ({target} if target is not None else set())
    exclude = _excluded(ctx, involved, trigger)
    date, date_end = _date_near(ctx, path, exclude)
    place = _place_near(ctx, path, exclude | _excluded(ctx, [target] if target is not None else []))
    sent = ctx.sentence(trigger)
    if kind == "met" and mode is None and place is not None:
        mode = "in_person"  # a meeting somewhere ("a meeting in Bali") is not a call
    return Candidate(
        kind=kind,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        side_a=tuple(side_a),
        side_b=tuple(i for i in side_b if i not in side_a),
        target=target,
        place=place,
        date=date,
        date_end=date_end,
        status=status,
        mode=mode,
        count=_count(trigger),
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
    )


# --- meetings -----------------------------------------------------------------


def _meet_verb(ctx: _Doc, verb: Token) -> list[Candidate]:
    lower = verb.lower_
    if lower in P.GATHER_VERBS and any(c.lower_ == "together" for c in verb.children):
        # "The summit brought together Xi, Putin and Modi".
        guests = [i for c in verb.children if c.dep_ == "dobj" for i in _phrase(ctx, c) if ctx.is_person(i)]
        status = _status(ctx, verb)
        if len(guests) >= 2 and status is not None:
            return [_candidate(ctx, "met", verb, status, [verb], guests, mode="in_person")]
        return []
    if lower in P.MEET_PHRASES:
        parts = {c.lower_ for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"}}
        if not parts & P.MEET_PHRASES[lower]:
            return []
    status = _status(ctx, verb)
    if status is None:
        return []
    subject, path = _climb(ctx, verb)
    subject = subject + [i for i in _along_with(ctx, verb) if i not in subject]
    objects = []
    if lower in P.MEET_VERBS_PERSON or lower in P.MEET_VERBS and lower not in P.WITH_ONLY_VERBS:
        for child in verb.children:
            if child.dep_ == "dobj":
                objects.extend(_phrase(ctx, child))
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was received by Chancellor Brenner", "greeted not by an officer but by Sheikh Khalid".
        objects += [i for i in _agents(ctx, verb) if ctx.is_person(i)]
    calling_on = _called_on(ctx, verb)
    objects += calling_on
    if not objects and lower not in P.WITH_ONLY_VERBS:
        objects = _next_person(ctx, verb)
    if lower in P.MEET_VERBS_PERSON:
        objects = [i for i in objects if ctx.is_person(i)]
        if not objects:
            return []
    partners, has_partner = _with_phrase(ctx, verb, frozenset({"with"}))
    if lower in {"speak", "speaks", "spoke", "spoken", "speaking", "call", "calls", "called", "calling"}:
        more, present = _with_phrase(ctx, verb, frozenset({"to"}))
        partners += more
        has_partner = has_partner or present
    objects += partners
    between = _between(ctx, verb)
    if between:
        return [_candidate(ctx, "met", verb, status, path, between, mode=_mode(verb))]
    if not objects and (has_partner or len(subject) < 2):
        return []
    if lower in P.VISIT_VERBS and not objects:
        return []
    in_person = calling_on or lower in P.MEET_PHRASES  # "shook hands with", "sat down with"
    mode = (
        "in_person"
        if in_person
        else _mode(verb) or ("in_person" if lower in {"meet", "meets", "met", "meeting"} else None)
    )
    if lower in P.VISIT_VERBS | {
        "host",
        "hosts",
        "hosted",
        "hosting",
        "greet",
        "greets",
        "greeted",
        "welcome",
        "welcomed",
        "welcomes",
        "receive",
        "receives",
        "received",
    }:
        mode = mode or "in_person"
    return [_candidate(ctx, "met", verb, status, path, subject, objects, mode=mode)]


def _along_with(ctx: _Doc, verb: Token) -> list[int]:
    """ "Modi, along with Jaishankar, met Biden": the companion is on the subject's side."""
    return [
        i
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in {"along", "together"}
        for prep in child.children
        if prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for i in _phrase(ctx, obj)
        if ctx.is_person(i)
    ]


def _agents(ctx: _Doc, verb: Token) -> list[int]:
    """Mentions in the "by" phrases of a passive verb."""
    return [
        i
        for child in verb.children
        if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by"
        for obj in child.children
        if obj.dep_ == "pobj"
        for i in _phrase(ctx, obj)
    ]


def _called_on(ctx: _Doc, verb: Token) -> list[int]:
    """ "called on President X": a visit to X; not "called on X to resign"."""
    if verb.lower_ not in P.CALL_FORMS:
        return []
    people = []
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ == "on":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    people += [i for i in _phrase(ctx, obj) if ctx.is_person(i)]
    urging = any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children)
        for node in [verb, *[o for ch in verb.children for o in ch.children]]
        for c in node.children
    )
    return [] if urging else people


def _next_person(ctx: _Doc, verb: Token) -> list[int]:
    """The person named right after a transitive meeting verb, when the
    parser hung the name elsewhere ("ahead of meeting Secretary of State
    John Kerry November 8"): only titles, determiners and places between."""
    sent_end = ctx.sentence(verb).end
    for token in ctx.doc[verb.i + 1 : min(verb.i + 8, sent_end)]:
        index = ctx.mention_at.get(token.i)
        if index is not None and ctx.mentions[index].label == "PERSON":
            return [index]
        if token.i in ctx.mention_at or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}:
            continue
        if token.lower_ in P.TITLES or token.lower_ in {"the", "a", "of", "'s", "’s"} or token.ent_type_:
            continue
        break
    return []


def _meet_noun(ctx: _Doc, noun: Token) -> list[Candidate]:
    status = _status(ctx, noun)
    if status is None:
        return []
    light = _light_verb(noun)
    mode = _mode(noun) or (_mode(light) if light is not None else None)
    between = _between(ctx, noun) or (_between(ctx, light) if light is not None else [])
    if between:
        return [_candidate(ctx, "met", noun, status, [noun] + _up_to_verb(noun), between, mode=mode)]
    partners, has_partner = _with_phrase(ctx, noun, frozenset({"with", "from", "to"}))
    if not has_partner and light is not None:
        # "Kim held three summits last year with Xi".
        partners, has_partner = _with_phrase(ctx, light, frozenset({"with"}))
    hosts = _hosts(ctx, noun)
    if hosts:
        partners, has_partner = partners + hosts, True
    if not has_partner and light is not None and light.lower_ in P.HOSTING_VERBS:
        guests = [i for i in _with_phrase(ctx, noun, frozenset({"for", "in"}))[0] if ctx.is_person(i)]
        if guests:  # "hosted a dinner for Putin", "gave a banquet in honour of" (not "for hours")
            partners, has_partner = guests, True
    if not has_partner:
        addressed = _addressee(ctx, noun)
        if addressed:
            partners, has_partner = addressed, True
    own = _possessors(ctx, noun)
    if own and not has_partner:
        # "their summit", "the Kim-Trump summit": the possessors met each other.
        if len(own) >= 2:
            return [_candidate(ctx, "met", noun, status, [noun] + _up_to_verb(noun), own, mode=mode)]
        return []
    if not has_partner and noun.lower_ in P.WEAK_MEET_NOUNS and light is None:
        return []  # "a call", "negotiations": no meeting unless someone holds it with someone
    subject, path = _noun_agent(ctx, noun)
    side_a = own or subject
    path = _context(noun, path, status)
    if has_partner:
        if not partners:
            return []
        return [_candidate(ctx, "met", noun, status, path, side_a, partners, mode=mode)]
    if len(side_a) >= 2:
        # "Kim and Trump held a summit".
        return [_candidate(ctx, "met", noun, status, path, side_a, mode=mode)]
    return []


def _hosts(ctx: _Doc, noun: Token) -> list[int]:
    """ "a dinner hosted by Johnson": the host takes part."""
    return [
        i
        for child in noun.children
        if child.dep_ == "acl" and child.lower_ in P.HOSTED
        for i in _agents(ctx, child)
        if ctx.is_person(i)
    ]


def _addressee(ctx: _Doc, noun: Token) -> list[int]:
    """ "Erdogan told Putin in a phone call": the person the verb addresses
    is the other end of a call or meeting it happens in."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during", "over", "on", "at"}:
        return []
    verb = noun.head.head
    if verb.lower_ not in P.ADDRESS_VERBS:
        return []
    return [i for c in verb.children if c.dep_ in {"dobj", "dative"} for i in _phrase(ctx, c) if ctx.is_person(i)]


def _light_verb(noun: Token) -> Token | None:
    """The verb of "held talks", "attended the summit", if any."""
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lower_ in P.LIGHT_VERBS:
        return noun.head
    return None


def _context(noun: Token, climbed: list[Token], status: Status) -> list[Token]:
    """Where to look for an event noun's date and place: the noun's own
    phrase, and the clause it belongs to when that clause tells of the same
    event or of its time ("held summits last year"; "after summits with
    Trump" in a clause dated last year), not when the event is still to come
    ("arrived Tuesday ahead of a possible summit")."""
    if _light_verb(noun) is not None or status == "occurred":
        return [noun] + climbed
    return [noun]


def _possessors(ctx: _Doc, noun: Token) -> list[int]:
    """ "Kim's visit", "their summit", "the Trump-Kim summit", "the visit by Xi"."""
    found: list[int] = []
    if noun.dep_ == "conj" and any(c.dep_ == "poss" for c in noun.children) and noun.head.i in ctx.mention_at:
        found.extend(_phrase(ctx, noun.head))  # "Biden and Xi's meeting", parsed "Biden and [Xi's meeting]"
    for child in noun.children:
        if child.dep_ == "poss":
            found.extend(_phrase(ctx, child))
        elif child.dep_ in {"compound", "nmod"} and child.i in ctx.mention_at:
            found.extend(_phrase(ctx, child))
        elif child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            found.extend(i for obj in child.children if obj.dep_ == "pobj" for i in _phrase(ctx, obj))
    return [i for i in dict.fromkeys(found)]


def _noun_agent(ctx: _Doc, noun: Token) -> tuple[list[int], list[Token]]:
    """Who takes part in an event named by a noun, when no possessor says:
    the subject of a light verb ("Kim held summits"), or of the clause a
    time phrase belongs to ("Kim arrived ahead of a summit with Trump")."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lower_ in P.LIGHT_VERBS:
        return _climb(ctx, head)
    if noun.dep_ == "conj":
        first = noun
        while first.dep_ == "conj":
            first = first.head
        if first.i != noun.i:
            return _noun_agent(ctx, first)
    if noun.dep_ == "pobj":
        occasion = head.lower_ == "on" and noun.lower_ in P.VISIT_NOUNS  # "is on a visit to"
        if head.lower_ in P.TOPIC_PREPS and not occasion and head.head.lower_ not in P.ASPECT_NOUNS | P.AHEAD_PREPS:
            return [], []
        return _climb(ctx, head)
    return [], []


def _up_to_verb(token: Token) -> list[Token]:
    out = []
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
        out.append(token)
    return out


# --- travel -------------------------------------------------------------------


def _destinations(ctx: _Doc, trigger: Token, preps: frozenset[str], direct: bool) -> list[int]:
    """Places the trigger leads to: its object (``direct``) or the object of
    one of ``preps``, as the head of the phrase: "visit to North Korea's
    ally" names an ally, not North Korea."""
    found: list[int] = []
    for child in trigger.children:
        if direct and child.dep_ == "dobj":
            found.extend(_phrase(ctx, child))
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(_phrase(ctx, obj))
    return [i for i in found if ctx.mentions[i].kind == "place"]


def _travel_verb(ctx: _Doc, verb: Token) -> list[Candidate]:
    lower = verb.lower_
    status = _status(ctx, verb)
    if status is None:
        return []
    if lower in P.VISIT_VERBS:
        places = _destinations(ctx, verb, frozenset(), direct=True)
        # "was visiting from Monday to Thursday": a visit with no place named.
        if not places and any(c.dep_ == "dobj" for c in verb.children):
            return []
    else:
        base = P.TRAVEL_BASE.get(lower, "other")
        places = _destinations(ctx, verb, P.TRAVEL_PREPS.get(base, P.TRAVEL_PREPS["other"]), direct=False)
        if not places:
            return []
    travellers, path = _climb(ctx, verb)
    return _visits(ctx, verb, status, path, travellers, places)


def _visits(
    ctx: _Doc, trigger: Token, status: Status, path: list[Token], visitors: list[int], places: list[int]
) -> list[Candidate]:
    """One candidate per place visited; one without a place when none is
    named ("was visiting from Monday to Thursday")."""
    if not visitors:
        return []
    if not places:
        return [_candidate(ctx, "visited", trigger, status, path, visitors)]
    return [
        _candidate(ctx, "visited", trigger, status, path, visitors, target=place) for place in dict.fromkeys(places)
    ]


def _visit_noun(ctx: _Doc, noun: Token) -> list[Candidate]:
    status = _status(ctx, noun)
    if status is None:
        return []
    hosts = [i for i in _to_phrase_people(ctx, noun)]
    if hosts:
        # "paid a visit to Merkel": a visit to a person is a meeting with them.
        visitors = [i for i in _possessors(ctx, noun) if ctx.mentions[i].kind != "place"]
        path = [noun] + _up_to_verb(noun)
        if not visitors:
            visitors, climbed = _noun_agent(ctx, noun)
            path = _context(noun, climbed, status)
        if visitors:
            return [_candidate(ctx, "met", noun, status, path, visitors, hosts, mode="in_person")]
    places = _destinations(ctx, noun, frozenset({"to", "in", "of"}), direct=False)
    visitors = [i for i in _possessors(ctx, noun) if ctx.mentions[i].kind != "place"]
    path = [noun] + _up_to_verb(noun)
    if not visitors:
        visitors, climbed = _noun_agent(ctx, noun)
        path = _context(noun, climbed, status)
    return _visits(ctx, noun, status, path, visitors, places)


def _to_phrase_people(ctx: _Doc, noun: Token) -> list[int]:
    return [
        i
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ == "to"
        for obj in child.children
        if obj.dep_ == "pobj"
        for i in _phrase(ctx, obj)
        if ctx.mentions[i].label in {"PERSON", "ROLE"}
    ]


def _accompanied(ctx: _Doc, verb: Token) -> list[Candidate]:
    """ "X, accompanied by his wife Y and aide Z", "Y accompanied X", "X was joined by Y"."""
    agent = next((c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
    if verb.lower_ == "joined" and agent is None:
        return []  # "joined the talks": no companion
    if agent is not None:
        companions = [i for obj in agent.children if obj.dep_ == "pobj" for i in _phrase(ctx, obj)]
        companions += _listed_after(ctx, agent)
        principal, path = _climb(ctx, verb.head if verb.dep_ in {"advcl", "acl", "conj"} else verb)
        path = [verb] + path
    else:
        companions, path = _climb(ctx, verb)
        principal = [i for c in verb.children if c.dep_ == "dobj" for i in _phrase(ctx, c)]
    companions = [i for i in dict.fromkeys(companions) if i not in principal]
    if not companions or not principal:
        return []
    status = _status(ctx, verb.head if agent is not None and verb.dep_ in {"advcl", "acl"} else verb) or "occurred"
    return [_candidate(ctx, "accompanied", verb, status, path, companions, principal)]


def _listed_after(ctx: _Doc, agent: Token) -> list[int]:
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
