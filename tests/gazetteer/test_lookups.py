"""Tests for summitgraph.gazetteer: countries, demonyms and places as news writes them."""

from __future__ import annotations

import pytest

from summitgraph.gazetteer import (
    country,
    country_by_code,
    country_candidates,
    country_of_demonym,
    is_ambiguous,
    place,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("U.S.", "US"),
        ("US", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("America", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("The United States", "US"),
        ("United States of America", "US"),
        ("the U.S.", "US"),
        ("UNITED STATES", "US"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("the United Kingdom", "GB"),
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("N. Korea", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic People\u2019s Republic of Korea", "KP"),
        ("South Korea", "KR"),
        ("ROK", "KR"),
        ("Republic of Korea", "KR"),
        ("China", "CN"),
        ("PRC", "CN"),
        ("Mainland China", "CN"),
        ("mainland China", "CN"),
        ("China's", "CN"),
        ("China\u2019s", "CN"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Iran", "IR"),
        ("Syria", "SY"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Laos", "LA"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Côte d\u2019Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Myanmar", "MM"),
        ("Burma", "MM"),
        ("Netherlands", "NL"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("The Gambia", "GM"),
        ("the Philippines", "PH"),
        ("UAE", "AE"),
        ("Eswatini", "SZ"),
        ("Swaziland", "SZ"),
        ("DR Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Taiwan", "TW"),
        ("Hong Kong", "HK"),
        ("Macau", "MO"),
        ("Macao", "MO"),
        ("Palestine", "PS"),
        ("Palestinian Territories", "PS"),
        ("the Palestinian territories", "PS"),
        ("Kosovo", "XK"),
        ("Western Sahara", "EH"),
        ("Puerto Rico", "PR"),
        ("Greenland", "GL"),
        ("the Vatican", "VA"),
        ("Holy See", "VA"),
        ("Chad", "TD"),
        ("Jordan", "JO"),
        ("Georgia", "GE"),
    ],
)
def test_gazetteer_country_forms(name: str, expected: str) -> None:
    found = country(name)
    assert found is not None
    assert found.iso2 == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("US", "United States"),
        ("the U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("DPRK", "North Korea"),
        ("Burma", "Myanmar"),
        ("Côte d'Ivoire", "Ivory Coast"),
    ],
)
def test_gazetteer_country_canonical_name(name: str, expected: str) -> None:
    found = country(name)
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("us", None),  # one-word names are case-sensitive: the pronoun is not a country
        ("Us", None),
        ("usa", None),
        ("america", None),
        ("china", None),  # porcelain
        ("turkey", None),  # the bird
        ("chad", None),
        ("May", None),
        ("Korea", None),  # North or South: see country_candidates
        ("Congo", None),
        ("the States", None),  # too often "the states" of a federation
        ("Chinese", None),  # a demonym, not a name
        ("Beijing", None),  # a city, not a country
        ("England", None),  # a nation of the United Kingdom, not a country here
        ("", None),
        ("   ", None),
        ("Atlantis", None),
    ],
)
def test_gazetteer_country_rejects(name: str, expected: None) -> None:
    assert country(name) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Chinese", "CN"),
        ("North Korean", "KP"),
        ("North Koreans", "KP"),
        ("north korean", "KP"),
        ("South Korean", "KR"),
        ("American", "US"),
        ("Americans", "US"),
        ("British", "GB"),
        ("Briton", "GB"),
        ("Britons", "GB"),
        ("Scottish", "GB"),
        ("Russian", "RU"),
        ("Russians", "RU"),
        ("Japanese", "JP"),
        ("Swiss", "CH"),
        ("French", "FR"),
        ("Dutch", "NL"),
        ("Filipino", "PH"),
        ("Filipinos", "PH"),
        ("Philippine", "PH"),
        ("Israeli", "IL"),
        ("Israelis", "IL"),
        ("Palestinian", "PS"),
        ("Taiwanese", "TW"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("Iranian", "IR"),
        ("Vietnamese", "VN"),
        ("Burmese", "MM"),
        ("Ivorian", "CI"),
        ("Burkinabè", "BF"),
        ("Burkinabe", "BF"),
        ("Kosovar", "XK"),
        ("Hongkonger", "HK"),
        ("Dominican", "DO"),
        ("Georgian", "GE"),
    ],
)
def test_gazetteer_demonym(word: str, expected: str) -> None:
    found = country_of_demonym(word)
    assert found is not None
    assert found.iso2 == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Korean", None),  # North or South
        ("Koreans", None),
        ("Congolese", None),  # either Congo
        ("chinese", None),  # one-word forms are case-sensitive
        ("Chineses", None),  # "Chinese" takes no plural -s
        ("Britishs", None),
        ("English", None),  # England is not a country here, and it is a language
        ("U.S.", None),  # an alias: attributive use goes through country()
        ("China", None),
        ("", None),
        ("Martian", None),
    ],
)
def test_gazetteer_demonym_rejects(word: str, expected: None) -> None:
    assert country_of_demonym(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Beijing", "CN"),
        ("Peking", "CN"),
        ("Shanghai", "CN"),
        ("Pyongyang", "KP"),
        ("Singapore", "SG"),
        ("Seoul", "KR"),
        ("Washington", "US"),
        ("Washington, D.C.", "US"),
        ("Washington D.C.", "US"),
        ("Moscow", "RU"),
        ("Hanoi", "VN"),
        ("Ho Chi Minh City", "VN"),
        ("Saigon", "VN"),
        ("Geneva", "CH"),
        ("New York", "US"),
        ("NYC", "US"),
        ("new york", "US"),
        ("Tokyo", "JP"),
        ("London", "GB"),
        ("Paris", "FR"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Cologne", "DE"),
        ("Köln", "DE"),
        ("Bogotá", "CO"),
        ("Bogota", "CO"),
        ("The Hague", "NL"),
        ("the Hague", "NL"),
        ("Taipei", "TW"),
        ("Hong Kong", "HK"),
        ("Ulaanbaatar", "MN"),
        ("Naypyitaw", "MM"),
        ("Mumbai", "IN"),
        ("Bombay", "IN"),
        ("Jerusalem", "IL"),
        ("Gaza", "PS"),
        ("Davos", "CH"),
        ("Sharm el-Sheikh", "EG"),
        ("Scotland", "GB"),
        ("California", "US"),
        ("Tibet", "CN"),
        ("Beijing's", "CN"),
    ],
)
def test_gazetteer_place_country(name: str, expected: str) -> None:
    found = place(name)
    assert found is not None
    assert found.country == expected


