"""Tests of summitgraph.render.table: who met whom, when and where, for the terminal."""

from __future__ import annotations

import pytest
from rich.console import Console

from summitgraph.render import PersonNotFound, interaction_rows, interaction_table


def whos(rows) -> list[tuple[str, str, str]]:
    return [(r["when"], r["who"], r["with"]) for r in rows]


def test_table_rows_oldest_first_undated_last(tricky_graph):
    rows, undated = interaction_rows(tricky_graph)
    assert undated == 0 and len(rows) == tricky_graph.number_of_edges()
    assert [r["when"] for r in rows] == [
        "2018",
        "2018-06",
        "2019-01-07",
        "2019-01-07 to 2019-01-10",
        "2019-W02",
        "2019-01-08",
        "",
        "",
    ]


@pytest.mark.parametrize(
    ("kind", "who", "with_"),
    [("visited", "Kim Jong-un", "China"), ("accompanied", "Kim Yong-chol", "Kim Jong-un")],
)
def test_table_the_actor_comes_first(tricky_graph, kind, who, with_):
    rows, _ = interaction_rows(tricky_graph)
    (row,) = [r for r in rows if r["what"] == kind]
    assert (row["who"], row["with"]) == (who, with_)


@pytest.mark.parametrize(
    ("person", "count"),
    [("Kim Jong-un", 7), ("kim", 7), ("KIM JONG-UN", 7), ("Xi Jinping", 2), ("Moon", 2), ("odd; one", 1)],
)
def test_table_one_person(tricky_graph, person, count):
    rows, _ = interaction_rows(tricky_graph, person=person)
    assert len(rows) == count


@pytest.mark.parametrize(
    ("person", "message"),
    [("Nobody", "no one called 'Nobody'"), ("Kim Y", None), ("i", "could be any of")],
)
def test_table_person_not_found_or_ambiguous(tricky_graph, person, message):
    if message is None:  # a part of one name only is enough
        rows, _ = interaction_rows(tricky_graph, person=person)
        assert {r["who"] for r in rows} == {"Kim Yong-chol"}
        return
    with pytest.raises(PersonNotFound, match=message):
        interaction_rows(tricky_graph, person=person)


@pytest.mark.parametrize(
    ("since", "until", "whens", "undated"),
    [
        ("2019", None, ["2019-01-07", "2019-01-07 to 2019-01-10", "2019-W02", "2019-01-08"], 2),
        (None, "2018-06-15", ["2018", "2018-06"], 2),
        ("2018-07", "2018-12", ["2018"], 2),  # "2018" overlaps the second half of 2018
        ("2019-01-09", "2019-01-09", ["2019-01-07 to 2019-01-10", "2019-W02"], 2),
    ],
)
def test_table_date_range(tricky_graph, since, until, whens, undated):
    rows, left_out = interaction_rows(tricky_graph, since=since, until=until)
    assert [r["when"] for r in rows] == whens and left_out == undated


def test_table_bad_date_is_a_value_error(tricky_graph):
    with pytest.raises(ValueError, match="not a date"):
        interaction_rows(tricky_graph, since="last week")


def test_table_renders_with_caption(tricky_graph):
    console = Console(width=150, record=True, color_system=None)
    console.print(interaction_table(tricky_graph, person="Kim Jong-un", since="2019"))
    text = console.export_text()
    assert "Kim Jong-un: who met whom, when and where" in text
    assert "4 interactions from 2019 to the end; 1 without a date not shown" in text
    assert "Kim's visit to Beijing runs until" in text
