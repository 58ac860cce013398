"""TIME rules: clock times and parts of the day.

"3 p.m." -> 2019-01-08T15:00 (on the anchor's day unless a day is named), "18:00
UTC" -> ...T18:00Z, "0900 GMT" and "1430 hrs" as wire copy writes them, "Tuesday
at 3 pm", "9 in the morning", "the morning of June 5" -> ...TMO. Weekdays and
deictic days with a part of the day ("Monday afternoon", "yesterday morning")
are read with the dates, in :mod:`summitgraph.timex.rules_date` and
:mod:`summitgraph.timex.rules_date_relative`.
"""

from __future__ import annotations

import re

from summitgraph.lexicon.time import CLOCK_WORDS, OTHER_ZONES, PARTS_OF_DAY, PM_PARTS_OF_DAY, UTC_ZONES
from summitgraph.models import Timex
from summitgraph.timex.engine import Ctx, parse, rules, timex
from summitgraph.timex.patterns import POD, WEEKDAY, alternation
from summitgraph.timex.values import day_or_x

rule = rules("time")

_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?(?::\d{2})? ?(?P<ampm>am|pm)"
    r"|(?P<h24>[01]?\d|2[0-4])[:.h](?P<mi24>\d{2})(?::\d{2})?(?: ?hrs| ?hours| ?h)?"
    r"|(?P<hoc>\d{1,2})(?: o'clock|(?= in the ))"
    r"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?: ?hrs| ?hours|(?= (?:gmt|utc|z|zulu|local)\b))"
    rf"|(?P<word>{alternation(CLOCK_WORDS)})"
)
_ZONE = rf"(?: (?P<zone>{alternation(UTC_ZONES | OTHER_ZONES)})(?: ?(?P<off>[+-] ?\d{{1,2}})(?::?\d{{2}})?)?)?"
_CLOCK_DAY = rf"today|tonight|yesterday|tomorrow|(?:{WEEKDAY})(?: {POD})?"


def _hhmm(m: re.Match[str]) -> str | None:
    """The clock time of a match of ``_CLOCK`` as "HH:MM", None when there is no such time ("13 pm")."""
    if m.group("word"):
        return CLOCK_WORDS[m.group("word")]
    hour = int(m.group("h") or m.group("h24") or m.group("hoc") or m.group("h4"))
    minute = int(m.group("mi") or m.group("mi24") or m.group("mi4") or 0)
    ampm, pod = m.group("ampm"), m.group("pod")
    if ampm and not 1 <= hour <= 12:
        return None
    if hour < 12 and (ampm == "pm" or not ampm and pod in PM_PARTS_OF_DAY):
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


@rule(
    rf"(?:(?P<dday>{_CLOCK_DAY}) (?:at )?)?(?:{_CLOCK}){_ZONE}(?: (?:in the )?(?P<pod>{POD}))?"
    rf"(?: (?:on )?(?P<dday2>{_CLOCK_DAY}))?"
)
def _clock_time(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """Clock times, on the anchor's day unless a day is named: "3 pm" -> 2019-01-08T15:00,
    "18:00 UTC" -> ...T18:00Z, "Tuesday at 3 pm", "9 in the morning"."""
    hhmm = _hhmm(m)
    if hhmm is None:
        return None
    zone, suffix = m.group("zone"), ""
    if zone in UTC_ZONES:
        offset = m.group("off")
        suffix = f"{offset[0]}{int(offset[1:].strip()):02d}" if offset else "Z"
    day_text = m.group("dday") or m.group("dday2")
    if day_text:
        day = parse(day_text, ctx)
        if day is None:
            return None
        day_value = day.value.split("T")[0]
    else:
        day_value = day_or_x(ctx.anchor)
    return timex(f"{day_value}T{hhmm}{suffix}", "TIME")


@rule(rf"(?:the |this )?(?P<pod>{POD})|the (?P<pod2>{POD}) of (?P<day>.+)")
def _part_of_day(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """ "morning", "the evening" (the anchor's), "the morning of June 5"."""
    pod = m.group("pod") or m.group("pod2")
    day_value = day_or_x(ctx.anchor)
    if m.group("day"):
        day = parse(m.group("day"), ctx)
        if day is None or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value):
            return None
        day_value = day.value
    return timex(f"{day_value}T{PARTS_OF_DAY[pod]}", "TIME")
