"""Canonical text before the rules: lower case, plain dashes and quotes, numbers as digits.

The rules then only ever see one spelling: "Twenty-five years" -> "25 years",
"3 p.m." -> "3 pm", "Sept. 11, 2001" -> "sept 11 2001", "a year and a half" and "1 1/2 years" ->
"1.5 year", "a quarter century" -> "25 year", "the twenty-first century" -> "the 21st century".
"""

from __future__ import annotations

import re

from summitgraph.lexicon.numbers import CARDINALS, COUNT_NOUNS, ORDINAL_TENS, ORDINALS
from summitgraph.lexicon.time_modifiers import NUMBER_FILLERS
from summitgraph.timex.patterns import MONTH, UNIT, alternation, either

__all__ = ["clean", "words_to_digits"]

_ORDINAL_WORD = rf"\b(?:(?:{either(ORDINAL_TENS)})[- ])?(?:" + alternation(ORDINALS) + r")\b"
_ORDINAL_PARTS = re.compile(rf"(?:(?P<tens>{either(ORDINAL_TENS)})[- ])?(?P<unit>" + alternation(ORDINALS) + ")")
# Ordinals are read only where a calendar needs them: before "quarter", "half",
# "century" and next to a month name. Elsewhere "first" stays a word ("the first
# nine months") and "second" a unit ("a second").
_CALENDAR_ORDINAL = re.compile(
    rf"{_ORDINAL_WORD}(?=[- ](?:fiscal )?(?:quarter|half|century|centuries|millennium)\b|(?: of)? {MONTH}\b)"
)
_MONTH_ORDINAL = re.compile(rf"(?P<month>\b{MONTH}) (?P<ord>{_ORDINAL_WORD})")
_NUMBER_WORD_RUN = re.compile(r"\b(?:{w})(?:(?:[- ]|[- ]and[- ])(?:{w}))*\b".format(w=alternation(CARDINALS)))
_A_COUNT = re.compile(rf"\ba ({either(COUNT_NOUNS)})\b")
_FILLER_AFTER_NUMBER = re.compile(rf"\b(\d+) (?:{either(NUMBER_FILLERS)}) ")
_AND_A_HALF = re.compile(r"\b(\d+) and (?:a|one) half\b")
_UNIT_AND_A_HALF = re.compile(rf"\b(?:(?:a|an|(\d+)) )?({UNIT})s? and (?:a|one) half\b")
_SLASH_HALF = re.compile(r"\b(\d+)[ -]1/2\b")
_QUARTER_CENTURY = re.compile(r"\b(?:a|one) quarter(?:[- ]of a)?[- ]century\b")
_ARTICLE_BEFORE_NUMBER = re.compile(r"^(?:an?|the) (?=\d+(?:\.\d+)?-[a-z])")
_UNITS_TIME = re.compile(r"(?<=s)' (?=time\b)")
_COUPLE_OF = re.compile(r"\b(last|past|next|first) couple of\b")
_LATTER_HALF = re.compile(r"\blatter half\b")
_HALF_A_UNIT = re.compile(rf"\b(?:a |one )?half(?: (?:a|an) |[- ])({UNIT})\b")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = re.compile(r"[\u2018\u2019\u02bc`]")
_AM_PM = re.compile(r"(\d)\s*([ap])\.?\s?m\b\.?")
_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")
_PUNCTUATION = re.compile(r"[,;!?\"()\[\]]|(?<!\d):|:(?!\d)")
_SPACED_HYPHEN = re.compile(r"\s*-\s*(?=[a-z])|(?<=[a-z])\s*-\s*")
_SPACES = re.compile(r"\s+")
_EDGE_QUOTES = re.compile(r"^'(?!\d)|'$")  # but "'08" is a year
_POSSESSIVE = re.compile(r"(?:'s|s')$")


def _ordinal(words: str) -> str:
    """ "twenty-first" -> "21st"."""
    m = _ORDINAL_PARTS.fullmatch(words)
    assert m is not None, words
    n = ORDINALS[m.group("unit")] + (CARDINALS[m.group("tens")] if m.group("tens") else 0)
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _cardinal(m: re.Match[str]) -> str:
    """ "twenty-five" -> "25", "two hundred" -> "200"."""
    total = current = 0
    for word in re.split(r"[- ]+", m.group(0)):
        if word == "and":
            continue
        value = CARDINALS[word]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return str(total + current)


def words_to_digits(s: str) -> str:
    """Write number words as digits: "twenty-five" -> "25", "a year and a half" -> "1.5 year"."""
    s = _CALENDAR_ORDINAL.sub(lambda m: _ordinal(m.group(0)), s)
    s = _MONTH_ORDINAL.sub(lambda m: f"{m.group('month')} {_ordinal(m.group('ord'))}", s)
    s = _A_COUNT.sub(lambda m: str(COUNT_NOUNS[m.group(1)]), s)
    s = _NUMBER_WORD_RUN.sub(_cardinal, s)
    s = _FILLER_AFTER_NUMBER.sub(r"\1 ", s)  # "three straight days"
    s = _AND_A_HALF.sub(lambda m: f"{int(m.group(1)) + 0.5:g}", s)
    s = _SLASH_HALF.sub(lambda m: f"{int(m.group(1)) + 0.5:g}", s)  # "2 1/2 years"
    s = _QUARTER_CENTURY.sub("25 year", s)  # "a quarter century", "a quarter of a century"
    s = _COUPLE_OF.sub(r"\1 2", s)  # "the past couple of weeks"
    s = _LATTER_HALF.sub("2nd half", s)  # "the latter half of 2019"
    s = _UNIT_AND_A_HALF.sub(lambda m: f"{int(m.group(1) or 1) + 0.5:g} {m.group(2)}", s)
    return _HALF_A_UNIT.sub(r"0.5 \1", s)


def clean(text: str) -> str:
    """Lower case, plain punctuation, "p.m." as "pm", no dots or commas, numbers as digits."""
    s = _QUOTES.sub("'", _DASHES.sub("-", text.lower()))
    s = _AM_PM.sub(r"\1 \2m", s)
    s = _PUNCTUATION.sub(" ", _DOTS.sub(" ", s))
    s = _SPACED_HYPHEN.sub("-", s)  # "mid - 2018" -> "mid-2018"
    s = _EDGE_QUOTES.sub("", _SPACES.sub(" ", s).strip(" -"))
    s = _POSSESSIVE.sub(lambda m: "s" if m.group(0) == "s'" else "", s).strip()
    s = _ARTICLE_BEFORE_NUMBER.sub("", _UNITS_TIME.sub(" ", s))  # "a 10-day", "in two weeks' time"
    return words_to_digits(s)
