"""Words that tell who takes part in an event, and where and when it sits in
the sentence: the function words and small word classes the participant,
date and place rules read. Lower case; one table per job, each with the news
sentence it is for.
"""

from __future__ import annotations

from summitgraph.lexicon.forms import noun_forms, verb_forms

__all__ = [
    "ADDRESS_VERBS",
    "AHEAD_PREPS",
    "ASPECT_NOUNS",
    "BOUND_PREPS",
    "COMPANION_ADVERBS",
    "COUNT_NOUNS",
    "GROUP_NOUNS",
    "GROUP_PREPS",
    "HOSTED",
    "HOSTING_VERBS",
    "INCLUDING",
    "LEADER_NOUNS",
    "LED",
    "MEANS_PREPS",
    "OCCASION_PREPS",
    "PAIR_NOUNS",
    "PAIR_QUANTIFIERS",
    "PEOPLE_NOUNS",
    "PERSON_PLACE_PREPS",
    "PLACE_PREPS",
    "RELATIVE_PRONOUNS",
    "TIMES_WORDS",
    "TOPIC_PREPS",
    "WHERE",
]

# --- members of a phrase ------------------------------------------------------

#: "leaders including Xi and Modi": members listed after these belong to the phrase.
INCLUDING: frozenset[str] = frozenset({"including", "like", "such"})
#: "Modi, along with Jaishankar, met Biden": the companion is on the subject's side.
COMPANION_ADVERBS: frozenset[str] = frozenset({"along", "together"})
#: "Trudeau, who met Macron": the subject of a relative clause is its head noun.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"that", "who", "which", "whom", "whose"})
#: "a delegation led by X": the group's leader stands for it.
GROUP_NOUNS: frozenset[str] = frozenset({"delegation", "delegations", "team", "group", "mission"})
LED: frozenset[str] = frozenset({"led", "headed"})

#: Nouns for the people who represent a country or organisation: "a U.S.
#: delegation", "Chinese counterparts", "RNC officials", "the Iranian side",
#: "representatives of the Taliban". Unless the phrase names them, the
#: country or organisation is the party.
REPRESENTATIVE_NOUNS: frozenset[str] = frozenset(
    form
    for lemma in """
    delegation team official counterpart negotiator diplomat envoy representative leader leadership
    government administration authority side minister officer activist member executive emissary
    mediator lawmaker legislator
    """.split()
    for form in noun_forms(lemma)
)
#: "officials from the RNC", "representatives of Iran".
REPRESENTED_PREPS: frozenset[str] = frozenset({"of", "from"})
#: "activists representing the Black Lives Matter movement".
REPRESENTING: frozenset[str] = frozenset({"representing", "from"})

# --- several people named before -------------------------------------------------

