"""End to end on the seed article (Kim Jong-un's visit to Beijing, 2019-01-08),
with the installed model: every fact the 0.1 issue asks for."""

from __future__ import annotations

from collections import Counter

import pytest

from summitgraph.graph import build_graph

pytestmark = pytest.mark.model

KIM = "person:kim-jong-un"
XI = "person:xi-jinping"
TRUMP = "person:donald-trump"
MOON = "person:moon-jae-in"


def _labels(extraction, kind):
    return {e.label for e in extraction.entities if e.kind == kind}


def _edges(extraction, kind, *ends):
    return [e for e in extraction.interactions if e.kind == kind and (not ends or {e.source, e.target} == set(ends))]


def test_seed_people_are_exactly_the_named_ones(seed_extraction):
    assert _labels(seed_extraction, "person") == {
        "Kim Jong-un",
        "Xi Jinping",
        "Donald Trump",
        "Lu Kang",
        "Moon Jae-in",
        "Harry J. Kazianis",
        "Ri Sol-ju",
        "Kim Yong-chol",
        "Ri Yong-ho",
        "Mike Pompeo",
    }


@pytest.mark.parametrize("text", ["spokesperson Lu Kang", "Moon Jae", "Trump administration", "State"])
def test_seed_no_title_cut_name_or_non_person_among_people(seed_extraction, text):
    people = [m for m in seed_extraction.mentions if m.kind == "person"]
    assert all(m.text != text for m in people)
    assert all(text not in e.aliases for e in seed_extraction.entities if e.kind == "person")


def test_seed_organisations_have_their_full_names(seed_extraction):
    assert _labels(seed_extraction, "organization") == {
        "Chinese Foreign Ministry",
        "Centre for the National Interest",
        "KCNA",
        "Xinhua News Agency",
        "CNBC",
        "The Associated Press",
    }


def test_seed_every_bare_kim_is_kim_jong_un(seed_extraction):
    kims = [m for m in seed_extraction.mentions if m.text == "Kim"]
    assert len(kims) >= 10
    assert {m.entity for m in kims} == {KIM}
    (yong_chol,) = [m for m in seed_extraction.mentions if m.text == "Kim Yong-chol"]
    assert yong_chol.entity == "person:kim-yong-chol"


@pytest.mark.parametrize("text", ["Xi", "Xi Jinping", "China's president"])
def test_seed_xi_forms_are_one_person(seed_extraction, text):
    found = [m for m in seed_extraction.mentions if m.text == text]
    assert found and {m.entity for m in found} == {XI}


@pytest.mark.parametrize("text", ["U.S.", "the United States", "America"])
def test_seed_united_states_forms_are_one_place(seed_extraction, text):
    found = [m for m in seed_extraction.mentions if m.text == text]
    assert found and {(m.kind, m.entity) for m in found} == {("place", "place:united-states")}


def test_seed_possessives_join_their_entity(seed_extraction, seed_text):
    text = seed_text
    start = text.index("North Korea's state-run")
    (mention,) = [m for m in seed_extraction.mentions if m.start == start and m.kind == "place"]
    assert mention.text == "North Korea"
    assert mention.entity == "place:north-korea"
    names = [m for m in seed_extraction.mentions if m.kind != "date" and m.text != "China's president"]
    assert names and all("'s" not in m.text for m in names)


def test_seed_mention_offsets_index_the_text(seed_extraction, seed_text):
    text = seed_text
    for m in seed_extraction.mentions:
        assert text[m.start : m.end] == m.text


def test_seed_met_pairs_are_kim_with_xi_trump_and_moon(seed_extraction):
    people = {e.id for e in seed_extraction.entities if e.kind == "person"}
    pairs = {frozenset((e.source, e.target)) for e in _edges(seed_extraction, "met") if {e.source, e.target} <= people}
    assert pairs == {frozenset((KIM, XI)), frozenset((KIM, TRUMP)), frozenset((KIM, MOON))}


def test_seed_countries_take_part_as_the_text_names_them(seed_extraction):
    """ "a U.S. delegation opened a second day of talks with Chinese counterparts
    in Beijing"; "a second summit between Washington and Pyongyang"; Kim's
    (an official's) visit to China and Xi's possible visit to North Korea;
    "Kim Yong-chol, a key negotiator in talks with the United States"."""
    people = {e.id for e in seed_extraction.entities if e.kind == "person"}
    found = {
        (frozenset((e.source, e.target)), e.status, e.place)
        for e in _edges(seed_extraction, "met")
        if not {e.source, e.target} <= people
    }
    assert found == {
        (frozenset(("place:united-states", "place:china")), "occurred", "Beijing"),
        (frozenset(("place:united-states", "place:north-korea")), "possible", None),
        (frozenset((KIM, "place:china")), "occurred", "Beijing"),
        (frozenset((XI, "place:north-korea")), "possible", None),
        (frozenset(("person:kim-yong-chol", "place:united-states")), "occurred", None),
    }


