"""Candidates + resolution -> interactions: the edges one article states.

A candidate names its participants by mention; here they become entities,
only people take part in ``met`` and ``accompanied`` edges, a visit goes to
the country of the place visited (the place itself is kept as ``place``), and
the statements of one article about the same meeting or visit become one edge:

- ``met``: same pair and status, dates that agree ("2018" and "2018-06"),
  places that agree. "Kim held summits with Trump last year" and "their June
  summit in Singapore" are one edge, dated 2018-06, in Singapore;
- ``visited``: same person and country, whatever the tense of each sentence
  ("left for China on Monday", "was visiting from Monday to Thursday"): one
  edge from the first day to the last, with the surest status. A visit that
  names no place joins the person's only visit, if there is one;
- ``accompanied``: one edge per companion and person accompanied.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from summitgraph import gazetteer
from summitgraph.models import Candidate, EdgeStatus, Entity, Interaction, Mention, NameMention
from summitgraph.resolve import Resolution, entity_id

STATUS_RANK: dict[EdgeStatus, int] = {"occurred": 2, "planned": 1, "possible": 0}


def interactions(
    text: str,
    article_id: str,
    mentions: Sequence[NameMention],
    dates: Sequence[Mention],
    candidates: Sequence[Candidate],
    resolution: Resolution,
) -> tuple[list[Interaction], list[Entity]]:
    """The interactions of one article, and the entities they add (the
    country of a city visited, when the article does not name it)."""
    entities = {e.id: e for e in resolution.entities}
    added: dict[str, Entity] = {}
    edges: list[Interaction] = []
    for c in candidates:
        people_a = _people(c.side_a, resolution, entities)
        people_b = _people(c.side_b, resolution, entities)
        place_label, place_id = _place(c.place, resolution, entities)
        date, start, end = _dates(c, dates)
        evidence, ev_start, ev_end = _evidence(text, c)
        common = dict(
            status=c.status,
            date=date,
            start=start,
            end=end,
            mode=c.mode,
            count=c.count,
            trigger=c.trigger,
            article=article_id,
            evidence=evidence,
            evidence_start=ev_start,
            evidence_end=ev_end,
        )
        if c.kind == "met":
            pairs = (
                [(a, b) for a in people_a for b in people_b]
                if c.side_b
                else [(a, b) for n, a in enumerate(people_a) for b in people_a[n + 1 :]]
            )
            for a, b in dict.fromkeys(tuple(sorted(p)) for p in pairs if p[0] != p[1]):
                edges.append(_edge("met", a, b, c, place=place_label, place_id=place_id, **common))
        elif c.kind == "visited":
            target_id, target_place = _visit_target(c.target, resolution, entities, added, article_id)
            visit_place = target_place or place_label
            visit_place_id = place_id if target_place is None else _place(c.target, resolution, entities)[1]
            for person in people_a:
                edges.append(
                    _edge("visited", person, target_id or "", c, place=visit_place, place_id=visit_place_id, **common)
                )
        else:  # accompanied
            for a in people_a:
                for b in people_b:
                    if a != b:
                        edges.append(_edge("accompanied", a, b, c, place=place_label, place_id=place_id, **common))
    merged = _merge_met([e for e in edges if e.kind == "met"])
    merged += _merge_visits([e for e in edges if e.kind == "visited"])
    merged += _merge_simple([e for e in edges if e.kind == "accompanied"])
    merged.sort(key=lambda e: (e.evidence_start, e.kind, e.source, e.target))
    return merged, sorted(added.values(), key=lambda e: e.id)


def _people(sides: Sequence[int], resolution: Resolution, entities: dict[str, Entity]) -> list[str]:
    found = []
    for index in sides:
        eid = resolution.entity_of[index]
        if eid is not None and entities[eid].kind == "person" and eid not in found:
            found.append(eid)
    return found


def _place(index: int | None, resolution: Resolution, entities: dict[str, Entity]) -> tuple[str | None, str | None]:
    if index is None:
        return None, None
    eid = resolution.entity_of[index]
    if eid is None or entities[eid].kind != "place":
        return None, None
    return entities[eid].label, eid


def _visit_target(
    index: int | None,
    resolution: Resolution,
    entities: dict[str, Entity],
    added: dict[str, Entity],
    article_id: str,
) -> tuple[str | None, str | None]:
    """The country visited, and the place named when it is a city or region
    within it (``None`` when the place named is the country)."""
    label, eid = _place(index, resolution, entities)
    if label is None or eid is None:
        return None, None
    if gazetteer.country(label) is not None:
        return eid, None
    found = gazetteer.place(label)
    if found is None or found.country is None:
        return eid, None
    country = gazetteer.country_by_code(found.country)
    country_id = entity_id("place", country.name)
    if country_id not in entities and country_id not in added:
        # Named by no mention, but the article puts the visit in it.
        added[country_id] = Entity(id=country_id, label=country.name, kind="place", articles=(article_id,))
    return country_id, label


def _dates(c: Candidate, dates: Sequence[Mention]) -> tuple[str | None, str | None, str | None]:
    """``date``, ``start``, ``end`` of an edge, as TIMEX3 values (days, not times)."""
    if c.date is None:
        return None, None, None
    first = _day(dates[c.date].value)
    if c.date_end is None:
        return first, None, None
    return first, first, _day(dates[c.date_end].value)


def _day(value: str | None) -> str | None:
    return value.split("T", 1)[0] if value else None


def _evidence(text: str, c: Candidate) -> tuple[str, int, int]:
    start, end = c.sentence_start, c.sentence_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[start:end], start, end


def _edge(kind: str, source: str, target: str, c: Candidate, **fields) -> Interaction:
    key = f"{fields['article']}|{kind}|{source}|{target}|{c.trigger_start}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return Interaction(id=f"{kind}:{digest}", kind=kind, source=source, target=target, **fields)


# --- one edge per meeting or visit -------------------------------------------


def _agrees(a: str | None, b: str | None) -> bool:
    """Two TIMEX3 values (or places) that can name the same thing: one
    unknown, or one a prefix of the other ("2018" and "2018-06")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _richer(a: Interaction, b: Interaction) -> Interaction:
    """Of two statements of one interaction, the one that says more."""

    def score(e: Interaction) -> tuple[int, int, int]:
        return (len(e.date or ""), e.place is not None, -e.evidence_start)

    return a if score(a) >= score(b) else b


