"""News media: an organisation a person speaks to in an interview, not a party
to a meeting ("told the BBC", "in an interview with CNN", "Trump told The
Associated Press"). Lower case.
"""

from __future__ import annotations

import re

__all__ = ["MEDIA_OUTLETS", "MEDIA_WORDS", "is_media"]

#: Words that make an organisation's name a news outlet's: "Xinhua News
#: Agency", "Fox News", "The Washington Post", "Press TV" (not "agency" alone:
#: the International Atomic Energy Agency meets people).
MEDIA_WORDS: frozenset[str] = frozenset(
    """
    news newspaper newspapers television tv radio broadcasting broadcaster times post journal
    herald tribune gazette telegraph daily press wire channel magazine
    """.split()
)

#: Outlets known by a name without such a word.
MEDIA_OUTLETS: frozenset[str] = frozenset(
    """
    ap afp reuters bbc cnn cnbc msnbc nbc abc cbs npr pbs voa rfa rfe/rl xinhua kcna yonhap tass ria interfax
    nhk kyodo jiji dpa efe ansa irna isna fars wafa bloomberg politico axios vox bild spiegel dozhd
    al-jazeera aljazeera euronews detik.com time newsweek economist guardian independent
    """.split()
)

_WORD = re.compile(r"[\w./-]+")


def is_media(name: str) -> bool:
    """Whether an organisation's name is a news outlet's: "CNN", "Xinhua News Agency"."""
    words = [w.lower() for w in _WORD.findall(name)]
    folded = " ".join(words).removeprefix("the ")
    if folded in MEDIA_OUTLETS or folded.replace(" ", "-") in MEDIA_OUTLETS or set(words) & MEDIA_WORDS:
        return True
    return bool(words) and words[0] in MEDIA_OUTLETS and len(words[0]) > 2  # "NBC Philadelphia", "CNN International"
