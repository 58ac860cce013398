"""Canonical keys of names, for linking entities across articles.

A key folds what writers vary and keeps what tells people apart:

- case, accents, hyphens and spacing ("Kim Jong-un", "Kim Jong Un", "KIM JONG UN");
- optional particles ("Bashar al-Assad" and "Bashar Assad"), generational
  suffixes ("Jr.") and titles are not part of the key;
- a person's middle names and initials are kept aside: "Hillary Rodham
  Clinton" and "Hillary Clinton" may be one person, "George H. W. Bush" and
  "George W. Bush" are two (``compatible``);
- given names match their nicknames ("Jim" and "James", ``names.same_given_name``);
- an organisation's legal form is no part of its key ("Apple Inc." is
  "Apple"), and a country's short form is its name ("U.S. Air Force" is
  "United States Air Force").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summitgraph import gazetteer
from summitgraph.lexicon.names import EAST_ASIAN_SURNAMES, NAME_PARTICLES, NAME_SUFFIXES, TITLES
from summitgraph.lexicon.organisations import ORG_DESIGNATORS
from summitgraph.names import fold, same_given_name

__all__ = ["PersonName", "compatible", "org_key", "person_name"]

# Particles that writers drop or keep at will ("Bashar al-Assad" / "Bashar
# Assad", "Ursula von der Leyen" keeps hers but is never written without).
_OPTIONAL_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|an|az)-", re.IGNORECASE)


@dataclass(frozen=True)
class PersonName:
    """A person's name split for comparison: folded given name, middle words
    (names or initials) and surname, without particles, titles and suffixes."""

    given: str
    middles: tuple[str, ...]
    surname: str
    suffix: str = ""

    @property
    def key(self) -> str:
        """The surname the candidates for one person share."""
        return self.surname


@functools.lru_cache(maxsize=65536)
def person_name(label: str) -> PersonName | None:
    """``label`` split into given name, middles and surname, or None for a
    name of one word. "Bashar al-Assad" -> (bashar, (), assad); "Kim Jong Un"
    -> (jongun, (), kim); "George H. W. Bush" -> (george, (h, w), bush)."""
    words = []
    suffix = ""
    for raw in label.split():
        raw = _OPTIONAL_PREFIX.sub("", raw)
        word = fold(raw).replace(" ", "")
        if word in NAME_SUFFIXES:
            suffix = word.rstrip(".")
            continue
        if not word or word in NAME_PARTICLES and words:
            continue  # "Bashar al-Assad"; but "Ben Bradlee" and "Al Gore" keep their given name
        words.append(word)
    while len(words) > 2 and words[0] in TITLES:
        words.pop(0)
    if len(words) < 2:
        return None
    if words[0] in EAST_ASIAN_SURNAMES and len(words) <= 3 and "-" in label or len(words) == 3 and _syllables(label):
        return PersonName(given="".join(words[1:]), middles=(), surname=words[0], suffix=suffix)
    initials = []
    while len(words) > 2 and len(words[0]) == 1:
        initials.append(words.pop(0))  # "W. Mark Felt", "G. Gordon Liddy": the name used is the second
    return PersonName(given=words[0], middles=(*initials, *words[1:-1]), surname=words[-1], suffix=suffix)


def _syllables(label: str) -> bool:
    """ "Kim Jong Un", "Moon Jae In": an East Asian name with its given name in two words."""
    words = label.split()
    return fold(words[0]) in EAST_ASIAN_SURNAMES and all(len(w) <= 4 for w in words[1:])


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two full names can be one person's: the same surname, given
    names equal or nicknames of each other, and middle words that do not
    disagree ("Hillary Rodham Clinton" = "Hillary Clinton", "John F. Kennedy"
    = "John Fitzgerald Kennedy"; "George H. W. Bush" != "George W. Bush"), and
    the same generational suffix or none ("Mark Felt Jr." != "Mark Felt")."""
    if a.surname != b.surname or not same_given_name(a.given, b.given):
        return False
    if a.suffix != b.suffix:
        return False  # "Mark Felt Jr." is the son of "W. Mark Felt Sr.", and "Mark Felt" may be either
    if not a.middles or not b.middles:
        return True
    if len(a.middles) != len(b.middles):
        return False
    return all(x == y or (len(x) == 1 or len(y) == 1) and x[0] == y[0] for x, y in zip(a.middles, b.middles))


@functools.lru_cache(maxsize=65536)
def org_key(label: str) -> str:
    """An organisation's key: folded, without its legal form, with a country's
    short form spelt out. "Apple Inc." -> "apple"; "U.S. Air Force" ->
    "united states air force"; "Aer Lingus Group PLC" -> "aer lingus"."""
    words = fold(label).split()
    while len(words) > 1 and words[-1] in ORG_DESIGNATORS:
        words.pop()
    for size in (3, 2, 1):
        if len(words) > size:
            country = gazetteer.country(" ".join(words[:size]).upper() if size == 1 else " ".join(words[:size]))
            if country is not None:
                words = fold(country.name).split() + words[size:]
                break
    return " ".join(words)
