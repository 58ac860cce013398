"""Date mentions of a Doc (summitgraph.timex.mentions.find_dates).

Hand-built Docs (the ``doc_from_parse`` fixture of conftest.py) test how the
parse and the entities are read, without a model; the tests marked ``model``
use the session ``nlp`` fixture, the pipeline extraction runs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summitgraph.timex import find_dates

SEED_DCT = dt.date(2019, 1, 8)  # a Tuesday


@pytest.fixture(scope="module")
def seed(nlp, seed_text):
    doc = nlp(seed_text)
    return doc, find_dates(doc, SEED_DCT)


def _found(nlp, text: str, published: dt.date | None = SEED_DCT, **kwargs):
    return [(m.text, m.type, m.value) for m in find_dates(nlp(text), published, **kwargs)]


# --- hand-built Docs: no model -----------------------------------------------------


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # a clock time takes its day from a date of its sentence
        (
            "It/PRP/nsubj/1 flew/VBD/ROOT/1 Monday/NNP/npadvmod/1 at/IN/prep/1 18:00/CD/pobj/3"
            " UTC/NNP/npadvmod/4 ././punct/1",
            ((2, 3, "DATE"), (4, 6, "TIME")),
            [("Monday", "DATE", "2019-01-07"), ("18:00 UTC", "TIME", "2019-01-07T18:00Z")],
        ),
        # "three days later" counts from the day named before it, not from the publication date
        (
            "Kim/NNP/nsubj/1 arrived/VBD/ROOT/1 on/IN/prep/1 June/NNP/pobj/2 5/CD/nummod/3 and/CC/cc/1"
            " left/VBD/conj/1 three/CD/nummod/8 days/NNS/npadvmod/9 later/RB/advmod/6 ././punct/1",
            ((3, 5, "DATE"), (7, 10, "DATE")),
            [("June 5", "DATE", "2018-06-05"), ("three days later", "DATE", "2018-06-08")],
        ),
        # the tense of the verb decides which Thursday
        (
            "Kim/NNP/nsubj/2 will/MD/aux/2 meet/VB/ROOT/2 Xi/NNP/dobj/2 on/IN/prep/2 Thursday/NNP/pobj/4 ././punct/2",
            ((5, 6, "DATE"),),
            [("Thursday", "DATE", "2019-01-10")],
        ),
        # "now" after "will" means "instead", no time
        ("Kim/NNP/nsubj/3 will/MD/aux/3 now/RB/advmod/3 meet/VB/ROOT/3 Xi/NNP/dobj/3 ././punct/3", (), []),
        (
            "Kim/NNP/nsubj/1 met/VBD/ROOT/1 Xi/NNP/dobj/1 now/RB/advmod/1 ././punct/1",
            (),
            [("now", "DATE", "PRESENT_REF")],
        ),
        # a part of the day that modifies a noun is no time
        (
            "She/PRP/nsubj/1 hosts/VBZ/ROOT/1 a/DT/det/4 late-night/JJ/amod/4 show/NN/dobj/1 ././punct/1",
            ((3, 4, "TIME"),),
            [],
        ),
        (
            "She/PRP/nsubj/1 works/VBZ/ROOT/1 late-night/NN/npadvmod/1 ././punct/1",
            ((2, 3, "TIME"),),
            [("late-night", "TIME", "2019-01-08TNI")],
        ),
        # MEANTIME's extent: "ago" is a signal, the duration is the time expression
        (
            "It/PRP/nsubj/1 began/VBD/ROOT/1 two/CD/nummod/3 years/NNS/npadvmod/4 ago/RB/advmod/1 ././punct/1",
            ((2, 5, "DATE"),),
            [("two years", "DURATION", "P2Y")],
        ),
    ],
)
def test_mentions_find_dates_in_hand_built_docs(doc_from_parse, parse, ents, expected):
    doc = doc_from_parse(parse, ents=ents)
    assert [(m.text, m.type, m.value) for m in find_dates(doc, SEED_DCT)] == expected


def test_mentions_find_dates_without_a_parse(doc_from_parse):
    """Without tags and dependencies every tense is None: the nearest Thursday."""
    from spacy.tokens import Doc, Span

    parsed = doc_from_parse("Kim/NNP/nsubj/1 met/VBD/ROOT/1 on/IN/prep/1 Thursday/NNP/pobj/2")
    doc = Doc(parsed.vocab, words=[t.text for t in parsed])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert [(m.text, m.value) for m in find_dates(doc, SEED_DCT)] == [("Thursday", "2019-01-10")]


# --- the installed model -------------------------------------------------------------


@pytest.mark.model
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
def test_mentions_seed_article_values(seed, text, expected):
    _, mentions = seed
    assert [(m.text, m.type, m.value) for m in mentions if m.text == text][:1] == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [("late 2017", "END")])
def test_mentions_seed_article_mod(seed, text, expected):
    _, mentions = seed
    assert [m.mod for m in mentions if m.text == text] == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [("a second day", []), ("35th", [])])
def test_mentions_seed_article_skips_ordinals(seed, text, expected):
    _, mentions = seed
    assert [m for m in mentions if text in m.text] == expected


@pytest.mark.model
def test_mentions_are_ordered_offsets_into_text(seed):
    doc, mentions = seed
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.model
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
def test_mentions_find_dates_in_sentences(nlp, text, expected):
    assert _found(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [("The project was begun two years ago.", [("two years ago", "DATE", "2017")])],
)
def test_mentions_ago_as_date(nlp, text, expected):
    assert _found(nlp, text, ago_as_date=True) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [("Kim arrived on Monday.", [("Monday", "DATE", "XXXX-WXX-1")])],
)
def test_mentions_without_publication_date(nlp, text, expected):
    assert _found(nlp, text, published=None) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", ["Kim arrived on Monday and left on Thursday, March 7."])
def test_mentions_find_dates_leaves_doc_unchanged(nlp, text):
    doc = nlp(text)
    before = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    find_dates(doc, SEED_DCT)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == before


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # counted from the day the text tells of, not from the publication date
        (
            "Kim arrived in Beijing on March 5, 2018. That night he met Xi.",
            [("March 5, 2018", "2018-03-05"), ("That night", "2018-03-05TNI")],
        ),
        (
            "The summit opened on June 12, 2018, and the two leaders left the next morning.",
            [("June 12, 2018", "2018-06-12"), ("the next morning", "2018-06-13TMO")],
        ),
    ],
)
def test_mentions_anaphoric_parts_of_day(nlp, text, expected):
    found = [(m.text, m.value) for m in find_dates(nlp(text), dt.date(2019, 1, 8))]
    assert found == expected
