"""Canonical text before the rules (summitgraph.timex.clean): fast, no model."""

from __future__ import annotations

import pytest

from summitgraph.timex.clean import clean


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Twenty-five years", "25 years"),
        ("3 p.m.", "3 pm"),
        ("Sept. 11, 2001", "sept 11 2001"),
        ("a year and a half", "1.5 year"),
        ("two and a half years", "2.5 years"),
        ("half an hour", "0.5 hour"),
        ("the twenty-first century", "the 21st century"),
        ("March twenty-first", "march 21st"),
        ("the first nine months", "the first 9 months"),  # "first" stays a word away from a calendar
        ("a couple of days", "2 days"),
        ("a dozen years", "12 years"),
        ("three straight days", "3 days"),
        ("mid \u2013 2018", "mid-2018"),
        ("Monday\u2019s", "monday"),
        ("the '90s", "the '90s"),
        ("(Monday)", "monday"),
        ("two hundred years", "200 years"),
        ("2 1/2 years", "2.5 years"),
        ("a quarter century", "25 year"),
        ("a quarter of a century", "25 year"),
        ("three quarters", "3 quarters"),  # a fraction, read elsewhere
    ],
)
def test_clean_canonical_text(text, expected):
    assert clean(text) == expected
