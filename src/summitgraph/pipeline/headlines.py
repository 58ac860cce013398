"""Names and the layout of scraped news copy, for ``summitgraph_entities``.

spaCy's NER reads a headline in title case as a run of names ("Obama Speaks",
"Pakistan Faces Rising Criticism Over Inability") and runs names across the
hyphen that glued the headline to its story ("Turkey-Russian",
"Nationwide-WASHINGTON"). Given the parts ``summitgraph.pipeline.layout``
found:

- a name never crosses the edge of a headline, dateline, caption marker or
  credit: it is cut there;
- datelines ("WHITE HOUSE — -"), caption markers ("FILE -") and photo credits
  ("(H. Elrasam/VOA)") hold no names;
- a name in a title-case headline is kept only as far as the story names it
  too, with the label the story gives it ("Obama Speaks" -> "Obama", a person),
  or when it is a country or nationality ("Pakistan"); a name of one word the
  story does not name is kept unless the story writes it in lower case
  ("Thousands Flee into Bush" beside "fled into the bush").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Span

from summitgraph import gazetteer
from summitgraph.names import fold
from summitgraph.pipeline.labels import LAYOUT_KEY, NAME_LABELS
from summitgraph.pipeline.spans import written_words

__all__ = ["fit_to_layout"]

Trim = Callable[[Doc, int, int, str], tuple[int, int]]

# Parts of the layout that hold no names.
_NAMELESS = frozenset({"DATELINE", "CAPTION", "CREDIT", "URL"})


def fit_to_layout(doc: Doc, spans: list[Span], trim: Trim) -> list[Span]:
    """``spans`` cut at the edges of the layout's parts, without the names in
    datelines, caption markers and credits, and with only the names of a
    headline that the story supports."""
    layout = list(doc.spans[LAYOUT_KEY]) if LAYOUT_KEY in doc.spans else []
    if not layout:
        return spans
    edges = sorted({i for part in layout for i in (part.start, part.end)})
    part_of = {i: part for part in layout for i in range(part.start, part.end)}
    pieces: list[Span] = []
    for span in spans:
        if span.label_ not in NAME_LABELS:
            pieces.append(span)
            continue
        for start, end in _cut(span, edges):
            start, end = trim(doc, start, end, span.label_)
            if end <= start:
                continue
            part = part_of.get(start)
            if part is not None and part.label_ in _NAMELESS:
                continue
            pieces.append(Span(doc, start, end, label=span.label_))
    headline = next((p for p in layout if p.label_ == "HEADLINE"), None)
    if headline is None:
        return pieces
    inside = [s for s in pieces if s.label_ in NAME_LABELS and headline.start <= s.start < headline.end]
    if not inside:
        return pieces
    outside = [s for s in pieces if s not in inside]
    lower = {t.lower_ for t in doc[headline.end :] if t.is_lower}
    return outside + _supported(doc, inside, _story_labels(outside), lower)


def _cut(span: Span, edges: list[int]) -> list[tuple[int, int]]:
    """The parts of ``span`` between the layout's edges."""
    cuts = [span.start, *(e for e in edges if span.start < e < span.end), span.end]
    return list(zip(cuts, cuts[1:]))


def _story_labels(spans: list[Span]) -> dict[str, str]:
    """The folded names of the story and the label most of their mentions have."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for span in spans:
        if span.label_ in NAME_LABELS:
            votes[fold(span.text)][span.label_] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in votes.items() if name}


def _supported(doc: Doc, spans: list[Span], story: dict[str, str], lower: set[str]) -> list[Span]:
    """The longest run of whole words of each headline name that the story
    names too (with the story's label), or that is a country or nationality:
    "Obama Speaks" -> "Obama"; "Pakistan Faces Rising Criticism" -> "Pakistan"."""
    kept = []
    for span in spans:
        words = written_words(doc, span.start, span.end)
        if len(words) == 1 and span.text.lower() in lower and fold(span.text) not in story:
            continue  # "Thousands Flee into Bush" beside "fled into the bush"
        found = None
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                start, end = words[i][0], words[i + size - 1][1]
                label = _label_of(doc[start:end].text, story)
                if label is not None:
                    found = Span(doc, start, end, label=label)
                    break
            if found is not None:
                break
        if found is None and len(words) == 1 and span.text.lower() not in lower:
            found = span  # "Abe in Tehran": a name the headline alone gives
        if found is not None:
            kept.append(found)
    return kept


def _label_of(text: str, story: dict[str, str]) -> str | None:
    label = story.get(fold(text))
    if label is not None:
        return label
    if gazetteer.country(text) is not None and not gazetteer.is_ambiguous(text):
        return "GPE"
    if gazetteer.country_of_demonym(text) is not None and not gazetteer.is_ambiguous(text):
        return "NORP"
    if gazetteer.place(text) is not None and not gazetteer.is_ambiguous(text):
        return "GPE"
    return None
