"""Person and organisation names as strings: folding, words, short forms.

Pure functions of text, shared by the pipeline components (which spread a
name to its later short mentions) and the resolver.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from nicknames import NickNamer

from summitgraph.lexicon.names import EAST_ASIAN_SURNAMES, VIETNAMESE_SURNAMES

# Letters that Unicode does not decompose into a Latin base letter and a mark:
# "Aydınoğlu" folds to "aydinoglu", not "ayd noglu".
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "Œ": "OE",
        "ħ": "h",
    }
)


# Quotation marks around a nickname inside a name.
_QUOTES = ('"', "\u201c", "\u201d", "''", "``", "\u2018")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name's comparison form: no accents, case, dots, possessive, leading
    "the", hyphens or single-letter initials. "Harry J. Kazianis" and
    "harry kazianis" fold alike, as do "Kim Jong-un" and "Kim Jong Un"."""
    words = _folded_words(name)
    if len(words) > 2:
        words = (words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1])
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _folded_words(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"[.\u2019']", "", text)
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


def slug(name: str) -> str:
    """The id form of a label: ``Kim Jong-un`` -> ``kim-jong-un``. Initials
    stay: ``George H. W. Bush`` -> ``george-h-w-bush``, another man than
    ``george-w-bush``."""
    return "-".join(_folded_words(name)) or "unnamed"


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Written words of a name, lower case, without initials ("Harry J. Kazianis"
    -> ["harry", "kazianis"]); hyphenated words stay whole ("jong-un")."""
    words = [w.strip(".,").lower() for w in name.split()]
    kept = [w for w in words if w and not (len(w) <= 2 and w.endswith(".")) and len(w.rstrip(".")) > 1]
    return tuple(kept or words)


def folded_surnames(name: str) -> set[str]:
    """``surnames`` in their folded form, to compare with ``fold`` of a lone
    word: "Norbert Röttgen" -> {"rottgen"}, which a lone "Röttgen" folds to."""
    return {fold(word) for word in surnames(name)}


def surnames(name: str) -> set[str]:
    """The words a lone surname mention of this person would be: the last
    word, or the first in an East Asian name ("Kim Jong-un", "Xi Jinping")."""
    words = name_words(name)
    if len(words) < 2:
        return set(words)
    found = {words[-1]}
    if any(q in name for q in _QUOTES):
        return found  # 'Anthony "Fat Tony" Salerno': the quoted nickname is no surname
    if len(words) >= 3 and words[0] not in EAST_ASIAN_SURNAMES:
        # Spanish and Portuguese names carry two surnames and go by the
        # first: "Alejandro Restrepo Vargas" is "Restrepo".
        found.add(words[-2])
    if words[0] in VIETNAMESE_SURNAMES:
        return found  # "Nguyen Van Thanh" is "Thanh" on second mention
    if words[0] in EAST_ASIAN_SURNAMES and len(words) <= 3:
        found = {words[0]}
        if "-" not in name and len(words) == 2 and words[-1] not in EAST_ASIAN_SURNAMES:
            # "Xi Jinping" but also Western "Kim Darroch": keep both readings.
            found.add(words[-1])
    return found


@functools.cache
def _nicknamer() -> NickNamer:
    """The nickname table of the ``nicknames`` package (a hand-curated list of
    English given names and their nicknames, Apache-2.0), loaded once."""
    return NickNamer()


@functools.cache
def _given_names() -> frozenset[str]:
    namer = _nicknamer()
    return frozenset(namer.nickname_lookup) | frozenset(namer.canonical_lookup)


def is_given_name(word: str) -> bool:
    """True when ``word`` is an English given name or nickname the list knows:
    "James", "Jim", "Hillary", "Jean"."""
    return fold(word) in _given_names()


@functools.lru_cache(maxsize=65536)
def same_given_name(a: str, b: str) -> bool:
    """True when two given names can be one person's: the same name, or one a
    nickname of the other ("Jim" and "James", "Bill" and "William"); "Jim" and
    "John" are not."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    namer = _nicknamer()
    if b in namer.nicknames_of(a) or a in namer.nicknames_of(b):
        return True
    # "Jim" and "Jimmy", "Ed" and "Eddie": two nicknames of one name, one the start of the other.
    shared = namer.canonicals_of(a) & namer.canonicals_of(b)
    return bool(shared) and (a.startswith(b) or b.startswith(a))
