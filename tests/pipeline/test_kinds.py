"""Tests of summitgraph.pipeline.kinds and .products: what a name's own words
say it is. Hand-built Docs (tags and NER's entities written out, no model)
run through ``fix_entities``."""

from __future__ import annotations

import pytest
import spacy

from summitgraph.pipeline.entities import fix_entities
from summitgraph.pipeline.products import is_model_number


@pytest.fixture(scope="module")
def make_doc(doc_from_parse):
    vocab = spacy.blank("en").vocab
    return lambda parse, ents=(): doc_from_parse(parse, ents=ents, vocab=vocab)


def fixed(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in fix_entities(doc).ents]


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # An occupation inside a "name" is cut off, one at its end makes no person.
        (
            "Colts/NNPS/compound/3 QB/NNP/compound/3 Andrew/NNP/compound/3 Luck/NNP/nsubj/4 threw/VBD/ROOT/4",
            ((0, 4, "PERSON"),),
            [("Andrew Luck", "PERSON")],
        ),
        (
            "Brooklyn/NNP/compound/3 Councilman/NNP/compound/3 Jumaane/NNP/compound/3 Williams/NNP/nsubj/4 "
            "spoke/VBD/ROOT/4",
            ((0, 4, "PERSON"),),
            [("Jumaane Williams", "PERSON")],
        ),
        ("Genesee/NNP/compound/2 County/NNP/compound/2 Sheriff/NNP/nsubj/3 said/VBD/ROOT/3", ((0, 3, "PERSON"),), []),
        # ... but a name that starts with a given name keeps its words.
        (
            "Martin/NNP/compound/2 Luther/NNP/compound/2 King/NNP/nsubj/3 spoke/VBD/ROOT/3",
            ((0, 3, "PERSON"),),
            [("Martin Luther King", "PERSON")],
        ),
        ("Amy/NNP/compound/1 Bishop/NNP/nsubj/2 was/VBD/ROOT/2", ((0, 2, "PERSON"),), [("Amy Bishop", "PERSON")]),
        # A preposition opens no name, and one of place makes the word a place.
        ("Across/IN/prep/2 Athens/NNP/pobj/0 riots/NNS/ROOT/2", ((0, 2, "PERSON"),), [("Athens", "GPE")]),
        ("died/VBD/ROOT/0 in/IN/prep/0 Biloxi/NNP/pobj/1", ((2, 3, "PERSON"),), [("Biloxi", "GPE")]),
        (
            "the/DT/det/1 town/NN/nsubj/4 of/IN/prep/1 Akobo/NNP/pobj/2 fell/VBD/ROOT/4",
            ((3, 4, "PERSON"),),
            [("Akobo", "GPE")],
        ),
        (
            "Leer/NNP/conj/2 and/CC/cc/0 Koch/NNP/compound/3 counties/NNS/ROOT/3",
            ((0, 1, "PERSON"), (2, 3, "PERSON")),
            [("Leer", "GPE"), ("Koch", "GPE")],
        ),
        # ... but a person after "in" stays one when a possessive follows.
        ("in/IN/ROOT/0 Obama/NNP/poss/3 's/POS/case/1 speech/NN/pobj/0", ((1, 2, "PERSON"),), [("Obama", "PERSON")]),
        # The noun after a name, or "a" before it, make it an organisation's.
        ("the/DT/det/2 Haqqani/NNP/compound/2 network/NN/ROOT/2", ((1, 2, "PERSON"),), [("Haqqani", "ORG")]),
        (
            "outside/IN/ROOT/0 a/DT/det/4 local/JJ/amod/4 Rite/NNP/compound/4 Aid/NNP/pobj/0",
            ((3, 5, "PERSON"),),
            [("Rite Aid", "ORG")],
        ),
        ("Wayne/NNP/compound/1 State/NNP/ROOT/1", ((0, 2, "PERSON"),), [("Wayne State", "ORG")]),
        # A dash after a space, a party marker, a title alone.
        ("Putin/NNP/nsubj/2 -~/HYPH/punct/2 Talk/NN/ROOT/2", ((0, 3, "PERSON"),), [("Putin", "PERSON")]),
        (
            "Leo/NNP/compound/2 J./NNP/compound/2 Ryan/NNP/nsubj/4 D-/NNP/appos/2 said/VBD/ROOT/4",
            ((0, 4, "PERSON"),),
            [("Leo J. Ryan", "PERSON")],
        ),
        ("and/CC/cc/1 Sgt/NNP/ROOT/1", ((1, 2, "PERSON"),), []),
        # Ships are no people.
        ("INS/NNP/compound/1 Mysore/NNP/nsubj/2 sailed/VBD/ROOT/2", ((0, 2, "PERSON"),), []),
        # An organisation's, newspaper's or company's word at the end.
        ("Timaru/NNP/compound/1 Herald/NNP/nsubj/2 said/VBD/ROOT/2", ((0, 2, "PERSON"),), [("Timaru Herald", "ORG")]),
        (
            "Betty/NNP/compound/2 Ford/NNP/compound/2 Center/NNP/nsubj/3 opened/VBD/ROOT/3",
            ((0, 3, "PERSON"),),
            [("Betty Ford Center", "ORG")],
        ),
        # A plural alone is a team; a surname ending in -s is not a plural.
        ("the/DT/det/1 Jaguars/NNPS/nsubj/2 won/VBD/ROOT/2", ((1, 2, "PERSON"),), [("Jaguars", "ORG")]),
        ("Williams/NNP/nsubj/1 won/VBD/ROOT/1", ((0, 1, "PERSON"),), [("Williams", "PERSON")]),
        # Products named by their maker and a model; events.
        (
            "the/DT/det/2 Airbus/NNP/compound/2 A380/NNP/nsubj/3 flew/VBD/ROOT/3",
            ((1, 2, "ORG"),),
            [],
        ),
        (
            "Boeing/NNP/nsubj/1 delivered/VBD/ROOT/1 a/DT/det/3 plane/NN/dobj/1",
            ((0, 1, "ORG"),),
            [("Boeing", "ORG")],
        ),
        (
            "the/DT/det/3 Paris/NNP/compound/3 Air/NNP/compound/3 Show/NNP/pobj/3",
            ((1, 4, "ORG"),),
            [],
        ),
    ],
)
def test_kinds_of_names(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("A380", True), ("787", True), ("747-400", True), ("A330-200", True), ("MD-11", True), ("A400M", True)]
    + [("2008", False), ("1999", False), ("Dreamliner", False), ("5", False), ("CEO", False)],
)
def test_products_model_numbers(text, expected):
    assert is_model_number(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # A surname the tagger took for a common noun, as the subject of a singular verb.
        ("Steve Jobs spoke. Jobs welcomed everyone.", [("Steve Jobs", "PERSON"), ("Jobs", "PERSON")]),
        ("Steve Jobs spoke. Jobs are scarce. Jobs were cut.", [("Steve Jobs", "PERSON")]),
        # An acronym in parentheses after an organisation is the organisation's.
        (
            "It will supply the United States Air Force (USAF) with tankers.",
            [("the United States Air Force", "ORG"), ("USAF", "ORG")],
        ),
    ],
)
def test_pipeline_names_from_context(nlp, text, expected):
    assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG", "GPE"}] == expected


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # A "place" that starts with a given name and that no gazetteer knows is a person.
        (
            "bringing/VBG/ROOT/0 in/RP/prt/0 Maurice/NNP/compound/3 Cheeks/NNP/dobj/0",
            ((2, 4, "GPE"),),
            [("Maurice Cheeks", "PERSON")],
        ),
        ("in/IN/ROOT/0 Santa/NNP/compound/2 Monica/NNP/pobj/0", ((1, 3, "GPE"),), [("Santa Monica", "GPE")]),
        # A surname the tagger made plural is no team without "the".
        ("Cheeks/NNPS/nsubj/1 said/VBD/ROOT/1", ((0, 1, "PERSON"),), [("Cheeks", "PERSON")]),
    ],
)
def test_kinds_given_names_and_plurals(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # A word the article writes in lower case makes a "person" of no given name none.
        (
            "Palmer/NNP/compound/1 Fire/NNP/nsubj/2 fought/VBD/ROOT/2 the/DT/det/4 fire/NN/dobj/2",
            ((0, 2, "PERSON"),),
            [],
        ),
        # One word that is no subject or object of a verb and has no sign of a person.
        ("the/DT/det/2 Biloxi/NNP/compound/2 hotel/NN/ROOT/2", ((1, 2, "PERSON"),), []),
        ("said/VBD/ROOT/0 on/IN/prep/0 Twitter/NNP/pobj/1", ((2, 3, "PERSON"),), []),
        # Signs of a person: a subject, a title, a relative, an age, a given name.
        ("Lodhi/NNP/nsubj/1 said/VBD/ROOT/1", ((0, 1, "PERSON"),), [("Lodhi", "PERSON")]),
        ("with/IN/ROOT/0 Sen./NNP/compound/2 Biden/NNP/pobj/0", ((2, 3, "PERSON"),), [("Biden", "PERSON")]),
        ("daughter/NN/ROOT/0 Ava/NNP/appos/0 ,/,/punct/1 3/CD/appos/1", ((1, 2, "PERSON"),), [("Ava", "PERSON")]),
        ("of/IN/ROOT/0 Malik/NNP/pobj/0 ,/,/punct/1 29/CD/appos/1", ((1, 2, "PERSON"),), [("Malik", "PERSON")]),
        (
            "to/IN/ROOT/0 Hugh/NNP/compound/2 Fire/NNP/pobj/0 the/DT/det/4 fire/NN/dep/0",
            ((1, 3, "PERSON"),),
            [("Hugh Fire", "PERSON")],
        ),
    ],
)
def test_kinds_people_without_a_sign_of_one(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected


@pytest.mark.model
def test_pipeline_particles_are_no_story_words(nlp):
    text = "Corvalis general counsel Luis de la Fuente also attended. Later de la Fuente left."
    assert ("Luis de la Fuente", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # A boxer's record is no part of his name.
        (
            "Joe/NNP/compound/1 Louis/NNP/nsubj/5 26/CD/nummod/1 -/HYPH/punct/4 1/CD/appos/1 won/VBD/ROOT/5",
            ((0, 5, "PERSON"),),
            [("Joe Louis", "PERSON")],
        ),
    ],
)
def test_kinds_numbers_end_no_name(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected
