"""Date ranges (summitgraph.timex.ranges): pairs of mentions, ranges inside one span."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from summitgraph.models import DateRange, Mention
from summitgraph.timex import date_ranges, duration_end, find_dates, find_ranges
from summitgraph.timex.ranges import complete_year_ranges, range_pairs, split_range
from summitgraph.timex.trim import Candidate

SEED_DCT = dt.date(2019, 1, 8)  # a Tuesday


def _spans(text: str, *pieces: str) -> list[tuple[int, int]]:
    """The offsets of each piece, searched left to right."""
    spans, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        spans.append((start, start + len(piece)))
        at = start + len(piece)
    return spans


@pytest.mark.parametrize(
    "text,pieces,expected",
    [
        ("visiting from Monday to Thursday", ("Monday", "Thursday"), [(0, 1)]),
        ("between 2014 and 2016", ("2014", "2016"), [(0, 1)]),
        ("in 2011 and 12 companies", ("2011", "12"), []),  # "and" only after "between"
        ("March 5 - March 8", ("March 5", "March 8"), [(0, 1)]),
        ("2009 to 2011 - 2014", ("2009", "2011", "2014"), [(0, 1)]),  # one range at a time
        ("Monday\nto Thursday", ("Monday", "Thursday"), []),  # never across a line
        ("Monday, Thursday", ("Monday", "Thursday"), []),
    ],
)
def test_ranges_pairs_of_consecutive_spans(text, pieces, expected):
    assert range_pairs(text, _spans(text, *pieces)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("between 2014 and 2016", [("2014", "2014"), ("2016", "2016")]),
        ("March 5-8", [("March 5", "March 5"), ("8", "8")]),
        ("three to five years", [("three", "three years"), ("five years", "five years")]),
        ("between 2014 and 2016 six", [("2014", "2014"), ("2016", "2016")]),
        ("June and July", None),  # "X and Y" is a range only after "between"
        ("Tuesday", None),
    ],
)
def test_ranges_split_range_inside_a_span(text, expected):
    parts = split_range(text, Candidate(0, len(text), text), SEED_DCT)
    assert (None if parts is None else [(text[p.start : p.end], p.norm_text) for p in parts]) == expected


@pytest.mark.parametrize(
    "text,years,expected",
    [
        ("from 2009 to 2011 it grew", ("2009",), ["2009", "2011"]),
        ("the 2014-16 season", ("2014",), ["2014", "16"]),
        ("in 2014-16% of", ("2014",), ["2014"]),  # a percentage, no year
        ("from 2009 to 2011", ("2009", "2011"), ["2009", "2011"]),  # already there
    ],
)
def test_ranges_complete_year_ranges_adds_the_end_year(text, years, expected):
    spans = [Candidate(s, e, text[s:e]) for s, e in _spans(text, *years)]
    assert [text[c.start : c.end] for c in complete_year_ranges(text, spans)] == expected


@pytest.mark.parametrize(
    "types,expected",
    [(("DATE", "DATE"), [(0, 1)]), (("DATE", "TIME"), [(0, 1)]), (("DURATION", "DURATION"), [])],
)
def test_ranges_date_ranges_pair_only_dates_and_times(doc_from_parse, types, expected):
    doc = doc_from_parse("from/IN/ROOT/0 Monday/NNP/pobj/0 to/IN/prep/0 Thursday/NNP/pobj/2")
    mentions = [
        Mention(start=s, end=e, text=doc.text[s:e], kind="date", value="X", type=t)
        for (s, e), t in zip(_spans(doc.text, "Monday", "Thursday"), types)
    ]
    assert date_ranges(doc, mentions) == expected


@pytest.mark.model
@pytest.mark.parametrize("first,second,expected", [("Monday", "Thursday", ("2019-01-07", "2019-01-10"))])
def test_ranges_seed_article_range(nlp, seed_text, first, second, expected):
    doc = nlp(seed_text)
    mentions = find_dates(doc, SEED_DCT)
    pairs = [(mentions[i], mentions[j]) for i, j in date_ranges(doc, mentions)]
    assert [(a.value, b.value) for a, b in pairs if a.text == first and b.text == second] == [expected]


@pytest.mark.model
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
def test_ranges_pair_start_and_end(nlp, text, expected):
    doc = nlp(text)
    mentions = find_dates(doc, SEED_DCT)
    assert [(mentions[i].value, mentions[j].value) for i, j in date_ranges(doc, mentions)] == expected


# --- find_ranges: start and end values ---------------------------------------------


def _mentions(text: str, *parts: tuple[str, str, str]) -> list[Mention]:
    """Date mentions of ``text`` from ``(piece, type, value)``, searched left to right."""
    found, at = [], 0
    for piece, type_, value in parts:
        start = text.index(piece, at)
        found.append(Mention(start=start, end=start + len(piece), text=piece, kind="date", type=type_, value=value))
        at = start + len(piece)
    return found


@pytest.mark.parametrize(
    "text,parts,expected",
    [
        (
            "visiting from Monday to Thursday",
            [("Monday", "DATE", "2019-01-07"), ("Thursday", "DATE", "2019-01-10")],
            [DateRange(start="2019-01-07", end="2019-01-10", start_mention=0, end_mention=1)],
        ),
        (
            "deliveries between 2014 and 2016",
            [("2014", "DATE", "2014"), ("2016", "DATE", "2016")],
            [DateRange(start="2014", end="2016", start_mention=0, end_mention=1)],
        ),
        (
            "a three-day visit starting Tuesday",
            [("three-day", "DURATION", "P3D"), ("Tuesday", "DATE", "2019-01-08")],
            [DateRange(start="2019-01-08", end="2019-01-10", start_mention=1, duration_mention=0)],
        ),
        (
            "a two-week tour of Asia that begins on March 1",
            [("two-week", "DURATION", "P2W"), ("March 1", "DATE", "2019-03-01")],
            [DateRange(start="2019-03-01", end="2019-03-14", start_mention=1, duration_mention=0)],
        ),
        (
            "for three days from Monday morning",
            [("three days", "DURATION", "P3D"), ("Monday morning", "TIME", "2019-01-14TMO")],
            [DateRange(start="2019-01-14", end="2019-01-16", start_mention=1, duration_mention=0)],
        ),
        (
            "a five-year term beginning in 2019",
            [("five-year", "DURATION", "P5Y"), ("2019", "DATE", "2019")],
            [DateRange(start="2019", end="2023", start_mention=1, duration_mention=0)],
        ),
        (
            "a three-day visit, his first since June",  # no cue: no range
            [("three-day", "DURATION", "P3D"), ("June", "DATE", "2018-06")],
            [],
        ),
        (
            "a three-day visit. From Monday",  # not across sentences' punctuation
            [("three-day", "DURATION", "P3D"), ("Monday", "DATE", "2019-01-14")],
            [],
        ),
        (
            "three days starting in 2019",  # days from a year: no fit
            [("three days", "DURATION", "P3D"), ("2019", "DATE", "2019")],
            [],
        ),
    ],
)
def test_ranges_find_ranges_start_and_end(text, parts, expected):
    doc = spacy.blank("en")(text)
    assert find_ranges(doc, _mentions(text, *parts)) == expected


@pytest.mark.parametrize(
    "start,duration,expected",
    [
        ("2019-01-08", "P3D", "2019-01-10"),
        ("2019-01-08", "P1D", "2019-01-08"),
        ("2019-01-31", "P1M", "2019-02-27"),
        ("2019-01-08T10:00", "P2D", "2019-01-09"),  # a time counts from its day
        ("2019-03", "P2M", "2019-04"),
        ("2019-03", "P1Y", "2020-02"),
        ("2019", "P5Y", "2023"),
        ("2019-W02", "P2W", "2019-W03"),
        ("2019", "P3D", None),
        ("2019-01-08", "PXD", None),
        ("PRESENT_REF", "P3D", None),
    ],
)
def test_ranges_duration_end(start, duration, expected):
    assert duration_end(start, duration) == expected
