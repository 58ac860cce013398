"""Tests of summitgraph.pipeline.institutions: organisation names spaCy's
small model cuts in two.

Hand-built Docs first (tags, parse and NER's entities written out, no model),
run through ``fix_entities``; then the installed model end to end.
"""

from __future__ import annotations

import pytest
import spacy

from summitgraph.pipeline import NAME_LABELS
from summitgraph.pipeline.entities import fix_entities


@pytest.fixture(scope="module")
def make_doc(doc_from_parse):
    """``doc_from_parse`` on one shared vocab."""
    vocab = spacy.blank("en").vocab
    return lambda parse, ents=(): doc_from_parse(parse, ents=ents, vocab=vocab)


def fixed(doc) -> list[tuple[str, str]]:
    """The entities of ``doc`` after ``summitgraph_entities``, as (text, label)."""
    return [(e.text, e.label_) for e in fix_entities(doc).ents]


def names(nlp, text: str) -> list[tuple[str, str]]:
    """The name entities (people, organisations, places, nationalities) of the text."""
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in NAME_LABELS]


# --- "<Head> for/of/on <Name>" -------------------------------------------------------


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # The head tagged as a place, the rest as an organisation.
        (
            "Kazianis/NNP/nsubj/1 joined/VBD/ROOT/1 the/DT/det/3 Center/NNP/dobj/1 for/IN/prep/3 the/DT/det/7 "
            "National/NNP/compound/7 Interest/NNP/pobj/4",
            [(0, 1, "PERSON"), (3, 4, "GPE"), (6, 8, "ORG")],
            [("Kazianis", "PERSON"), ("Center for the National Interest", "ORG")],
        ),
        # Capitalised words in front of the head belong to the name.
        (
            "a/DT/det/1 researcher/NN/ROOT/1 at/IN/prep/1 the/DT/det/5 Korea/NNP/compound/5 Institute/NNP/pobj/2 "
            "for/IN/prep/5 National/NNP/compound/8 Unification/NNP/pobj/6",
            [(4, 5, "GPE"), (7, 9, "ORG")],
            [("Korea Institute for National Unification", "ORG")],
        ),
        # "and" between capitalised words.
        (
            "the/DT/det/1 Centre/NNP/ROOT/1 for/IN/prep/1 Strategic/NNP/amod/6 and/CC/cc/3 "
            "International/NNP/conj/3 Studies/NNP/pobj/2",
            [(1, 2, "ORG"), (3, 4, "NORP"), (5, 7, "ORG")],
            [("Centre for Strategic and International Studies", "ORG")],
        ),
        # Not the possessive, not the person's name after it.
        (
            "the/DT/det/1 Bank/NNP/poss/5 of/IN/prep/1 Korea/NNP/pobj/2 's/POS/case/3 governor/NN/nsubj/6 "
            "said/VBD/ROOT/6",
            [(1, 2, "ORG"), (3, 4, "GPE")],
            [("Bank of Korea", "ORG")],
        ),
        (
            "a/DT/det/1 fellow/NN/ROOT/1 at/IN/prep/1 the/DT/det/4 Council/NNP/pobj/2 on/IN/prep/4 "
            "Foreign/NNP/compound/7 Relations/NNP/pobj/5 Richard/NNP/compound/9 Haass/NNP/appos/7",
            [(4, 5, "ORG"), (6, 8, "ORG"), (8, 10, "PERSON")],
            [("Council on Foreign Relations", "ORG"), ("Richard Haass", "PERSON")],
        ),
        # Nothing capitalised after the link word.
        (
            "the/DT/det/1 Ministry/NNP/nsubj/5 of/IN/prep/1 the/DT/det/4 interior/NN/pobj/2 said/VBD/ROOT/5",
            [(1, 2, "ORG")],
            [("Ministry", "ORG")],
        ),
        # A lower-case head is no name.
        (
            "a/DT/det/1 centre/NN/ROOT/1 for/IN/prep/1 Syrian/JJ/amod/4 refugees/NNS/pobj/2",
            [(3, 4, "NORP")],
            [("Syrian", "NORP")],
        ),
    ],
)
def test_institutions_head_link_name_is_one_organisation(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected


# --- a nationality and its institution --------------------------------------------------


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        (
            "the/DT/det/3 Chinese/JJ/amod/3 Foreign/NNP/compound/3 Ministry/NNP/nsubj/4 said/VBD/ROOT/4",
            [(1, 2, "NORP"), (2, 4, "ORG")],
            [("Chinese Foreign Ministry", "ORG")],
        ),
        (
            "the/DT/det/3 Russian/JJ/amod/3 Defence/NNP/compound/3 Ministry/NNP/nsubj/4 said/VBD/ROOT/4",
            [(0, 2, "NORP"), (2, 4, "ORG")],
            [("the Russian Defence Ministry", "ORG")],
        ),
        (
            "the/DT/det/2 Iranian/JJ/amod/2 Navy/NNP/nsubj/3 said/VBD/ROOT/3",
            [(1, 2, "NORP"), (2, 3, "ORG")],
            [("Iranian Navy", "ORG")],
        ),
        # No national institution.
        (
            "the/DT/det/2 Chinese/JJ/amod/2 Xinhua/NNP/nsubj/3 said/VBD/ROOT/3",
            [(1, 2, "NORP"), (2, 3, "ORG")],
            [("Chinese", "NORP"), ("Xinhua", "ORG")],
        ),
        # Not next to each other.
        (
            "Chinese/JJ/amod/3 state/NN/compound/3 Foreign/NNP/compound/3 Ministry/NNP/nsubj/4 said/VBD/ROOT/4",
            [(0, 1, "NORP"), (2, 4, "ORG")],
            [("Chinese", "NORP"), ("Foreign Ministry", "ORG")],
        ),
    ],
)
def test_institutions_demonym_joins_national_institution(make_doc, parse, ents, expected):
    assert fixed(make_doc(parse, ents)) == expected


