"""Number words, one definition for every stage.

``CARDINALS`` reads "three summits" and "two and a half years"; ``ORDINALS``
"the second quarter" and "the twenty-first" (with "twenty-"/"thirty-"
compounds up to 31).
"""

from __future__ import annotations

__all__ = ["CARDINALS", "COUNT_NOUNS", "ORDINALS", "ORDINAL_TENS"]

#: Cardinal words and their values ("dozen" is 12).
CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}

#: Ordinal words for days of a month, quarters, halves and centuries.
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

#: Tens that compound with an ordinal for the days of a month: "twenty-first" -> 21st.
ORDINAL_TENS: tuple[str, ...] = ("twenty", "thirty")

#: Nouns that count after "a": "a dozen times" -> 12, "a couple of days" -> 2.
COUNT_NOUNS: dict[str, int] = {
    "dozen": 12,
    "couple of": 2,
    "couple": 2,
}
