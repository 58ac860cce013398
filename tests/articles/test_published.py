"""summitgraph.articles.published: the publication date from metadata, a date line, a dateline, the URL."""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.articles.published import PublishedPolicy, date_in_text, date_in_url, find_published, read_published

NEAR = dt.date(2019, 1, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line under the headline, as WikiNews and many sites write it
        ("Airbus wins tanker contract\nMarch 01, 2008\nAirbus has won ...", dt.date(2008, 3, 1)),
        ("Kim in Beijing\nTuesday, May 17, 2017\nKim arrived ...", dt.date(2017, 5, 17)),
        ("Kim in Beijing\n8 January 2019\nKim arrived ...", dt.date(2019, 1, 8)),
        ("Kim in Beijing\nPublished: Tuesday 8 January 2019 10:15 GMT\nKim ...", dt.date(2019, 1, 8)),
        ("Kim in Beijing\nBy Jane Doe | Jan. 8, 2019 | 10:15 a.m. EST\nKim ...", dt.date(2019, 1, 8)),
        ("Kim in Beijing\nLast updated on 2019-01-08 at 10:15\nKim ...", dt.date(2019, 1, 8)),
        ("Pirates foiled\nTNN Nov 12, 2011, 03.55am IST\nIndian naval ...", dt.date(2011, 11, 12)),
        ("Elections\n26 September 2013, 10: 00 (GMT+05: 00)\nParliamentary ...", dt.date(2013, 9, 26)),
        ("Williams dies\n10:10 AM PDT 6/6/2013\nThe swimmer ...", dt.date(2013, 6, 6)),
        ("Kim in Beijing\n08.01.2019\nKim arrived ...", dt.date(2019, 1, 8)),  # dotted: day first
        ("January 8, 2019\nKim in Beijing\nKim arrived ...", dt.date(2019, 1, 8)),  # the first line, all date
        # wire datelines
        ("Kim in Beijing\nBEIJING, Jan. 8, 2019 (Reuters) - Kim arrived ...", dt.date(2019, 1, 8)),
        ("Kim in Beijing\nWASHINGTON, March 3, 2009 (AFP) \u2014 The ...", dt.date(2009, 3, 3)),
        ("Kim in Beijing\nNAIROBI, Kenya, 14 June 2018 - The ...", dt.date(2018, 6, 14)),
        ("Kim in Beijing\nBEIJING, Jan. 8 (Reuters) - Kim arrived ...", dt.date(2019, 1, 8)),  # year from NEAR
        ("Kim in Beijing\nSEOUL, Dec. 30 (Yonhap) -- Kim ...", dt.date(2018, 12, 30)),  # nearest is last year's
        # not the article's date
        ("Kim in Beijing\nThe deal was signed on March 3, 2009.\nMore ...", None),
        ("Kim in Beijing\nOn March 3, 2009, the company said it would close its plant.", None),
        ("Elections held March 3, 2009\nThe vote ...", None),  # a headline that is more than a date
        ("Kim in Beijing\n11/09/2010\nKim ...", None),  # November 9 or September 11?
        ("Kim in Beijing\nFebruary 30, 2019\nKim ...", None),
        ("Kim in Beijing\nBEIJING (Reuters) - Kim arrived ...", None),
        ("Watergate figure Fred LaRue, July 24\nSenior official ...", None),
        ("", None),
    ],
)
def test_published_date_in_text(text, expected):
    assert date_in_text(text, NEAR) == expected


def test_published_dateline_without_year_needs_a_year():
    assert date_in_text("Kim in Beijing\nBEIJING, Jan. 8 (Reuters) - Kim arrived.", None) is None


def test_published_only_the_top_lines():
    body = "".join(f"Line {n} of the story goes on.\n" for n in range(10))
    assert date_in_text(f"Headline\n{body}March 01, 2008\n", NEAR) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://nypost.com/2013/04/12/video-of-brooklyn-shooting/", dt.date(2013, 4, 12)),
        ("http://articles.example.com/2011-11-12/india/30391127", dt.date(2011, 11, 12)),
        ("https://example.org/news/2019/13/45/x", None),
        ("https://example.org/news/kim-beijing", None),
        (None, None),
    ],
)
def test_published_date_in_url(url, expected):
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-08", dt.date(2019, 1, 8)),
        ("2019-01-08T23:15:00-05:00", dt.date(2019, 1, 8)),  # the date as written
        ("Tue, 08 Jan 2019 10:15:00 GMT", dt.date(2019, 1, 8)),  # RSS pubDate (RFC 2822)
        ("January 8, 2019", dt.date(2019, 1, 8)),
        ("8 Jan 2019 10:15", dt.date(2019, 1, 8)),
        (dt.date(2019, 1, 8), dt.date(2019, 1, 8)),
        (dt.datetime(2019, 1, 8, 10, 15), dt.date(2019, 1, 8)),
    ],
)
def test_published_read_published(value, expected):
    assert read_published(value) == expected


@pytest.mark.parametrize("value", ["soon", "08/01/2019", "2019", "2019-02-30", 20190108, ["2019-01-08"]])
def test_published_read_published_refuses(value):
    with pytest.raises(ValueError) as raised:
        read_published(value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("value", "text", "url", "fallback", "expected"),
    [
        ("2019-01-08", "Head\nMarch 01, 2008\n", "https://x.org/2013/04/12/a", NEAR, (dt.date(2019, 1, 8), "metadata")),
        (None, "Head\nMarch 01, 2008\n", "https://x.org/2013/04/12/a", NEAR, (dt.date(2008, 3, 1), "text")),
        ("soon", "Head\nbody\n", "https://x.org/2013/04/12/a", NEAR, (dt.date(2013, 4, 12), "url")),
        (None, "Head\nbody\n", None, NEAR, (NEAR, "default")),
        (None, "Head\nbody\n", None, None, (None, None)),
    ],
)
def test_published_find_published_order(value, text, url, fallback, expected):
    assert tuple(find_published(value, text, url, fallback)[:2]) == expected


def test_published_policy_warns_once_and_keeps_the_article():
    warnings: list = []
    policy = PublishedPolicy(None, warnings.append)
    assert policy.decide("soon", "Head\nMarch 01, 2008\nbody", where="feed.jsonl", line=3) == (
        dt.date(2008, 3, 1),
        "text",
    )
    assert [str(w) for w in warnings] == [
        "feed.jsonl:3: 'published' 'soon' is no date (invalid date 'soon': expected YYYY-MM-DD or an ISO "
        "datetime such as 2019-01-08T10:15:00Z); dated 2008-03-01 from its text"
    ]
    assert policy.decide("2019-01-08", "Head\nbody") == (dt.date(2019, 1, 8), "metadata")
    assert len(warnings) == 1