# --- with the installed model ------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Russian Defence Ministry said the drills ended.", "The Russian Defence Ministry"),
        ("A statement from the Chinese Foreign Ministry said the visit was important.", "the Chinese Foreign Ministry"),
        ("The Iranian Foreign Ministry rejected the claim.", "The Iranian Foreign Ministry"),
        ("The Japanese Defense Ministry said a missile was launched.", "The Japanese Defense Ministry"),
        ("The South Korean Unification Ministry said talks would resume.", "The South Korean Unification Ministry"),
        ("The Chinese Embassy in Seoul issued a statement.", "The Chinese Embassy"),
        ("Chinese Foreign Ministry spokeswoman Hua Chunying said the talks were useful.", "Chinese Foreign Ministry"),
    ],
)
def test_pipeline_demonym_joins_national_institution(nlp, text, expected):
    found = names(nlp, text)
    assert (expected, "ORG") in found
    # The demonym is not left as a separate nationality.
    assert not any(label == "NORP" for _, label in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Richard Haass of the Council on Foreign Relations said the summit was a gamble.",
            "Council on Foreign Relations",
        ),
        (
            "A fellow at the Institute for Strategic Studies in London said the deal was weak.",
            "Institute for Strategic Studies",
        ),
        (
            "Analyst Lee Sung-yoon of the International Institute for Strategic Studies disagreed.",
            "International Institute for Strategic Studies",
        ),
        (
            "Harry Kazianis of the Center for the National Interest said Kim wants sanctions relief.",
            "Center for the National Interest",
        ),
        ("The Ministry of Foreign Affairs in Tokyo declined to comment.", "Ministry of Foreign Affairs"),
        (
            "Koh Yu-hwan, a professor at the University of North Korean Studies, said so.",
            "University of North Korean Studies",
        ),
        (
            "A researcher at the Korea Institute for National Unification said Kim would go.",
            "Korea Institute for National Unification",
        ),
        (
            "Officials at the Centre for Strategic and International Studies said the summit was useful.",
            "Centre for Strategic and International Studies",
        ),
        ("The Bank of Korea kept rates on hold.", "Bank of Korea"),
    ],
)
def test_pipeline_head_for_of_on_name_is_one_organisation(nlp, text, expected):
    found = names(nlp, text)
    assert (expected, "ORG") in found
    # Nothing inside it is a separate entity.
    start = text.index(expected)
    inside = [t for t, _ in found if t != expected and text.find(t) >= start and text.find(t) < start + len(expected)]
    assert inside == []
