"""Shared by the bench scripts: reading the annotated corpora in ../shared/data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from summitgraph.models import Article

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KIND_TO_TYPE = {"person": "PERSON", "organization": "ORG", "place": "LOCATION"}


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def articles(docs: list[dict]) -> Iterator[Article]:
    for d in docs:
        yield Article(id=d["doc_id"], text=d["text"], published=d.get("dct") or None)
