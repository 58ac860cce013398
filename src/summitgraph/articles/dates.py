"""``parse_date``: the publication date of an article, as its file writes it.

``published`` is ``YYYY-MM-DD`` or a full ISO 8601 datetime, whose date *as
written* is kept: ``parse_date("2019-01-08T10:15:00Z")`` is
``datetime.date(2019, 1, 8)``. The CLI's ``--published`` is read the same way.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_date"]

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# RFC 3339 / ISO 8601 extended format: date, 'T' (or a space, as many feeds
# write it), hh:mm[:ss[.fraction]], optional 'Z' or +hh:mm / +hhmm offset.
_DATETIME_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(?:[Zz]|[+-](\d{2}):?(\d{2}))?"
)


def parse_date(value: str) -> dt.date:
    """Return the date of ``YYYY-MM-DD`` or of a full ISO 8601 datetime.

    ``2019-01-08T10:15:00Z`` gives ``2019-01-08``: the date as written, with
    no time-zone conversion. Raises ``ValueError`` (one line) for anything
    else, including impossible dates such as ``2019-02-30``.
    """
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    if _DATE_RE.fullmatch(value):
        day = value
    elif match := _DATETIME_RE.fullmatch(value):
        day, hour, minute, second, off_hour, off_minute = match.groups()
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 60:
            raise ValueError(f"invalid time in {value!r}")
        if off_hour is not None and (int(off_hour) > 23 or int(off_minute) > 59):
            raise ValueError(f"invalid time-zone offset in {value!r}")
    else:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD or an ISO datetime such as 2019-01-08T10:15:00Z")
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: no such date") from None
