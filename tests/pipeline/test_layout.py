"""Tests of summitgraph.pipeline.layout and .headlines: the parts of scraped
news copy (headline run into its story, datelines, caption markers, credits,
web addresses) and the names kept in them.

``find_layout`` reads only the text, so the first tests run it on Docs the
rule-based tokenizer makes (no model); the last ones run the whole pipeline.
"""

from __future__ import annotations

import pytest
import spacy

from summitgraph.pipeline import NAME_LABELS, split_leading_hyphens
from summitgraph.pipeline.layout import find_layout, is_title_case


@pytest.fixture(scope="module")
def tokenizer():
    """The English tokenizer with the pipeline's rule for "— -President"."""
    nlp = spacy.blank("en")
    split_leading_hyphens(nlp)
    return nlp.make_doc


def parts(doc) -> list[tuple[str, str]]:
    return [(p.label_, p.text.strip()) for p in find_layout(doc)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A headline glued by a hyphen to a dateline in capitals and the story.
        (
            "Obama Speaks by Phone to Iran's Rouhani-WHITE HOUSE — -President Obama and Iran's president spoke\nMore",
            [("HEADLINE", "Obama Speaks by Phone to Iran's Rouhani"), ("DATELINE", "WHITE HOUSE — -")],
        ),
        (
            "India to Boycott Regional Summit in Pakistan-NEW DELHI, INDIA — -India announced Tuesday that\nMore",
            [("HEADLINE", "India to Boycott Regional Summit in Pakistan"), ("DATELINE", "NEW DELHI, INDIA — -")],
        ),
        # ... or straight to the story's first word.
        (
            "Putin: US Knew Flight Path of Russian Jet Downed by Turkey-Russian President Vladimir Putin says so\nMore",
            [("HEADLINE", "Putin: US Knew Flight Path of Russian Jet Downed by Turkey")],
        ),
        (
            "Pakistan Faces Rising Criticism Over Inability to Curb Extremism-As two U.S. lawmakers pursue it\nMore",
            [("HEADLINE", "Pakistan Faces Rising Criticism Over Inability to Curb Extremism")],
        ),
        # A title-case line above the story is the headline.
        (
            "Kim Jong-un Arrives in Beijing\nNorth Korean leader Kim Jong-un arrived.",
            [("HEADLINE", "Kim Jong-un Arrives in Beijing")],
        ),
        # Not headlines: a hyphen inside a name, a sentence-case line, one line alone.
        ("French Foreign Minister Jean-Yves Le Drian flew to Cairo on Monday\nMore", []),
        ("Kim Jong-Un Meets Trump-Un officials said the talks went well\nMore", []),
        ("Airbus wins Qatar Airways order worth $15bn\nJune 13, 2005", []),
        ("Putin: US Knew Flight Path of Russian Jet Downed by Turkey-Russian President Putin says so", []),
        # Web addresses above the headline hold no names; the next line is the headline.
        (
            "http: / / www. starpulse. com / news / esther _ williams\nActress Esther Williams Dies at 91\nText",
            [
                ("URL", "http: / / www. starpulse. com / news / esther _ williams"),
                ("HEADLINE", "Actress Esther Williams Dies at 91"),
            ],
        ),
        # Photo captions and credits left inline.
        (
            "Story here.\nFILE - U.S. President Barack Obama speaks (AP Photo/Evan Vucci)\nMore.",
            [("CAPTION", "FILE -"), ("CREDIT", "(AP Photo/Evan Vucci)")],
        ),
        # Section headings run into the next sentence with a hyphen.
        ("Story here.\nWater exploitation-On Monday, Modi met Sharif.\nMore.", [("SUBHEADING", "Water exploitation")]),
        ("Story here.\n'Need to talk'-Erdogan added more.\nMore.", [("SUBHEADING", "'Need to talk'")]),
        # Not headings: a prefix, a pair of names.
        ("Story here.\nThe pro-Russian rebels attacked.\nMore.", []),
        ("Story here.\nA Trump-Putin summit could follow.\nMore.", []),
        # A section heading run into a caption with a dash: the dash belongs to the marker.
        ("Story here.\nBrazil -FILE - Brazil's President Dilma Rousseff\nMore.", [("CAPTION", "-FILE -")]),
        # "FILE" inside a line with no dash before it is a word.
        ("Story here.\nThey FILE - no, they filed it.\nMore.", []),
        ("A man walks past the ruins in Gaza (H. Elrasam/VOA)\nMore.", [("CREDIT", "(H. Elrasam/VOA)")]),
        # Parentheses that are no credit: an acronym, a party.
        ("Singapore Airlines (SIA) and Senator John McCain (R-AZ) spoke.\nMore.", []),
        # A dateline opening a line.
        ("NEW DELHI (Reuters) - India said on Monday.", [("DATELINE", "NEW DELHI (Reuters) -")]),
    ],
)
def test_layout_parts(tokenizer, text, expected):
    assert parts(tokenizer(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Obama Speaks by Phone to Iran's Rouhani", True),
        ("Legendary Aquatic Musical Star Esther Williams Dies At 91", True),
        ("Airbus wins Qatar Airways order", False),
        ("Kim Visits", False),  # two words: too short to tell
    ],
)
def test_layout_is_title_case(tokenizer, text, expected):
    assert is_title_case(tokenizer(text)[:]) == expected


def names(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in NAME_LABELS]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # A headline keeps the names its story supports, with the story's label.
        (
            "Obama Speaks by Phone to Iran's Rouhani-WHITE HOUSE — -President Obama and Iran's president, "
            "Hassan Rouhani, have spoken by telephone\nObama revealed his phone call with President Rouhani",
            {("Obama", "PERSON"), ("Rouhani", "PERSON"), ("Iran", "GPE"), ("Hassan Rouhani", "PERSON")},
        ),
        # No name crosses the hyphen, none is in the dateline.
        (
            "US Supreme Court Rules Gay Marriage Legal Nationwide-WASHINGTON — -President Barack Obama hailed "
            "the U.S. Supreme Court ruling Friday\nMore text follows here.",
            {("US Supreme Court", "ORG"), ("Barack Obama", "PERSON"), ("the U.S. Supreme Court", "ORG")},
        ),
        # A headline word the story writes in lower case is no name.
        (
            "MSF Says Thousands Flee into Bush in South Sudan State-Eight days after the deal, thousands fled "
            "into the bush, Doctors Without Borders (MSF) said\nMSF said more.",
            {("MSF", "ORG"), ("South Sudan", "GPE")},
        ),
        # A heading run into a caption makes no name of the two: "Argentina -FILE - Argentina".
        (
            "Talks resume.\nArgentina -FILE - Argentina's President Cristina Fernandez de Kirchner \nMore.",
            {("Cristina Fernandez de Kirchner", "PERSON")},
        ),
        # Caption markers and credits hold no names.
        (
            "Talks resume.\nFILE - A Palestinian boy walks in Gaza (H. Elrasam/VOA)\nMore.",
            {("Palestinian", "NORP"), ("Gaza", "GPE")},
        ),
    ],
)
def test_pipeline_names_in_layout(nlp, text, expected):
    found = set(names(nlp, text))
    assert expected <= found
    assert not {n for n, _ in found} & {
        "Obama Speaks",
        "WHITE HOUSE",
        "WASHINGTON",
        "Thousands Flee",
        "Bush",
        "FILE",
        "Argentina -FILE - Argentina",
        "VOA",
    }
