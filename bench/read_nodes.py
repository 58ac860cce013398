#!/usr/bin/env python3
"""Print a corpus graph's person nodes for reading by hand (the protocol of
the README's hand-read figures).

    python read_nodes.py OUT CORPUS.jsonl [--every 4] [--kind person] > nodes.txt

OUT is a folder ``summitgraph ingest`` wrote; CORPUS the JSONL it read
(``{"id", "text", "published"}`` a line). The sample is every node of the kind
named in at least one sampled article: every ``--every``-th article of the
corpus in id order, plus every article whose id starts with ``--always``
(default ``VOA_``, the Voice of America articles of meetings_dev). For each
node: id, label, aliases, roles, articles and mentions, the other nodes of the
kind that share a word of its label (to see splits), and the sentence of its
first mention in up to two articles (to see what it is, and merges).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from summitgraph.export import read_extractions
from summitgraph.graph import merge_entities
from summitgraph.names import fold


def sentence_at(text: str, start: int, end: int) -> str:
    """The line (or the sentence within a long line) around [start, end)."""
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return " ".join(text[left:right].split())[:300]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--always", default="VOA_")
    parser.add_argument("--kind", default="person")
    args = parser.parse_args()

    texts = {}
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    ids = sorted(texts)
    sample = {a for n, a in enumerate(ids) if n % args.every == 0 or a.startswith(args.always)}
    extractions = list(read_extractions(args.out / "extractions.jsonl"))
    nodes = [n for n in merge_entities(e for x in extractions for e in x.entities) if n.kind == args.kind]
    first_mention: dict[tuple[str, str], tuple[int, int]] = {}
    for x in extractions:
        for m in x.mentions:
            if m.entity and (x.article, m.entity) not in first_mention:
                first_mention[(x.article, m.entity)] = (m.start, m.end)
    by_word: dict[str, set[str]] = defaultdict(set)
    for n in nodes:
        for w in fold(n.label).split():
            if len(w) > 2:
                by_word[w].add(n.id)
    chosen = [n for n in nodes if sample & set(n.articles)]
    print(f"# {len(chosen)} {args.kind} nodes named in {len(sample)} sampled articles of {len(ids)}")
    for number, n in enumerate(chosen, 1):
        roles = getattr(n, "roles", ())
        print(f"[{number}] {n.id} | {n.label!r} | aliases {list(n.aliases)[:6]} | roles {list(roles)[:4]}")
        print(f"    {len(n.articles)} articles, {n.mentions} mentions")
        twins = sorted({t for w in fold(n.label).split() if len(w) > 2 for t in by_word[w]} - {n.id})
        if twins:
            print(f"    same word: {twins[:8]}")
        for article in sorted(n.articles, key=lambda a: (a not in sample, a))[:2]:
            span = first_mention.get((article, n.id))
            if span and article in texts:
                print(f"    <{article[:40]}> {sentence_at(texts[article], *span)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
