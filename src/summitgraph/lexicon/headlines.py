"""Words of news copy as it arrives scraped: the small words a title-case
headline leaves in lower case, and the markers of photo captions.

The rules compare against ``token.lower_``: everything here is lower case.
Used by the layout rules of the pipeline (``summitgraph.pipeline.layout``).
"""

from __future__ import annotations

__all__ = [
    "ADDRESS_STARTS",
    "CAPTION_MARKERS",
    "HEADLINE_SMALL_WORDS",
    "HYPHEN_PREFIXES",
    "PLACE_NOUNS",
    "PLACE_PREPOSITIONS",
    "SUBHEADING_WORDS",
]

# Words a headline in title case leaves in lower case ("Obama Speaks by Phone
# to Iran's Rouhani", "Pakistan Faces Rising Criticism Over Inability to Curb
# Extremism"): articles, short prepositions and conjunctions.
HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(
    """
    a an the and but or nor for so yet of to in on at by up as off out per via vs vs. v. with from into onto
    over than amid after near 's
    """.split()
)

# First words of a photo caption left inline in scraped copy: "FILE - U.S.
# President Barack Obama ...", "FILE PHOTO - ...". Written in capitals.
CAPTION_MARKERS: frozenset[str] = frozenset({"file", "file photo", "photo"})

# Prefixes written with a hyphen before a capitalised word ("pro-Russian",
# "anti-American", "mid-January"): no subheading ends in one.
HYPHEN_PREFIXES: frozenset[str] = frozenset(
    """
    pro anti non ex mid post pre trans un self neo pan inter intra sub super ultra counter quasi semi multi
    all half
    """.split()
)

# The most words a section heading run into the next sentence holds:
# "Water exploitation-On Thursday, Modi ...", "'Need to talk'-Erdogan added ...".
SUBHEADING_WORDS = 6

# How a line that is a web address starts: "http: / / www. starpulse. com / ...".
ADDRESS_STARTS: tuple[str, ...] = ("http", "www")

# Prepositions after which a one-word name is a place, not a person: "in
# Biloxi", "outside Bor", "across Athens".
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside", "across", "throughout", "inside"})

# Nouns of places around a name: "the town of Akobo", "Leer and Koch
# counties", "the village of Jeyhian", "Unity state".
PLACE_NOUNS: frozenset[str] = frozenset(
    """
    town towns city cities village villages district districts county counties province provinces region
    regions state states island islands neighborhood neighbourhood suburb area capital port
    """.split()
)
