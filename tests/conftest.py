"""Fixtures shared by every test module (one global conftest, as in spaCy)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "data" / "fixtures"
SEED_ARTICLE = SEEDS / "000_ba00b74005e757b1.txt"
SEED_PUBLISHED = dt.date(2019, 1, 8)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with summitgraph's components, loaded once."""
    from summitgraph.pipeline import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def seed_extraction(nlp):
    """The seed article as ``summitgraph ingest seeds/`` reads it."""
    from summitgraph.articles import iter_articles
    from summitgraph.extract import extract_doc

    (article,) = list(iter_articles([SEED_ARTICLE]))
    return extract_doc(nlp(article.text), article)


@pytest.fixture(scope="session")
def seed_text():
    return SEED_ARTICLE.read_text(encoding="utf-8")
