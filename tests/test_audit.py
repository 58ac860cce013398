"""Tests of summitgraph.audit and the ``summitgraph audit`` command: the nodes
of a corpus graph most likely to be wrong. Hand-built extractions; no model."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from summitgraph.audit import audit
from summitgraph.cli import app
from summitgraph.export import write_extractions
from summitgraph.models import ArticleExtraction, Entity
from summitgraph.resolve import entity_id


def extraction(article: str, *entities: tuple[str, str] | tuple[str, str, str]) -> ArticleExtraction:
    """Entities as (kind, label) or (kind, label, id) when linking renamed it."""
    made = []
    for spec in entities:
        kind, label = spec[0], spec[1]
        eid = spec[2] if len(spec) == 3 else entity_id(kind, label)
        made.append(Entity(id=eid, label=label, kind=kind, aliases=(label,), mentions=1, articles=(article,)))
    return ArticleExtraction(article=article, entities=tuple(made))


def doubts(*extractions: ArticleExtraction) -> set[tuple[str, str, str | None]]:
    return {(d.sort, d.entity, d.other) for d in audit(extractions).doubts}


@pytest.mark.parametrize(
    "extractions,expected",
    [
        # A person named like a country, holding an organisation's word, a lower-case word.
        ([extraction("a", ("person", "Jordan"))], {("type", "person:jordan", None)}),
        ([extraction("a", ("person", "Betty Ford Center"))], {("type", "person:betty-ford-center", None)}),
        ([extraction("a", ("person", "Andrew Lopez confesses"))], {("type", "person:andrew-lopez-confesses", None)}),
        # A label no name has.
        ([extraction("a", ("place", "-The United States"))], {("type", "place:united-states", None)}),
        # One name, two kinds.
        (
            [extraction("a", ("person", "Ryanair")), extraction("b", ("organization", "Ryanair"))],
            {("type", "person:ryanair", None), ("type", "organization:ryanair", None)},
        ),
        # Near-duplicates: same surname and initial, or a letter apart.
        (
            [
                extraction("a", ("person", "Alexis Grigoropoulos")),
                extraction("b", ("person", "Alexandros Grigoropoulos")),
            ],
            {("near-duplicate", "person:alexandros-grigoropoulos", "person:alexis-grigoropoulos")},
        ),
        (
            [
                extraction("a", ("organization", "Promises Treatment Center")),
                extraction("b", ("organization", "Promises Treatment Centre")),
            ],
            {("near-duplicate", "organization:promises-treatment-center", "organization:promises-treatment-centre")},
        ),
        # A one-word link made by the linker.
        (
            [extraction("a", ("person", "Barack Obama")), extraction("b", ("person", "Obama", "person:barack-obama"))],
            {("one-word-link", "person:barack-obama", None)},
        ),
        # Nothing to doubt.
        ([extraction("a", ("person", "Kim Jong-un"), ("person", "Ursula von der Leyen"))], set()),
        ([extraction("a", ("person", "Barack Obama"), ("place", "Iran"), ("organization", "NATO"))], set()),
        ([extraction("a", ("person", "John Kerry")), extraction("b", ("person", "Teresa Kerry"))], set()),
    ],
)
def test_audit_doubts(extractions, expected):
    assert doubts(*extractions) == expected


def test_audit_command_prints_counts_and_doubts(tmp_path):
    write_extractions(
        [
            extraction("a", ("person", "Barack Obama"), ("person", "Jordan")),
            extraction("b", ("person", "Obama", "person:barack-obama")),
        ],
        tmp_path / "extractions.jsonl",
    )
    result = CliRunner().invoke(app, ["audit", str(tmp_path)], prog_name="summitgraph")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "2 people, 0 organizations, 0 places; doubts: 1 of type (1 people), 0 near-duplicate pairs, 1 one-word links"
    )
    assert any("person:jordan" in line and "a country's name" in line for line in lines)
    assert any('"Obama" linked to this person' in line for line in lines)


def test_audit_command_missing_source(tmp_path):
    result = CliRunner().invoke(app, ["audit", str(tmp_path / "nowhere")], prog_name="summitgraph")
    assert result.exit_code == 1
    assert "summitgraph ingest" in result.stderr
