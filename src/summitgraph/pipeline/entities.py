"""``summitgraph_entities``: corrections to the boundaries and labels of
spaCy's named entities.

The component runs after ``ner``; it trims and relabels each name
(``_trim``, title phrases here), then applies the people's rules
(``summitgraph.pipeline.people``) and the organisations' rules
(``summitgraph.pipeline.institutions``) to the whole Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from summitgraph.lexicon.names import INDEFINITE_ARTICLES, NAME_CONNECTORS, TITLE_ADJECTIVES, TITLE_OF_WORDS, TITLES
from summitgraph.pipeline.headlines import fit_to_layout
from summitgraph.pipeline.institutions import (
    acronyms_in_parentheses,
    institution_spans,
    merge_national_institutions,
)
from summitgraph.pipeline.kinds import check_people
from summitgraph.pipeline.labels import NAME_LABELS
from summitgraph.pipeline.pairs import split_pairs
from summitgraph.pipeline.people import (
    after_person_title,
    before_person_title,
    join_split_names,
    spread_names,
    untagged_names,
    with_name_head,
    with_particles,
)
from summitgraph.pipeline.products import without_products
from summitgraph.pipeline.spans import is_capitalised, joined, prefer, sentence_starts, whole_words, written_words

__all__ = ["fix_entities"]


@Language.component(
    "summitgraph_entities",
    requires=["doc.ents", "token.tag"],
    assigns=["doc.ents"],
)
def fix_entities(doc: Doc) -> Doc:
    """Correct the boundaries and labels of spaCy's named entities.

    - names are whole words: "Moon Jae" becomes "Moon Jae-in";
    - no possessive "'s", no titles inside person names, no lower-case tails
      ("KCNA news agency" -> "KCNA");
    - a demonym in front of a national institution joins it ("Chinese" +
      "Foreign Ministry" -> "Chinese Foreign Ministry");
    - "<Head> for/of <Name>" organisations are one entity;
    - two names joined by a hyphen are two ("Trump-Putin", ``pairs``);
    - words of a title phrase ("Secretary of State") are not entities.
    """
    in_titles = _title_phrase_tokens(doc)
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            spans.append(ent)
            continue
        start, end = whole_words(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            end = with_particles(doc, end)
            end = with_name_head(doc, end)
        start, end = _trim(doc, start, end, ent.label_)
        if end <= start or all(i in in_titles for i in range(start, end)):
            continue
        if not any(is_capitalised(t) for t in doc[start:end]):
            continue
        if ent.label_ == "GPE" and end < len(doc) and doc[end].text.startswith("$") and joined(doc[end - 1], doc[end]):
            continue  # "US$ 40 billion", "HK$": a currency, not a place
        if ent.label_ == "ORG" and any(t.text == "," for t in doc[start:end]):
            continue  # "Before leaving Canberra, Donnelly held ...": two names run together
        label = ent.label_
        if label == "PERSON" and before_person_title(doc, start, end):
            label = "ORG"  # "Tesla CEO Elon Musk": the name before a title is the employer
        if label in {"ORG", "GPE", "LOC", "NORP"} and after_person_title(doc, start, end):
            label = "PERSON"
            end = with_particles(doc, end)
        spans.append(Span(doc, start, end, label=label))
    spans = split_pairs(doc, spans)
    spans = check_people(doc, without_products(doc, fit_to_layout(doc, spans, _trim)))
    spans = join_split_names(doc, untagged_names(doc, spans))
    spans = acronyms_in_parentheses(doc, merge_national_institutions(doc, spans))
    spans = prefer(spans, institution_spans(doc, sentence_starts(doc)))
    spans = spread_names(doc, filter_spans(spans))
    doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)
    return doc


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Cut possessives, titles and trailing common nouns off a name span."""
    # Possessive "'s" / "'" and trailing punctuation are never part of a name.
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_space
        or doc[end - 1].is_punct
        and doc[end - 1].text not in {".", ")"}
    ):
        end -= 1
    while end > start and (doc[start].is_punct or doc[start].is_space):
        start += 1
    words = written_words(doc, start, end)
    while len(words) > 1 and doc[words[0][0]].lower_ in INDEFINITE_ARTICLES and doc[words[0][0]].tag_ == "DT":
        words.pop(0)  # "A European Commission review"
    if label == "PERSON":
        # "spokesperson Lu Kang", "President Trump", "the late Kofi Annan".
        while len(words) > 1 and (doc[words[0][0]].lower_ in TITLES or not is_capitalised(doc[words[0][0]])):
            words.pop(0)
    # "KCNA news agency" -> "KCNA": a lower-case tail is a description, and a
    # name does not end in a connector ("of", "the").
    while len(words) > 1 and (
        not any(is_capitalised(t) for t in doc[words[-1][0] : words[-1][1]])  # "al-Khatib" is a name
        or doc[words[-1][0]].lower_ in NAME_CONNECTORS
        and words[-1][1] - words[-1][0] == 1
    ):
        words.pop()
    if not words:
        return start, start
    return words[0][0], words[-1][1]


def _title_phrase_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens in title phrases like "Secretary of State", and of
    the adjective of a title like "Supreme Leader"."""
    inside: set[int] = set()
    for token in doc:
        if (
            token.lower_ in TITLE_ADJECTIVES
            and token.i + 1 < len(doc)
            and is_capitalised(token)
            and doc[token.i + 1].lower_ in TITLES
            and is_capitalised(doc[token.i + 1])
        ):
            inside.add(token.i)
        if (
            token.lower_ == "of"
            and token.i > 0
            and token.i + 1 < len(doc)
            and doc[token.i - 1].lower_ in TITLES
            and is_capitalised(doc[token.i - 1])
        ):
            end = token.i + 1
            while end < len(doc) and doc[end].lower_ in TITLE_OF_WORDS and is_capitalised(doc[end]):
                end += 1
            inside.update(range(token.i + 1, end))
    return inside
