"""Who a candidate's participants are, as parties of an event: people,
organisations and countries.

- a person, an organisation or a country named as a participant is a party
  ("Iran held talks with the P5+1", "negotiations between Aeroflot and Boeing");
- a participant named only by a role that no named person of the article
  holds is the country it represents ("Kerry met Iran's foreign minister":
  Iran, via its foreign minister);
- a capital standing for its government is its country ("talks between
  Washington and Pyongyang"); any other city or region is where something
  happens, not who takes part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summitgraph import gazetteer
from summitgraph.lexicon.media import is_media
from summitgraph.lexicon.meetings import EVENT_NAME_WORDS
from summitgraph.models import Entity, NameMention, Party
from summitgraph.resolve import Resolution, entity_id

__all__ = ["PartyFinder"]


@dataclass
class PartyFinder:
    """Turns mention indexes into parties for one article; remembers the
    country entities it had to add (a country named only inside a role)."""

    article_id: str
    mentions: Sequence[NameMention]
    resolution: Resolution
    entities: dict[str, Entity] = field(default_factory=dict)
    added: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entities = {e.id: e for e in self.resolution.entities}

    def parties(self, indexes: Sequence[int], *, people_only: bool = False) -> list[Party]:
        """The parties the mentions name, in order, each entity once."""
        found: dict[str, Party] = {}
        for index in indexes:
            party = self.party(index)
            if party is None or party.entity in found or (people_only and party.kind != "person"):
                continue
            found[party.entity] = party
        return list(found.values())

    def is_country(self, eid: str | None) -> bool:
        """Whether the entity is a country (not a continent, region or site: "Europe", "Capitol Hill")."""
        entity = (self.entities.get(eid) or self.added.get(eid)) if eid else None
        return entity is not None and entity.kind == "place" and gazetteer.country(entity.label) is not None

    def titled(self, eid: str) -> bool:
        """Whether the article gives the entity a title ("North Korean leader Kim Jong-un")."""
        return any(m.titles for m, e in zip(self.mentions, self.resolution.entity_of) if e == eid)

    def party(self, index: int) -> Party | None:
        m = self.mentions[index]
        eid = self.resolution.entity_of[index]
        if eid is None and m.same_as is not None:
            return self.party(m.same_as)  # "his Venezuelan counterpart, Héctor Lugo Rangel"
        if eid is None:
            return self._represented(m)
        entity = self.entities.get(eid) or self.added.get(eid)
        if entity is None or entity.kind == "organization" and is_media(entity.label):
            return None  # "speaking to the BBC": an interview, not a meeting
        if entity.kind != "place" and entity.label.split()[-1].lower() in EVENT_NAME_WORDS:
            return None  # "hosted the Tony Awards": a ceremony, whatever NER called it
        if entity.kind == "place":
            country = self._country_party(entity)
            return (
                None if country is None else Party(entity=country, kind="place", text=m.text, start=m.start, end=m.end)
            )
        return Party(entity=eid, kind=entity.kind, text=m.text, start=m.start, end=m.end)

    def _represented(self, m: NameMention) -> Party | None:
        """ "Iran's foreign minister" with no named holder: Iran, via the role."""
        if m.role is None or "|" not in m.role:
            return None
        code, role = m.role.split("|", 1)
        try:
            country = gazetteer.country_by_code(code)
        except KeyError:
            return None
        eid = self.country_entity(country.name)
        return Party(entity=eid, kind="place", text=m.text, start=m.start, end=m.end, via=role)

    def _country_party(self, place: Entity) -> str | None:
        """A country stands for its government; a capital too ("Washington")."""
        if gazetteer.country(place.label) is not None:
            return place.id
        found = gazetteer.place(place.label)
        if found is None or found.country is None or not found.capital:
            return None
        return self.country_entity(gazetteer.country_by_code(found.country).name)

    def place_entity(self, name: str) -> str:
        """The id of the place ``name``, added to the article's entities if it names none."""
        eid = entity_id("place", name)
        if eid not in self.entities and eid not in self.added:
            self.added[eid] = Entity(id=eid, label=name, kind="place", articles=(self.article_id,))
        return eid

    def country_entity(self, name: str) -> str:
        eid = entity_id("place", name)
        if eid not in self.entities and eid not in self.added:
            # Named by no mention of its own, but the article speaks of its representative.
            self.added[eid] = Entity(id=eid, label=name, kind="place", articles=(self.article_id,))
        return eid