#: "the pair", "the duo": two people named just before.
PAIR_NOUNS: frozenset[str] = frozenset({"pair", "duo"})
#: "the two leaders", "both men": with one of these, two people named just before.
PAIR_QUANTIFIERS: frozenset[str] = frozenset({"two", "both"})
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
    leaders men women presidents ministers premiers officials diplomats counterparts envoys heads
    politicians executives sides
    """.split()
)
#: Of these, the ones that name holders of an office: only people the article
#: gives a title can be "the two leaders".
LEADER_NOUNS: frozenset[str] = frozenset({"leaders", "presidents", "ministers", "premiers", "heads"})

# --- the other party ------------------------------------------------------------

#: "spoke by telephone with Kaggwa": the means of talking, under which the
#: parser may hang the partner.
MEANS_PREPS: frozenset[str] = frozenset({"by", "over", "via", "on"})
#: "talks between Kim and Trump", "a meeting among the ministers": everyone named met.
GROUP_PREPS: frozenset[str] = frozenset({"between", "among", "amongst"})
#: Verbs that address a person: "Erdogan told Putin in a phone call" makes
#: Putin the other end of the call.
ADDRESS_VERBS: frozenset[str] = frozenset(
    form
    for lemma in ("tell", "assure", "urge", "warn", "thank", "congratulate", "ask", "invite", "inform")
    for form in verb_forms(lemma)
)
#: "in a phone call", "during a meeting": the occasion a verb of address happens in.
OCCASION_PREPS: frozenset[str] = frozenset({"in", "during", "over", "on", "at"})
#: Participles that name the host of a meeting noun: "a dinner hosted by Johnson".
HOSTED: frozenset[str] = frozenset({"hosted", "organised", "organized", "given", "chaired", "convened"})
#: "hosted a dinner for Putin", "gave a banquet in his honour": the guest of a
#: meal or reception a host gives (a "for" or "in" phrase).
HOSTING_VERBS: frozenset[str] = frozenset(form for lemma in ("host", "give", "throw") for form in verb_forms(lemma))
HOSTING_PREPS: frozenset[str] = frozenset({"for", "in"})
#: "a meeting with Xi", "a call from Putin", "a visit to Merkel".
NOUN_PARTNER_PREPS: frozenset[str] = frozenset({"with", "from", "to"})
#: "a call from Putin": the caller (a person or organisation, never a place).
FROM: frozenset[str] = frozenset({"from"})

#: "the meeting", "that summit": an event already told of.
DEFINITE: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})

# --- the event's own phrases ------------------------------------------------------

#: Nouns for a part of an event: the subject of "at the start of the visit" or
#: "on the sidelines of the summit" takes part in it.
ASPECT_NOUNS: frozenset[str] = frozenset(
    "start beginning end conclusion close middle eve sidelines margins outset day days opening round part".split()
)
#: Prepositions whose object is the topic, not the occasion: "details of the
#: summit", "a report on the talks" say nothing of who took part.
TOPIC_PREPS: frozenset[str] = frozenset({"of", "about", "on", "over", "regarding", "concerning", "around"})
#: "talks on the war in Syria", "a meeting about Iran": what the event is about,
#: where its place is not.
ABOUT_PREPS: frozenset[str] = frozenset({"on", "about", "over", "regarding", "concerning"})
#: "on a visit to China": "on" with a visit is the occasion, not the topic.
OCCASION_ON: frozenset[str] = frozenset({"on"})
#: Prepositions after which an event noun is future in a present-tense
#: clause: "arrives ahead of a summit".
AHEAD_PREPS: frozenset[str] = frozenset({"ahead", "before"})
#: "open to a meeting", "plans for a summit": the event is what a plan or wish is for.
GOAL_PREPS: frozenset[str] = frozenset({"to", "for"})
#: "before he has met NATO leaders": a clause that has not happened while its main clause has not.
UNTIL_MARKS: frozenset[str] = frozenset({"before", "until", "till"})
#: Prepositions whose date bounds a period rather than dating the event:
#: "have met three times since 2014".
BOUND_PREPS: frozenset[str] = frozenset({"since", "until", "till", "by", "before", "after"})
#: "met Xi in Beijing", "a summit in Singapore", "flew to Muscat": a place's preposition.
PLACE_PREPS: frozenset[str] = frozenset({"in", "at", "to", "inside", "near"})
#: "met Morrison in Sydney": phrases the parser hangs under a person that
#: belong to the event (a person takes no place modifier of their own there).
PERSON_PLACE_PREPS: frozenset[str] = frozenset({"in", "at", "on"})
#: "travelled to Addis Ababa for talks": the event a trip is for.
PURPOSE_PREPS: frozenset[str] = frozenset({"for"})
#: "flew to Muscat, where he met ...": the clause belongs to the place.
WHERE: frozenset[str] = frozenset({"where"})
#: "a visit to North Korea", "a visit in Hanoi", "a tour of the region".
VISIT_PREPS: frozenset[str] = frozenset({"to", "in", "of"})

# --- how many ---------------------------------------------------------------------

#: "met Abe and Morrison separately": one meeting with each, not one of all.
SEPARATELY: frozenset[str] = frozenset({"separately", "individually", "respectively", "bilaterally", "each"})

#: "met twice", "met three times": how many meetings an adverb counts.
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
#: "met three times": the noun a number counts meetings with.
COUNT_NOUNS: frozenset[str] = frozenset({"times", "time"})
#: "a summit": one.
ARTICLES: dict[str, int] = {"a": 1, "an": 1}

# --- words that may sit between a verb and its person ----------------------------

#: "ahead of meeting Secretary of State John Kerry": determiners and the
#: possessive between a meeting verb and the person named after it.
NAME_FILLERS: frozenset[str] = frozenset({"the", "a", "of", "'s", "\u2019s"})
