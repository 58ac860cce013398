"""Meeting events on real sentences (the installed model): who took part,
of every kind, in one event per meeting; and what is not a meeting."""

from __future__ import annotations

import pytest

from summitgraph.extract import extract

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-08"


def events(nlp, text):
    """Each event as (contact, status, sorted parties, date, place)."""
    result = extract(text, published=PUBLISHED, nlp=nlp)
    return sorted(
        (e.contact, e.status, tuple(sorted(p.entity for p in e.parties)), e.date, e.place) for e in result.events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # Countries and organisations named as the parties.
        (
            "A U.S. delegation opened talks with Chinese counterparts in Beijing on Monday.",
            [("talks", "occurred", ("place:china", "place:united-states"), "2019-01-07", "Beijing")],
        ),
        (
            "The foreign ministers of Chile, Peru and Ecuador met in Lima on Monday.",
            [("meeting", "occurred", ("place:chile", "place:ecuador", "place:peru"), "2019-01-07", "Lima")],
        ),
        # Two names joined by a hyphen are the two parties.
        (
            "Donald Trump will meet Vladimir Putin soon. Officials said a Trump-Putin summit could come within weeks.",
            [
                ("meeting", "planned", ("person:donald-trump", "person:vladimir-putin"), None, None),
                ("summit", "possible", ("person:donald-trump", "person:vladimir-putin"), None, None),
            ],
        ),
        (
            "John Kerry said Israeli-Palestinian talks resumed in Jerusalem on Monday.",
            [("talks", "occurred", ("place:israel", "place:palestine"), "2019-01-07", "Jerusalem")],
        ),
        # A participant named only by the country he represents.
        (
            "John Kerry met Iran's foreign minister in Geneva.",
            [("meeting", "occurred", ("person:john-kerry", "place:iran"), None, "Geneva")],
        ),
        # A list broken by a relative clause keeps the name after it.
        (
            "Olaf Scholz met Prime Minister Ana Silva, who arrived late, and President Jan Novak in Berlin on Monday.",
            [
                (
                    "meeting",
                    "occurred",
                    ("organization:olaf-scholz", "person:ana-silva", "person:jan-novak"),
                    "2019-01-07",
                    "Berlin",
                )
            ],
        ),
        # A call is a call: no place from where one end of it sits.
        (
            "Angela Merkel spoke with Emmanuel Macron by phone on Monday.",
            [("call", "occurred", ("person:angela-merkel", "person:emmanuel-macron"), "2019-01-07", None)],
        ),
        # What talks are about is not where they were held.
        (
            "Sergei Lavrov held talks on the war in Syria with John Kerry on Monday.",
            [("talks", "occurred", ("person:john-kerry", "person:sergei-lavrov"), "2019-01-07", None)],
        ),
        # A summons is a meeting of the country and the envoy.
        (
            "India summoned Pakistani High Commissioner Abdul Basit in New Delhi on Tuesday.",
            [("meeting", "occurred", ("person:abdul-basit", "place:india"), "2019-01-08", "New Delhi")],
        ),
        # Called off, kept as cancelled.
        (
            "Donald Trump called off the summit with Kim Jong-un.",
            [("summit", "cancelled", ("person:donald-trump", "person:kim-jong-un"), None, None)],
        ),
    ],
)
def test_meetings_parties_of_every_kind(nlp, text, expected):
    assert events(nlp, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel called Donald Trump a liar on Monday.",  # naming, not calling
        "Kim Jong-un brought his sister to the summit.",  # "brought", not "brought together"
        "Kim Jong-un and Donald Trump did not meet in Hanoi.",  # a denial gives no event
        "Speaking to the BBC on Monday, Emmanuel Macron said there was no crisis.",  # an interview
        "Angela Merkel attended the summit in Osaka.",  # one party, no event told before to join
    ],
)
def test_meetings_not_a_meeting(nlp, text):
    assert events(nlp, text) == []


def test_meetings_told_over_several_sentences_are_one_event(nlp):
    text = (
        "Barack Obama hosted a meeting at the White House on Wednesday with leaders in law enforcement. "
        "A large group participated in the exchange, including Attorney General Loretta Lynch "
        "and Los Angeles Mayor Eric Garcetti."
    )
    ((contact, status, parties, date, place),) = events(nlp, text)
    assert parties == ("person:barack-obama", "person:eric-garcetti", "person:loretta-lynch")
    assert (status, date, place) == ("occurred", "2019-01-02", "Washington")


def test_meetings_a_gathering_of_hundreds_is_one_event_without_an_edge_per_pair(nlp):
    first = "Anna Boris Carlos Dmitri Elena Farid Greta Hugo".split()
    last = "Berg Costa Duarte Eriksen Fischer Garcia Horvat Ivanova".split()
    names = [f"{f} {surname}" for f in first for surname in last]
    text = "Talks in Geneva\n" + ", ".join(names[:-1]) + " and " + names[-1] + " met in Geneva on Tuesday."
    result = extract(text, published=PUBLISHED, nlp=nlp)
    (event,) = result.events
    assert len(event.parties) > 40
    assert not [i for i in result.interactions if i.kind == "met"]
