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
``data/README.md``. It is standard library only and loads once, on first use.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

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
]

PlaceKind = Literal["country", "region", "city"]

# A name is flagged as ambiguous when a place of that name in another country
# has at least this share of the chosen place's population: "Valencia" (Spain
# vs Venezuela) is, "Sydney" (5.6M in Australia, 0.1M in Canada) is not.
_RIVAL_SHARE = 0.15

# Demonyms ending like this take no plural -s ("the Chinese", "the Swiss").
_NO_S_PLURAL = ("s", "sh", "ch", "ese", "x", "z")

# The columns of cities.tsv, as scripts/build_gazetteer.py writes them.
CITY_COLUMNS = (
    "kind",
    "name",
    "asciiname",
    "country",
    "lat",
    "lng",
    "population",
    "geonameid",
    "capital",
    "aliases",
)

# Typographic apostrophes and hyphens, written as the data writes them ("'", "-").
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"}
)


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory. ``lat``/``lng`` are its capital's (or main town's)."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    ambiguous: tuple[str, ...]
    """Its names and demonyms that need context ("Georgia", "Georgian")."""
    sovereign: bool
    part_of: str | None
    """ISO code of the state governing a territory ("HK" -> "CN"), where undisputed."""
    capital: str | None
    lat: float
    lng: float
    continent: str
    geonameid: int


@dataclass(frozen=True, slots=True)
class Place:
    """A country, region (US state, UK nation, ...) or city, in country ``country`` (ISO alpha-2)."""

    kind: PlaceKind
    name: str
    country: str
    lat: float
    lng: float
    population: int | None = None
    capital: bool = False
    geonameid: int | None = None


class _Index(NamedTuple):
    """Values by exact name, and by casefolded name for names of several words."""

    exact: dict[str, object]
    folded: dict[str, object]


class _Gazetteer(NamedTuple):
    by_code: dict[str, Country]
    names: _Index  # -> Country
    demonyms: _Index  # -> Country
    places: _Index  # -> Place
    unresolved: _Index  # -> tuple[Country, ...]
    ambiguous: frozenset[str]  # exact names, and casefolded multiword names


# ---------------------------------------------------------------- public API


def country(name: str) -> Country | None:
    """The country called ``name`` (canonical name or alias), or None.

    ``country("U.S.")``, ``country("the United States")`` and ``country("America")``
    are all the United States; ``country("us")`` and ``country("Korea")`` are None.
    """
    return _lookup(_data().names, name)  # type: ignore[return-value]


def country_of_demonym(word: str) -> Country | None:
    """The country a demonym or adjective refers to: "Chinese" -> China, "Americans" -> US.

    Attributive country names and abbreviations ("U.S. officials", "UK
    minister") are aliases: look them up with ``country``.
    """
    return _lookup(_data().demonyms, word, plural=True)  # type: ignore[return-value]


def place(name: str) -> Place | None:
    """The place called ``name``: a country, region or city, or None.

    Where several places share a name, a country wins over a capital of a
    sovereign state, which wins over a region, which wins over the most
    populous city; a name as GeoNames spells it wins over an ASCII spelling
    ("San Jose" is California's, "San José" Costa Rica's).
    """
    return _lookup(_data().places, name)  # type: ignore[return-value]


def country_by_code(iso2: str) -> Country:
    """The country with ISO 3166-1 alpha-2 code ``iso2`` (any case); KeyError if unknown."""
    try:
        return _data().by_code[iso2.upper()]
    except KeyError:
        raise KeyError(f"{iso2!r} is not a country code the gazetteer knows (ISO 3166-1 alpha-2, or XK)") from None


def country_candidates(name: str) -> tuple[Country, ...]:
    """Every country ``name`` (a name, alias or demonym) could refer to.

    ``("Korea")`` -> North and South Korea; ``("Chinese")`` -> China; unknown -> ().
    """
    g = _data()
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
    g = _data()
    for index, plural in ((g.places, False), (g.demonyms, True), (g.unresolved, True)):
        key = _match(index, name, plural=plural)
        if key is not None:
            return key in g.ambiguous
    return False


def countries() -> tuple[Country, ...]:
    """Every country and territory, by ISO code."""
    return tuple(_data().by_code.values())


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


def _multiword(text: str) -> bool:
    return " " in text or "-" in text


def _match(index: _Index, text: str, *, plural: bool = False) -> str | None:
    """The index key ``text`` matches (exact key, or casefolded for several words).

    With ``plural``, a plural in -s matches its singular ("Americans", "Koreas"),
    unless the singular is one that takes no -s ("Chinese", "Swiss", "British").
    """
    for form in _variants(text):
        if form in index.exact:
            return form
        if _multiword(form) and form.casefold() in index.folded:
            return form.casefold()
    if plural:
        text = _clean(text)
        if text.endswith("s") and not text[:-1].endswith(_NO_S_PLURAL):
            return _match(index, text[:-1])
    return None


def _lookup(index: _Index, text: str, *, plural: bool = False) -> object | None:
    key = _match(index, text, plural=plural)
    if key is None:
        return None
    return index.exact[key] if key in index.exact else index.folded[key]


