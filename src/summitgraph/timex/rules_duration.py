"""DURATION rules, and the dates counted from a duration.

"three days" -> P3D, "fifty-year" -> P50Y, "1 year and 6 months" -> P1Y6M,
"the past two years" -> P2Y, "several years" -> PXY; "two weeks ago" ->
2018-12-25 (a DATE, TimeBank's reading; MEANTIME's finder cuts "ago" off).
"""

from __future__ import annotations

import datetime as dt
import re

from summitgraph.lexicon.time import UNIT_STEMS, UNITS
from summitgraph.lexicon.time_modifiers import DURATION_QUANTIFIERS, INDEFINITE_ARTICLES
from summitgraph.lexicon.time_relative import COUNTING_DIRECTIONS
from summitgraph.models import Timex
from summitgraph.timex.calendar import add_months
from summitgraph.timex.engine import Ctx, rules, timex
from summitgraph.timex.patterns import NUM, UNIT, alternation, either
from summitgraph.timex.values import day_or_x, duration_value, shift_value

rule = rules("duration")


@rule(
    rf"(?P<n>{NUM}|a|an)[ -](?P<unit>{UNIT})s? (?P<dir>{either(COUNTING_DIRECTIONS)})"
    rf"|(?P<vague>several|a few|few|many|some)? ?(?P<unit2>{UNIT}|centurie)s (?P<dir2>ago|earlier|later|back)"
)
def _ago(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "two weeks ago" -> the anchor minus two weeks, at the unit's granularity:
    "two years ago" -> 2017, "three months ago" -> 2018-10, "two weeks ago" -> 2018-12-25.
    "years ago" and "a few days later" -> PAST_REF / FUTURE_REF."""
    sign = COUNTING_DIRECTIONS[m.group("dir") or m.group("dir2")]
    if m.group("unit2"):
        return timex("PAST_REF" if sign < 0 else "FUTURE_REF")
    n = 1.0 if m.group("n") in INDEFINITE_ARTICLES else float(m.group("n"))
    letter, factor, clock = UNITS[m.group("unit")]
    a, amount = ctx.anchor, n * factor * sign
    if clock:
        return timex(day_or_x(a))  # hours or minutes ago: the anchor's day
    if letter == "Y" and amount == int(amount):
        return timex(f"{a.year + int(amount):04d}" if a else "XXXX")
    if letter in ("Y", "M"):
        months = round(amount * (12 if letter == "Y" else 1))
        if a is None:
            return timex("XXXX-XX")
        y, mo = add_months(a.year, a.month, months)
        return timex(f"{y:04d}-{mo:02d}")
    days = round(amount * (7 if letter == "W" else 1))
    return timex(day_or_x(a + dt.timedelta(days=days) if a else None))


def _joined(first: str, second: str) -> str | None:
    """Two duration values as one: P1Y + P6M -> P1Y6M, PT2H + PT30M -> PT2H30M; larger units first."""
    if first.startswith("PT") and not second.startswith("PT"):
        return None
    if second.startswith("PT"):
        return first + second[2:] if first.startswith("PT") else first + "T" + second[2:]
    return first + second[1:]


@rule(
    rf"(?P<n>{NUM}|a|an)[ -](?P<unit>{UNIT})s?(?:[- ](?:long|old|plus))?"
    rf"|(?P<n2>{NUM})[ -](?P<unit2>{UNIT})s?[ -]and[ -](?P<n3>{NUM})[ -](?P<unit3>{UNIT})s?"
)
def _duration(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "three days" -> P3D, "fifty-year" -> P50Y, "35-year-old" -> P35Y, "1 year and 6 months" -> P1Y6M."""
    if m.group("unit2"):
        first = duration_value(float(m.group("n2")), m.group("unit2"))
        second = duration_value(float(m.group("n3")), m.group("unit3"))
        return timex(_joined(first, second), "DURATION")
    n_text, unit = m.group("n"), m.group("unit")
    if unit == "second" and n_text in INDEFINITE_ARTICLES:
        return None  # "a second day" is an ordinal, not one second
    n = 1.0 if n_text in INDEFINITE_ARTICLES else float(n_text)
    if n == 0 or (unit == "quarter" and "-quarters" in m.group(0)):
        return None  # "Zero Day", "three-quarters" (a fraction)
    return timex(duration_value(n, unit), "DURATION")


@rule(rf"(?:the )?(?P<unit>{UNIT})(?P<s>s)? (?:ahead|to come)|(?P<unit2>{UNIT})[- ]long")
def _ahead(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the year ahead" -> P1Y, "the weeks ahead" and "the months to come" -> PXW, PXM; "week-long" -> P1W."""
    unit = m.group("unit") or m.group("unit2")
    return timex(duration_value(None if m.group("s") else 1, unit), "DURATION")


@rule(
    rf"(?:(?P<q>{alternation(DURATION_QUANTIFIERS)}) )?(?P<n>{NUM} )?"
    rf"(?P<unit>{UNIT}|{alternation(UNIT_STEMS)})(?P<s>s|a)?(?:[- ]long)?"
    r"|(?P<n2>\d+)\+ (?P<unit2>year|month|week|day|hour|minute)s?"
)
def _quantified_duration(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "the past year" -> P1Y, "the next four years" -> P4Y, "several years", "decades" -> PXY,
    "the last quarter" -> the quarter before the anchor's."""
    q, unit = m.group("q"), m.group("unit") or m.group("unit2")
    quantifier = DURATION_QUANTIFIERS[q] if q else None
    unit = UNIT_STEMS.get(unit, unit)
    plural = bool(m.group("s")) or bool(m.group("n2"))
    number = (m.group("n") or m.group("n2") or "").strip()
    if number:
        if (quantifier and not quantifier.number) or float(number) == 0:
            return None
        return timex(duration_value(float(number), unit), "DURATION")
    if quantifier and quantifier.one and not plural:
        if unit == "quarter":
            if not quantifier.quarter_step:
                return None  # "the first quarter" is Q1, read by _quarter
            return timex(shift_value("quarter", quantifier.quarter_step, ctx.anchor))
        return timex(duration_value(1, unit), "DURATION")
    if not plural or (quantifier and not quantifier.vague):
        return None  # a bare "year" is no time expression
    return timex(duration_value(None, unit), "DURATION")
