#!/usr/bin/env python3
"""Entity mentions and coreference of summitgraph against annotated news.

    python bench/eval_entities.py                       # MEANTIME, names of people, orgs, places
    python bench/eval_entities.py ../shared/data/ecbplus_dev.jsonl --gold-capitalized

Writes the predictions (the scorer's shape) and runs ../shared/eval/score_entities.py
on them, within documents and across the corpus.
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


def predict(gold_path: Path, model: str) -> list[dict]:
    docs = list(read_jsonl(gold_path))
    nlp = make_nlp(model)
    out = []
    for x in extract_articles(articles(docs), nlp=nlp):
        mentions = [
            {"start": m.start, "end": m.end, "text": m.text, "type": KIND_TO_TYPE[m.kind], "entity": m.entity}
            for m in x.mentions
            if m.kind in KIND_TO_TYPE and m.entity
        ]
        out.append({"doc_id": x.article, "mentions": mentions})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=SHARED / "data" / "meantime_dev.jsonl", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--pred", type=Path, help="where to write predictions (default: a temporary file)")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_entities.py")
    parser.add_argument("--gold-capitalized", action="store_true", help="for ECB+, which has no name/nominal types")
    args = parser.parse_args()

    pred = predict(args.gold, args.model)
    pred_path = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with open(pred_path, "w", encoding="utf-8") as f:
        for d in pred:
            f.write(json.dumps(d) + "\n")
    filters = ["--gold-capitalized"] if args.gold_capitalized else ["--gold-syntactic", "NAM,PRE.NAM"]
    for scope in ("doc", "corpus"):
        print(f"== {args.gold.name}, scope {scope}", flush=True)
        cmd = [
            sys.executable,
            str(args.scorer),
            str(args.gold),
            str(pred_path),
            "--types",
            "PERSON,ORG,LOCATION",
            *filters,
            "--scope",
            scope,
        ]
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
