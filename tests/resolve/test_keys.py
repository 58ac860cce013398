"""Tests of summitgraph.resolve.keys: names split for comparison across a corpus."""

from __future__ import annotations

import pytest

from summitgraph.resolve.keys import PersonName, compatible, org_key, person_name


@pytest.mark.parametrize(
    "label,expected",
    [
        ("Bashar al-Assad", PersonName("bashar", (), "assad")),
        ("Bashar Assad", PersonName("bashar", (), "assad")),
        ("Kim Jong-un", PersonName("jongun", (), "kim")),
        ("Kim Jong Un", PersonName("jongun", (), "kim")),
        ("George H. W. Bush", PersonName("george", ("h", "w"), "bush")),
        ("W. Mark Felt", PersonName("mark", ("w",), "felt")),
        ("Hillary Rodham Clinton", PersonName("hillary", ("rodham",), "clinton")),
        ("Martin Luther King Jr.", PersonName("martin", ("luther",), "king", "jr")),
        ("Ursula von der Leyen", PersonName("ursula", (), "leyen")),
        ("José Martí", PersonName("jose", (), "marti")),
        ("Ben Bradlee", PersonName("ben", (), "bradlee")),
        ("Al Gore", PersonName("al", (), "gore")),
        ("Trump", None),
    ],
)
def test_keys_person_name(label, expected):
    assert person_name(label) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("Hillary Rodham Clinton", "Hillary Clinton", True),
        ("Jim Jones", "James Jones", True),
        ("Bill Clinton", "William Clinton", True),
        ("John F. Kennedy", "John Fitzgerald Kennedy", True),
        ("Bashar al-Assad", "Bashar Assad", True),
        ("Jim Jones", "Jimmy Jones", True),
        ("G. Gordon Liddy", "Gordon Liddy", True),
        ("W. Mark Felt", "Mark Felt", True),
        # Not one person.
        ("Mark Felt Jr.", "W. Mark Felt Sr.", False),
        ("Mark Felt Jr.", "Mark Felt", False),
        ("George H. W. Bush", "George W. Bush", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Jim Jones", "John Jones", False),
        ("Kim Jong-un", "Kim Yong-chol", False),
        ("John Kerry", "Teresa Kerry", False),
    ],
)
def test_keys_compatible(a, b, expected):
    assert compatible(person_name(a), person_name(b)) == expected


@pytest.mark.parametrize(
    "a,b",
    [
        ("Apple Inc.", "Apple"),
        ("Aer Lingus Group PLC", "Aer Lingus"),
        ("U.S. Air Force", "United States Air Force"),
        ("US Air Force", "United States Air Force"),
        ("the Associated Press", "Associated Press"),
    ],
)
def test_keys_org_key_equal(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    "a,b",
    [("Apple Corps", "Apple"), ("Indian Air Force", "United States Air Force"), ("Group", "Inc")],
)
def test_keys_org_key_different(a, b):
    assert org_key(a) != org_key(b)