# ---------------------------------------------------------------- loading


def _read(name: str) -> str:
    from importlib import resources  # here, not at import: it is only needed once

    return resources.files("summitgraph").joinpath(f"data/{name}").read_text(encoding="utf-8")


def _index(entries: Iterable[tuple[str, object]]) -> _Index:
    """An index from unique ``(key, value)`` pairs."""
    exact: dict[str, object] = {}
    folded: dict[str, object] = {}
    for key, value in entries:
        exact[key] = value
        if _multiword(key):
            folded.setdefault(key.casefold(), value)
    return _Index(exact, folded)


@functools.cache
def _data() -> _Gazetteer:
    """Load ``countries.json`` and ``cities.tsv`` and build every index, once."""
    raw = json.loads(_read("countries.json"))
    by_code = {
        r["iso2"]: Country(
            iso2=r["iso2"],
            iso3=r["iso3"],
            name=r["name"],
            aliases=tuple(r["aliases"]),
            demonyms=tuple(r["demonyms"]),
            ambiguous=tuple(r["ambiguous"]),
            sovereign=r["sovereign"],
            part_of=r["part_of"],
            capital=r["capital"],
            lat=r["lat"],
            lng=r["lng"],
            continent=r["continent"],
            geonameid=r["geonameid"],
        )
        for r in raw["countries"]
    }
    flagged = set(raw["ambiguous_place_names"])
    for c in by_code.values():
        flagged.update(c.ambiguous)

    names = _index((form, c) for c in by_code.values() for form in (c.name, *c.aliases))
    demonyms = _index((form, c) for c in by_code.values() for form in c.demonyms)
    unresolved = _index((form, tuple(by_code[code] for code in codes)) for form, codes in raw["unresolved"].items())

    # Every place under every name it has; quality 0 for a name, 1 for an ASCII spelling.
    candidates: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for c in by_code.values():
        spot = Place("country", c.name, c.iso2, c.lat, c.lng, None, False, c.geonameid)
        for form in (c.name, *c.aliases):
            candidates[form].append((0, spot))
    lines = _read("cities.tsv").splitlines()
    if tuple(lines[0].split("\t")) != CITY_COLUMNS:
        raise ValueError("cities.tsv has unexpected columns: rerun scripts/build_gazetteer.py")
    for line in lines[1:]:
        kind, name, asciiname, code, lat, lng, population, geonameid, capital, aliases = line.split("\t")
        spot = Place(
            kind,  # type: ignore[arg-type]
            name,
            code,
            float(lat),
            float(lng),
            int(population) if population else None,
            capital == "1",
            int(geonameid) if geonameid else None,
        )
        candidates[name].append((0, spot))
        if aliases:
            for form in aliases.split("|"):
                candidates[form].append((0, spot))
        if asciiname:
            candidates[asciiname].append((1, spot))

    def rank(entry: tuple[int, Place]) -> tuple[int, int, int, int]:
        quality, p = entry
        if p.kind == "country":
            kind = 0
        elif p.capital and by_code[p.country].sovereign:
            kind = 1
        else:
            kind = 2 if p.kind == "region" else 3
        return (quality, kind, -(p.population or 0), p.geonameid or 0)

    folded_candidates: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for form, found in candidates.items():
        if _multiword(form):
            folded_candidates[form.casefold()].extend(found)

    ambiguous = {form for form in flagged if form in candidates}
    ambiguous |= {form.casefold() for form in flagged if _multiword(form)}
    places_exact: dict[str, object] = {}
    places_folded: dict[str, object] = {}
    for source, target in ((candidates, places_exact), (folded_candidates, places_folded)):
        for form, found in source.items():
            if len(found) == 1:
                target[form] = found[0][1]
                continue
            found.sort(key=rank)
            quality, best = found[0]
            target[form] = best
            if _has_rival(best, [p for q, p in found[1:] if q == quality]):
                ambiguous.add(form)
    # Demonyms and unresolved forms: flagged ones, in both spellings.
    for form in (*demonyms.exact, *unresolved.exact):
        if form in flagged or form in unresolved.exact:
            ambiguous.add(form)
            if _multiword(form):
                ambiguous.add(form.casefold())
    return _Gazetteer(
        by_code=by_code,
        names=names,
        demonyms=demonyms,
        places=_Index(places_exact, places_folded),
        unresolved=unresolved,
        ambiguous=frozenset(ambiguous),
    )


def _has_rival(best: Place, others: list[Place]) -> bool:
    """Whether a place in another country, spelled the same way, rivals ``best`` for its name.

    A rival has at least ``_RIVAL_SHARE`` of ``best``'s population (or either has
    no population: a region). Country names never have rivals: a city called
    "Armenia" does not make the country ambiguous; the curated lists flag
    "Georgia" and the like.
    """
    if best.kind == "country":
        return False
    for other in others:
        if other.country == best.country:
            continue
        if best.population is None or other.population is None:
            return True
        if other.population >= _RIVAL_SHARE * best.population:
            return True
    return False
