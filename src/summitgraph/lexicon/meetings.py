"""Meeting words: the verbs and nouns that say two parties met, talked or
called, with every feature the rules read, one row per lemma.

Adding a meeting verb is one row here (and one test row in
``tests/interactions``); its inflections come from
:func:`~summitgraph.lexicon.forms.verb_forms`. Lower case throughout: the
rules compare ``token.lower_``.
"""

from __future__ import annotations

from typing import NamedTuple

from summitgraph.lexicon.forms import noun_forms, verb_forms
from summitgraph.models import ContactKind, Mode

__all__ = [
    "ANAPHORIC_NOUNS",
    "GATHER_PARTICLES",
    "LIGHT_VERBS",
    "MEETING_NOUNS",
    "MEETING_VERBS",
    "MODE_WORDS",
    "MeetingNoun",
    "MeetingVerb",
    "meeting_noun",
    "meeting_verb",
]


class MeetingVerb(NamedTuple):
    """What one meeting verb means.

    - ``partner_preps``: prepositions whose object is the other party ("met
      with Xi", "spoke to Moon"); on the phone, "to" always is ("talked on a
      cellphone to Obama");
    - ``object_is_partner``: its direct object is the other party ("met Xi");
      False for verbs whose object is the topic ("discussed trade with Abe")
      or that meet only "with" someone ("talk to reporters" is no meeting);
    - ``person_object``: it counts only when its object is a person ("Xi
      received Kim", not "received a letter"); with no person, no meeting;
    - ``in_person``: it says the parties were in one place ("hosted",
      "welcomed"), unless the text says phone or video;
    - ``particle``: it means meeting only with one of these words ("shook
      hands with", "sat down with", "brought together");
    - ``calls_on``: "called on President X" is a visit to X;
    - ``contact``: the kind of contact it tells of (a call when the text
      says phone or video, whatever the verb).
    """

    partner_preps: frozenset[str] = frozenset({"with"})
    object_is_partner: bool = True
    person_object: bool = False
    in_person: bool = False
    particle: frozenset[str] = frozenset()
    calls_on: bool = False
    contact: ContactKind = "meeting"


_WITH_TO = frozenset({"with", "to"})

#: Meeting verbs by lemma.
_MEETING_VERBS: dict[str, MeetingVerb] = {
    "meet": MeetingVerb(in_person=True),  # "Kim met Trump in Singapore"
    "confer": MeetingVerb(contact="talks"),  # "Merkel conferred with Macron"
    "huddle": MeetingVerb(contact="talks"),  # "aides huddled with the president"
    "speak": MeetingVerb(partner_preps=_WITH_TO, contact="talks"),  # "Trump spoke to Moon by phone"
    "talk": MeetingVerb(object_is_partner=False, contact="talks"),  # "talked with Xi" ("talked to reporters" is not)
    "chat": MeetingVerb(object_is_partner=False, contact="talks"),  # "chatted with Abe"
    "dine": MeetingVerb(object_is_partner=False),  # "dined with Macron"
    "discuss": MeetingVerb(
        object_is_partner=False, contact="talks"
    ),  # "discussed trade with Abe": the object is the topic
    "host": MeetingVerb(person_object=True, in_person=True),  # "Xi hosted Kim"
    "receive": MeetingVerb(person_object=True, in_person=True),  # "Xi received Kim"
    "welcome": MeetingVerb(person_object=True, in_person=True),  # "Merkel welcomed Macron"
    "greet": MeetingVerb(person_object=True, in_person=True),  # "Abe greeted Trump at the airport"
    "visit": MeetingVerb(person_object=True, in_person=True, contact="visit"),  # "Pompeo visited Kim"
    "embrace": MeetingVerb(person_object=True, in_person=True),  # "Moon embraced Kim"
    "hug": MeetingVerb(person_object=True, in_person=True),  # "Trump hugged Macron"
    "phone": MeetingVerb(person_object=True, contact="call"),  # "Abe phoned Trump"
    "telephone": MeetingVerb(person_object=True, contact="call"),  # "Putin telephoned Erdogan"
    "call": MeetingVerb(
        partner_preps=_WITH_TO, person_object=True, calls_on=True, contact="call"
    ),  # "Putin called Erdogan"
    "interview": MeetingVerb(person_object=True, contact="talks"),  # "the envoy interviewed the minister"
    "brief": MeetingVerb(person_object=True, contact="talks"),  # "Pompeo briefed Abe"
    "shake": MeetingVerb(particle=frozenset({"hands"}), in_person=True),  # "Kim shook hands with Trump"
    "sit": MeetingVerb(particle=frozenset({"down"}), in_person=True),  # "Biden sat down with Xi"
    "bring": MeetingVerb(particle=frozenset({"together"}), in_person=True),  # "the summit brought together X, Y"
    "interact": MeetingVerb(object_is_partner=False),  # "the two leaders will interact at the summit"
    "summon": MeetingVerb(person_object=True, in_person=True),  # "India summoned High Commissioner Basit"
    "negotiate": MeetingVerb(object_is_partner=False, contact="talks"),  # "negotiated with the Taliban"
}

#: "brought together X, Y and Z": a gathering of everyone named, not a pair with the subject.
GATHER_PARTICLES: frozenset[str] = frozenset({"together"})


def _verb_index(rows: dict[str, MeetingVerb]) -> dict[str, tuple[str, MeetingVerb]]:
    return {form: (lemma, row) for lemma, row in rows.items() for form in verb_forms(lemma)}


#: Every form of every meeting verb -> (lemma, row).
MEETING_VERBS: dict[str, tuple[str, MeetingVerb]] = _verb_index(_MEETING_VERBS)


