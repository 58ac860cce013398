"""Doc + mentions -> interactions: who met, visited or accompanied whom.

The stage, in the order the data flows:

- ``find``: every trigger word ("met", "summit", "visited", "accompanied"),
  by its row in ``summitgraph.lexicon``, handed to the rules of its kind:
  ``meet`` (meetings, talks, calls), ``travel`` (visits and travel),
  ``company`` (companions);
- ``participants``: who takes part, from the trigger's subject, object,
  "with"/"between" phrases, possessives, pronouns and "the two leaders";
- ``status``: occurred, planned, possible, cancelled or denied, and which of
  them become edges;
- ``attach``: the date, place, mode and count the sentence gives the event;
- ``events``: candidates + resolved entities -> ``Interaction`` edges, the
  statements of one article about one meeting or trip merged.

Adding a meeting verb is one row in ``summitgraph.lexicon.meetings``; a new
status is one value in ``summitgraph.models.Status``, its cue rows in
``summitgraph.lexicon.modality`` and one line in ``status.EDGE_STATUSES``.
"""

from __future__ import annotations

from summitgraph.interactions.events import interactions
from summitgraph.interactions.find import find_candidates

__all__ = ["find_candidates", "interactions"]
