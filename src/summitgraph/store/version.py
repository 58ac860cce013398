"""The extractor's version: what a stored extraction is keyed by.

An extraction depends on the article (its content hash says which) and on the
extractor: summitgraph's code and data, and the spaCy pipeline. ``extractor_version``
names both, e.g. ``summitgraph 0.1.0+3f2a9c1e0b7d; en_core_web_sm-3.8.0``:

- the package version and a hash of every source and data file the per-article
  extraction runs (everything but the corpus layers above it: ``graph``,
  ``export``, ``store``, ``ingest``, ``cli``), so a changed rule or lexicon row
  re-extracts even before a release bumps the version;
- the pipeline's language, name and version from its ``meta.json``, read without
  loading the pipeline. A retrained pipeline saved under the same name and
  version counts as the same: give it a new version.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from spacy.language import Language

import summitgraph

__all__ = ["code_fingerprint", "extractor_version", "model_fingerprint"]

#: Top-level units of the package that run after the per-article extraction.
CORPUS_UNITS = frozenset({"graph", "export", "store", "ingest", "cli", "__main__"})


@functools.cache
def code_fingerprint() -> str:
    """12 hex digits of a hash over the extraction's source and data files."""
    root = Path(summitgraph.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
            continue
        if rel.parts[0].removesuffix(".py") in CORPUS_UNITS:
            continue
        digest.update(rel.as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def model_fingerprint(model: str | os.PathLike, nlp: Language | None = None) -> str:
    """``en_core_web_sm-3.8.0`` for a pipeline given by name or path (or
    loaded, as ``nlp``); the name as given when its meta cannot be read."""
    meta = nlp.meta if nlp is not None else _meta(model)
    if not meta or not meta.get("name"):
        return str(model)
    return f"{meta.get('lang', 'xx')}_{meta['name']}-{meta.get('version', '0')}"


def _meta(model: str | os.PathLike) -> dict[str, Any] | None:
    import spacy.util

    path = Path(model)
    try:
        if isinstance(model, str) and spacy.util.is_package(model):
            path = spacy.util.get_package_path(model)
        meta = path / "meta.json"
        if meta.is_file():
            with open(meta, encoding="utf-8") as f:
                return json.load(f)
    except (OSError, ValueError):
        return None
    return None


def extractor_version(model: str | os.PathLike, nlp: Language | None = None) -> str:
    """``summitgraph 0.1.0+3f2a9c1e0b7d; en_core_web_sm-3.8.0``: see the module docstring."""
    return f"summitgraph {summitgraph.__version__}+{code_fingerprint()}; {model_fingerprint(model, nlp)}"
