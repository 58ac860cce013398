"""Tests of summitgraph.resolve.organisations: which organisation mentions of
one article are one organisation. Hand-built name mentions, no model."""

from __future__ import annotations

import pytest

from summitgraph.models import NameMention
from summitgraph.resolve import resolve
from summitgraph.resolve.organisations import initials


def mentions(*names: str, same_as: dict[int, int] | None = None) -> list[NameMention]:
    out, char = [], 0
    for n, name in enumerate(names):
        out.append(
            NameMention(
                start=char,
                end=char + len(name),
                text=name,
                kind="organization",
                label="ORG",
                name=name,
                sentence=n,
                token_start=n * 10,
                token_end=n * 10 + len(name.split()),
                same_as=(same_as or {}).get(n),
            )
        )
        char += len(name) + 2
    return out


def groups(*names: str, same_as: dict[int, int] | None = None) -> list[set[str]]:
    result = resolve(mentions(*names, same_as=same_as), "a")
    by_id: dict[str, set[str]] = {}
    for name, eid in zip(names, result.entity_of):
        by_id.setdefault(eid, set()).add(name)
    return sorted(by_id.values(), key=lambda g: sorted(g))


@pytest.mark.parametrize(
    "names,expected",
    [
        # A legal form, a country's spelling.
        (("Apple Inc.", "Apple"), [{"Apple Inc.", "Apple"}]),
        (("U.S. Air Force", "United States Air Force"), [{"U.S. Air Force", "United States Air Force"}]),
        # A short form that starts a longer name.
        (("Northrop Grumman", "Northrop"), [{"Northrop Grumman", "Northrop"}]),
        (("China Eastern Airlines", "China Eastern"), [{"China Eastern Airlines", "China Eastern"}]),
        # ... unless the rest is a part or an event of its own.
        (("Harvard Business School", "Harvard"), [{"Harvard"}, {"Harvard Business School"}]),
        (
            ("Apple Worldwide Developers Conference", "Apple"),
            [{"Apple Worldwide Developers Conference"}, {"Apple"}],
        ),
        # ... or it fits two longer names.
        (
            ("Boeing Commercial Airplanes", "Boeing Defense", "Boeing"),
            [{"Boeing Commercial Airplanes"}, {"Boeing Defense"}, {"Boeing"}],
        ),
        # A short form that ends a longer name.
        (("Chinese Foreign Ministry", "Foreign Ministry"), [{"Chinese Foreign Ministry", "Foreign Ministry"}]),
        # Acronyms: in parentheses after the name, or of its initials.
        (("Singapore Airlines", "SIA", "SIA"), [{"Singapore Airlines", "SIA"}]),
        (("U.S. Air Force", "USAF"), [{"U.S. Air Force", "USAF"}]),
        (("Korean Central News Agency", "KCNA"), [{"Korean Central News Agency", "KCNA"}]),
        (("Singapore Airlines", "SIA"), [{"SIA"}, {"Singapore Airlines"}]),  # no parentheses, no initials
    ],
)
def test_organisations_grouped(names, expected):
    same_as = {1: 0} if names == ("Singapore Airlines", "SIA", "SIA") else None
    assert groups(*names, same_as=same_as) == sorted(expected, key=lambda g: sorted(g))


@pytest.mark.parametrize(
    "name,expected",
    [("Korean Central News Agency", "KCNA"), ("U.S. Air Force", "USAF"), ("Centre for the National Interest", "CNI")],
)
def test_organisations_initials(name, expected):
    assert initials(name) == expected
