"""Finding interactions in a Doc: every trigger word, by its lexicon row,
handed to the rules of its kind. Reads the dependency parse; never changes
the Doc.

Each candidate points at name mentions by index; whether a participant is a
person is decided later, after resolution (``summitgraph.interactions.events``),
because the resolver may find that an "ORG" called "Trump" is the person
Donald Trump. Candidates whose status does not become an edge
(``status.EDGE_STATUSES``) are left out here, in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from summitgraph.interactions.company import accompanied
from summitgraph.interactions.context import DocIndex, is_noun
from summitgraph.interactions.meet import join_noun, meet_noun, meet_verb
from summitgraph.interactions.status import becomes_edge
from summitgraph.interactions.travel import travel_verb, visit_noun
from summitgraph.lexicon.meetings import ANAPHORIC_NOUNS, MEETING_NOUNS, MEETING_VERBS
from summitgraph.lexicon.travel import ACCOMPANY_VERBS, TRAVEL_VERBS, VISIT_NOUNS, VISIT_VERBS
from summitgraph.models import Candidate, DateRange, Mention, NameMention

__all__ = ["find_candidates"]


def find_candidates(
    doc: Doc,
    mentions: list[NameMention],
    dates: list[Mention],
    ranges: Iterable[DateRange] = (),
) -> list[Candidate]:
    """Every interaction the Doc states as happened, planned, possible or called
    off, in text order; ``ranges`` (``summitgraph.timex.find_ranges``) give
    events their first and last day ("visiting from Monday to Thursday")."""
    ctx = DocIndex(doc, mentions, dates)
    ctx.ranges = {r.start_mention: r for r in ranges}
    found: list[Candidate] = []
    for token in doc:
        lower = token.lower_
        if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
            if lower in ACCOMPANY_VERBS:
                found.extend(accompanied(ctx, token))
            elif lower in VISIT_VERBS or lower in TRAVEL_VERBS:
                found.extend(travel_verb(ctx, token))
            if lower in MEETING_VERBS:
                found.extend(meet_verb(ctx, token))
        elif is_noun(token):
            if lower in MEETING_NOUNS:
                found.extend(meet_noun(ctx, token))
            elif lower in VISIT_NOUNS:
                found.extend(visit_noun(ctx, token))
            elif lower in ANAPHORIC_NOUNS:
                found.extend(join_noun(ctx, token))
    return [c for c in found if becomes_edge(c.status)]
