r"""The rule engine: a registry of (pattern, handler) rules and the entry points.

A rule is a regular expression over cleaned text (:mod:`summitgraph.timex.clean`)
and the function that builds the value from its match; ``rules("date")``
returns the decorator that registers rules of the group "date"::

    rule = rules("date")

    @rule(r"(?P<y>\d{4})-w(?P<w>\d{2})")
    def _iso_week(m: re.Match[str], ctx: Ctx) -> Timex | None:
        return timex(f"{m['y']}-W{m['w']}")  # "2019-W02"

The text must match a pattern in full. Groups are tried in :data:`RULE_ORDER`,
the rules of a group in the order they are written; the first handler that
returns a value wins, and a handler returns None to let the next rule try.
When no rule matches, modifiers ("about", "late", "the end of", "more than")
and prepositions are peeled off the front and the rest is tried again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from summitgraph.lexicon.time_modifiers import POSITION_PREFIXES, PREPOSITIONS, QUANTITY_PREFIXES, QUANTITY_SUFFIXES
from summitgraph.models import Tense, Timex, TimexType
from summitgraph.timex.calendar import start_date, valid_date
from summitgraph.timex.clean import clean
from summitgraph.timex.patterns import alternation

__all__ = ["RULE_ORDER", "Ctx", "normalize", "normalize_range_end", "parse", "rules", "timex"]


@dataclass(frozen=True)
class Ctx:
    """What a rule needs besides the text: the reference date and the clause's tense."""

    anchor: dt.date | None
    tense: Tense | None


Handler = Callable[[re.Match[str], Ctx], "Timex | None"]

#: The rule groups, one module each (``rules_<group>.py``), in the order they are
#: tried: dates before times, durations and sets; compositions of two expressions last.
RULE_ORDER: tuple[str, ...] = ("date", "date_relative", "time", "duration", "set", "compound")
_RULES: dict[str, list[tuple[re.Pattern[str], Handler]]] = {group: [] for group in RULE_ORDER}


def rules(group: str) -> Callable[[str], Callable[[Handler], Handler]]:
    """The decorator that registers a handler in ``group`` for texts that fully match a pattern."""
    registry = _RULES[group]

    def rule(pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            registry.append((re.compile(pattern), handler))
            return handler

        return register

    return rule


def timex(value: str | None, type_: TimexType = "DATE", mod: str | None = None) -> Timex | None:
    """The record a handler returns, or None when there is no ``value``."""
    return Timex(type=type_, value=value, mod=mod) if value else None


_POSITION_RE = re.compile(r"(?P<p>" + alternation(POSITION_PREFIXES) + r")(?:-| |(?<=mid)(?=\d))")
_QUANTITY_RE = re.compile(r"(?P<p>" + alternation(QUANTITY_PREFIXES) + ") ")
_SUFFIX_RE = re.compile(r" (?P<p>" + alternation(QUANTITY_SUFFIXES) + ")$")
_PREPOSITION_RE = re.compile(r"(?:" + alternation(PREPOSITIONS) + ") ")
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _match_rules(s: str, ctx: Ctx) -> Timex | None:
    for group in RULE_ORDER:
        for pattern, handler in _RULES[group]:
            m = pattern.fullmatch(s)
            if m:
                result = handler(m, ctx)
                if result is not None:
                    return result
    return None


def _with_mod(t: Timex | None, mod: str | None) -> Timex | None:
    return t if t is None or mod is None else t.model_copy(update={"mod": mod})


def parse(s: str, ctx: Ctx, depth: int = 0) -> Timex | None:
    """Match ``s`` (already cleaned) against the rules, peeling modifiers off when needed."""
    if not s or depth > 4:
        return None
    result = _match_rules(s, ctx)
    if result is not None:
        return result
    m = _POSITION_RE.match(s)
    if m:
        inner = parse(s[m.end() :].lstrip("- "), ctx, depth + 1)
        if inner is not None and inner.type in ("DATE", "TIME") and not inner.value.endswith("_REF"):
            return _with_mod(inner, POSITION_PREFIXES[m.group("p")])
    m = _QUANTITY_RE.match(s)
    if m:
        inner = parse(s[m.end() :], ctx, depth + 1)
        if inner is not None:
            mod = QUANTITY_PREFIXES[m.group("p")]
            if m.group("p") == "over" and s[m.end() :].startswith("the "):
                mod = None  # "over the years" spans them, it does not exceed them
            return _with_mod(inner, mod)
    m = _SUFFIX_RE.search(s)
    if m:
        inner = parse(s[: m.start()], ctx, depth + 1)
        if inner is not None:
            return _with_mod(inner, QUANTITY_SUFFIXES[m.group("p")])
    m = _PREPOSITION_RE.match(s)
    if m:
        return parse(s[m.end() :], ctx, depth + 1)
    return None


def normalize(text: str, anchor: dt.date | None, *, tense: Tense | None = None) -> Timex | None:
    """The TIMEX3 type, value and mod of the time expression ``text``, or None.

    ``anchor`` is the reference date of relative expressions (normally the
    publication date); ``tense`` is the tense of the clause the expression sits
    in and decides which way an underspecified expression points ("Monday" in a
    past clause is the Monday before the anchor). None is returned for text
    that is not a time expression ("49", "the age of 56", "1.1.1").
    """
    return parse(clean(text), Ctx(anchor, tense))


def normalize_range_end(
    text: str, start: Timex | None, anchor: dt.date | None, *, tense: Tense | None = None
) -> Timex | None:
    """Normalise the second part of a range relative to its first part, ``start``.

    "Thursday" in "from Monday to Thursday" (Monday = 2019-01-07) is the first
    Thursday on or after that Monday, 2019-01-10; "8" in "March 5-8" is
    March 8 of that year; "16" in "2014-16" is 2016. Falls back to plain
    :func:`normalize` with ``anchor`` and ``tense`` when ``start`` is no date.
    """
    s = clean(text)
    begin = start_date(start.value) if start is not None and start.type in ("DATE", "TIME") else None
    if begin is not None and start is not None:
        day = _BARE_DAY.fullmatch(s)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", start.value):
            if not valid_date(begin.year, begin.month, int(day.group(1))) or int(day.group(1)) < begin.day:
                return None
            return Timex(type="DATE", value=begin.replace(day=int(day.group(1))).isoformat())
        if re.fullmatch(r"\d{2}", s) and re.fullmatch(r"\d{4}", start.value):
            year = int(start.value[:2] + s)
            return Timex(type="DATE", value=str(year)) if year > begin.year else None
        result = parse(s, Ctx(begin, "future"))
        if result is not None:
            return result
    return parse(s, Ctx(anchor, tense))
