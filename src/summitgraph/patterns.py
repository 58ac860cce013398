"""Word lists the rules use, kept as data. Each says why it exists.

Everything here is lower case unless it says otherwise; the rules compare
against ``token.lower_``.
"""

from __future__ import annotations

from summitgraph.lexicon.names import *  # noqa: F403  (moving)
from summitgraph.lexicon.roles import *  # noqa: F403

# --- interactions ------------------------------------------------------------
# The lemmatizer is not run (it costs time and these lists are short), so
# each list spells out the inflected forms news writes.


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Verbs whose subject and object (or "with" object) met. "meet" and its kin
# need nothing more; the "_PERSON" verbs count only when their object is a person
# ("Xi received Kim", not "received a letter").
MEET_VERBS = _forms(
    "meet meets met meeting",
    "confer confers conferred conferring",
    "talk talks talked talking",
    "speak speaks spoke spoken speaking",
    "chat chats chatted chatting",
    "dine dines dined dining",
    "huddle huddles huddled huddling",
    "discuss discusses discussed discussing",
)
MEET_VERBS_PERSON = _forms(
    "host hosts hosted hosting",
    "receive receives received receiving",
    "welcome welcomes welcomed welcoming",
    "greet greets greeted greeting",
    "visit visits visited visiting",
    "phone phones phoned phoning",
    "telephone telephones telephoned telephoning",
    "call calls called calling",
    "interview interviews interviewed interviewing",
    "brief briefs briefed briefing",
    "embrace embraces embraced embracing hug hugs hugged hugging",
)
# Forms of "call": "called on President X" is a visit to X.
CALL_FORMS = _forms("call calls called calling")
# Verbs that mean talking to the object only with a "with" ("talk to reporters"
# is not a meeting, "talk with Xi" is): objects of "to" are not participants.
WITH_ONLY_VERBS = _forms(
    "talk talks talked talking",
    "chat chats chatted chatting",
    "dine dines dined dining",
    "discuss discusses discussed discussing",  # its object is the topic: "discussed trade with Abe"
)
# "shook hands with", "sat down with": a verb and a particle/object that together mean meeting.
MEET_PHRASES: dict[str, frozenset[str]] = {
    "shake": frozenset({"hands"}),
    "shakes": frozenset({"hands"}),
    "shook": frozenset({"hands"}),
    "shaking": frozenset({"hands"}),
    "sit": frozenset({"down"}),
    "sits": frozenset({"down"}),
    "sat": frozenset({"down"}),
    "sitting": frozenset({"down"}),
}

# Nouns naming a meeting; their participants come from "with", "between",
# possessives and the subject of a light verb ("held talks with").
MEET_NOUNS = _forms(
    "meeting meetings summit summits talks encounter encounters conversation conversations",
    "call calls phone-call phonecall videoconference teleconference tete-a-tete",
    "dinner dinners lunch lunches breakfast banquet audience summitry bilateral",
    "discussions negotiations consultations conference",
)
# Of these, the ones that are calls: their mode is "phone".
PHONE_WORDS = _forms(
    "call calls phone phones phoned phoning telephone telephoned telephoning phone-call phonecall telephonic"
)
VIDEO_WORDS = _forms("video videoconference video-conference virtual videolink teleconference")
# Meeting nouns that need a named partner to count ("negotiations with Iran"
# is not a meeting of people; "talks with Xi" is).
WEAK_MEET_NOUNS = _forms(
    "discussions negotiations consultations call calls dinner dinners lunch lunches breakfast banquet audience",
    "conference",  # "a joint press conference with X"; a conference alone is no meeting
)

# Verbs whose subject takes part in the meeting named by their object:
# "held talks with", "attended the summit", "made a call to".
LIGHT_VERBS = _forms(
    "hold holds held holding have has had having attend attends attended attending",
    "host hosts hosted hosting join joins joined joining begin begins began begun beginning",
    "start starts started starting open opens opened opening conclude concludes concluded",
    "end ends ended ending wrap wraps wrapped make makes made making pay pays paid paying",
    "receive receives received receiving take takes took taken taking place places placed",
    "resume resumes resumed resuming continue continues continued continuing",
    "seek seeks sought seeking plan plans planned planning propose proposes proposed proposing",
    "arrange arranges arranged arranging schedule schedules scheduled scheduling",
    "prepare prepares prepared preparing want wants wanted request requests requested",
    "offer offers offered agree agrees agreed expect expects expected",
    "undertake undertakes undertook undertaken embark embarks embarked conduct conducts conducted",
)

# Travel: "visited China", "arrived in Beijing", "left for China".
VISIT_VERBS = _forms("visit visits visited visiting", "tour tours toured touring")
TRAVEL_VERBS = _forms(
    "arrive arrives arrived arriving travel travels traveled travelled traveling travelling",
    "fly flies flew flown flying head heads headed heading go goes went gone going",
    "come comes came coming journey journeys journeyed leave leaves left leaving",
    "depart departs departed departing land lands landed landing",
)
# Prepositions that give a travel verb its destination.
TRAVEL_PREPS: dict[str, frozenset[str]] = {
    "arrive": frozenset({"in", "at"}),
    "land": frozenset({"in", "at"}),
    "leave": frozenset({"for"}),
    "depart": frozenset({"for"}),
    "other": frozenset({"to", "for"}),
}
TRAVEL_BASE: dict[str, str] = {
    form: base
    for base, group in {
        "arrive": "arrive arrives arrived arriving",
        "land": "land lands landed landing",
        "leave": "leave leaves left leaving",
        "depart": "depart departs departed departing",
    }.items()
    for form in group.split()
}
VISIT_NOUNS = _forms("visit visits trip trips tour tours journey journeys arrival stopover state-visit")

