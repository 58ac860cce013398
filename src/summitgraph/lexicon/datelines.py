"""Words of datelines and live-blog timestamps that open a line of news copy:
"NEW DELHI (Reuters) -", "NAIROBI, June 14 -", "4:15 p.m. -".

Besides capitals, numbers and punctuation, a dateline holds only these. The
rules compare against ``token.lower_``: everything here is lower case. Used by
the sentence component (``summitgraph.pipeline.sentences``).
"""

from __future__ import annotations

__all__ = ["DATELINE_WORDS"]

# Words a dateline or a live-blog timestamp may hold besides capitals and
# numbers: clock times ("4:15 p.m. -") and dates ("NAIROBI, June 14 -",
# "WASHINGTON, Sept. 3 -"), months written in full or as wire copy
# abbreviates them.
DATELINE_WORDS: frozenset[str] = frozenset(
    """
    a.m. p.m. am pm
    jan jan. feb feb. mar mar. apr apr. may jun jun. jul jul. aug aug. sep sep. sept. oct oct. nov nov. dec dec.
    january february march april june july august september october november december
    """.split()
)