def meeting_verb(word: str) -> tuple[str, MeetingVerb] | None:
    """The lemma and row of a meeting verb form ("met" -> "meet")."""
    return MEETING_VERBS.get(word)


class MeetingNoun(NamedTuple):
    """What one meeting noun means.

    - ``weak``: it is a meeting only with a named partner or a light verb
      ("negotiations with Iran", "held a dinner"; "a call" alone is not);
    - ``plural_only``: only the plural means a meeting ("talks",
      "negotiations"; "a talk" is a lecture);
    - ``contact``: the kind of contact it names.
    """

    weak: bool = False
    plural_only: bool = False
    contact: ContactKind = "meeting"


#: Meeting nouns by lemma (the plural, for plural-only nouns).
_MEETING_NOUNS: dict[str, MeetingNoun] = {
    "meeting": MeetingNoun(),  # "their meeting in Hanoi"
    "summit": MeetingNoun(contact="summit"),  # "the Kim-Trump summit"
    "summitry": MeetingNoun(contact="summit"),
    "talks": MeetingNoun(plural_only=True, contact="talks"),  # "held talks with"
    "encounter": MeetingNoun(),
    "conversation": MeetingNoun(contact="talks"),  # "a conversation with Putin"
    "tete-a-tete": MeetingNoun(),
    "bilateral": MeetingNoun(),  # "held a bilateral" (tagged JJ)
    "videoconference": MeetingNoun(contact="call"),
    "teleconference": MeetingNoun(contact="call"),
    "phone-call": MeetingNoun(contact="call"),
    "phonecall": MeetingNoun(contact="call"),
    "call": MeetingNoun(weak=True, contact="call"),  # "a phone call with Moon"
    "dinner": MeetingNoun(weak=True),  # "hosted a dinner for Putin"
    "lunch": MeetingNoun(weak=True),
    "breakfast": MeetingNoun(weak=True),
    "banquet": MeetingNoun(weak=True),
    "audience": MeetingNoun(weak=True),  # "an audience with the Pope"
    "conference": MeetingNoun(weak=True),  # "a joint press conference with X"; a conference alone is no meeting
    "discussions": MeetingNoun(weak=True, plural_only=True, contact="talks"),
    "negotiations": MeetingNoun(weak=True, plural_only=True, contact="talks"),  # "negotiations with Iran"
    "consultations": MeetingNoun(weak=True, plural_only=True, contact="talks"),
}

#: Nouns that name a meeting only when they take one up again: "participated
#: in the exchange of ideas", "the session ran late" (an exchange of fire, a
#: session of parliament are no meeting of their own).
ANAPHORIC_NOUNS: frozenset[str] = frozenset(
    form for lemma in ("exchange", "session", "gathering", "discussion", "event") for form in noun_forms(lemma)
)

#: Words that make a sentence tell of a game, not a meeting: "the pair met,
#: the bout went 11 rounds", "a semifinal meeting against Indiana State".
SPORTS_WORDS: frozenset[str] = frozenset(
    form
    for lemma in (
        "game",
        "match",
        "bout",
        "semifinal",
        "quarterfinal",
        "playoff",
        "tournament",
        "championship",
        "inning",
        "touchdown",
        "kickoff",
        "rematch",
        "fixture",
        "scoreline",
    )
    for form in noun_forms(lemma)
)
#: "a meeting against Indiana State": an opponent, not a partner.
AGAINST: frozenset[str] = frozenset({"against"})
#: Last words of the names of ceremonies and contests, which are hosted or
#: won, not met: "hosted the Academy Awards", "the Tony Awards", "the Winter Games".
EVENT_NAME_WORDS: frozenset[str] = frozenset(
    "awards award oscars emmys tonys grammys games olympics cup championship festival ceremony gala".split()
)

#: Every form of every meeting noun -> (lemma, row).
MEETING_NOUNS: dict[str, tuple[str, MeetingNoun]] = {
    form: (lemma, row)
    for lemma, row in _MEETING_NOUNS.items()
    for form in noun_forms(lemma, plural_only=row.plural_only)
}


def meeting_noun(word: str) -> tuple[str, MeetingNoun] | None:
    """The lemma and row of a meeting noun form ("summits" -> "summit")."""
    return MEETING_NOUNS.get(word)


#: Verbs whose subject takes part in the meeting named by their object:
#: "held talks with", "attended the summit", "made a call to", "paid a visit".
_LIGHT_VERBS = """
    hold have attend host join participate begin start open conclude end wrap make pay receive take place
    resume continue seek plan propose arrange schedule prepare want request offer agree expect undertake embark conduct
""".split()

LIGHT_VERBS: frozenset[str] = frozenset(form for lemma in _LIGHT_VERBS for form in verb_forms(lemma))


#: Words that say how the parties were in contact: "spoke by phone", "a video call".
_MODE_VERBS: dict[str, Mode] = {"phone": "phone", "telephone": "phone", "call": "phone"}
_MODE_NOUNS: dict[str, Mode] = {
    "call": "phone",
    "phone": "phone",
    "telephone": "phone",
    "cellphone": "phone",
    "smartphone": "phone",
    "phone-call": "phone",
    "phonecall": "phone",
    "video": "video",
    "videoconference": "video",
    "video-conference": "video",
    "videolink": "video",
    "teleconference": "video",
}
_MODE_ADJECTIVES: dict[str, Mode] = {"telephonic": "phone", "virtual": "video"}

MODE_WORDS: dict[str, Mode] = {
    **{form: mode for lemma, mode in _MODE_VERBS.items() for form in verb_forms(lemma)},
    **{form: mode for lemma, mode in _MODE_NOUNS.items() for form in noun_forms(lemma)},
    **_MODE_ADJECTIVES,
}
