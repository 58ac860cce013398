"""Tests of summitgraph.pipeline: the factories it registers, and the
components make_nlp adds to the installed model and where."""

from __future__ import annotations

import pytest
from spacy.language import Language

from summitgraph.errors import ModelNotFound
from summitgraph.pipeline import make_nlp


@pytest.mark.parametrize(
    "factory,requires,assigns",
    [
        ("summitgraph_line_sentences", [], ["token.is_sent_start", "doc.spans"]),
        ("summitgraph_entities", ["doc.ents", "token.tag"], ["doc.ents"]),
        ("summitgraph_roles", ["doc.ents"], ["doc.spans"]),
    ],
)
def test_pipeline_factories_registered(factory, requires, assigns):
    meta = Language.get_factory_meta(factory)
    assert (meta.requires, meta.assigns) == (requires, assigns)


@pytest.mark.model
@pytest.mark.parametrize("model,expected", [("en_core_web_nonexistent_xx", ModelNotFound)])
def test_pipeline_make_nlp_unknown_model_raises(model, expected):
    with pytest.raises(expected) as info:
        make_nlp(model)
    assert model in str(info.value)


@pytest.mark.model
@pytest.mark.parametrize(
    "component,after",
    [
        ("summitgraph_line_sentences", None),
        ("summitgraph_entities", "ner"),
        ("summitgraph_roles", "summitgraph_entities"),
    ],
)
def test_pipeline_make_nlp_adds_components_in_order(nlp, component, after):
    order = nlp.pipe_names
    assert component in order
    if after is not None:
        assert order.index(component) > order.index(after)
    assert order.index("summitgraph_line_sentences") < order.index("parser")
    assert "lemmatizer" not in order


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Moon Jae-in flies to Pyongyang\nSouth Korean President Moon Jae-in left Seoul.",
        "The Russian Defence Ministry said the drills ended.",
        "Kim Jong-un's sister travelled with him.",
    ],
)
def test_pipeline_components_keep_the_text(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
