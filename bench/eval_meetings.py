#!/usr/bin/env python3
"""Who met whom, against hand-annotated news (../shared/data/meetings_dev.jsonl).

    python bench/eval_meetings.py [GOLD] [--model NAME] [-v]

Scores ``met`` edges as unordered pairs per article:
- people: gold pairs whose two sides are both people (summitgraph links only
  people), matched by any name form the annotation lists;
- all: every gold pair, countries and organisations included (what a later
  version that lets a country stand for its unnamed envoy would reach);
- +status: a pair counts only when occurred/not-occurred agrees too;
- not_met: predicted pairs the annotation says did not meet;
- date and place agreement on the matched pairs.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from _common import SHARED, articles, read_jsonl

from summitgraph.extract import extract_articles
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.resolve import fold


def prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  (tp {tp}, pred {pred}, gold {gold})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=SHARED / "data" / "meetings_dev.jsonl", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every pair")
    args = parser.parse_args()

    docs = list(read_jsonl(args.gold))
    nlp = make_nlp(args.model)
    totals = defaultdict(int)
    dates = places = matched_with_date = matched_with_place = 0
    for d, x in zip(docs, extract_articles(articles(docs), nlp=nlp)):
        forms = {name: {fold(f) for f in [name, *alts]} for name, alts in d["persons"].items()}
        names = {e.id: e for e in x.entities}

        def gold_name(eid: str, names=names, forms=forms) -> str | None:
            e = names[eid]
            keys = {fold(e.label)} | {fold(a) for a in e.aliases}
            for name, folded in forms.items():
                if keys & folded:
                    return name
            return None

        gold_pairs = {}
        for m in d["met"]:
            pair = frozenset((m["a"], m["b"]))
            gold_pairs.setdefault(pair, m)
        people_pairs = {p: m for p, m in gold_pairs.items() if all(n in forms for n in p)}
        not_met = {frozenset(p) for p in d["not_met"]}
        predicted = {}
        for e in x.interactions:
            if e.kind != "met":
                continue
            a, b = gold_name(e.source), gold_name(e.target)
            pair = frozenset((a or names[e.source].label, b or names[e.target].label))
            predicted.setdefault(pair, e)
        totals["pred"] += len(predicted)
        totals["gold_people"] += len(people_pairs)
        totals["gold_all"] += len(gold_pairs)
        for pair, e in predicted.items():
            gold = people_pairs.get(pair) or gold_pairs.get(pair)
            if pair in people_pairs:
                totals["tp_people"] += 1
            if pair in gold_pairs:
                totals["tp_all"] += 1
                if (e.status == "occurred") == bool(gold["occurred"]):
                    totals["tp_status"] += 1
                if gold.get("date"):
                    matched_with_date += 1
                    dates += (
                        e.date is not None
                        and str(e.date).startswith(gold["date"][:7])
                        and (e.date or "")[: len(gold["date"])] == gold["date"]
                    )
                if gold.get("place"):
                    matched_with_place += 1
                    places += e.place is not None and fold(e.place) == fold(gold["place"])
            if pair in not_met:
                totals["not_met"] += 1
            if args.verbose:
                mark = "OK " if pair in gold_pairs else ("NOT" if pair in not_met else "?? ")
                print(
                    f"{mark} {d['doc_id'][:40]:40} {' / '.join(sorted(pair))} "
                    f"[{e.status} {e.date} {e.place}] {e.evidence[:80]!r}"
                )
        if args.verbose:
            for pair, m in gold_pairs.items():
                if pair not in predicted:
                    print(
                        f"MISS {d['doc_id'][:40]:40} {' / '.join(sorted(pair))} "
                        f"[{m['occurred']} {m['date']} {m['place']}] {m['evidence'][:80]!r}"
                    )
    print(f"met pairs, people:   {prf(totals['tp_people'], totals['pred'], totals['gold_people'])}")
    print(f"met pairs, all:      {prf(totals['tp_all'], totals['pred'], totals['gold_all'])}")
    print(f"met pairs, +status:  {prf(totals['tp_status'], totals['pred'], totals['gold_all'])}")
    print(f"predicted pairs annotated as not met: {totals['not_met']}")
    print(
        f"date agrees on {dates}/{matched_with_date} matched pairs with a gold date; "
        f"place on {places}/{matched_with_place} with a gold place"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