def test_seed_every_met_edge_belongs_to_an_event_with_its_evidence(seed_extraction):
    events = {e.id: e for e in seed_extraction.events}
    for edge in _edges(seed_extraction, "met"):
        event = events[edge.event]
        assert {edge.source, edge.target} <= {p.entity for p in event.parties}
        assert edge.evidence in {ev.text for ev in event.evidence}
    (visit,) = [e for e in events.values() if e.contact == "visit" and e.status == "occurred"]
    assert (visit.start, visit.end, visit.place) == ("2019-01-07", "2019-01-10", "Beijing")


def test_seed_kim_xi_planned_meeting_in_beijing_and_three_summits_in_2018(seed_extraction):
    edges = _edges(seed_extraction, "met", KIM, XI)
    planned = [e for e in edges if e.status == "planned"]
    occurred = [e for e in edges if e.status == "occurred"]
    assert [(e.date, e.place) for e in planned] == [("2019-01-08", "Beijing")]
    assert [(e.date, e.count) for e in occurred] == [("2018", 3)]


def test_seed_kim_trump_singapore_summit_and_possible_second_one(seed_extraction):
    edges = _edges(seed_extraction, "met", KIM, TRUMP)
    by_status = Counter(e.status for e in edges)
    assert by_status == {"occurred": 1, "possible": 1}
    (summit,) = [e for e in edges if e.status == "occurred"]
    assert (summit.date, summit.place) == ("2018-06", "Singapore")


def test_seed_kim_moon_met_in_2018(seed_extraction):
    (edge,) = _edges(seed_extraction, "met", KIM, MOON)
    assert (edge.status, edge.date) == ("occurred", "2018")


def test_seed_kim_visited_china_from_monday_to_thursday(seed_extraction):
    visits = [e for e in _edges(seed_extraction, "visited") if e.source == KIM]
    assert len(visits) == 1
    (visit,) = visits
    assert (visit.target, visit.status, visit.start, visit.end) == (
        "place:china",
        "occurred",
        "2019-01-07",
        "2019-01-10",
    )


def test_seed_xi_may_visit_north_korea(seed_extraction):
    visits = [e for e in _edges(seed_extraction, "visited") if e.source == XI]
    assert [(e.target, e.status) for e in visits] == [("place:north-korea", "possible")]


def test_seed_companions_accompanied_kim(seed_extraction):
    edges = _edges(seed_extraction, "accompanied")
    assert {(e.source, e.target) for e in edges} == {
        ("person:ri-sol-ju", KIM),
        ("person:kim-yong-chol", KIM),
        ("person:ri-yong-ho", KIM),
    }


def test_seed_evidence_is_the_sentence_that_says_so(seed_extraction, seed_text):
    text = seed_text
    for edge in seed_extraction.interactions:
        assert text[edge.evidence_start : edge.evidence_end] == edge.evidence
        assert edge.trigger in edge.evidence
        assert "\n" not in edge.evidence


@pytest.mark.parametrize(
    "text, value",
    [("last year", "2018"), ("June", "2018-06"), ("late 2017", "2017")],
)
def test_seed_dates_are_normalised_against_publication(seed_extraction, text, value):
    found = [m for m in seed_extraction.mentions if m.kind == "date" and m.text == text]
    assert found and {m.value for m in found} == {value}


def test_seed_tuesday_is_the_publication_day(seed_extraction):
    tuesdays = [m for m in seed_extraction.mentions if m.kind == "date" and m.text.startswith("Tuesday")]
    assert tuesdays and all(m.value.startswith("2019-01-08") for m in tuesdays)


def test_seed_graph_nodes_carry_the_contract_fields(seed_extraction):
    graph = build_graph([seed_extraction])
    kim = graph.nodes[KIM]
    assert kim["label"] == "Kim Jong-un"
    assert kim["kind"] == "person"
    assert set(kim["aliases"]) == {"Kim", "Kim Jong-un"}
    assert kim["mentions"] >= 12
    assert kim["articles"] == ["000_ba00b74005e757b1"]