ACCOMPANY_VERBS = _forms(
    "accompany accompanies accompanied accompanying",
    "joined",  # only as "was joined by": see JOINED_BY
)

# Nouns for a part of an event: the subject of "at the start of the visit" or
# "on the sidelines of the summit" takes part in it.
ASPECT_NOUNS = _forms(
    "start beginning end conclusion close middle eve sidelines margins outset day days opening round part"
)

# Prepositions whose object is the topic, not the occasion: "details of the
# summit", "a report on the talks" say nothing of who took part.
TOPIC_PREPS = _forms("of about on over regarding concerning around")

# --- status ------------------------------------------------------------------

# Modifiers of a meeting noun that say it has not happened.
POSSIBLE_WORDS = _forms(
    "possible potential proposed prospective hypothetical mooted rumoured rumored",
    "could might may would can",
)
PLANNED_WORDS = _forms(
    "planned upcoming forthcoming scheduled expected anticipated impending next future",
    "coming pending will shall 'll",
)
# Verbs and adjectives that make an infinitive after them planned or possible:
# "expected to meet" (planned), "ready to meet" (possible).
PLANNING_VERBS = _forms(
    "expect expects expected plan plans planned planning schedule scheduled set due",
    "going agree agrees agreed arrange arranged prepare prepares prepared preparing",
    "slated poised intend intends intended decide decides decided",
)
HOPING_VERBS = _forms(
    "hope hopes hoped hoping want wants wanted wish wishes wished seek seeks sought",
    "offer offers offered propose proposes proposed ready willing eager keen open",
    "like love consider considers considered considering try tries tried trying",
    "invite invites invited inviting ask asks asked urge urges urged push pushes pushed",
    "pledge pledges pledged promise promises promised vow vows vowed aim aims aimed",
    "request requests requested",
    "able unable likely unlikely possible need needs needed",
)
# Verbs that say a meeting did not or will not happen.
NEGATING_VERBS = _forms(
    "cancel cancels cancelled canceled cancelling canceling scrap scraps scrapped",
    "postpone postpones postponed delay delays delayed refuse refuses refused decline declines declined",
    "reject rejects rejected rule ruled deny denies denied snub snubs snubbed skip skips skipped",
    "avoid avoids avoided abandon abandons abandoned",
)
# Prepositions after which an event noun is future in a present-tense clause:
# "arrives ahead of a summit".
AHEAD_PREPS = _forms("ahead before")

# Number words for "three summits".
NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"several": 0, "a": 1, "an": 1}

# "met twice", "met three times": how many meetings an adverb counts.
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

# Prepositions whose date bounds a period rather than dating the event:
# "have met three times since 2014".
BOUND_PREPS = frozenset({"since", "until", "till", "by", "before", "after"})

# Verbs that report speech: "would" in what they report is the future of the
# past ("said he would meet", planned), not a conditional (possible).
REPORTING_VERBS = _forms(
    "said says say told tells announced announces confirmed confirms added adds",
    "stated states indicated indicates revealed reveals insisted insists noted notes",
    "declared declares wrote writes tweeted tweets reported reports disclosed disclosed",
)

# "the pair", "the duo": two people named just before.
PAIR_NOUNS = frozenset({"pair", "duo"})
# "the two leaders", "both men": with "two" or "both", two people named just before.
PEOPLE_NOUNS = _forms(
    "leaders men women presidents ministers premiers officials diplomats counterparts envoys heads",
    "politicians executives sides",
)
# Of these, the ones that name holders of an office: only people the article
# gives a title can be "the two leaders".
LEADER_NOUNS = _forms("leaders presidents ministers premiers heads")

# Verbs that address a person: "told Putin in a phone call" makes Putin the
# other end of the call.
ADDRESS_VERBS = _forms(
    "tell tells told telling assure assures assured assuring urge urges urged urging",
    "warn warns warned warning thank thanks thanked thanking congratulate congratulated",
    "ask asks asked asking invite invites invited inviting inform informs informed",
)
# Participles that name the host of a meeting noun: "a dinner hosted by Johnson".
HOSTED = _forms("hosted organised organized given chaired convened")

# "hosted a dinner for Putin": the guest of a meal or reception a host gives.
HOSTING_VERBS = _forms("host hosts hosted hosting give gives gave given giving throw throws threw thrown")
# "brought together Xi, Putin and Modi": everyone brought together met.
GATHER_VERBS = _forms("bring brings brought bringing")

# "a delegation led by X": the group's leader stands for it.
GROUP_NOUNS = _forms("delegation delegations team group mission")
LED = _forms("led headed")
