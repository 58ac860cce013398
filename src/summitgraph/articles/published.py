"""The publication date of an article, and where it came from.

Relative dates ("Tuesday", "last year") are resolved against it, so each article
gets the best date it carries, in this order (``published_source``):

1. ``metadata``: the ``published`` field of its JSON object or sidecar, read by
   :func:`read_published` (``2019-01-08``, an ISO datetime, an RFC 2822 date as
   feeds write it, "Tuesday, January 8, 2019");
2. ``text``: a date line near the top of the text, under the headline or above
   it ("March 01, 2008", "Tuesday, May 17, 2017", "Published: 8 January 2019
   10:15 GMT", "By Jane Doe | March 3, 2009"), or the dateline that opens wire
   copy ("BEIJING, Jan. 8, 2019 (Reuters) -"): :func:`date_in_text`;
3. ``url``: a date in the path of its ``url`` (".../2019/01/08/kim-beijing"):
   :func:`date_in_url`;
4. ``default``: the date given for undated articles (``--published``).

A dateline without a year ("BEIJING, Jan. 8 (Reuters) -") takes the year that
puts it nearest the fallback date, and is not used without one. A
``published`` value that cannot be read is a warning, not an error: the
article is kept and dated by the next source, or left undated (its absolute
dates are still normalised, its relative ones stay unresolved)::

    policy = PublishedPolicy(fallback=None, on_warning=print)
    policy.decide("soon", "Kim in Beijing\\nJanuary 8, 2019\\nKim arrived ...")
    # prints "article: 'published' 'soon' is no date ...; dated 2019-01-08 from its text"
    # -> (datetime.date(2019, 1, 8), "text")

Every reader of :mod:`summitgraph.articles` decides ``published`` with one
call to :meth:`PublishedPolicy.decide`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from summitgraph.articles.dates import parse_date
from summitgraph.errors import ArticleWarning
from summitgraph.lexicon.time import MONTHS, OTHER_ZONES, UTC_ZONES, WEEKDAYS
from summitgraph.lexicon.time_lines import DATE_LINE_WORDS, MAX_DATE_LINE_WORDS
from summitgraph.models import PublishedSource

__all__ = ["Dated", "PublishedPolicy", "date_in_text", "date_in_url", "find_published", "read_published"]


def _words(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MON = rf"(?P<m>{_words(MONTHS)})\.?"
_WD = rf"(?:(?:{_words(WEEKDAYS)})\.?,?\s+)?"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
# Full dates, as date lines write them: "Tuesday, May 17, 2017", "8 January 2019",
# "2019-01-08", "6/6/2013" (only when day and month cannot be swapped), "08.01.2019".
_FULL_DATES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WD}{_MON}\s+{_D},?\s+{_Y}\b",
        rf"\b{_WD}{_D}\s+(?:of\s+)?{_MON},?\s+{_Y}\b",
        rf"\b{_Y}\s?[-/]\s?(?P<m>[01]?\d)\s?[-/]\s?(?P<d>[0-3]?\d)\b",
        r"\b(?P<a>[0-3]?\d)\s?/\s?(?P<b>[0-3]?\d)\s?/\s?(?P<y>(?:19|20)\d\d)\b",
        r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b",
    )
)
# ... and, in a wire dateline only, a day without a year: "BEIJING, Jan. 8 (Reuters) -".
_DAYS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE) for p in (rf"{_WD}{_MON}\s+{_D}\b", rf"{_WD}{_D}\s+{_MON}(?!\w)")
)
# The place of a wire dateline: "BEIJING, ", "NAIROBI, Kenya, ", "ST. LOUIS, ".
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z.'\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.'\- ]{1,30})?,\s+")
# ... and what ends it after the date: "(Reuters) -", " --", ":".
_DATELINE_END = re.compile(r"[\s,]*(?:\([^()\n]{1,40}\)\s*)?(?:-|\u2013|\u2014|:)")
# Clock times and zones on a date line: "10:15 AM EST", "0:00 IST", "(GMT+05:00)".
_CLOCK = re.compile(r"\b\d{1,2}\s?[:.]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_ZONE = re.compile(rf"\(?\b(?:{_words(z.upper() for z in UTC_ZONES | OTHER_ZONES)})\b(?:\s?[+-]\s?[\d:\s]+)?\)?")
_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*")
# A date in the path of a URL: ".../2019/01/08/...", "...-2019-01-08-...".
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?!\d)")
# How many lines from the top a date line or dateline may be on (URL, headline, byline, date).
_TOP_LINES = 8


class Dated(NamedTuple):
    """An article's publication date, where it came from, and what was wrong with its metadata."""

    date: dt.date | None
    source: PublishedSource | None
    problem: str | None = None


def _day(m: re.Match[str], year: int | None = None) -> dt.date | None:
    """The date a match of one of the date patterns names, or None ("February 30", "11/09/2010")."""
    groups = m.groupdict()
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        if a == b or (a > 12) == (b > 12):
            return dt.date(int(groups["y"]), a, b) if a == b and a <= 12 else None  # month and day swappable
        month, day = (a, b) if a <= 12 else (b, a)
    else:
        month_text = groups["m"].lower()
        month = MONTHS[month_text] if month_text in MONTHS else int(month_text)
        day = int(groups["d"])
    try:
        return dt.date(year or int(groups["y"]), month, day)
    except ValueError:
        return None


def _first_full_date(line: str) -> re.Match[str] | None:
    matches = [m for p in _FULL_DATES if (m := p.search(line))]
    return min(matches, key=lambda m: (m.start(), -m.end())) if matches else None


