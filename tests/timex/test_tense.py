"""Which tense decides a date's direction (summitgraph.timex.tense).

The clause tense itself is :func:`summitgraph.syntax.clause_tense`; its test
on real sentences stays here because dates are what read it.
"""

from __future__ import annotations

import pytest

from summitgraph.syntax import clause_tense
from summitgraph.timex.tense import sentence_start, span_head, span_tense
from summitgraph.timex.trim import Candidate


def _candidate(doc, word: str) -> Candidate:
    token = next(t for t in doc if t.text == word)
    return Candidate(token.idx, token.idx + len(token), word)


@pytest.mark.parametrize(
    "parse,word,expected",
    [
        # the verb right before the date wins over a parse that attaches it to the wrong clause
        (
            "Shoigu/NNP/nsubj/1 said/VBD/ROOT/1 Wednesday/NNP/npadvmod/6 the/DT/det/4 military/NN/nsubj/6"
            " will/MD/aux/6 send/VB/ccomp/1 jets/NNS/dobj/6 ././punct/1",
            "Wednesday",
            "past",
        ),
        # ... also across "on", "last", "next" ("will meet on Thursday")
        (
            "Kim/NNP/nsubj/2 will/MD/aux/2 meet/VB/ROOT/2 on/IN/prep/2 Thursday/NNP/pobj/3 ././punct/2",
            "Thursday",
            "future",
        ),
        # otherwise the clause of the date's head
        (
            "Kim/NNP/nsubj/2 will/MD/aux/2 meet/VB/ROOT/2 Xi/NNP/dobj/2 on/IN/prep/2 Thursday/NNP/pobj/4 ././punct/2",
            "Thursday",
            "future",
        ),
        ("Kim/NNP/nsubj/1 met/VBD/ROOT/1 Xi/NNP/dobj/1 on/IN/prep/1 Tuesday/NNP/pobj/3 ././punct/1", "Tuesday", "past"),
        # no verb governs a date in a noun phrase
        ("Kim/NNP/poss/2 's/POS/case/0 visit/NN/ROOT/2 on/IN/prep/2 Tuesday/NNP/pobj/3", "Tuesday", None),
        # a forward cue looks ahead whatever the tense: a preview of Monday's meeting
        (
            "Ahead/RB/advmod/7 of/IN/prep/0 Monday/NNP/poss/4 's/POS/case/2 meeting/NN/pobj/1 ,/,/punct/7"
            " Kim/NNP/nsubj/7 toured/VBD/ROOT/7 a/DT/det/9 factory/NN/dobj/7 ././punct/7",
            "Monday",
            "future",
        ),
        (
            "Troops/NNS/nsubj/1 deployed/VBD/ROOT/1 in/IN/prep/1 the/DT/det/4 run-up/NN/pobj/2 to/IN/prep/4"
            " the/DT/det/8 Sunday/NNP/compound/8 vote/NN/pobj/5 ././punct/1",
            "Sunday",
            "future",
        ),
        # ... but "after" does not: the clause decides
        (
            "After/IN/prep/6 Monday/NNP/poss/3 's/POS/case/1 meeting/NN/pobj/0 ,/,/punct/6 Kim/NNP/nsubj/6"
            " left/VBD/ROOT/6 ././punct/6",
            "Monday",
            "past",
        ),
    ],
)
def test_tense_span_tense(doc_from_parse, parse, word, expected):
    doc = doc_from_parse(parse)
    c = _candidate(doc, word)
    assert span_tense(doc, c, span_head(doc, c)) == expected


def test_tense_span_head_is_the_root_of_the_span(doc_from_parse):
    doc = doc_from_parse("Kim/NNP/nsubj/1 left/VBD/ROOT/1 last/JJ/amod/3 week/NN/npadvmod/1 ././punct/1")
    start = doc[2].idx
    assert span_head(doc, Candidate(start, doc[3].idx + 4, "last week")).text == "week"


def test_tense_sentence_start(doc_from_parse):
    doc = doc_from_parse("Kim/NNP/nsubj/1 left/VBD/ROOT/1 ././punct/1 Xi/NNP/nsubj/4 stayed/VBD/ROOT/4 ././punct/4")
    assert [sentence_start(doc, t) for t in (doc[0], doc[4], None)] == [0, doc[3].idx, 0]


@pytest.mark.model
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
        ("The decision, expected by the weekend, comes a week after the vote.", "weekend", "future"),
        ("The talks, scheduled for Friday, were called off.", "Friday", "future"),
        ("Xi arrived on Monday and will leave on Wednesday.", "Wednesday", "future"),
        # the pledge's own date as often as the meeting's ("pledged to work toward denuclearization at their
        # June summit"), so the pledge's tense decides
        ("The two leaders pledged to meet again in May.", "May", "past"),
        ("An event is to be held on October 12.", "October", "future"),
        ("Kim is visiting Beijing until Thursday.", "Thursday", "present"),
        ("Kim's visit on Tuesday", "Tuesday", None),
    ],
)
def test_tense_clause_tense_of_dates(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert clause_tense(token) == expected
