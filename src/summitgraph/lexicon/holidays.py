"""Holidays and days known by a name, with how the calendar finds them.

Lower case, apostrophes straight ("new year's day"): the time-expression stage
(``summitgraph.timex``) normalises quotes before matching. Which year a holiday
without one falls in ("at Christmas") is decided by the clause's tense, as for
month names; the finder only looks for the capitalised names it lists itself
("Christmas", "New Year's Day", "Thanksgiving"), so adding a row here extends
normalisation, not finding.
"""

from __future__ import annotations

__all__ = ["EASTER_HOLIDAYS", "FIXED_HOLIDAYS", "NAMED_DAYS", "WEEKDAY_HOLIDAYS"]

# Holidays on a fixed day of the year (month, day): "on New Year's Day" -> 2019-01-01.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "new year": (1, 1),
    "new years": (1, 1),
    "new year's eve": (12, 31),
    "epiphany": (1, 6),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "may day": (5, 1),
    "canada day": (7, 1),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "all saints' day": (11, 1),
    "guy fawkes night": (11, 5),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month (month, ISO weekday, n; n = -1 is the last),
# as the United States keeps them, since most English-language news follows them:
# "Thanksgiving 2018" -> 2018-11-22.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3),
    "martin luther king jr day": (1, 1, 3),
    "mlk day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2),
    "memorial day": (5, 1, -1),
    "father's day": (6, 7, 3),
    "labor day": (9, 1, 1),
    "columbus day": (10, 1, 2),
    "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
    "election day": (11, 2, 1),
}

# Holidays a fixed number of days from Easter Sunday: "Good Friday" is two days before.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy thursday": -3,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "ascension day": 39,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}

# Single days known by a name of their own, which no calendar rule computes:
# "since 9/11" -> 2001-09-11.
NAMED_DAYS: dict[str, str] = {
    "9/11": "2001-09-11",
}
