"""Tests of summitgraph.pipeline.roles: role descriptions that stand for a
person ("China's president"), with their country and role.

Hand-built Docs first (tags, parse and entities written out, no model), run
through ``find_roles``; then the installed model end to end.
"""

from __future__ import annotations

import pytest
import spacy

from summitgraph.pipeline import ROLES_KEY
from summitgraph.pipeline.roles import find_roles


@pytest.fixture(scope="module")
def make_doc(doc_from_parse):
    """``doc_from_parse`` on one shared vocab."""
    vocab = spacy.blank("en").vocab
    return lambda parse, ents=(): doc_from_parse(parse, ents=ents, vocab=vocab)


def found(doc) -> list[tuple[str, str]]:
    """The role spans ``summitgraph_roles`` marks in ``doc``, as (text, label)."""
    return [(s.text, s.label_) for s in find_roles(doc).spans[ROLES_KEY]]


def roles(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[ROLES_KEY]]


@pytest.mark.parametrize(
    "parse,ents,expected",
    [
        # "<Country>'s <role>"
        (
            "China/NNP/poss/2 's/POS/case/0 president/NN/nsubj/3 spoke/VBD/ROOT/3",
            [(0, 1, "GPE")],
            [("China's president", "CN|president")],
        ),
        (
            "South/NNP/compound/1 Korea/NNP/poss/4 's/POS/case/1 foreign/JJ/amod/4 minister/NN/nsubj/5 "
            "spoke/VBD/ROOT/5",
            [(0, 2, "GPE")],
            [("South Korea's foreign minister", "KR|foreign minister")],
        ),
        # "[the] <demonym or country> <role>", with its "the".
        (
            "the/DT/det/2 Russian/JJ/amod/2 leader/NN/nsubj/3 spoke/VBD/ROOT/3",
            [(1, 2, "NORP")],
            [("the Russian leader", "RU|leader")],
        ),
        (
            "the/DT/det/3 Chinese/JJ/amod/3 foreign/JJ/amod/3 minister/NN/nsubj/4 said/VBD/ROOT/4",
            [(1, 2, "NORP")],
            [("the Chinese foreign minister", "CN|foreign minister")],
        ),
        (
            "the/DT/det/2 U.S./NNP/compound/2 president/NN/nsubj/3 said/VBD/ROOT/3",
            [(1, 2, "GPE")],
            [("the U.S. president", "US|president")],
        ),
        # "[the] <role> of <country>"
        (
            "the/DT/det/1 president/NN/nsubj/4 of/IN/prep/1 China/NNP/pobj/2 spoke/VBD/ROOT/4",
            [(3, 4, "GPE")],
            [("the president of China", "CN|president")],
        ),
        (
            "the/DT/det/2 prime/JJ/amod/2 minister/NN/nsubj/5 of/IN/prep/2 Japan/NNP/pobj/3 spoke/VBD/ROOT/5",
            [(4, 5, "GPE")],
            [("the prime minister of Japan", "JP|prime minister")],
        ),
        # Kept before an apposed name: the name takes the role later.
        (
            "the/DT/det/1 president/NN/nsubj/7 of/IN/prep/1 China/NNP/pobj/2 ,/,/punct/1 Xi/NNP/compound/6 "
            "Jinping/NNP/appos/1 spoke/VBD/ROOT/7",
            [(3, 4, "GPE"), (5, 7, "PERSON")],
            [("the president of China", "CN|president")],
        ),
    ],
)
def test_roles_description_stands_for_a_person(make_doc, parse, ents, expected):
    assert found(make_doc(parse, ents)) == expected


