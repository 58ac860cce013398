"""Which organisation mentions of one article name the same organisation.

- one key, whatever the legal form or the country's spelling: "Apple Inc."
  and "Apple", "U.S. Air Force" and "United States Air Force" (``keys.org_key``);
- a short form that is the end of a longer name: "Foreign Ministry" ->
  "Chinese Foreign Ministry";
- a short form that is the start of a longer name whose other words are no
  part or event of its own: "Northrop" -> "Northrop Grumman", "China Eastern"
  -> "China Eastern Airlines", "Apple" -> "Apple Computer"; but "Harvard" is
  not "Harvard Business School" and "Apple" not "Apple Worldwide Developers
  Conference";
- an acronym: in parentheses after the name ("Singapore Airlines (SIA)"), or
  made of its initials ("KCNA", "USAF" for "U.S. Air Force").

A short form that fits two longer names joins neither.
"""

from __future__ import annotations

import re

from summitgraph.lexicon.names import NAME_CONNECTORS
from summitgraph.lexicon.organisations import ORG_SUBUNIT_HEADS
from summitgraph.models import NameMention
from summitgraph.names import fold
from summitgraph.resolve.keys import org_key

__all__ = ["group_organisations", "initials", "is_acronym"]


def initials(name: str) -> str:
    """The acronym a name makes: "Korean Central News Agency" -> "KCNA",
    "U.S. Air Force" -> "USAF", "Centre for the National Interest" -> "CNI"."""
    letters = []
    for word in re.split(r"[\s-]+", name):
        if not word or word.lower() in NAME_CONNECTORS or not word[0].isalpha():
            continue
        bare = word.replace(".", "")
        if "." in word and bare.isalpha() and bare.isupper() and len(bare) <= 3:
            letters.append(bare)  # "U.S." gives both its letters
        else:
            letters.append(word[0])
    return "".join(letters).upper()


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def group_organisations(mentions: list[NameMention], members: list[int]) -> list[list[int]]:
    """Indexes of ``members`` grouped by organisation, longest names first."""
    groups: list[list[int]] = []
    key_of: dict[str, int] = {}
    group_of: dict[int, int] = {}
    order = sorted(members, key=lambda i: (-len(fold(mentions[i].name or "").split()), mentions[i].start))
    for i in order:
        name = mentions[i].name or ""
        key = org_key(name)
        target = key_of.get(key)
        if target is None and mentions[i].same_as in group_of and is_acronym(name):
            target = group_of[mentions[i].same_as]  # "Singapore Airlines (SIA)"
        if target is None:
            target = _longer(name, key, [org_key(mentions[g[0]].name or "") for g in groups], groups, mentions)
        if target is None:
            groups.append([i])
            target = len(groups) - 1
        else:
            groups[target].append(i)
        key_of.setdefault(key, target)
        group_of[i] = target
    return [sorted(g, key=lambda i: mentions[i].start) for g in groups]


def _longer(name: str, key: str, keys: list[str], groups: list[list[int]], mentions: list[NameMention]) -> int | None:
    """The one group whose name this one shortens, or None."""
    words = key.split()
    found = set()
    for g, other in enumerate(keys):
        theirs = other.split()
        if len(theirs) <= len(words):
            continue
        if len(words) >= 2 and theirs[-len(words) :] == words:
            found.add(g)  # "Foreign Ministry" of "Chinese Foreign Ministry"
        elif theirs[: len(words)] == words and not set(theirs[len(words) :]) & ORG_SUBUNIT_HEADS:
            found.add(g)  # "Northrop" of "Northrop Grumman"
    if is_acronym(name):
        letters = name.replace(".", "")
        found |= {g for g, group in enumerate(groups) if initials(mentions[group[0]].name or "") == letters}
    return found.pop() if len(found) == 1 else None
