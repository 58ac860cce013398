"""Tests of summitgraph.articles.dates: the publication dates articles carry."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.articles import parse_date

# --- dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-08", dt.date(2019, 1, 8)),
        ("2019-01-08T10:15:00Z", dt.date(2019, 1, 8)),
        ("2019-01-08T23:59:59.123456+09:00", dt.date(2019, 1, 8)),
        ("2019-01-08T00:30-0500", dt.date(2019, 1, 8)),
        ("2019-01-08 10:15:00", dt.date(2019, 1, 8)),
        ("2020-02-29T12:00:00", dt.date(2020, 2, 29)),
    ],
)
def test_articles_parse_date(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2019",
        "2019-01",
        "20190108",
        "08/01/2019",
        "January 8, 2019",
        "2019-02-30",
        "2019-13-01",
        "2019-01-08T25:00:00Z",
        "2019-01-08T10:15:00+25:00",
        "2019-W02-2",
        " 2019-01-08",
        "2019-01-08T",
        "2019-01-08Z",
    ],
)
def test_articles_parse_date_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="invalid") as raised:
        parse_date(value)
    assert "\n" not in str(raised.value)
