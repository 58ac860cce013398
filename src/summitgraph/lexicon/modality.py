"""Modality: the words that say whether an event happened, is planned, is only
possible, or was called off or denied, and where its time lies.

One table serves both stages that need it: the status of a meeting
(``summitgraph.interactions.status``) and the tense of a clause
(``summitgraph.syntax.clause_tense``), which dates read to pick the past or
the coming Monday. Each row is a lemma with every feature:

- ``status``: what the cue makes of an event under it ("expected to meet" ->
  planned, "hopes to meet" -> possible, "cancelled the summit" -> cancelled,
  "refused to meet" -> denied); ``None`` when the cue says nothing of it and
  the tense decides ("was about to meet");
- ``future``: whether a "to"-infinitive under it refers to the future, for
  dates ("was expected to meet Tuesday" is the coming Tuesday).

Verbs list their lemma and get every inflection from
:func:`~summitgraph.lexicon.forms.verb_forms`; adjectives and participles
used as adjectives ("due", "poised") are listed as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, NamedTuple

from summitgraph.lexicon.forms import verb_forms

__all__ = [
    "CONTROLLERS",
    "MODALS",
    "MODIFIERS",
    "NEGATORS",
    "REPORTING_VERBS",
    "SCHEDULING",
    "Cue",
    "Modal",
    "control_cue",
]

CueStatus = Literal["planned", "possible", "cancelled", "denied"]


class Cue(NamedTuple):
    status: CueStatus | None
    future: bool = False


# --- verbs and adjectives that govern a "to"-infinitive or an event noun ------

#: Verbs (lemmas): "expected to meet", "plans a summit", "hopes to visit".
_CONTROL_VERBS: dict[str, Cue] = {
    "expect": Cue("planned", future=True),  # "was expected to meet Tuesday"
    "plan": Cue("planned", future=True),  # "plans to visit", "planned a summit"
    "schedule": Cue("planned", future=True),  # "scheduled to arrive"
    "intend": Cue("planned", future=True),  # "intends to travel"
    "prepare": Cue("planned", future=True),  # "is preparing to host"
    "arrange": Cue("planned"),  # "arranged to meet"
    "agree": Cue("planned"),  # "agreed to hold talks" (when is not said)
    "decide": Cue("planned"),  # "decided to visit"
    "hope": Cue("possible", future=True),  # "hopes to meet"
    "want": Cue("possible", future=True),  # "wants to meet"
    "wish": Cue("possible", future=True),
    "seek": Cue("possible", future=True),  # "sought a meeting"
    "aim": Cue("possible", future=True),  # "aims to hold talks"
    "offer": Cue("possible"),  # "offered to host"
    "propose": Cue("possible"),  # "proposed a summit"
    "like": Cue("possible"),  # "would like to meet"
    "love": Cue("possible"),
    "consider": Cue("possible"),  # "is considering a visit"
    "try": Cue("possible"),
    "invite": Cue("possible"),  # "invited Kim to visit"
    "ask": Cue("possible"),  # "asked to meet"
    "urge": Cue("possible"),
    "push": Cue("possible"),  # "pushed for talks"
    "pledge": Cue("possible"),
    "promise": Cue("possible"),
    "vow": Cue("possible"),
    "request": Cue("possible"),  # "requested a meeting"
    "need": Cue("possible"),
    "cancel": Cue("cancelled"),  # "cancelled the summit"
    "scrap": Cue("cancelled"),
    "postpone": Cue("cancelled"),  # "postponed the visit"
    "delay": Cue("cancelled"),
    "abandon": Cue("cancelled"),
    "refuse": Cue("denied"),  # "refused to meet"
    "decline": Cue("denied"),
    "reject": Cue("denied"),  # "rejected talks"
    "rule": Cue("denied"),  # "ruled out a meeting"
    "deny": Cue("denied"),
    "snub": Cue("denied"),
    "skip": Cue("denied"),  # "skipped the summit"
    "avoid": Cue("denied"),
}

#: Adjectives and fixed forms: "is due to arrive", "is ready to meet".
_CONTROL_WORDS: dict[str, Cue] = {
    "set": Cue("planned", future=True),  # "is set to begin"
    "due": Cue("planned", future=True),  # "is due to arrive"
    "slated": Cue("planned", future=True),
    "poised": Cue("planned", future=True),
    "going": Cue("planned", future=True),  # "is going to visit"
    "supposed": Cue(None, future=True),  # "was supposed to meet"
    "about": Cue(None, future=True),  # "is about to arrive"
    "ready": Cue("possible", future=True),  # "ready to meet"
    "likely": Cue("possible", future=True),
    "unlikely": Cue("possible", future=True),
    "willing": Cue("possible"),
    "eager": Cue("possible"),
    "keen": Cue("possible"),
    "open": Cue("possible"),  # "open to a meeting"
    "able": Cue("possible"),
    "unable": Cue("possible"),
    "possible": Cue("possible"),
    # nouns of plans and offers: "preparations for a summit", "an invitation to talks"
    "preparations": Cue("planned", future=True),
    "negotiations": Cue("possible", future=True),  # "negotiations for a second summit"
    "invitation": Cue("possible", future=True),
    "proposal": Cue("possible", future=True),
    "bid": Cue("possible", future=True),
}

#: "is to meet": a form of "be" with a "to"-infinitive is a plan.
BE_FORMS: frozenset[str] = frozenset({"is", "are", "am", "was", "were", "be", "'s", "'re"})


def _index() -> dict[str, Cue]:
    table: dict[str, Cue] = {}
    for lemma, cue in _CONTROL_VERBS.items():
        for form in verb_forms(lemma):
            table.setdefault(form, cue)
    for word, cue in _CONTROL_WORDS.items():
        table.setdefault(word, cue)
    return table


#: Every form of every cue above, lower case.
CONTROLLERS: dict[str, Cue] = _index()


#: Phrasal verbs (lemma, particle): "called off the summit", "ruled out talks".
_PHRASAL: dict[tuple[str, str], Cue] = {
    ("call", "off"): Cue("cancelled"),
    ("put", "off"): Cue("cancelled"),
    ("push", "back"): Cue("cancelled"),
    ("rule", "out"): Cue("denied"),
    ("pull", "out"): Cue("denied"),
    ("back", "out"): Cue("denied"),
}
PHRASAL: dict[tuple[str, str], Cue] = {
    (form, particle): cue for (lemma, particle), cue in _PHRASAL.items() for form in verb_forms(lemma)
}


def control_cue(word: str, particles: Iterable[str] = ()) -> Cue | None:
    """The cue a governing word gives, by its lower-case form and the
    particles it takes ("called" + "off")."""
    for particle in particles:
        if (word, particle) in PHRASAL:
            return PHRASAL[word, particle]
    return CONTROLLERS.get(word)


#: Cues that deny or call off what they govern (single words; phrasal ones in ``PHRASAL``).
NEGATORS: frozenset[str] = frozenset(w for w, c in CONTROLLERS.items() if c.status in {"cancelled", "denied"})

#: Participles and adjectives of scheduling that put a clause in the future
#: even without an infinitive: "the meeting is scheduled for Friday".
SCHEDULING: frozenset[str] = frozenset(
    {"scheduled", "planned", "slated", "due", "expected", "timed", "penciled", "pencilled"}
)


# --- modal auxiliaries -----------------------------------------------------------


class Modal(NamedTuple):
    #: "future": the clause is future ("will meet"); "possibility": future with a
    #: bare verb, past with a perfect ("may visit", "may have met"); "present".
    tense: Literal["future", "possibility", "present"]
    status: Literal["planned", "possible"] | None
    #: The status in reported speech, when it differs: "said he would meet" is planned.
    reported: Literal["planned"] | None = None


MODALS: dict[str, Modal] = {
    "will": Modal("future", "planned"),
    "'ll": Modal("future", "planned"),
    "ll": Modal("future", "planned"),
    "wo": Modal("future", "planned"),  # "wo n't"
    "shall": Modal("future", "planned"),
    # "would" is a conditional (possible), except in reported speech, where it is
    # the future of the past: "said he would meet" (planned).
    "would": Modal("future", "possible", reported="planned"),
    "'d": Modal("future", None, reported="planned"),  # "he'd meet", but also "he'd met"
    "may": Modal("possibility", "possible"),
    "might": Modal("possibility", "possible"),
    "could": Modal("possibility", "possible"),
    "should": Modal("possibility", None),
    "must": Modal("possibility", None),
    "ought": Modal("possibility", None),
    "can": Modal("present", "possible"),
    "ca": Modal("present", "possible"),  # "ca n't"
}

#: Forms of "have" that make a past participle a present perfect (past).
HAVE_FORMS: frozenset[str] = frozenset({"has", "have", "'ve", "'s", "having"})


# --- modifiers of an event noun -------------------------------------------------

#: "a possible summit", "the upcoming visit".
MODIFIERS: dict[str, Literal["planned", "possible"]] = {
    "possible": "possible",
    "potential": "possible",
    "proposed": "possible",
    "prospective": "possible",
    "hypothetical": "possible",
    "mooted": "possible",
    "rumoured": "possible",
    "rumored": "possible",
    "planned": "planned",
    "upcoming": "planned",
    "forthcoming": "planned",
    "scheduled": "planned",
    "expected": "planned",
    "anticipated": "planned",
    "impending": "planned",
    "next": "planned",
    "future": "planned",
    "coming": "planned",
    "pending": "planned",
}


def modifier_status(word: str) -> Literal["planned", "possible"] | None:
    """The status a modifier of an event word gives: "possible summit",
    "upcoming visit", or a modal the parser hung there."""
    if word in MODIFIERS:
        return MODIFIERS[word]
    modal = MODALS.get(word)
    return modal.status if modal is not None else None


# --- reported speech -------------------------------------------------------------

#: Verbs that report speech (lemmas): "said he would meet" is planned, and
#: "said on Monday" dates the saying, not the event.
_REPORTING_LEMMAS = (
    "say tell announce confirm add state indicate reveal insist note declare write tweet report disclose"
).split()

REPORTING_VERBS: frozenset[str] = frozenset(f for lemma in _REPORTING_LEMMAS for f in verb_forms(lemma))


# --- negation and condition --------------------------------------------------------

#: Words under an event word that deny it: "no meeting", "never met", "without talks".
NEGATION_WORDS: frozenset[str] = frozenset({"no", "never", "without"})
#: Determiners of a noun of plans that deny what it governs: "has no plans to meet".
NO_WORDS: frozenset[str] = frozenset({"no", "never"})
#: "left without meeting him": the preposition denies its object.
WITHOUT: frozenset[str] = frozenset({"without"})
#: "if they meet", "unless talks resume": a condition makes the event possible only.
CONDITION_MARKS: frozenset[str] = frozenset({"if", "unless"})
#: "had been due to travel": a past perfect on a plan says it fell through.
PAST_PERFECT_AUX: frozenset[str] = frozenset({"had", "'d"})
