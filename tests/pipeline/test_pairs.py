"""Two names joined by a hyphen are two names (``summitgraph.pipeline.pairs``),
on real sentences with the installed model."""

from __future__ import annotations

import pytest

from summitgraph.pipeline.labels import NAME_LABELS

pytestmark = pytest.mark.model


def names(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in NAME_LABELS]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Each side a name the article uses alone, or a demonym or country.
        ("Donald Trump will meet Vladimir Putin. A Trump-Putin summit could follow.", {"Trump", "Putin"}),
        ("Kerry pressed ahead with Israeli-Palestinian negotiations.", {"Israeli", "Palestinian"}),
    ],
)
def test_pairs_split(nlp, text, expected):
    found = {t for t, _ in names(nlp, text)}
    assert expected <= found
    assert not any("-" in t for t in found)


@pytest.mark.parametrize(
    "text,whole",
    [
        ("Guinea-Bissau held elections on Sunday.", "Guinea-Bissau"),  # one country
        ("Rolls-Royce shares fell on Monday.", "Rolls-Royce"),  # sides never named alone
        ("Kim Jong-un met Moon Jae-in in Seoul.", "Kim Jong-un"),  # a lower-case side
    ],
)
def test_pairs_kept_whole(nlp, text, whole):
    assert whole in {t for t, _ in names(nlp, text)}