def _merge_met(edges: list[Interaction]) -> list[Interaction]:
    out: list[Interaction] = []
    for edge in edges:
        for n, kept in enumerate(out):
            if (
                (kept.source, kept.target, kept.status) == (edge.source, edge.target, edge.status)
                and _agrees(kept.date, edge.date)
                and (kept.place is None or edge.place is None or kept.place == edge.place)
                and (kept.mode is None or edge.mode is None or kept.mode == edge.mode)
                and (kept.count or 1) == 1
                and (edge.count or 1) == 1
            ):
                best = _richer(kept, edge)
                other = edge if best is kept else kept
                out[n] = best.model_copy(
                    update={
                        "date": best.date or other.date,
                        "place": best.place or other.place,
                        "place_id": best.place_id or other.place_id,
                        "mode": best.mode or other.mode,
                    }
                )
                break
        else:
            out.append(edge)
    return out


def _merge_visits(edges: list[Interaction]) -> list[Interaction]:
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
    if any(_agrees(x, y) for x in days_a for y in days_b):
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


def _merge_simple(edges: list[Interaction]) -> list[Interaction]:
    out: dict[tuple[str, str], Interaction] = {}
    for edge in edges:
        key = (edge.source, edge.target)
        out[key] = _richer(out[key], edge) if key in out else edge
    return list(out.values())
