"""An offline gazetteer of countries, regions and cities, as English news names them.

    >>> country("the U.S.").name
    'United States'
    >>> country_of_demonym("North Korean").name
    'North Korea'
    >>> place("Pyongyang").country
    'KP'

Lookups take a name as written and accept it with or without a leading "the"
("the Netherlands"), with a possessive "'s" ("China's") and with typographic
apostrophes. Names of more than one word match in any case ("UNITED STATES");
one-word names only as written, because that is where case carries meaning:
"US" is a country, "us" is not; "Turkey" is, "turkey" is not.

Some names need context before a caller should trust them: countries that are
also common words or names ("Chad", "Jordan", "Georgia"), cities that are
("Nice", "Reading", "Jackson"), and names shared by sizeable places in different
countries ("Valencia", "Hyderabad"). The lookups still answer for them;
``is_ambiguous`` says which they are. Forms that fit two countries equally
("Korea", "Congo", "Korean") resolve to nothing; ``country_candidates`` lists
the countries they could mean.

The data comes from GeoNames (CC BY 4.0) via ``scripts/build_gazetteer.py``; see
``data/README.md``. It is standard library only and loads once, on first use
(``summitgraph.gazetteer.data``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from summitgraph.gazetteer.data import Country, Index, Place, PlaceKind, load, multiword

__all__ = [
    "Country",
    "Place",
    "PlaceKind",
    "countries",
    "country",
    "country_by_code",
    "country_candidates",
    "country_of_demonym",
    "is_ambiguous",
    "place",
    "place_candidates",
]

# Demonyms ending like this take no plural -s ("the Chinese", "the Swiss").
_NO_S_PLURAL = ("s", "sh", "ch", "ese", "x", "z")

# Typographic apostrophes and hyphens, written as the data writes them ("'", "-").
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"}
)


# ---------------------------------------------------------------- public API


def country(name: str) -> Country | None:
    """The country called ``name`` (canonical name or alias), or None.

    ``country("U.S.")``, ``country("the United States")`` and ``country("America")``
    are all the United States; ``country("us")`` and ``country("Korea")`` are None.
    """
    return _lookup(load().names, name)  # type: ignore[return-value]


def country_of_demonym(word: str) -> Country | None:
    """The country a demonym or adjective refers to: "Chinese" -> China, "Americans" -> US.

    Attributive country names and abbreviations ("U.S. officials", "UK
    minister") are aliases: look them up with ``country``.
    """
    return _lookup(load().demonyms, word, plural=True)  # type: ignore[return-value]


def place(name: str) -> Place | None:
    """The place called ``name``: a country, region or city, or None.

    Where several places share a name, a country wins over a capital of a
    sovereign state, which wins over a region, which wins over the most
    populous city; a name as GeoNames spells it wins over an ASCII spelling
    ("San Jose" is California's, "San José" Costa Rica's).
    """
    return _lookup(load().places, name)  # type: ignore[return-value]


def place_candidates(name: str) -> tuple[Place, ...]:
    """Every place called ``name``, in the order ``place`` ranks them (its
    answer first); () for a name the gazetteer does not know.

    ``place_candidates("Georgia")`` starts with the country and goes on with
    the US state; a caller that knows the article is about the United States
    takes the state.
    """
    found = _lookup(load().candidates, name)
    return found if found is not None else ()  # type: ignore[return-value]


def country_by_code(iso2: str) -> Country:
    """The country with ISO 3166-1 alpha-2 code ``iso2`` (any case); KeyError if unknown."""
    try:
        return load().by_code[iso2.upper()]
    except KeyError:
        raise KeyError(f"{iso2!r} is not a country code the gazetteer knows (ISO 3166-1 alpha-2, or XK)") from None


def country_candidates(name: str) -> tuple[Country, ...]:
    """Every country ``name`` (a name, alias or demonym) could refer to.

    ``("Korea")`` -> North and South Korea; ``("Chinese")`` -> China; unknown -> ().
    """
    g = load()
    shared = _lookup(g.unresolved, name, plural=True)  # "the two Koreas"
    if shared is not None:
        return shared  # type: ignore[return-value]
    found = country(name) or country_of_demonym(name)
    return (found,) if found else ()


def is_ambiguous(name: str) -> bool:
    """Whether ``name`` needs context before it is taken as a place or nationality.

    True for forms that are also common words or personal names ("Chad", "Nice",
    "Jackson", "Polish"), names sizeable places in several countries share
    ("Valencia", "Georgia"), and forms that fit two countries ("Korea").
    False for names the gazetteer does not know at all.
    """
    g = load()
    for index, plural in ((g.places, False), (g.demonyms, True), (g.unresolved, True)):
        key = _match(index, name, plural=plural)
        if key is not None:
            return key in g.ambiguous
    return False


def countries() -> tuple[Country, ...]:
    """Every country and territory, by ISO code."""
    return tuple(load().by_code.values())


# ---------------------------------------------------------------- lookup


def _clean(text: str) -> str:
    """NFC, plain apostrophes and hyphens, single spaces: how the data stores names."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return " ".join(text.split())


def _variants(text: str) -> Iterator[str]:
    """``text`` as written, then without a leading "the", a possessive, commas."""
    text = _clean(text)
    yield text
    bare = text[4:] if text[:4].casefold() == "the " else text
    if bare != text:
        yield bare
    for form in (text, bare):
        if form.endswith("'s"):
            yield form[:-2]
    if ", " in bare:
        yield bare.replace(", ", " ")  # "Washington, D.C."


def _match(index: Index, text: str, *, plural: bool = False) -> str | None:
    """The index key ``text`` matches (exact key, or casefolded for several words).

    With ``plural``, a plural in -s matches its singular ("Americans", "Koreas"),
    unless the singular is one that takes no -s ("Chinese", "Swiss", "British").
    """
    for form in _variants(text):
        if form in index.exact:
            return form
        if multiword(form) and form.casefold() in index.folded:
            return form.casefold()
    if plural:
        text = _clean(text)
        if text.endswith("s") and not text[:-1].endswith(_NO_S_PLURAL):
            return _match(index, text[:-1])
    return None


def _lookup(index: Index, text: str, *, plural: bool = False) -> object | None:
    key = _match(index, text, plural=plural)
    if key is None:
        return None
    return index.exact[key] if key in index.exact else index.folded[key]
