"""Statements of one event, joined: within an article (one meeting told
twice, one trip told in several sentences) and across a corpus (the same
meeting reported by several articles).

Two statements are of one event when nothing tells them apart: the same
parties (or the parties of one among those of the other), the same status,
dates that agree ("2018" and "2018-06"), places and modes that agree, and
neither counting several meetings ("three summits").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from summitgraph.models import ContactKind, EdgeStatus, Event, Interaction

__all__ = ["STATUS_RANK", "agrees", "corpus_events", "merge_events", "merge_simple", "merge_visits", "same_event"]

#: Which status a trip told in several statements takes: what happened, else
#: what was called off, else what was planned, else what was possible.
STATUS_RANK: dict[EdgeStatus, int] = {"occurred": 3, "cancelled": 2, "planned": 1, "possible": 0}


def agrees(a: str | None, b: str | None) -> bool:
    """Two TIMEX3 values (or places) that can name the same thing: one
    unknown, or one a prefix of the other ("2018" and "2018-06")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _richer(a: Interaction, b: Interaction) -> Interaction:
    """Of two statements of one interaction, the one that says more."""

    def score(e: Interaction) -> tuple[int, int, int]:
        return (len(e.date or ""), e.place is not None, -e.evidence_start)

    return a if score(a) >= score(b) else b


def merge_visits(edges: list[Interaction]) -> list[Interaction]:
    placed = [e for e in edges if e.target]
    unplaced = [e for e in edges if not e.target]
    out: list[Interaction] = []
    for edge in placed:
        for n, kept in enumerate(out):
            if (kept.source, kept.target) == (edge.source, edge.target) and _same_trip(kept, edge):
                out[n] = _join_visits(kept, edge)
                break
        else:
            out.append(edge)
    for edge in unplaced:
        theirs = [n for n, kept in enumerate(out) if kept.source == edge.source and _same_trip(kept, edge)]
        if len(theirs) == 1:
            out[theirs[0]] = _join_visits(out[theirs[0]], edge)
    return out


# Days between two dated statements of one trip, at most: "left on Monday",
# "was visiting from Monday to Thursday" are one visit; visits months apart are two.
TRIP_GAP_DAYS = 7


def _same_trip(a: Interaction, b: Interaction) -> bool:
    """Whether two visits of one person to one country can be the same trip:
    one is undated, or their dates agree ("2019-01" and "2019-01-08"), or
    their days lie within a week of each other."""
    days_a = [d for d in (a.date, a.start, a.end) if d]
    days_b = [d for d in (b.date, b.start, b.end) if d]
    if not days_a or not days_b:
        return True
    if any(agrees(x, y) for x in days_a for y in days_b):
        return True
    full_a = [dt.date.fromisoformat(d) for d in days_a if len(d) == 10 and d[:4].isdigit()]
    full_b = [dt.date.fromisoformat(d) for d in days_b if len(d) == 10 and d[:4].isdigit()]
    if not full_a or not full_b:
        return False
    gap = max(min(full_b) - max(full_a), min(full_a) - max(full_b)).days
    return gap <= TRIP_GAP_DAYS


def _join_visits(a: Interaction, b: Interaction) -> Interaction:
    days = [d for e in (a, b) for d in (e.start, e.end, e.date) if d]
    # Compare like with like: days with days, when there are any.
    days = [d for d in days if len(d) == 10] or days
    start = min(days) if days else None
    end = max(days) if days else None
    if start == end:
        end = None
    spans = start is not None and end is not None
    best = _richer(a, b) if (a.start is None) == (b.start is None) else (a if a.start else b)
    return best.model_copy(
        update={
            "target": a.target or b.target,
            "status": max(a.status, b.status, key=lambda s: STATUS_RANK[s]),
            "date": start,
            "start": start if spans else None,
            "end": end if spans else None,
            "place": a.place or b.place,
            "place_id": a.place_id or b.place_id,
        }
    )


def merge_simple(edges: list[Interaction]) -> list[Interaction]:
    out: dict[tuple[str, str], Interaction] = {}
    for edge in edges:
        key = (edge.source, edge.target)
        out[key] = _richer(out[key], edge) if key in out else edge
    return list(out.values())


