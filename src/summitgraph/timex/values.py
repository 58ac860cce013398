"""Writing TIMEX3 values: durations, calendar units counted from the anchor, unknown days.

Without an anchor, relative values are TIMEX3's underspecified ones
("last year" -> ``XXXX``, "this week" -> ``XXXX-WXX``).
"""

from __future__ import annotations

import datetime as dt

from summitgraph.lexicon.time import UNITS
from summitgraph.timex.calendar import add_months, iso_week

__all__ = ["day_or_x", "duration_value", "format_number", "shift_value"]


def day_or_x(day: dt.date | None) -> str:
    """The value of a day, ``XXXX-XX-XX`` when it is unknown ("today" without an anchor)."""
    return day.isoformat() if day else "XXXX-XX-XX"


def shift_value(unit: str, n: int, anchor: dt.date | None) -> str:
    """The calendar ``unit`` (year, month, week, ...) ``n`` units from the anchor's.

    "last week" in an article of 2019-01-08 is ``shift_value("week", -1, ...)`` -> 2019-W01.
    """
    a = anchor
    if unit == "year":
        return f"{a.year + n:04d}" if a else "XXXX"
    if unit == "month":
        if a is None:
            return "XXXX-XX"
        y, m = add_months(a.year, a.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "week":
        return iso_week(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
    if unit == "weekend":
        return iso_week(a + dt.timedelta(weeks=n)) + "-WE" if a else "XXXX-WXX-WE"
    if unit == "day":
        return day_or_x(a + dt.timedelta(days=n) if a else None)
    if unit == "quarter":
        if a is None:
            return "XXXX-QX"
        index = a.year * 4 + (a.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "half":
        if a is None:
            return "XXXX-HX"
        index = a.year * 2 + (a.month - 1) // 6 + n
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "decade":
        return f"{a.year // 10 + n:03d}" if a else "XXX"
    if unit == "century":
        return f"{a.year // 100 + n:02d}" if a else "XX"
    if unit == "fiscal year":
        return f"FY{a.year + n:04d}" if a else "FYXXXX"
    raise ValueError(f"no calendar unit {unit!r}")


def format_number(n: float) -> str:
    """A number as TIMEX3 writes it: 3.0 -> "3", 2.5 -> "2.5"."""
    return str(int(n)) if n == int(n) else f"{n:g}"


# The next smaller unit for fractions: half an hour is PT30M, half a year P6M.
_SMALLER_UNIT: dict[tuple[str, bool], tuple[int, str, bool]] = {
    ("Y", False): (12, "M", False),
    ("D", False): (24, "H", True),
    ("H", True): (60, "M", True),
    ("M", True): (60, "S", True),
}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``n`` None means an unknown number (PXY).

    "three days" -> P3D, "half an hour" -> PT30M, "decades" -> PXY.
    """
    letter, factor, clock = UNITS[unit]
    if n is None:
        return "PXY" if factor >= 10 else ("PTX" if clock else "PX") + letter
    amount = n * factor
    smaller = _SMALLER_UNIT.get((letter, clock))
    if amount < 1 and smaller and amount * smaller[0] == int(amount * smaller[0]):
        amount, letter, clock = amount * smaller[0], smaller[1], smaller[2]
    return ("PT" if clock else "P") + format_number(amount) + letter
