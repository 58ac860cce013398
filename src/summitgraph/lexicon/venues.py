"""Seats of government and other venues that news names instead of the city:
"hosted X at the White House", "talks at the Kremlin". A meeting at one of
them took place in its city. Keys are lower case, without a leading "the".

General knowledge, not a gazetteer: where a venue is not listed, the meeting
takes its city from a place named with the venue ("at the Vahdettin Pavilion
in Istanbul") or from the trip it is part of.
"""

from __future__ import annotations

__all__ = ["VENUE_CITIES", "venue_city"]

VENUE_CITIES: dict[str, str] = {
    "white house": "Washington",
    "oval office": "Washington",
    "capitol": "Washington",
    "capitol hill": "Washington",
    "state department": "Washington",
    "pentagon": "Washington",
    "blair house": "Washington",
    "kremlin": "Moscow",
    "élysée palace": "Paris",
    "elysee palace": "Paris",
    "élysée": "Paris",
    "elysee": "Paris",
    "quai d'orsay": "Paris",
    "downing street": "London",
    "10 downing street": "London",
    "number 10": "London",
    "buckingham palace": "London",
    "chequers": "London",
    "great hall of the people": "Beijing",
    "zhongnanhai": "Beijing",
    "diaoyutai state guesthouse": "Beijing",
    "blue house": "Seoul",
    "cheong wa dae": "Seoul",
    "kantei": "Tokyo",
    "akasaka palace": "Tokyo",
    "casa rosada": "Buenos Aires",
    "la moneda": "Santiago",
    "planalto palace": "Brasília",
    "palacio do planalto": "Brasília",
    "palacio nacional": "Mexico City",
    "los pinos": "Mexico City",
    "miraflores palace": "Caracas",
    "rideau hall": "Ottawa",
    "parliament hill": "Ottawa",
    "rashtrapati bhavan": "New Delhi",
    "hyderabad house": "New Delhi",
    "bellevue palace": "Berlin",
    "reichstag": "Berlin",
    "palazzo chigi": "Rome",
    "quirinale": "Rome",
    "quirinal palace": "Rome",
    "moncloa palace": "Madrid",
    "knesset": "Jerusalem",
    "apostolic palace": "Vatican City",
    "mariinsky palace": "Kyiv",
    "malacañang palace": "Manila",
    "malacanang palace": "Manila",
    "istana": "Singapore",
    "dolmabahçe palace": "Istanbul",
    "dolmabahce palace": "Istanbul",
    "berlaymont": "Brussels",
    "europa building": "Brussels",
    "nato headquarters": "Brussels",
    "united nations headquarters": "New York",
    "un headquarters": "New York",
    "palais des nations": "Geneva",
    "mar-a-lago": "Palm Beach",
}


def venue_city(name: str) -> str | None:
    """The city of a venue named ``name`` ("the White House" -> "Washington"), if known."""
    key = name.strip().lower().removeprefix("the ").strip()
    return VENUE_CITIES.get(key)
