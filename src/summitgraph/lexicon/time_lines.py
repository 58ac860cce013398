"""Words of the date lines that news pages and wire copy put above or at the head
of an article: "Published: Tuesday, January 8, 2019 10:15 AM EST", "By Jane Doe |
March 3, 2009", "Posted on July 13, 2009 at 10:50 AM, updated July 29".

Lower case, as the publication-date finder (``summitgraph.articles.published``)
compares them. A line whose words besides its date, clock time, zone and
capitalised names (bylines, agencies: "TNN", "By John Smith") are all listed
here is a date line; a line with any other lower-case word is a sentence, and
its date is an event's, not the article's ("The deal was signed on March 3, 2009.").
"""

from __future__ import annotations

__all__ = ["DATE_LINE_WORDS", "MAX_DATE_LINE_WORDS"]

#: Labels and connectives of date lines ("Last updated on ... at ...").
DATE_LINE_WORDS: frozenset[str] = frozenset(
    """
    published posted updated update last first on at by date dated created modified issued released filed
    edited and of the am pm a.m. p.m. gmt utc
    """.split()
)

#: At most this many words besides the date and clock time ("By John Smith |
#: Wire Service |" has six).
MAX_DATE_LINE_WORDS = 8
