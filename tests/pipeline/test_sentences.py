"""Tests of summitgraph.pipeline.sentences: every line and every dateline
starts a sentence.

The component runs before the parser and reads only the text, so the first
tests run it on Docs the rule-based tokenizer makes (no model); the last ones
run the whole pipeline of the installed model.
"""

from __future__ import annotations

import pytest
import spacy

from summitgraph.pipeline.sentences import line_sentences


@pytest.fixture(scope="module")
def tokenizer():
    """The English tokenizer alone: a Doc of words and spaces, no annotation."""
    return spacy.blank("en").make_doc


def starts(doc) -> dict[str, list[str]]:
    """The tokens the component starts a sentence at, and those it leaves to
    the parser (the first token is always a start)."""
    return {
        "start": [t.text for t in doc[1:] if t.is_sent_start],
        "parser": [t.text for t in doc[1:] if t.is_sent_start is None],
    }


# --- on the tokenizer's Docs ------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # A headline without a full stop ends at its line break.
        (
            "Macron lands in Cairo\nFrench President Emmanuel Macron arrived.",
            {"start": ["French"], "parser": []},
        ),
        # Blank lines start no sentence: the next word does.
        ("Moscow talks end\n\n\nPutin and Abe met.", {"start": ["Putin"], "parser": []}),
        # Inside a line, only sentence-final punctuation lets the parser decide.
        ("Kim left. Moon stayed.", {"start": [], "parser": ["Moon"]}),
        # After a closing quote too, and on the quote itself.
        ('"We will meet again." Trump said.', {"start": [], "parser": ['"', "Trump"]}),
        ("He flew to the U.S. Then he met Trump.", {"start": [], "parser": ["Then"]}),
        # No stray break inside a line ("Angela | Merkel arrived").
        ("Angela Merkel arrived in Tokyo", {"start": [], "parser": []}),
    ],
)
def test_line_sentences_lines_and_punctuation(tokenizer, text, expected):
    assert starts(line_sentences(tokenizer(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("NEW DELHI (Reuters) - India's prime minister left for Russia.", ["India"]),
        ("NAIROBI, June 14 - Kenya's president met Abiy.", ["Kenya"]),
        ("WASHINGTON, Sept. 3 - Trump met Moon.", ["Trump"]),
        ("4:15 p.m. - Talks began in Hanoi.", ["Talks"]),
        ("Headline\nSEOUL (Yonhap) - Moon left.", ["SEOUL", "Moon"]),
        # Not datelines: lower-case words before the dash, or no capital or number.
        ("Talks in Seoul - a first step - ended.", []),
        ("The summit - the second - ended.", []),
    ],
)
def test_line_sentences_dateline_ends_before_the_lead(tokenizer, text, expected):
    assert starts(line_sentences(tokenizer(text)))["start"] == expected


@pytest.mark.parametrize("text,expected", [("", 0), ("\n", 1)])
def test_line_sentences_empty_and_blank(tokenizer, text, expected):
    doc = line_sentences(tokenizer(text))
    assert len(doc) == expected


# --- with the installed model ----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # A headline without a full stop is a sentence of its own.
        (
            "Macron lands in Cairo for talks\nFrench President Emmanuel Macron arrived in Cairo on Sunday.",
            ["Macron lands in Cairo for talks", "French President Emmanuel Macron arrived in Cairo on Sunday."],
        ),
        # Headline, dateline and paragraphs, blank lines between.
        (
            "Modi heads to Moscow\n\nNEW DELHI (Reuters)\n\nIndia's prime minister left for Russia on Monday.",
            ["Modi heads to Moscow", "NEW DELHI (Reuters)", "India's prime minister left for Russia on Monday."],
        ),
        # Three lines, none ending in a full stop.
        (
            "Abe in Tehran\nFirst visit in decades\nTalks with Rouhani",
            ["Abe in Tehran", "First visit in decades", "Talks with Rouhani"],
        ),
        # Windows line ends.
        (
            "Putin visits Ankara\r\nVladimir Putin arrived in Ankara on Monday.",
            ["Putin visits Ankara", "Vladimir Putin arrived in Ankara on Monday."],
        ),
        (
            "Merkel visits Japan\nAngela Merkel arrived in Tokyo on Monday.",
            ["Merkel visits Japan", "Angela Merkel arrived in Tokyo on Monday."],
        ),
        (
            "Trudeau meets Trump\n\nJustin Trudeau met Donald Trump in Washington.",
            ["Trudeau meets Trump", "Justin Trudeau met Donald Trump in Washington."],
        ),
        (
            "Merkel visits Japan\n\nSouth Korean President Moon Jae-in left Seoul on Tuesday.",
            ["Merkel visits Japan", "South Korean President Moon Jae-in left Seoul on Tuesday."],
        ),
    ],
)
def test_pipeline_sentence_starts_at_every_line_break(nlp, text, expected):
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == expected
    # No sentence crosses a line break.
    assert not any("\n" in s.text.strip() for s in doc.sents)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [("Moscow talks end\n\n\nPutin and Abe met on Monday.", 2)],
)
def test_pipeline_blank_lines_start_no_sentence(nlp, text, expected):
    doc = nlp(text)
    assert sum(1 for t in doc if t.is_sent_start and not t.is_space) == expected
    assert not any(t.is_sent_start for t in doc if t.is_space and t.i > 0)
