"""Date mentions of a spaCy Doc (summitgraph.dates), with the installed model.

Uses the session ``nlp`` fixture of conftest.py: the pipeline extraction runs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summitgraph.dates import clause_tense, date_ranges, find_dates

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ba00b74005e757b1.txt"
SEED_DCT = dt.date(2019, 1, 8)  # a Tuesday

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    return doc, find_dates(doc, SEED_DCT)


def _found(nlp, text: str, published: dt.date | None = SEED_DCT, **kwargs):
    return [(m.text, m.type, m.value) for m in find_dates(nlp(text), published, **kwargs)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Tuesday", [("Tuesday", "DATE", "2019-01-08")]),
        ("Tuesday morning", [("Tuesday morning", "TIME", "2019-01-08TMO")]),
        ("last year", [("last year", "DATE", "2018")]),
        ("June", [("June", "DATE", "2018-06")]),
        ("Monday afternoon", [("Monday afternoon", "TIME", "2019-01-07TAF")]),
        ("late 2017", [("late 2017", "DATE", "2017")]),
        ("the past year", [("the past year", "DURATION", "P1Y")]),
        ("New Year's Day", [("New Year's Day", "DATE", "2019-01-01")]),
        ("New Year's", [("New Year's", "DATE", "2019-01-01")]),
    ],
)
def test_dates_seed_article_values(seed, text, expected):
    _, mentions = seed
    assert [(m.text, m.type, m.value) for m in mentions if m.text == text][:1] == expected


@pytest.mark.parametrize("text,expected", [("late 2017", "END")])
def test_dates_seed_article_mod(seed, text, expected):
    _, mentions = seed
    assert [m.mod for m in mentions if m.text == text] == [expected]


@pytest.mark.parametrize("first,second,expected", [("Monday", "Thursday", ("2019-01-07", "2019-01-10"))])
def test_dates_seed_article_range(seed, first, second, expected):
    doc, mentions = seed
    pairs = [(mentions[i], mentions[j]) for i, j in date_ranges(doc, mentions)]
    assert [(a.value, b.value) for a, b in pairs if a.text == first and b.text == second] == [expected]


@pytest.mark.parametrize("text,expected", [("a second day", []), ("35th", [])])
def test_dates_seed_article_skips_ordinals(seed, text, expected):
    _, mentions = seed
    assert [m for m in mentions if text in m.text] == expected


def test_dates_mentions_are_ordered_offsets_into_text(seed):
    doc, mentions = seed
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("Kim met Xi on Tuesday.", "Tuesday", "past"),
        ("Kim has met Xi twice since June.", "June", "past"),
        ("Kim will meet Xi on Thursday.", "Thursday", "future"),
        ("Kim was expected to meet Xi on Thursday.", "Thursday", "future"),
        ("The talks are set to begin on Wednesday.", "Wednesday", "future"),
        ("Officials said the meeting would take place in March.", "March", "future"),
        ("Trump is going to meet Kim in February.", "February", "future"),
        ("Kim may have visited Seoul in June.", "June", "past"),
        ("The meeting is scheduled for Friday.", "Friday", "future"),
        ("Xi arrived on Monday and will leave on Wednesday.", "Wednesday", "future"),
        ("The two leaders pledged to meet again in May.", "May", "past"),
        ("An event is to be held on October 12.", "October", "future"),
        ("Kim is visiting Beijing until Thursday.", "Thursday", "present"),
        ("Kim's visit on Tuesday", "Tuesday", None),
    ],
)
def test_dates_clause_tense(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert clause_tense(token) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kim arrived on Monday.", [("Monday", "DATE", "2019-01-07")]),
        ("Kim will leave on Thursday.", [("Thursday", "DATE", "2019-01-10")]),
        ("Defense Minister Shoigu said Wednesday the military will send jets.", [("Wednesday", "DATE", "2019-01-02")]),
        (
            "The store currently sells music, and more recently TV episodes.",
            [("currently", "DATE", "PRESENT_REF"), ("more recently", "DATE", "PAST_REF")],
        ),
        ("Apple held a press conference on Friday morning.", [("Friday morning", "TIME", "2019-01-04TMO")]),
        ("The plane took off at 08:30 UTC.", [("08:30 UTC", "TIME", "2019-01-08T08:30Z")]),
        (
            "It made its first flight Tuesday at 18:00 UTC.",
            [("Tuesday", "DATE", "2019-01-08"), ("18:00 UTC", "TIME", "2019-01-08T18:00Z")],
        ),
        ("The event was attended on 7/8/07 by 15,000 people.", [("7/8/07", "DATE", "2007-07-08")]),
        ("The plane was delivered 18 months behind schedule.", [("18 months", "DURATION", "P18M")]),
        ("The tanker will have a fifty-year service life.", [("fifty-year", "DURATION", "P50Y")]),
        ("He has been a 35-year-old rookie.", [("35-year-old", "DURATION", "P35Y")]),
        ("The delay is almost two and a half years.", [("almost two and a half years", "DURATION", "P2.5Y")]),
        ("It will deliver 15 a year.", [("a year", "SET", "P1Y")]),
        ("The project was begun two years ago.", [("two years", "DURATION", "P2Y")]),
        ("Page died a week after suffering a heart attack.", [("a week", "DURATION", "P1W")]),
        ("It has been shipping for more than a week.", [("a week", "DURATION", "P1W")]),
        (
            "It was founded in 1908 and grew over the past decade.",
            [("1908", "DATE", "1908"), ("the past decade", "DURATION", "P10Y")],
        ),
        ("Profit fell from the same period last year.", [("the same period last year", "DATE", "2018")]),
        ("He is in his early 30s.", []),
        ("She spoke of her days as a model.", []),
        ("Stocks plunged on Black Monday.", []),
        ("She hosts a late-night talk show.", []),
        ("The Joint Strike Fighter program is 49.", []),
    ],
)
def test_dates_find_dates_in_sentences(nlp, text, expected):
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("The project was begun two years ago.", [("two years ago", "DATE", "2017")])],
)
def test_dates_ago_as_date(nlp, text, expected):
    assert _found(nlp, text, ago_as_date=True) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "It will receive six aircraft from 2009 to 2011, then between 2014 and 2016 six more.",
            [("2009", "2011"), ("2014", "2016")],
        ),
        ("Kim was visiting from Monday to Thursday.", [("2019-01-07", "2019-01-10")]),
        ("The fair runs March 5-8 in Geneva.", [("2019-03-05", "2019-03-08")]),
        ("Sales fell in 2011 and 12 companies closed.", []),
    ],
)
def test_dates_ranges_pair_start_and_end(nlp, text, expected):
    doc = nlp(text)
    mentions = find_dates(doc, SEED_DCT)
    assert [(mentions[i].value, mentions[j].value) for i, j in date_ranges(doc, mentions)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Kim arrived on Monday.", [("Monday", "DATE", "XXXX-WXX-1")])],
)
def test_dates_without_publication_date(nlp, text, expected):
    assert _found(nlp, text, published=None) == expected


@pytest.mark.parametrize("text", ["Kim arrived on Monday and left on Thursday, March 7."])
def test_dates_find_dates_leaves_doc_unchanged(nlp, text):
    doc = nlp(text)
    before = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    find_dates(doc, SEED_DCT)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == before