@pytest.mark.parametrize(
    "parse,ents",
    [
        # A role right before a name is the name's title.
        (
            "Chinese/JJ/amod/3 President/NNP/compound/3 Xi/NNP/compound/3 Jinping/NNP/nsubj/4 spoke/VBD/ROOT/4",
            [(0, 1, "NORP"), (2, 4, "PERSON")],
        ),
        # No role noun after the nationality.
        ("the/DT/det/2 Chinese/JJ/amod/2 Embassy/NNP/nsubj/3 said/VBD/ROOT/3", [(1, 2, "NORP")]),
        # A form that fits two countries names none ("Korea").
        ("Korea/NNP/poss/2 's/POS/case/0 president/NN/nsubj/3 spoke/VBD/ROOT/3", [(0, 1, "GPE")]),
        # No country: a nationality the gazetteer does not know.
        ("the/DT/det/2 Republican/JJ/amod/2 leader/NN/nsubj/3 spoke/VBD/ROOT/3", [(1, 2, "NORP")]),
    ],
)
def test_roles_none(make_doc, parse, ents):
    assert found(make_doc(parse, ents)) == []


# --- with the installed model ------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Xi Jinping met Vladimir Putin. China's president praised the Russian leader.",
            [("China's president", "CN|president"), ("the Russian leader", "RU|leader")],
        ),
        ("The Japanese prime minister will visit Washington.", [("The Japanese prime minister", "JP|prime minister")]),
        (
            "Japan's foreign minister said South Korea's president would attend.",
            [("Japan's foreign minister", "JP|foreign minister"), ("South Korea's president", "KR|president")],
        ),
        ("North Korea's leader will travel to Russia.", [("North Korea's leader", "KP|leader")]),
        ("Vietnam's prime minister hosted the meeting.", [("Vietnam's prime minister", "VN|prime minister")]),
        ("Germany's chancellor said she would go.", [("Germany's chancellor", "DE|chancellor")]),
        ("The U.S. president said he liked Kim.", [("The U.S. president", "US|president")]),
        (
            "The French president and the German chancellor met.",
            [("The French president", "FR|president"), ("the German chancellor", "DE|chancellor")],
        ),
        (
            "Pompeo met the Chinese foreign minister in Beijing.",
            [("the Chinese foreign minister", "CN|foreign minister")],
        ),
    ],
)
def test_pipeline_role_descriptions(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # A role right before a name is the name's title, not a role mention.
        ("Chinese President Xi Jinping welcomed Russian President Vladimir Putin.", []),
        ("Indian Prime Minister Narendra Modi arrived in Tokyo.", []),
        ("China's President Xi Jinping arrived.", []),
        ("South Korean Foreign Minister Kang Kyung-wha arrived in Tokyo.", []),
        # A demonym with no role noun after it.
        ("The Chinese Embassy in Seoul issued a statement.", []),
    ],
)
def test_pipeline_no_role_when_name_follows(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [("The president of China met Trump.", [("The president of China", "CN|president")])],
)
def test_pipeline_role_of_country(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # The President-elect is not the President: each role description joins its holder.
        (
            "Leaders assessed remarks by U.S. President-elect Donald Trump. U.S. President Barack Obama "
            "said the alliance was strong. The U.S. President-elect spoke to reporters. "
            "The U.S. president spoke later.",
            {
                "person:donald-trump": ("US president-elect",),
                "person:barack-obama": ("US president",),
            },
        ),
        # A former holder keeps a role of its own.
        ("Former President Bill Clinton spoke.", {"person:bill-clinton": ("former president",)}),
        # A title that names no role phrase gives its word, an honorific none.
        (
            "Justice Anthony Kennedy wrote the opinion. Mr. Smith agreed.",
            {"person:anthony-kennedy": ("justice",), "person:smith": ()},
        ),
    ],
)
def test_roles_in_the_article_time(nlp, text, expected):
    from summitgraph.extract import extract

    entities = {e.id: e for e in extract(text, nlp=nlp).entities}
    assert {eid: entities[eid].roles for eid in expected} == expected


@pytest.mark.model
def test_roles_president_elect_joins_its_holder_only(nlp):
    from summitgraph.extract import extract

    text = (
        "Leaders assessed remarks by U.S. President-elect Donald Trump. U.S. President Barack Obama said the "
        "alliance was strong. The U.S. President-elect spoke to reporters. The U.S. president spoke later."
    )
    entities = {e.id: e for e in extract(text, nlp=nlp).entities}
    assert "U.S. President-elect" in entities["person:donald-trump"].aliases
    assert "U.S. president" in entities["person:barack-obama"].aliases
    assert "U.S. President-elect" not in entities["person:barack-obama"].aliases