@pytest.mark.parametrize(
    ("name", "kind", "canonical"),
    [
        ("Singapore", "country", "Singapore"),
        ("the U.S.", "country", "United States"),
        ("Georgia", "country", "Georgia"),  # the country wins over the US state
        ("Beijing", "city", "Beijing"),
        ("New York", "city", "New York City"),
        ("New York State", "region", "New York State"),
        ("New York state", "region", "New York State"),
        ("Washington", "city", "Washington"),
        ("Washington State", "region", "Washington State"),
        ("California", "region", "California"),
        ("Scotland", "region", "Scotland"),
        ("Gaza Strip", "region", "Gaza Strip"),
        ("Kiev", "city", "Kyiv"),
        ("Köln", "city", "Cologne"),
        ("Ulan Bator", "city", "Ulaanbaatar"),
        ("Sao Paulo", "city", "São Paulo"),
    ],
)
def test_gazetteer_place_kind_and_name(name: str, kind: str, canonical: str) -> None:
    found = place(name)
    assert found is not None
    assert (found.kind, found.name) == (kind, canonical)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Armenia", "AM"),  # a country over a city called Armenia (Colombia)
        ("Jamaica", "JM"),  # ... and over Jamaica, Queens
        ("Athens", "GR"),  # a national capital over a city elsewhere (Georgia, US)
        ("Tripoli", "LY"),  # ... over a bigger-than-usual namesake (Lebanon)
        ("Kingston", "JM"),  # ... over Norfolk Island's capital
        ("Plymouth", "GB"),  # a territory's capital (Montserrat) is just a town
        ("Virginia", "US"),  # a region over a city abroad (South Africa)
        ("Birmingham", "GB"),  # else the most populous city
        ("Valencia", "VE"),
        ("San Jose", "US"),  # a name as spelled beats an ASCII spelling ...
        ("San José", "CR"),  # ... so each spelling keeps its own place
        ("St. Petersburg", "RU"),
    ],
)
def test_gazetteer_place_preference(name: str, expected: str) -> None:
    found = place(name)
    assert found is not None
    assert found.country == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("us", None),
        ("May", None),
        ("may", None),
        ("Man", None),  # Man, Ivory Coast: left out as a common word
        ("The Valley", None),  # Anguilla's capital, left out likewise
        ("Korea", None),
        ("Chinese", None),
        ("new", None),
        ("", None),
        ("Atlantis", None),
    ],
)
def test_gazetteer_not_places(name: str, expected: None) -> None:
    assert place(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chad", True),
        ("Jordan", True),
        ("Georgia", True),
        ("Turkey", True),
        ("Guinea", True),
        ("Niger", True),
        ("Holland", True),
        ("Jersey", True),
        ("Macedonia", True),
        ("Korea", True),
        ("Congo", True),
        ("Korean", True),
        ("Koreans", True),
        ("Polish", True),
        ("Dominican", True),
        ("Nice", True),
        ("Reading", True),
        ("Jackson", True),
        ("Washington", True),
        ("Valencia", True),  # Spain and Venezuela
        ("Hyderabad", True),  # India and Pakistan
        ("Virginia", True),  # the US state and a South African city
        ("China", False),
        ("United States", False),
        ("U.S.", False),
        ("Chinese", False),
        ("North Korean", False),
        ("Beijing", False),
        ("Pyongyang", False),
        ("London", False),
        ("Sydney", True),  # a personal name too
        ("Atlantis", False),  # unknown names are not ambiguous, just unknown
    ],
)
def test_gazetteer_ambiguous(name: str, expected: bool) -> None:
    assert is_ambiguous(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Korea", ("KP", "KR")),
        ("Koreas", ("KP", "KR")),  # "the two Koreas"
        ("Korean", ("KP", "KR")),
        ("Congo", ("CD", "CG")),
        ("the Congo", ("CD", "CG")),
        ("Chinese", ("CN",)),
        ("the U.S.", ("US",)),
        ("Atlantis", ()),
    ],
)
def test_gazetteer_country_candidates(name: str, expected: tuple[str, ...]) -> None:
    assert tuple(c.iso2 for c in country_candidates(name)) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("US", "United States"),
        ("us", "United States"),
        ("GB", "United Kingdom"),
        ("XK", "Kosovo"),
        ("KP", "North Korea"),
    ],
)
def test_gazetteer_country_by_code(code: str, expected: str) -> None:
    assert country_by_code(code).name == expected


