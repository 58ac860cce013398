"""The gazetteer's records and indexes, built from ``data/countries.json`` and
``data/cities.tsv`` once, on first use.

``scripts/build_gazetteer.py`` writes the two files (``CITY_COLUMNS`` is the
layout writer and reader share); ``summitgraph.gazetteer`` looks names up in
the indexes built here. Standard library only.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

__all__ = ["CITY_COLUMNS", "Country", "Gazetteer", "Index", "Place", "PlaceKind", "load", "multiword"]

PlaceKind = Literal["country", "region", "city"]

# A name is flagged as ambiguous when a place of that name in another country
# has at least this share of the chosen place's population: "Valencia" (Spain
# vs Venezuela) is, "Sydney" (5.6M in Australia, 0.1M in Canada) is not.
_RIVAL_SHARE = 0.15

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


class Index(NamedTuple):
    """Values by exact name, and by casefolded name for names of several words."""

    exact: dict[str, object]
    folded: dict[str, object]


class Gazetteer(NamedTuple):
    """Every record and index the lookups read."""

    by_code: dict[str, Country]
    names: Index  # -> Country
    demonyms: Index  # -> Country
    places: Index  # -> Place
    unresolved: Index  # -> tuple[Country, ...]
    ambiguous: frozenset[str]  # exact names, and casefolded multiword names
    candidates: Index  # -> tuple[Place, ...], every place of the name, best first


def multiword(text: str) -> bool:
    """Whether ``text`` is a name of several words, which matches in any case."""
    return " " in text or "-" in text


def _read(name: str) -> str:
    from importlib import resources  # here, not at import: it is only needed once

    return resources.files("summitgraph").joinpath(f"data/{name}").read_text(encoding="utf-8")


def _index(entries: Iterable[tuple[str, object]]) -> Index:
    """An index from unique ``(key, value)`` pairs."""
    exact: dict[str, object] = {}
    folded: dict[str, object] = {}
    for key, value in entries:
        exact[key] = value
        if multiword(key):
            folded.setdefault(key.casefold(), value)
    return Index(exact, folded)


@functools.cache
def load() -> Gazetteer:
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
        if multiword(form):
            folded_candidates[form.casefold()].extend(found)

    ambiguous = {form for form in flagged if form in candidates}
    ambiguous |= {form.casefold() for form in flagged if multiword(form)}
    places_exact: dict[str, object] = {}
    places_folded: dict[str, object] = {}
    every = Index({}, {})
    for source, target, ranked in (
        (candidates, places_exact, every.exact),
        (folded_candidates, places_folded, every.folded),
    ):
        for form, found in source.items():
            if len(found) == 1:
                target[form] = found[0][1]
                ranked[form] = (found[0][1],)
                continue
            found.sort(key=rank)
            ranked[form] = tuple(dict.fromkeys(p for q, p in found))
            quality, best = found[0]
            target[form] = best
            if _has_rival(best, [p for q, p in found[1:] if q == quality]):
                ambiguous.add(form)
    # Demonyms and unresolved forms: flagged ones, in both spellings.
    for form in (*demonyms.exact, *unresolved.exact):
        if form in flagged or form in unresolved.exact:
            ambiguous.add(form)
            if multiword(form):
                ambiguous.add(form.casefold())
    return Gazetteer(
        by_code=by_code,
        names=names,
        demonyms=demonyms,
        places=Index(places_exact, places_folded),
        unresolved=unresolved,
        ambiguous=frozenset(ambiguous),
        candidates=every,
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
