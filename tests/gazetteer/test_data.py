"""Tests for summitgraph.gazetteer.data: every record complete and found by
its own names, frozen, and loaded once."""

from __future__ import annotations

import dataclasses

import pytest

from summitgraph import gazetteer
from summitgraph.gazetteer import (
    countries,
    country,
    country_by_code,
    country_of_demonym,
    is_ambiguous,
    place,
)


@pytest.mark.parametrize("minimum", [193])
def test_gazetteer_every_un_member_is_there(minimum: int) -> None:
    sovereign = [c for c in countries() if c.sovereign]
    assert len(sovereign) >= minimum


@pytest.mark.parametrize("check", ["fields"])
def test_gazetteer_every_country_is_complete(check: str) -> None:
    continents = {"Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"}
    for c in countries():
        assert c.name, c
        assert len(c.iso2) == 2 and c.iso2.isupper(), c
        assert len(c.iso3) == 3 and c.iso3.isupper(), c
        assert -90 <= c.lat <= 90 and -180 <= c.lng <= 180, c
        assert (c.lat, c.lng) != (0, 0), c
        assert c.continent in continents, c
        assert country_by_code(c.iso2) is c


@pytest.mark.parametrize("check", ["names"])
def test_gazetteer_every_name_finds_its_country(check: str) -> None:
    for c in countries():
        for form in (c.name, *c.aliases):
            assert country(form) is c, form
        for form in c.demonyms:
            assert country_of_demonym(form) is c, form
        found = place(c.name)
        assert found is not None and (found.kind, found.country) == ("country", c.iso2), c.name


@pytest.mark.parametrize("check", ["ambiguous"])
def test_gazetteer_ambiguous_forms_are_own_forms(check: str) -> None:
    for c in countries():
        for form in c.ambiguous:
            assert form in (c.name, *c.aliases, *c.demonyms), (c.iso2, form)
            assert is_ambiguous(form), form


@pytest.mark.parametrize("record", [gazetteer.Country, gazetteer.Place])
def test_gazetteer_records_are_frozen(record: type) -> None:
    instance = country_by_code("US") if record is gazetteer.Country else place("Beijing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        instance.name = "Elsewhere"  # type: ignore[misc, union-attr]


@pytest.mark.parametrize("calls", [2])
def test_gazetteer_loads_once(calls: int) -> None:
    loaded = {id(gazetteer.data.load()) for _ in range(calls)}
    assert len(loaded) == 1
