"""Inflections generated from lemmas: the one helper every word table uses.

The lemmatizer is not run (it costs time and the rules need only a few hundred
words), so each table is keyed by lemma and its inflected forms are generated
here, never typed by hand::

    >>> verb_forms("chat")
    ('chat', 'chats', 'chatted', 'chatting')
    >>> verb_forms("meet")
    ('meet', 'meets', 'met', 'meeting')
    >>> noun_forms("summit")
    ('summit', 'summits')

British and American spellings are both generated where they differ
("travelled" and "traveled").
"""

from __future__ import annotations

import functools
import re

__all__ = ["IRREGULAR_VERBS", "noun_forms", "verb_forms"]

#: Verbs whose past and past participle are not ``-ed`` ("met", "spoken").
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    "be": ("was were", "been"),
    "see": ("saw", "seen"),
    "begin": ("began", "begun"),
    "bring": ("brought", "brought"),
    "come": ("came", "come"),
    "fly": ("flew", "flown"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "have": ("had", "had"),
    "hold": ("held", "held"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "make": ("made", "made"),
    "meet": ("met", "met"),
    "pay": ("paid", "paid"),
    "say": ("said", "said"),
    "seek": ("sought", "sought"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "sit": ("sat", "sat"),
    "speak": ("spoke", "spoken"),
    "take": ("took", "taken"),
    "tell": ("told", "told"),
    "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"),
    "write": ("wrote", "written"),
}

#: Present forms that are not the lemma plus ``-s`` ("has", "is").
IRREGULAR_PRESENT: dict[str, str] = {"be": "is are am", "have": "has"}

#: Verbs of more than one syllable stressed on the last, which double their
#: final consonant ("conferred", "committed").
STRESSED_FINAL: frozenset[str] = frozenset({"admit", "commit", "confer", "control", "occur", "prefer", "refer"})

#: Nouns whose plural is not ``-s`` / ``-es`` / ``-ies``.
IRREGULAR_NOUNS: dict[str, str] = {"man": "men", "woman": "women", "person": "people", "child": "children"}

_VOWELS = "aeiou"
_SIBILANT = re.compile(r"(?:s|sh|ch|x|z|o)$")


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.rstrip("e"))) or 1


def _doubles(lemma: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing: "chat", "plan", "confer"."""
    if len(lemma) < 3 or lemma[-1] in _VOWELS + "wxy":
        return False
    cvc = lemma[-1] not in _VOWELS and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
    return cvc and (_syllables(lemma) == 1 or lemma in STRESSED_FINAL)


def _british_l(lemma: str) -> bool:
    """Unstressed final -l after one vowel doubles in British spelling only: "travel", "cancel"."""
    return lemma.endswith("l") and _syllables(lemma) > 1 and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS


def _suffixed(lemma: str, suffix: str) -> list[str]:
    """``lemma`` + ``-ed`` or ``-ing`` with English spelling rules."""
    if suffix == "ed":
        if lemma.endswith("e"):
            return [lemma + "d"]
        if lemma.endswith("y") and lemma[-2] not in _VOWELS:
            return [lemma[:-1] + "ied"]
    else:
        if lemma.endswith("ie"):
            return [lemma[:-2] + "ying"]
        if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
            return [lemma[:-1] + "ing"]
    if _doubles(lemma):
        return [lemma + lemma[-1] + suffix]
    if _british_l(lemma):
        return [lemma + suffix, lemma + "l" + suffix]
    return [lemma + suffix]


def _third_person(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + ("es" if _SIBILANT.search(lemma) else "s")


@functools.cache
def verb_forms(lemma: str) -> tuple[str, ...]:
    """Every form of a verb: base, present, past, past participle and ``-ing``
    (duplicates removed, in that order). Multi-word lemmas inflect their first
    word ("sit down" -> "sat down")."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    present = IRREGULAR_PRESENT.get(head, _third_person(head)).split()
    if head in IRREGULAR_VERBS:
        past, participle = IRREGULAR_VERBS[head]
        pasts = past.split() + participle.split()
    else:
        pasts = _suffixed(head, "ed")
    forms = [head, *present, *pasts, *_suffixed(head, "ing")]
    return tuple(f + tail for f in dict.fromkeys(forms))


@functools.cache
def noun_forms(lemma: str, *, plural_only: bool = False) -> tuple[str, ...]:
    """Singular and plural of a noun ("summit", "summits"); with
    ``plural_only`` the lemma is already the plural ("talks") and is its only form."""
    if plural_only:
        return (lemma,)
    if lemma in IRREGULAR_NOUNS:
        return lemma, IRREGULAR_NOUNS[lemma]
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma, lemma[:-1] + "ies"
    return lemma, lemma + ("es" if re.search(r"(?:s|sh|ch|x|z)$", lemma) else "s")
