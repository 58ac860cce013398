"""Candidates + resolution -> the events and edges one article states.

A ``met`` candidate becomes an :class:`~summitgraph.models.Event` with all its
parties (people, organisations, countries: ``parties``); every pair of them
gets a ``met`` edge carrying the event's id. "X met Y and Z" is one meeting of
the three; "X held summits with Y and Z" or "met Y and Z separately" are one
meeting with each. An official's visit to a country ("Kim's visit to China")
is an event of the visitor and the country, and a visit to a person ("paid a
visit to Merkel") one of the two; the ``visited`` edge says who went where.

Statements of one article about the same event become one event with every
piece of evidence (``merge``); ``accompanied`` edges stay one per companion.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from summitgraph import gazetteer
from summitgraph.interactions.merge import agrees, join_events, merge_events, merge_simple, merge_visits
from summitgraph.interactions.parties import PartyFinder
from summitgraph.lexicon.venues import venue_city
from summitgraph.models import Candidate, ContactKind, Entity, Event, Evidence, Interaction, Mention, NameMention, Party
from summitgraph.resolve import Resolution

__all__ = ["MAX_PAIRED_PARTIES", "event_edges", "interactions"]

#: Events with more parties than this are kept whole but get no edge per
#: pair (a list of 200 names "met in Geneva" would give 19,900 edges): the
#: graph shows them as an event node that each party attended.
MAX_PAIRED_PARTIES = 12

#: How sure an event is, from 1.0 (a meeting stated with its named parties):
#: parties joined from another sentence, or a country taken as an official's
#: host, are inferences; a country standing for its unnamed representative too.
INFERRED = 0.8
REPRESENTED = 0.85


def interactions(
    text: str,
    article_id: str,
    mentions: Sequence[NameMention],
    dates: Sequence[Mention],
    candidates: Sequence[Candidate],
    resolution: Resolution,
) -> tuple[list[Interaction], list[Entity], list[Event]]:
    """The edges of one article, the entities they add (a country named only
    inside a role, the country of a city visited) and its events."""
    finder = PartyFinder(article_id, mentions, resolution)
    events: list[Event] = []
    edges: list[Interaction] = []
    trips: list[tuple[tuple[str, str | None], Event]] = []
    told: list[tuple[int, Event]] = []  # (sentence, event) in text order, for statements that join one
    for c in candidates:
        facts = _facts(text, article_id, c, dates, finder)
        if c.kind == "met":
            for event in _meetings(c, finder, facts):
                if c.joins and _join_told(told, c.sentence, event):
                    continue
                told.append((c.sentence, event))
        elif c.kind == "visited":
            visit_edges, trip = _visit(c, finder, facts, mentions)
            edges.extend(visit_edges)
            if trip is not None:
                trips.append(trip)
        else:  # accompanied
            companions = finder.parties(c.side_a, people_only=True)
            principals = finder.parties(c.side_b, people_only=True)
            for a in companions:
                for b in principals:
                    if a.entity != b.entity:
                        edges.append(_edge("accompanied", a.entity, b.entity, facts))
    visits = merge_visits([e for e in edges if e.kind == "visited"])
    events = [event for _, event in told if len(event.parties) >= 2]
    events = _places_from_trips(merge_events(events + _trip_events(visits, trips)), visits)
    edges = visits + merge_simple([e for e in edges if e.kind == "accompanied"])
    edges += [edge for event in events for edge in event_edges(event)]
    edges.sort(key=lambda e: (e.evidence_start, e.kind, e.source, e.target, e.id))
    events.sort(key=lambda e: (e.evidence[0].start, e.id))
    return edges, sorted(finder.added.values(), key=lambda e: e.id), events


# --- facts every edge and event of a candidate shares ------------------------------


def _facts(text: str, article_id: str, c: Candidate, dates: Sequence[Mention], finder: PartyFinder) -> dict:
    date, start, end = _dates(c, dates)
    sentence, s_start, s_end = _sentence(text, c)
    place_label, place_id = _place(c.place, finder)
    venue = (finder.mentions[c.venue].name or finder.mentions[c.venue].text) if c.venue is not None else None
    if place_label is None and venue is not None and venue_city(venue) is not None:
        # "hosted Y at the White House": in Washington.
        place_label = venue_city(venue)
        place_id = finder.place_entity(place_label)
    return dict(
        status=c.status,
        date=date,
        start=start,
        end=end,
        place=place_label,
        place_id=place_id,
        venue=venue,
        mode=c.mode,
        count=c.count,
        trigger=c.trigger,
        trigger_start=c.trigger_start,
        trigger_end=c.trigger_end or c.trigger_start + len(c.trigger),
        article=article_id,
        evidence=sentence,
        evidence_start=s_start,
        evidence_end=s_end,
        confidence=c.confidence,
    )


def _dates(c: Candidate, dates: Sequence[Mention]) -> tuple[str | None, str | None, str | None]:
    """``date``, ``start``, ``end`` as TIMEX3 values (days, not times)."""
    if c.date is None:
        return None, None, None
    first = _day(dates[c.date].value)
    last = c.until or (dates[c.date_end].value if c.date_end is not None else None)
    if last is None:
        return first, None, None
    return first, first, _day(last)


def _day(value: str | None) -> str | None:
    return value.split("T", 1)[0] if value else None


def _sentence(text: str, c: Candidate) -> tuple[str, int, int]:
    start, end = c.sentence_start, c.sentence_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[start:end], start, end


def _place(index: int | None, finder: PartyFinder) -> tuple[str | None, str | None]:
    if index is None:
        return None, None
    eid = finder.resolution.entity_of[index]
    entity = finder.entities.get(eid) if eid else None
    if entity is None or entity.kind != "place":
        return None, None
    return entity.label, eid


# --- meetings ------------------------------------------------------------------


def _meetings(c: Candidate, finder: PartyFinder, facts: dict) -> list[Event]:
    """One event of everyone, or one per partner when they met one by one."""
    side_a = finder.parties(c.side_a)
    side_b = [p for p in finder.parties(c.side_b) if p.entity not in {a.entity for a in side_a}]
    if c.people_partners:
        side_b = [p for p in side_b if p.kind == "person"]
    if c.separately and side_b:
        groups = [[*side_a, b] for b in side_b]
    else:
        groups = [side_a + side_b]
    contact = _contact(c)
    least = 1 if c.partial or c.joins else 2  # one named party: kept to be joined, dropped if none does
    sureness = INFERRED if c.partial or c.joins else 1.0
    return [_event(contact, group, facts, sureness) for group in groups if len(group) >= least]


#: How many sentences back a statement that joins an event looks for it:
#: "A large group participated in the exchange of ideas" three sentences
#: after "a meeting at the White House".
JOIN_WINDOW = 4


def _join_told(told: list[tuple[int, Event]], sentence: int, joiner: Event) -> bool:
    """Add the parties of a statement that takes up an event ("took part in
    the exchange", "attended the summit", "after their talks") to an event told
    within ``JOIN_WINDOW`` sentences before: one that shares a party with it,
    else the last one, when status and dates agree. False when there is none."""
    if joiner.status in {"cancelled", "denied"}:
        return False
    recent = [n for n in range(len(told) - 1, -1, -1) if sentence - told[n][0] <= JOIN_WINDOW]
    joining = {p.entity for p in joiner.parties}
    sharing = [n for n in recent if joining & {p.entity for p in told[n][1].parties}]
    for n in sharing or recent[:1]:
        event = told[n][1]
        if event.status == joiner.status and agrees(event.date or event.start, joiner.date or joiner.start):
            told[n] = (told[n][0], join_events(event, joiner))
            return True
    return False


def _contact(c: Candidate) -> ContactKind:
    if c.mode in {"phone", "video"}:
        return "call"
    return c.contact or "meeting"


def _event(contact: ContactKind, parties: list[Party], facts: dict, sureness: float = 1.0) -> Event:
    key = "|".join([facts["article"], contact, str(facts["trigger_start"]), *sorted(p.entity for p in parties)])
    evidence = Evidence(
        article=facts["article"],
        text=facts["evidence"],
        start=facts["evidence_start"],
        end=facts["evidence_end"],
        trigger=facts["trigger"],
        trigger_start=facts["trigger_start"],
        trigger_end=facts["trigger_end"],
    )
    # A party known only through its representative ("Iran's foreign minister") is a less sure reading.
    confidence = facts["confidence"] * sureness * (REPRESENTED if any(p.via for p in parties) else 1.0)
    return Event(
        id=f"event:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}",
        contact=contact,
        parties=tuple(parties),
        evidence=(evidence,),
        confidence=round(confidence, 2),
        **{name: facts[name] for name in _EVENT_FACTS},
    )


# The facts of a statement an event takes as they are.
_EVENT_FACTS = ("status", "date", "start", "end", "place", "place_id", "venue", "mode", "count")


def event_edges(event: Event) -> list[Interaction]:
    """A ``met`` edge for every pair of the event's parties, each carrying its
    id and facts; none for an event of more than ``MAX_PAIRED_PARTIES``."""
    if len(event.parties) > MAX_PAIRED_PARTIES:
        return []
    first = event.evidence[0]
    ids = sorted({p.entity for p in event.parties})
    edges = []
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            digest = hashlib.sha1(f"{event.id}|{a}|{b}".encode()).hexdigest()[:12]
            edges.append(
                Interaction(
                    id=f"met:{digest}",
                    kind="met",
                    source=a,
                    target=b,
                    status=event.status,
                    date=event.date,
                    start=event.start,
                    end=event.end,
                    place=event.place,
                    place_id=event.place_id,
                    mode=event.mode,
                    count=event.count,
                    trigger=first.trigger,
                    article=first.article,
                    evidence=first.text,
                    evidence_start=first.start,
                    evidence_end=first.end,
                    event=event.id,
                    contact=event.contact,
                    confidence=event.confidence,
                )
            )
    return edges


# --- visits and company ----------------------------------------------------------


def _visit(
    c: Candidate, finder: PartyFinder, facts: dict, mentions: Sequence[NameMention]
) -> tuple[list[Interaction], tuple[tuple[str, str | None], Event] | None]:
    """The ``visited`` edges of a statement of a trip (one per visitor, to the
    country), and the visit as an event of the visitor with whom it visits
    (the people or organisations named as hosts, or the country when an
    official visits it), keyed by (visitor, country)."""
    visitors = finder.parties(c.side_a, people_only=True)
    country_id, city = _visit_target(c.target, finder)
    place, place_id = (city, _place(c.target, finder)[1]) if city else (facts["place"], facts["place_id"])
    edge_facts = {**facts, "place": place, "place_id": place_id}
    edges = [_edge("visited", v.entity, country_id or "", edge_facts) for v in visitors]
    hosts = finder.parties(c.hosts)
    official = c.official or c.official is None and any(finder.titled(v.entity) for v in visitors)
    if not hosts and official and finder.is_country(country_id) and c.target is not None:
        m = mentions[c.target]
        hosts = [Party(entity=country_id, kind="place", text=m.text, start=m.start, end=m.end)]
    parties = visitors + [h for h in hosts if h.entity not in {v.entity for v in visitors}]
    if not visitors or len(parties) < 2:
        return edges, None
    sureness = INFERRED if not c.hosts and c.official is not True else 1.0  # "visited China": the country as host
    return edges, ((visitors[0].entity, country_id), _event("visit", parties, edge_facts, sureness))


def _places_from_trips(events: list[Event], visits: list[Interaction]) -> list[Event]:
    """A meeting with no place named takes the city of the one trip a party of
    it makes in the article, when its days fall within the trip ("Zhou arrived
    in Hanoi on Monday for a three-day visit ... Zhou held talks with Thanh at
    the Government Office on Monday")."""
    out = []
    for event in events:
        if event.place is not None or event.contact == "visit":
            out.append(event)
            continue
        cities = {
            (v.place, v.place_id)
            for v in visits
            for p in event.parties
            if v.source == p.entity and v.place and v.status == event.status and _within(event, v)
        }
        trips = {v.source for v in visits if v.place}
        if len(cities) == 1 and all(sum(v.source == t and v.place is not None for v in visits) == 1 for t in trips):
            place, place_id = next(iter(cities))
            event = event.model_copy(update={"place": place, "place_id": place_id})
        out.append(event)
    return out


def _within(event: Event, visit: Interaction) -> bool:
    """Whether the (dated) event's day lies in the trip's days, or the trip is undated."""
    day = event.date or event.start
    first, last = visit.start or visit.date, visit.end or visit.start or visit.date
    if day is None:
        return False  # "met Lavrov before flying to Paris": undated, the trip may come after
    if first is None:
        return True  # the article's one trip, undated
    return agrees(day, first) or (len(day) == 10 and first <= day <= (last or first))


def _trip_events(visits: list[Interaction], trips: list[tuple[tuple[str, str | None], Event]]) -> list[Event]:
    """One event per trip: the statements of a visitor's visit to one country
    joined ("left for China on Monday", "was visiting from Monday to
    Thursday"), with the trip's status, days and place as the merged
    ``visited`` edge has them."""
    out = []
    used: set[int] = set()
    for visit in visits:
        group = [n for n, (key, _) in enumerate(trips) if key == (visit.source, visit.target) and n not in used]
        if not group:
            continue
        used.update(group)
        event = trips[group[0]][1]
        for n in group[1:]:
            event = join_events(event, trips[n][1])
        out.append(
            event.model_copy(
                update={f: getattr(visit, f) for f in ("status", "date", "start", "end", "place", "place_id")}
            )
        )
    return out + [event for n, (_, event) in enumerate(trips) if n not in used]


def _visit_target(index: int | None, finder: PartyFinder) -> tuple[str | None, str | None]:
    """The country visited, and the place named when it is a city or region
    within it (``None`` when the place named is the country)."""
    label, eid = _place(index, finder)
    if label is None or eid is None:
        return None, None
    if gazetteer.country(label) is not None:
        return eid, None
    found = gazetteer.place(label)
    if found is None or found.country is None:
        return eid, None
    return finder.country_entity(gazetteer.country_by_code(found.country).name), label


# The facts a visited or accompanied edge carries (events carry venue and confidence).
_EDGE_FACTS = frozenset(Interaction.model_fields) - {"venue", "confidence", "contact", "event"}


def _edge(kind: str, source: str, target: str, facts: dict) -> Interaction:
    key = f"{facts['article']}|{kind}|{source}|{target}|{facts['trigger_start']}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    fields = {k: v for k, v in facts.items() if k in _EDGE_FACTS}
    return Interaction(id=f"{kind}:{digest}", kind=kind, source=source, target=target, **fields)
