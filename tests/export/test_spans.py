"""Tests of summitgraph.export.spans: TIMEX3 values as spans of days."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.export.spans import day_span, hull, interaction_span, merge_spans

D = dt.date


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2019-01-08", (D(2019, 1, 8), D(2019, 1, 8))),
        ("2019-01-07TAF", (D(2019, 1, 7), D(2019, 1, 7))),
        ("2018-06", (D(2018, 6, 1), D(2018, 6, 30))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2018", (D(2018, 1, 1), D(2018, 12, 31))),
        ("2019-W02", (D(2019, 1, 7), D(2019, 1, 13))),
        ("2018-Q3", (D(2018, 7, 1), D(2018, 9, 30))),
        ("2018-H1", (D(2018, 1, 1), D(2018, 6, 30))),
        ("201", (D(2010, 1, 1), D(2019, 12, 31))),
        ("PRESENT_REF", None),
        ("P1Y", None),
        ("XXXX-XX-XX", None),
        ("2019-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_spans_day_span_widens_partial_dates(value, span):
    assert day_span(value) == span


@pytest.mark.parametrize(
    ("data", "span"),
    [
        ({"date": "2019-01-07", "start": "2019-01-07", "end": "2019-01-10"}, (D(2019, 1, 7), D(2019, 1, 10))),
        ({"date": "2018-06"}, (D(2018, 6, 1), D(2018, 6, 30))),
        ({"date": "2019-01", "end": "2019-03"}, (D(2019, 1, 1), D(2019, 3, 31))),
        ({"date": "2019-05", "end": "2019-01"}, (D(2019, 5, 1), D(2019, 5, 31))),
        ({"status": "possible"}, None),
    ],
)
def test_spans_interaction_span(data, span):
    assert interaction_span(data) == span


def test_spans_merge_joins_overlapping_and_touching():
    spans = [
        (D(2018, 6, 1), D(2018, 6, 30)),
        (D(2018, 1, 1), D(2018, 12, 31)),
        (D(2019, 1, 1), D(2019, 1, 2)),
        (D(2019, 1, 8), D(2019, 1, 8)),
    ]
    assert merge_spans(spans) == [(D(2018, 1, 1), D(2019, 1, 2)), (D(2019, 1, 8), D(2019, 1, 8))]


def test_spans_hull():
    assert hull([(D(2019, 1, 8), D(2019, 1, 9)), (D(2018, 1, 1), D(2018, 1, 1))]) == (D(2018, 1, 1), D(2019, 1, 9))
    assert hull([]) is None
