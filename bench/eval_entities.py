#!/usr/bin/env python3
"""Entity mentions and coreference of summitgraph against annotated news.

    python eval_entities.py                       # MEANTIME, names of people, orgs, places
    python eval_entities.py ../../shared/data/ecbplus_dev.jsonl --gold-capitalized

Extracts every article, links entities across the articles as ``summitgraph
ingest`` does (``resolve.link_articles``; ``--no-link`` to skip), writes the
predictions in the scorer's shape and runs ``../shared/eval/score_entities.py``
on them: mention F1 (exact span and type, and overlapping spans of the same
type), and coreference within documents and across the corpus, scored on the
exact spans and after aligning each predicted mention to the gold mention of
the same type it overlaps most (``--align overlap``, the measure the entity
targets use). ``--scope doc`` or ``--scope corpus`` prints one scope only;
``--full`` also prints the scorer's own report.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import KIND_TO_TYPE, SHARED, articles, read_jsonl

from summitgraph.extract import extract_articles
from summitgraph.pipeline import DEFAULT_MODEL, make_nlp
from summitgraph.resolve import link_articles


def predict(gold_path: Path, model: str, link: bool = True) -> list[dict]:
    docs = list(read_jsonl(gold_path))
    nlp = make_nlp(model)
    extractions = list(extract_articles(articles(docs), nlp=nlp))
    if link:
        extractions = link_articles(extractions)
    out = []
    for x in extractions:
        mentions = [
            {"start": m.start, "end": m.end, "text": m.text, "type": KIND_TO_TYPE[m.kind], "entity": m.entity}
            for m in x.mentions
            if m.kind in KIND_TO_TYPE and m.entity
        ]
        out.append({"doc_id": x.article, "mentions": mentions})
    return out


def score(args: argparse.Namespace, pred_path: Path, align: str, extra: list[str]) -> dict:
    filters = ["--gold-capitalized"] if args.gold_capitalized else ["--gold-syntactic", "NAM,PRE.NAM"]
    cmd = [
        sys.executable,
        str(args.scorer),
        str(args.gold),
        str(pred_path),
        "--types",
        "PERSON,ORG,LOCATION",
        *filters,
        "--align",
        align,
        *extra,
    ]
    result = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=SHARED / "data" / "meantime_dev.jsonl", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--pred", type=Path, help="where to write predictions (default: a temporary file)")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_entities.py")
    parser.add_argument("--gold-capitalized", action="store_true", help="for ECB+, which has no name/nominal types")
    parser.add_argument("--scope", choices=["doc", "corpus", "both"], default="both")
    parser.add_argument("--no-link", action="store_true", help="do not link entities across articles")
    parser.add_argument("--full", action="store_true", help="also print the scorer's full report")
    args = parser.parse_args()

    pred = predict(args.gold, args.model, link=not args.no_link)
    pred_path = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with open(pred_path, "w", encoding="utf-8") as f:
        for d in pred:
            f.write(json.dumps(d) + "\n")
    scopes = ["doc", "corpus"] if args.scope == "both" else [args.scope]
    exact = score(args, pred_path, "exact", ["--json"])
    overlap = score(args, pred_path, "overlap", ["--json"])
    m = exact["mentions"]
    print(
        f"== {args.gold.name}: {exact['docs']} docs, {m['span']['gold']} gold mentions, {m['span']['pred']} predicted"
    )
    for key, name in (("span+type", "exact span and type"), ("overlap+type", "overlapping span, same type")):
        x = m[key]
        print(f"  mentions, {name:28} P {x['p']:6.2f}  R {x['r']:6.2f}  F1 {x['f1']:6.2f}")
    for t, x in m["by_type"].items():
        print(
            f"    {t:10} exact  P {x['p']:6.2f}  R {x['r']:6.2f}  F1 {x['f1']:6.2f}",
            f"(gold {x['gold']}, pred {x['pred']})",
        )
    for scope in scopes:
        for name, res in (("exact", exact), ("overlap", overlap)):
            c = res["coref_" + scope]
            print(
                f"  coref {scope:6} align {name:7} MUC {c['muc']['f1']:6.2f}  B3 {c['b3']['f1']:6.2f}  "
                f"CEAFe {c['ceafe']['f1']:6.2f}  CoNLL {c['conll_f1']:6.2f}  "
                f"(key {c['key_clusters']} clusters, resp {c['resp_clusters']})"
            )
    if args.full:
        for scope in scopes:
            print(f"== scorer's report, scope {scope}", flush=True)
            filters = ["--gold-capitalized"] if args.gold_capitalized else ["--gold-syntactic", "NAM,PRE.NAM"]
            cmd = [sys.executable, str(args.scorer), str(args.gold), str(pred_path), "--types", "PERSON,ORG,LOCATION"]
            subprocess.run([*cmd, *filters, "--scope", scope, "--align", "overlap"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