# --- events ------------------------------------------------------------------------


#: Of two kinds of contact told of one event, the later here is the more telling.
CONTACT_ORDER: tuple[ContactKind, ...] = ("call", "meeting", "visit", "talks", "summit")


def same_event(a: Event, b: Event, *, subset: bool = True) -> bool:
    """Whether two statements can tell of one event (see the module docstring);
    with ``subset`` the parties of one may be among the other's ("Obama hosted
    Lynch, Edwards and Garcetti" and "Obama met Garcetti")."""
    pa, pb = {p.entity for p in a.parties}, {p.entity for p in b.parties}
    same_parties = pa == pb or subset and min(len(pa), len(pb)) >= 2 and (pa <= pb or pb <= pa)
    return (
        same_parties
        and a.status == b.status
        and agrees(a.date or a.start, b.date or b.start)
        and (a.place_id is None or b.place_id is None or a.place_id == b.place_id)
        and (a.mode is None or b.mode is None or a.mode == b.mode)
        and (a.count or 1) == 1
        and (b.count or 1) == 1
    )


def join_events(a: Event, b: Event) -> Event:
    """One event from two statements: all parties and evidence, the fuller
    date, place and venue, the earlier statement's id."""
    first, other = (
        (a, b)
        if (a.evidence[0].article, a.evidence[0].start, a.id)
        <= (
            b.evidence[0].article,
            b.evidence[0].start,
            b.id,
        )
        else (b, a)
    )
    richer = max((first, other), key=lambda e: (len(e.date or ""), e.place is not None, e is first))
    parties = {p.entity: p for p in (*first.parties, *other.parties)}
    evidence = tuple(sorted({*first.evidence, *other.evidence}, key=lambda e: (e.article, e.start, e.trigger_start)))
    return first.model_copy(
        update={
            "parties": tuple(parties.values()),
            "date": richer.date or first.date or other.date,
            "start": richer.start or first.start or other.start,
            "end": richer.end or first.end or other.end,
            "place": richer.place or first.place or other.place,
            "place_id": richer.place_id or first.place_id or other.place_id,
            "venue": first.venue or other.venue,
            "mode": first.mode or other.mode,
            "contact": _contact(first, other),
            "evidence": evidence,
            "mentions": len(evidence),
            "confidence": max(first.confidence, other.confidence),
        }
    )


def _contact(a: Event, b: Event) -> ContactKind:
    """The more telling kind of contact: a summit over talks over a meeting."""
    if "call" in {a.contact, b.contact}:
        return "call"
    return max(a.contact, b.contact, key=CONTACT_ORDER.index)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Each event once, its statements joined."""
    out: list[Event] = []
    for event in events:
        for n, kept in enumerate(out):
            if same_event(kept, event):
                out[n] = join_events(kept, event)
                break
        else:
            out.append(event)
    return out


# --- across a corpus ---------------------------------------------------------------


def corpus_events(events: Iterable[Event]) -> list[Event]:
    """The events of a corpus, the statements of one meeting in several
    articles joined: the same parties, the same status, and a date or place
    both give that agree (two undated, unplaced "Kim and Trump met" may be
    two meetings). Linear in the number of events: only events with the same
    parties are compared."""
    by_parties: dict[frozenset[str], list[Event]] = {}
    for event in sorted(events, key=lambda e: (e.evidence[0].article, e.evidence[0].start, e.id)):
        group = by_parties.setdefault(frozenset(p.entity for p in event.parties), [])
        for n, kept in enumerate(group):
            if same_event(kept, event, subset=False) and _anchored(kept, event):
                group[n] = join_events(kept, event)
                break
        else:
            group.append(event)
    return sorted((e for group in by_parties.values() for e in group), key=lambda e: e.id)


def _anchored(a: Event, b: Event) -> bool:
    """Two statements pinned to the same meeting by a date or a place both give."""
    dated = (a.date or a.start) is not None and (b.date or b.start) is not None
    placed = a.place_id is not None and b.place_id is not None
    return dated or placed
