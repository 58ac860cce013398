"""Time expressions: find them in a Doc and normalise them to TIMEX3 (TimeML, TempEval-3).

The stage, in the order it runs (HeidelTime's split: rules by TIMEX3 type,
patterns and word lists apart):

- :func:`find_dates` (``mentions.py``) - the article's date mentions with
  TIMEX3 type, value and mod; candidates come from spaCy's DATE and TIME
  entities and from regular expressions (``find.py``), trimmed to MEANTIME's
  extent (``trim.py``), then merged, split and chosen (``select.py``); each is
  normalised in the tense of its clause (``tense.py``);
- :func:`find_ranges` (``ranges.py``) - the ranges among those mentions with
  their start and end values ("from Monday to Thursday", "between 2014 and
  2016", "a three-day visit starting Tuesday": Tuesday to Thursday);
  :func:`date_ranges` gives only the index pairs of two-ended ones;
- :func:`normalize` (``engine.py``) - one expression's text ("last year",
  "Tuesday morning", "March 01, 2008", "three days") to a
  :class:`~summitgraph.models.Timex`. Pure text in, record out: the text is
  cleaned (``clean.py``: lower case, number words as digits, no commas or
  dots) and matched in full against rules, each a regular expression with the
  function that builds the value, one module per TIMEX3 type:
  ``rules_date.py``, ``rules_date_relative.py``, ``rules_time.py``,
  ``rules_duration.py``, ``rules_set.py``, and ``rules_compound.py`` for
  expressions made of two. When no rule matches, modifiers ("about", "late",
  "the end of", "more than") and prepositions are peeled off the front and the
  rest is tried again. :func:`normalize_range_end` normalises the second part
  of a range relative to the first; :func:`start_date` gives the first day of
  a value (``calendar.py``).

The words the rules are made of are in :mod:`summitgraph.lexicon.time`,
:mod:`summitgraph.lexicon.holidays`, :mod:`summitgraph.lexicon.time_modifiers`
and :mod:`summitgraph.lexicon.numbers`; the regular-expression pieces built
from them in ``patterns.py``.

Relative expressions are resolved against ``anchor``, normally the publication
date (DCT), with HeidelTime's news strategy (``anchor.py``): an expression that
does not say in which direction it points ("Monday", "June", "the third
quarter", "Christmas") points the way the tense of its clause does:

    >>> import datetime as dt
    >>> normalize("Monday", dt.date(2019, 1, 8), tense="past").value
    '2019-01-07'
    >>> normalize("June", dt.date(2019, 1, 8), tense="future").value
    '2019-06'

Without a tense the nearest candidate wins. Without an anchor, relative
expressions get TIMEX3's underspecified values (``XXXX-WXX-1``, ``XXXX-06``).
"""

from __future__ import annotations

# The rule modules register their rules when imported; engine.RULE_ORDER says
# in which order the groups are tried, whatever the order of these imports.
from summitgraph.timex import (  # noqa: F401
    rules_compound,
    rules_date,
    rules_date_relative,
    rules_duration,
    rules_set,
    rules_time,
)
from summitgraph.timex.calendar import start_date
from summitgraph.timex.engine import normalize, normalize_range_end
from summitgraph.timex.mentions import find_dates
from summitgraph.timex.ranges import date_ranges, duration_end, find_ranges

__all__ = [
    "date_ranges",
    "duration_end",
    "find_dates",
    "find_ranges",
    "normalize",
    "normalize_range_end",
    "start_date",
]