def _is_date_line(line: str, m: re.Match[str], alone: bool) -> bool:
    """Whether ``line`` is a date line around its date ``m``: its other words are
    capitalised names or date-line words ("By Jane Doe |", "Posted on ... at ..."),
    and not too many; with ``alone``, no word at all besides clock and zone."""
    rest = _ZONE.sub(" ", _CLOCK.sub(" ", line[: m.start()] + " " + line[m.end() :]))
    words = _WORD.findall(rest)
    if alone:
        return not words
    if len(words) > MAX_DATE_LINE_WORDS or line.rstrip().endswith(".") and words:
        return False
    return all(w[0].isupper() or w.lower() in DATE_LINE_WORDS for w in words)


def _nearest_year(month: int, day: int, near: dt.date) -> dt.date | None:
    """The day ``month``/``day`` nearest ``near`` (its year, the one before or after)."""
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - near).days)) if days else None


def _dateline(line: str, near: dt.date | None) -> dt.date | None:
    """The date of a wire dateline opening ``line``: "WASHINGTON, March 3, 2009 (AFP) -"."""
    place = _DATELINE_PLACE.match(line)
    if place is None:
        return None
    for pattern in _FULL_DATES[:2] + _DAYS:
        m = pattern.match(line, place.end())
        if m is None or not _DATELINE_END.match(line, m.end()):
            continue
        if "y" in m.groupdict() and m.group("y"):
            return _day(m)
        if near is not None:
            return _nearest_year(MONTHS[m.group("m").lower()], int(m.group("d")), near)
    return None


def date_in_text(text: str, near: dt.date | None = None) -> dt.date | None:
    """The publication date a text gives near its top, or None.

    A line of its own among the first lines that is a date ("March 01, 2008"),
    perhaps with a clock time, a zone and a label or byline ("Published: 8
    January 2019 10:15 GMT", "TNN Nov 12, 2011, 03:55 IST"), or a wire
    dateline ("BEIJING, Jan. 8, 2019 (Reuters) -"). The headline (the first
    line) counts only when it is nothing but a date. A dateline without a year
    takes the year that puts it nearest ``near``, and gives nothing without it.
    A date inside a sentence ("The deal was signed on March 3, 2009.") is an
    event's date, not the article's, and is never taken.
    """
    lines = [line for line in text.splitlines() if line.strip()][:_TOP_LINES]
    for number, line in enumerate(lines):
        day = _dateline(line, near)
        if day is not None:
            return day
        m = _first_full_date(line)
        if m is not None and _is_date_line(line, m, alone=number == 0):
            day = _day(m)
            if day is not None:
                return day
    return None


def date_in_url(url: object) -> dt.date | None:
    """The date in the path of a URL: ``https://example.org/2019/01/08/kim`` -> 2019-01-08."""
    if not isinstance(url, str):
        return None
    for m in _URL_DATE.finditer(url):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def read_published(value: object) -> dt.date:
    """The date of a metadata ``published`` value; ``ValueError`` (one line) when it has none.

    ``2019-01-08`` and ISO datetimes (:func:`~summitgraph.articles.dates.parse_date`,
    the date as written), RFC 2822 dates as feeds write them ("Tue, 08 Jan 2019
    10:15:00 GMT") and dates written out ("January 8, 2019", "8 Jan 2019 10:15").
    Numeric dates whose day and month could be swapped ("08/01/2019") are refused.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    try:
        return parse_date(value)
    except ValueError as error:
        problem = error
    m = _first_full_date(value)
    if m is not None and _is_date_line(value, m, alone=False) and (day := _day(m)) is not None:
        return day
    rfc = email.utils.parsedate_tz(value) if re.search(r"[A-Za-z]{3}.*\b\d{4}\b", value) else None
    if rfc is not None:
        try:
            return dt.date(*rfc[:3])
        except ValueError:
            pass
    raise problem


def find_published(value: object, text: object, url: object = None, fallback: dt.date | None = None) -> Dated:
    """The publication date from metadata ``value``, else ``text``, else ``url``, else ``fallback``."""
    problem = None
    if value is not None:
        try:
            return Dated(read_published(value), "metadata")
        except ValueError as error:
            problem = f"'published' {value!r} is no date ({error})"
    day = date_in_text(text, fallback) if isinstance(text, str) else None
    if day is not None:
        return Dated(day, "text", problem)
    day = date_in_url(url)
    if day is not None:
        return Dated(day, "url", problem)
    return Dated(fallback, "default" if fallback else None, problem)


_FROM = {"text": "from its text", "url": "from its URL", "default": "by the fallback date"}


@dataclass(frozen=True)
class PublishedPolicy:
    """How the readers date an article: :func:`find_published` with a ``fallback``
    date (``--published``), and where a ``published`` value that is no date is reported."""

    fallback: dt.date | None = None
    on_warning: Callable[[ArticleWarning], None] | None = None

    def decide(
        self, value: object, text: object, url: object = None, *, where: str = "article", line: int | None = None
    ) -> tuple[dt.date | None, PublishedSource | None]:
        """``(published, published_source)`` of one article; a bad ``value`` goes to ``on_warning``."""
        dated = find_published(value, text, url, self.fallback)
        if dated.problem is not None and self.on_warning is not None:
            then = (
                f"dated {dated.date.isoformat()} {_FROM[dated.source]}"
                if dated.date is not None and dated.source in _FROM
                else "kept without a date, so its relative dates stay unresolved"
            )
            self.on_warning(ArticleWarning(where, f"{dated.problem}; {then}", line))
        return dated.date, dated.source