@pytest.mark.parametrize("code", ["ZZ", "UK", "USA", ""])
def test_gazetteer_country_by_code_unknown(code: str) -> None:
    with pytest.raises(KeyError):
        country_by_code(code)


@pytest.mark.parametrize(
    ("name", "lat", "lng"),
    [
        ("Beijing", 39.9, 116.4),
        ("Pyongyang", 39.0, 125.75),
        ("Washington", 38.9, -77.04),
        ("Singapore", 1.29, 103.85),
    ],
)
def test_gazetteer_place_coordinates(name: str, lat: float, lng: float) -> None:
    found = place(name)
    assert found is not None
    assert found.lat == pytest.approx(lat, abs=0.1)
    assert found.lng == pytest.approx(lng, abs=0.1)


@pytest.mark.parametrize(("name", "capital"), [("Beijing", True), ("Shanghai", False), ("Washington", True)])
def test_gazetteer_place_capital_flag(name: str, capital: bool) -> None:
    found = place(name)
    assert found is not None
    assert found.capital is capital


@pytest.mark.parametrize(
    ("code", "capital"),
    [("CN", "Beijing"), ("KP", "Pyongyang"), ("US", "Washington"), ("MN", "Ulaanbaatar"), ("KZ", "Astana")],
)
def test_gazetteer_country_capital(code: str, capital: str) -> None:
    assert country_by_code(code).capital == capital


@pytest.mark.parametrize(("code", "part_of"), [("HK", "CN"), ("PR", "US"), ("GL", "DK"), ("TW", None), ("US", None)])
def test_gazetteer_country_part_of(code: str, part_of: str | None) -> None:
    assert country_by_code(code).part_of == part_of


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Georgia", ["GE", "US"]),
        ("Valencia", ["VE", "ES", "US"]),
        ("Beijing", ["CN"]),
        ("the U.S.", ["US"]),
        ("Nowhere Land", []),
    ],
)
def test_gazetteer_place_candidates_best_first(name, countries):
    from summitgraph.gazetteer import place, place_candidates

    found = place_candidates(name)
    assert [p.country for p in found][: len(countries)] == countries
    assert (found[0] if found else None) == place(name)
