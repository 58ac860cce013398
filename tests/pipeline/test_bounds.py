"""Tests of summitgraph.pipeline.bounds and of the text bound of the ingest:
the work per article stays bounded, and what was cut is said."""

from __future__ import annotations

import pytest
import spacy

from summitgraph.ingest.worker import MAX_ARTICLE_CHARS, bounded
from summitgraph.models import Article
from summitgraph.pipeline.bounds import CUT_KEY, SentenceBound, cut_note
from summitgraph.pipeline.sentences import line_sentences


def doc_of(text: str):
    return line_sentences(spacy.blank("en").make_doc(text))


@pytest.mark.parametrize(
    ("text", "max_tokens", "starts", "cut"),
    [
        ("Kim met Xi . Moon met Kim .", 4, [], None),  # the parser may end a sentence after each "."
        ("a b c d e f g", 3, [3, 6], (2, 3)),  # no place to end one: a start every 3 words
        ("a b\nc d e f", 3, [3, 6], (1, 3)),  # a new line is a start, and counting starts again
        ("a b", 3, [], None),
    ],
    ids=["punctuation", "one-long-line", "lines", "short"],
)
def test_bounds_sentence_starts(text, max_tokens, starts, cut):
    doc = SentenceBound(max_tokens)(doc_of(text))
    assert [t.i for t in doc if t.is_sent_start and t.i] == starts
    assert doc.user_data.get(CUT_KEY) == cut
    assert (cut_note(doc) is None) is (cut is None)


@pytest.mark.parametrize("length", [10, MAX_ARTICLE_CHARS, MAX_ARTICLE_CHARS + 1, 3 * MAX_ARTICLE_CHARS])
def test_bounds_article_text_cut_at_a_line(length):
    line = "Kim met Xi.\n"
    text = (line * (length // len(line) + 1))[:length]
    article, note = bounded(Article(id="a", text=text))
    if length <= MAX_ARTICLE_CHARS:
        assert article.text == text and note is None
    else:
        assert text.startswith(article.text) and article.text.endswith("\n")
        assert MAX_ARTICLE_CHARS - len(line) < len(article.text) <= MAX_ARTICLE_CHARS
        assert note.startswith(f"only the first {len(article.text):,} of its {length:,} characters were read")
