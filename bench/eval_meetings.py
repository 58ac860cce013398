#!/usr/bin/env python3
"""Who met whom, against hand-annotated news (../shared/data/meetings_dev.jsonl).

    python bench/eval_meetings.py [GOLD] [--model NAME] [-v]

Scores contact edges as unordered pairs of parties per article, the way the
annotation counts them (its ``notes`` give the conventions):

- predicted pairs are the ends of ``met`` edges (every pair of an event's
  parties) and of ``accompanied`` edges (a companion was with the person
  accompanied: the annotation counts co-presence as meeting);
- a party is matched to a gold name when its label or an alias folds to one
  of that name's forms (people: every form the annotation lists;
  organisations and places: the name);
- people: gold pairs whose two sides are people, against predicted pairs
  of two person nodes; any parties: every gold pair against every predicted pair;
- traps: gold ``not_met`` pairs (named together, did not meet) predicted as met;
- status, date, place: on the gold pairs found, whether the occurred/not
  distinction, the date (at the gold's precision) and the place agree with
  any predicted edge of the pair.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from _common import SHARED, articles, read_jsonl

from summitgraph import gazetteer
from summitgraph.extract import extract_articles
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.resolve import fold

CONTACT_KINDS = ("met", "accompanied")


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def line(name: str, tp: int, pred: int, gold: int) -> str:
    p, r, f = prf(tp, pred, gold)
    return f"{name:28} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  (tp {tp}, pred {pred}, gold {gold})"


def gold_forms(d: dict) -> dict[str, tuple[str, set[str]]]:
    """Gold name -> (kind, folded forms). A country the annotation names by
    its people ("Palestinians") or by any of its names also matches the
    gazetteer's name for it ("Palestine")."""
    forms = {name: ("person", {fold(f) for f in [name, *alts]}) for name, alts in d["persons"].items()}
    for kind, key in (("organization", "organizations"), ("place", "places")):
        for name in d.get(key, []):
            country = gazetteer.country(name) or gazetteer.country_of_demonym(name)
            names = {fold(name)} | ({fold(country.name)} if country is not None else set())
            forms.setdefault(name, (kind, names))
    return forms


def score_article(d: dict, x, totals: dict, verbose: bool) -> None:
    forms = gold_forms(d)
    entities = {e.id: e for e in x.entities}

    def gold_name(eid: str) -> str:
        e = entities[eid]
        keys = {fold(e.label)} | {fold(a) for a in e.aliases}
        for name, (_, folded) in forms.items():
            if keys & folded:
                return name
        return f"<{e.label}>"

    gold: dict[frozenset, list[dict]] = defaultdict(list)
    for m in d["met"]:
        gold[frozenset((m["a"], m["b"]))].append(m)
    people = {p for p in gold if all(forms.get(n, ("?",))[0] == "person" for n in p)}
    not_met = {frozenset(p) for p in d["not_met"]}
    predicted: dict[frozenset, list] = defaultdict(list)
    predicted_people: set[frozenset] = set()
    for e in x.interactions:
        if e.kind not in CONTACT_KINDS:
            continue
        pair = frozenset((gold_name(e.source), gold_name(e.target)))
        if len(pair) < 2:
            continue
        predicted[pair].append(e)
        if entities[e.source].kind == "person" and entities[e.target].kind == "person":
            predicted_people.add(pair)
    totals["pred"] += len(predicted)
    totals["gold"] += len(gold)
    totals["tp"] += len(set(predicted) & set(gold))
    totals["pred_people"] += len(predicted_people)
    totals["gold_people"] += len(people)
    totals["tp_people"] += len(predicted_people & people)
    totals["traps"] += len(not_met)
    totals["traps_hit"] += len(set(predicted) & not_met)
    for pair in set(predicted) & set(gold):
        edges, entries = predicted[pair], gold[pair]
        totals["found"] += 1
        totals["status"] += bool({e.status == "occurred" for e in edges} & {bool(g["occurred"]) for g in entries})
        dated = [g["date"] for g in entries if g.get("date")]
        if dated:
            totals["dated"] += 1
            totals["date"] += any((e.date or e.start or "").startswith(g) for e in edges for g in dated)
        placed = [fold(g["place"]) for g in entries if g.get("place")]
        if placed:
            totals["placed"] += 1
            totals["place"] += any(e.place is not None and fold(e.place) in placed for e in edges)
    if verbose:
        for pair, edges in sorted(predicted.items(), key=lambda kv: sorted(kv[0])):
            mark = "OK  " if pair in gold else ("TRAP" if pair in not_met else "??  ")
            e = edges[0]
            print(f"{mark} {d['doc_id'][:28]:28} {' / '.join(sorted(pair))} [{e.status} {e.date} {e.place}]")
            print(f"       {e.evidence[:150]!r}")
        for pair, entries in gold.items():
            if pair not in predicted:
                m = entries[0]
                print(
                    f"MISS {d['doc_id'][:28]:28} {' / '.join(sorted(pair))} [{m['occurred']} {m['date']} {m['place']}]"
                )
                print(f"       {m['evidence'][:150]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=SHARED / "data" / "meetings_dev.jsonl", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every pair")
    args = parser.parse_args()

    docs = list(read_jsonl(args.gold))
    nlp = make_nlp(args.model)
    totals: dict[str, int] = defaultdict(int)
    for d, x in zip(docs, extract_articles(articles(docs), nlp=nlp)):
        score_article(d, x, totals, args.verbose)
    t = totals
    print(f"{args.gold.name}: {len(docs)} articles")
    print(line("met pairs, people", t["tp_people"], t["pred_people"], t["gold_people"]))
    print(line("met pairs, any parties", t["tp"], t["pred"], t["gold"]))
    trap_rate = 100 * t["traps_hit"] / t["traps"] if t["traps"] else 0.0
    print(f"{'traps predicted as met':28} {trap_rate:5.1f} %  ({t['traps_hit']} of {t['traps']})")
    for name, right, of in (("status", "status", "found"), ("date", "date", "dated"), ("place", "place", "placed")):
        share = 100 * t[right] / t[of] if t[of] else 0.0
        print(f"{name + ' right on found pairs':28} {share:5.1f} %  ({t[right]} of {t[of]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
