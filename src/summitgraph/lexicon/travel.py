"""Travel and company: the verbs and nouns of visits, journeys and companions,
one row per lemma. Lower case; inflections generated.
"""

from __future__ import annotations

from summitgraph.lexicon.forms import noun_forms, verb_forms

__all__ = ["ACCOMPANY_VERBS", "TRAVEL_VERBS", "VISIT_NOUNS", "VISIT_VERBS", "travel_preps"]

#: Verbs whose object is the place visited: "visited China", "toured the region".
VISIT_VERBS: frozenset[str] = frozenset(form for lemma in ("visit", "tour") for form in verb_forms(lemma))

_TO_FOR = frozenset({"to", "for"})

#: Verbs of travel by lemma, with the prepositions that give their destination:
#: "arrived in Beijing", "left for China", "flew to Hanoi".
_TRAVEL_VERBS: dict[str, frozenset[str]] = {
    "arrive": frozenset({"in", "at"}),
    "land": frozenset({"in", "at"}),
    "leave": frozenset({"for"}),
    "depart": frozenset({"for"}),
    "travel": _TO_FOR,
    "fly": _TO_FOR,
    "head": _TO_FOR,
    "go": _TO_FOR,
    "come": _TO_FOR,
    "journey": _TO_FOR,
}

#: Every form of every travel verb -> the prepositions of its destination.
TRAVEL_VERBS: dict[str, frozenset[str]] = {
    form: preps for lemma, preps in _TRAVEL_VERBS.items() for form in verb_forms(lemma)
}


def travel_preps(word: str) -> frozenset[str]:
    """The prepositions that give a travel verb form its destination."""
    return TRAVEL_VERBS.get(word, _TO_FOR)


#: Nouns of a visit: "Kim's visit to Beijing", "a trip to Hanoi".
VISIT_NOUNS: frozenset[str] = frozenset(
    form
    for lemma in ("visit", "trip", "tour", "journey", "arrival", "stopover", "state-visit")
    for form in noun_forms(lemma)
)

#: Nouns for a place that name it in an "of" phrase: "toured the region of
#: Brittany", "visited the city of Mosul".
PLACE_NOUNS: frozenset[str] = frozenset(
    form
    for lemma in ("region", "area", "city", "town", "province", "state", "capital", "village", "island", "country")
    for form in noun_forms(lemma)
)

#: Words before a visit that make it official ("a state visit to Japan") or
#: private ("a private trip to Pakistan"): an official's visit to a country is
#: an event of the visitor and the country; a private one is only travel.
OFFICIAL_VISIT_WORDS: frozenset[str] = frozenset({"official", "state", "diplomatic", "working", "formal", "royal"})
PRIVATE_VISIT_WORDS: frozenset[str] = frozenset({"private", "personal", "family", "secret", "holiday", "vacation"})
#: Travel words that are visits (not "arrived", "left for"): "visited", "a trip to", "toured".
VISIT_WORDS: frozenset[str] = VISIT_VERBS | frozenset(
    form for lemma in ("visit", "trip", "tour", "state-visit") for form in noun_forms(lemma)
)

#: "X, accompanied by Y"; "join" only as "X was joined by Y" ("joined the talks" is no companion).
ACCOMPANY_VERBS: dict[str, bool] = {
    **{form: False for form in verb_forms("accompany")},
    **{form: True for form in verb_forms("join")},
}
"""Form -> whether it needs a "by" phrase to mean accompanying."""
