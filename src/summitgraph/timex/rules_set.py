"""SET rules: frequencies.

"weekly" -> P1W, "every year" -> P1Y, "twice a week" -> P1W, "every other
week" -> P2W, "every Monday" and "Mondays" -> XXXX-WXX-1.
"""

from __future__ import annotations

import re

from summitgraph.lexicon.time import FREQUENCY_WORDS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from summitgraph.lexicon.time_modifiers import INDEFINITE_ARTICLES
from summitgraph.models import Timex
from summitgraph.timex.engine import Ctx, rules, timex
from summitgraph.timex.patterns import NUM, POD, SEASON, UNIT, WEEKDAY, alternation
from summitgraph.timex.values import duration_value

rule = rules("set")


@rule(alternation(FREQUENCY_WORDS))
def _frequency_word(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "weekly" -> P1W, "annual" -> P1Y."""
    return timex(FREQUENCY_WORDS[m.group(0)], "SET")


@rule(
    rf"(?P<count>(?:{NUM}|once|twice|thrice|{NUM} times) )?(?P<per>a|an|per|each|every|every other|every {NUM}) "
    rf"(?P<unit>{UNIT}|{WEEKDAY}|{POD}|{SEASON}|weekend)s?|(?P<wdp>{WEEKDAY})s"
)
def _set(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "every year", "twice a week", "per month", "15 a year", "every Monday", "Mondays" -> SETs."""
    if m.group("wdp"):
        return timex(f"XXXX-WXX-{WEEKDAYS[m.group('wdp')]}", "SET")
    unit, per = m.group("unit"), m.group("per")
    if per in INDEFINITE_ARTICLES and not m.group("count"):
        return None  # a bare "a year" is a duration, "a weekend interview" no time at all
    n = 2.0 if per == "every other" else float(per.split()[1]) if per.startswith("every ") else 1.0
    if unit in WEEKDAYS:
        return timex(f"XXXX-WXX-{WEEKDAYS[unit]}", "SET")
    if unit in PARTS_OF_DAY:
        return timex(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "SET")
    if unit in SEASONS:
        return timex(f"XXXX-{SEASONS[unit]}", "SET")
    if unit == "weekend":
        return timex("XXXX-WXX-WE", "SET")
    return timex(duration_value(n, unit), "SET")
