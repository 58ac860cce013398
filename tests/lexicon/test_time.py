"""Integrity of the time-expression lexicon: lexicon/time.py, time_relative.py,
time_modifiers.py, holidays.py (and the number tables they lean on)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import combinations

import pytest

from summitgraph.lexicon import holidays, time, time_modifiers, time_relative
from summitgraph.lexicon.numbers import CARDINALS, COUNT_NOUNS, ORDINAL_TENS
from summitgraph.timex.anchor import direction
from summitgraph.timex.clean import clean

_MODULES = (time, time_relative, time_modifiers, holidays)
# Every word table the rules match against cleaned text, by "module.NAME".
WORD_TABLES = {
    f"{module.__name__.rsplit('.', 1)[1]}.{name}": getattr(module, name)
    for module in _MODULES
    for name in module.__all__
    if isinstance(getattr(module, name), dict | tuple | frozenset)
}
_ROWS = [(table, key) for table, words in WORD_TABLES.items() for key in words]
_DEAD_ROWS = {
    ("holidays.FIXED_HOLIDAYS", "the fourth of july"): "cleaned to 'the 4th of july', which the month-day rule reads",
}
TIMEX_MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", None}


def test_time_every_table_is_listed():
    assert len(WORD_TABLES) >= 30 and all(WORD_TABLES.values())


@pytest.mark.parametrize("table", sorted(WORD_TABLES))
def test_time_keys_are_lower_case_words(table):
    """Rules match lower-cased text with straight quotes and single spaces."""
    bad = [k for k in WORD_TABLES[table] if k != k.strip().lower() or "  " in k or "\u2019" in k]
    assert bad == []


@pytest.mark.parametrize(
    "table,key",
    [
        pytest.param(t, k, marks=pytest.mark.xfail(strict=True, reason=_DEAD_ROWS[t, k]))
        if (t, k) in _DEAD_ROWS
        else (t, k)
        for t, k in _ROWS
    ],
)
def test_time_keys_survive_cleaning(table, key):
    """The rules see text after clean(): a key it rewrites never matches, unless its
    cleaned form is a row of the same table with the same value ("new year's")."""
    words = WORD_TABLES[table]
    cleaned = clean(key)
    assert cleaned == key or (isinstance(words, dict) and words.get(cleaned) == words[key])


@pytest.mark.parametrize(
    "tables",
    [
        ("time.MONTH_NAMES", "time.MONTH_ABBREVIATIONS"),
        ("time.WEEKDAY_NAMES", "time.WEEKDAY_ABBREVIATIONS"),
        ("time.MONTHS", "time.WEEKDAYS", "time.PARTS_OF_DAY", "time.SEASONS", "time.UNITS", "time.CLOCK_WORDS"),
        ("holidays.FIXED_HOLIDAYS", "holidays.WEEKDAY_HOLIDAYS", "holidays.EASTER_HOLIDAYS", "holidays.NAMED_DAYS"),
        ("time_relative.LAST_WORDS", "time_relative.NEXT_WORDS", "time_relative.THIS_WORDS"),
        ("time.UTC_ZONES", "time.OTHER_ZONES"),
        ("time_modifiers.POSITION_PREFIXES", "time_modifiers.QUANTITY_PREFIXES"),
    ],
)
def test_time_tables_that_must_be_disjoint(tables):
    """The rules dispatch on membership ("every Monday" vs "every morning"), so no word is in two."""
    for a, b in combinations(tables, 2):
        assert not set(WORD_TABLES[a]) & set(WORD_TABLES[b]), (a, b)


def test_time_months_and_weekdays_are_complete():
    assert sorted(time.MONTH_NAMES.values()) == list(range(1, 13))
    assert set(time.MONTH_ABBREVIATIONS.values()) <= set(range(1, 13))
    assert sorted(time.WEEKDAY_NAMES.values()) == list(range(1, 8))
    assert set(time.WEEKDAY_ABBREVIATIONS.values()) <= set(range(1, 8))
    assert time.MONTHS == {**time.MONTH_NAMES, **time.MONTH_ABBREVIATIONS}
    assert time.WEEKDAYS == {**time.WEEKDAY_NAMES, **time.WEEKDAY_ABBREVIATIONS}


@pytest.mark.parametrize(
    "abbreviations,names",
    [(time.MONTH_ABBREVIATIONS, time.MONTH_NAMES), (time.WEEKDAY_ABBREVIATIONS, time.WEEKDAY_NAMES)],
)
def test_time_abbreviations_abbreviate_their_name(abbreviations, names):
    """The finder tells names from abbreviations (which take a dot): "Sept." is September."""
    full = {value: name for name, value in names.items()}
    assert [a for a, value in abbreviations.items() if not full[value].startswith(a)] == []


def test_time_timex3_codes():
    assert set(time.PARTS_OF_DAY.values()) <= {"MO", "AF", "EV", "NI", "DT"}
    assert time.PM_PARTS_OF_DAY <= set(time.PARTS_OF_DAY)
    assert set(time.SEASONS.values()) == {"SP", "SU", "FA", "WI"}
    assert all(re.fullmatch(r"([01]\d|2[0-4]):[0-5]\d", v) for v in time.CLOCK_WORDS.values())
    assert set(time_relative.REFERENCE_WORDS.values()) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    value = re.compile(r"P(T?\d+[YMWDHS])|XXXX-XX-XXT(MO|AF|EV|NI)")
    assert all(value.fullmatch(v) for v in time.FREQUENCY_WORDS.values())


def test_time_units():
    for unit, (letter, factor, clock) in time.UNITS.items():
        assert letter in ("H", "M", "S") if clock else letter in ("Y", "M", "W", "D"), unit
        assert factor >= 1, unit
    assert all(unit in time.UNITS and stem not in time.UNITS for stem, unit in time.UNIT_STEMS.items())
    assert time_relative.DATED_UNITS - {"weekend", "half"} <= set(time.UNITS)


def test_time_decade_words_are_plural_tens():
    assert all(CARDINALS[word[:-3] + "y"] == value for word, value in time.DECADE_WORDS.items())


def test_time_relative_words_point_one_way():
    assert all(direction(word) == shift for word, shift in time_relative.RELATIVE_SHIFTS.items())
    assert time_relative.DURATION_RELATIVES <= set(time_relative.LAST_WORDS) | set(time_relative.NEXT_WORDS)
    assert set(time_relative.COUNTING_DIRECTIONS.values()) == {-1, 1}
    assert time_relative.NIGHT_DEICTICS <= set(time_relative.DEICTIC_DAYS)


def test_time_modifiers_set_timex3_mods():
    for table in (time_modifiers.POSITION_PREFIXES, time_modifiers.QUANTITY_PREFIXES, time_modifiers.QUANTITY_SUFFIXES):
        assert set(table.values()) <= TIMEX_MODS


def test_time_duration_quantifiers():
    for word, q in time_modifiers.DURATION_QUANTIFIERS.items():
        assert q.quarter_step in (-1, 0, 1), word
        assert q.one or not q.quarter_step, word  # a quarter step only for "the past"-like words
        assert not q.one or q.number, word  # "the past year" and "the past 12 months" go together


def test_time_holidays_fall_on_real_days():
    for month, day in holidays.FIXED_HOLIDAYS.values():
        assert dt.date(2020, month, day)  # a leap year
    for month, weekday, n in holidays.WEEKDAY_HOLIDAYS.values():
        assert 1 <= month <= 12 and 1 <= weekday <= 7 and n in (-1, 1, 2, 3, 4, 5)
    assert all(-60 <= offset <= 60 for offset in holidays.EASTER_HOLIDAYS.values())
    assert all(dt.date.fromisoformat(v) for v in holidays.NAMED_DAYS.values())


def test_time_numbers_the_cleaner_reads():
    assert set(ORDINAL_TENS) <= set(CARDINALS) and all(CARDINALS[w] % 10 == 0 for w in ORDINAL_TENS)
    assert all(clean(f"a {noun} years") == f"{value} years" for noun, value in COUNT_NOUNS.items())
