"""The layout of news copy as it arrives scraped: a headline run into the
first sentence, datelines, photo captions and photo credits left inline.

    Obama Speaks by Phone to Iran's Rouhani-WHITE HOUSE — -President Obama and ...
    FILE - U.S. President Barack Obama can expect various factions at summit
    A man walks past the ruins (H. Elrasam/VOA)

``find_layout`` returns these parts as token spans labelled ``HEADLINE``,
``SUBHEADING`` (a section heading run into the next sentence),
``DATELINE``, ``CAPTION`` (the "FILE -" marker), ``CREDIT`` and ``URL`` (a
web address on the lines above the headline); the sentence
component starts sentences after them, and the entity component keeps names
out of the markers, datelines and credits, and trusts names in a title-case
headline only as far as the article's body uses them. Grammar only: the words
live in ``summitgraph.lexicon.headlines`` and ``summitgraph.lexicon.datelines``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from summitgraph.lexicon.datelines import DATELINE_WORDS
from summitgraph.lexicon.headlines import (
    ADDRESS_STARTS,
    CAPTION_MARKERS,
    HEADLINE_SMALL_WORDS,
    HYPHEN_PREFIXES,
    SUBHEADING_WORDS,
)
from summitgraph.names import is_given_name

__all__ = ["DASHES", "dateline_end", "find_layout", "is_title_case", "line_starts"]

DASHES = frozenset({"-", "—", "–", "--", "―"})
# Quotes that close a quoted heading: "'Need to talk'-Erdogan".
CLOSING_QUOTES = frozenset({"'", '"', "\u201d", "\u2019"})

# A headline run into its first sentence has at least this many words before
# the junction: "Kim Jong-Un visits" is a name, not a headline "Kim Jong".
_MIN_HEADLINE_WORDS = 3
# Tokens a photo credit in parentheses may hold: "(H. Elrasam/VOA)", "(AP Photo/Evan Vucci)".
_MAX_CREDIT_TOKENS = 10


def line_starts(doc: Doc) -> list[int]:
    """Indexes of the first token of every line (after a line break)."""
    return [0] + [
        t.i for t in doc[1:] if ("\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_) and not t.is_space
    ]


def find_layout(doc: Doc) -> list[Span]:
    """Headline, datelines, caption markers and credits of ``doc``, in text order."""
    found: list[Span] = []
    starts = line_starts(doc)
    ends = [*starts[1:], len(doc)]
    first = 0
    while first < len(starts) and _is_address(doc, starts[first], ends[first]):
        found.append(Span(doc, starts[first], ends[first], label="URL"))
        first += 1  # "http://www.starpulse.com/news/..." above the headline
    if first < len(starts):
        found.extend(_headline(doc, starts[first], ends[first]))
    for start, end in zip(starts, ends):
        if start > starts[min(first, len(starts) - 1)]:
            found.extend(_subheading(doc, start, end))
        marker = _caption_marker(doc, start, end)
        if marker is not None:
            found.append(marker)
            start = marker.end
        after = dateline_end(doc, start)
        if after is not None:
            found.append(Span(doc, start, after, label="DATELINE"))
    found.extend(_credits(doc))
    return sorted(found, key=lambda s: (s.start, s.end))


def _is_address(doc: Doc, start: int, end: int) -> bool:
    """A line that is a web address: "http: / / www. starpulse. com / news / ..."."""
    return start < end and doc[start].lower_.startswith(ADDRESS_STARTS)


def is_title_case(tokens: Span) -> bool:
    """True when every word but the small ones starts with a capital and there
    are at least three words: "Obama Speaks by Phone to Iran's Rouhani"."""
    words = [t for t in tokens if t.is_alpha and not _after_hyphen(t)]  # "Kim Jong-un Arrives"
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    return all(t.text[:1].isupper() or t.lower_ in HEADLINE_SMALL_WORDS for t in words)


def _after_hyphen(token: Token) -> bool:
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text in DASHES
        and not doc[token.i - 2].whitespace_
        and not doc[token.i - 1].whitespace_
    )


def _headline(doc: Doc, start: int, end: int) -> list[Span]:
    """The headline of the first line, and the dateline after it, when wire
    copy ran them into the first sentence:

    - "Obama Speaks by Phone to Iran's Rouhani-WHITE HOUSE — -President Obama
      and ..." (headline, a hyphen, a dateline in capitals, a dash);
    - "Putin: US Knew Flight Path of Russian Jet Downed by Turkey-Russian
      President Vladimir Putin says ..." (headline, a hyphen, the sentence).

    A first line that is a title-case headline alone ("Kim Jong-un Arrives in
    Beijing" above the story) is the headline too.
    """
    if end < len(doc) and is_title_case(doc[start:end]):
        return [Span(doc, start, end, label="HEADLINE")]
    run = _title_run(doc, start, end)
    joints = [i for i in range(start + 1, run) if _is_joint(doc, i)]
    for i in joints:
        dateline = _dateline_after(doc, i + 1, run + 1)
        if dateline is not None and _words(doc, start, i) >= _MIN_HEADLINE_WORDS:
            return [Span(doc, start, i, label="HEADLINE"), Span(doc, i + 1, dateline, label="DATELINE")]
    if end >= len(doc):
        return []  # one line alone: a sentence, not a headline run into its story
    for i in reversed(joints):
        if _words(doc, start, i) >= _MIN_HEADLINE_WORDS and not _inside_name(doc, i):
            return [Span(doc, start, i, label="HEADLINE")]
    return []


def _subheading(doc: Doc, start: int, end: int) -> list[Span]:
    """A section heading the page ran into the next sentence with a hyphen,
    ending in a word in lower case or a closing quote: "Water
    exploitation-On Thursday, Modi ...", "'Need to talk'-Erdogan added ...".
    Not "A Trump-Putin summit" (a name before the hyphen) nor "The
    pro-Russian rebels" (a prefix)."""
    for i in range(start + 1, min(end - 1, start + SUBHEADING_WORDS + 2)):
        if not _is_joint(doc, i):
            continue
        before = doc[i - 1]
        ends_heading = before.is_alpha and before.is_lower and before.lower_ not in HYPHEN_PREFIXES
        quoted = before.text in CLOSING_QUOTES and i - 1 > start
        if (ends_heading or quoted) and _words(doc, start, i) <= SUBHEADING_WORDS:
            return [Span(doc, start, i, label="SUBHEADING")]
        return []
    return []


def _inside_name(doc: Doc, i: int) -> bool:
    """A hyphen inside a name rather than after a headline: "Jean-Yves",
    "Kim Jong-Un" (a given name before it, or a short name part after it,
    "Settlement-Israeli" and "Extremism-As" are junctions)."""
    before, after = doc[i - 1], doc[i + 1]
    if is_given_name(before.text):
        return True
    return len(after.text) <= 3 and after.is_alpha and after.lower_ not in HEADLINE_SMALL_WORDS


def _title_run(doc: Doc, start: int, end: int) -> int:
    """The end of the title-case words that open the line: the first word in
    lower case that a headline would capitalise ends it."""
    i = start
    while i < end:
        token = doc[i]
        if token.is_alpha and not token.text[:1].isupper() and token.lower_ not in HEADLINE_SMALL_WORDS:
            break
        i += 1
    return i


def _is_joint(doc: Doc, i: int) -> bool:
    """A hyphen that joins a headline to what follows: "Rouhani-WHITE",
    "Turkey-Russian", "Fears -Links" (its left side a word, its right side
    capitalised and glued to it)."""
    token = doc[i]
    if token.text not in DASHES or i + 1 >= len(doc) or token.whitespace_:
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (before.is_alpha or before.is_punct and before.text not in DASHES) and after.text[:1].isupper()


def _dateline_after(doc: Doc, start: int, end: int) -> int | None:
    """The body's first token when a dateline in capitals opens at ``start``
    and ends in a dash: "WHITE HOUSE — -", "NEW DELHI, INDIA — -"."""
    i = start
    words = 0
    while i < min(end, len(doc)) and (doc[i].is_upper and doc[i].is_alpha or doc[i].text in {",", "."}):
        words += doc[i].is_alpha
        i += 1
    if not words or i >= len(doc) or doc[i].text not in DASHES:
        return None
    while i < len(doc) and (doc[i].text in DASHES or doc[i].is_space or doc[i].text == "\xa0"):
        i += 1
    return i if i < len(doc) else None


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.is_alpha)


def _caption_marker(doc: Doc, start: int, end: int) -> Span | None:
    """ "FILE -" or "FILE PHOTO -" opening a line: a photo caption's marker;
    or after a section heading the page ran into it with a dash ("Brazil
    -FILE - Brazil's President Dilma Rousseff"), the dash then part of the marker."""
    for at in range(start, end):
        if at > start and not (doc[at - 1].text in DASHES and at - 1 > start):
            continue
        for size in (1, 2):
            if at + size >= end:
                break
            words = doc[at : at + size]
            if all(t.is_upper for t in words) and " ".join(t.lower_ for t in words) in CAPTION_MARKERS:
                if doc[at + size].text in DASHES:
                    return Span(doc, at if at == start else at - 1, at + size + 1, label="CAPTION")
    return None


def _credits(doc: Doc) -> list[Span]:
    """Photo credits in parentheses: "(H. Elrasam/VOA)", "(AP Photo/Evan Vucci)",
    "(Reuters)" after a caption is not one (a dateline keeps its agency)."""
    found = []
    for token in doc:
        if token.text != "(":
            continue
        close = _closing(token)
        if close is None:
            continue
        inside = doc[token.i + 1 : close]
        if "/" in inside.text and all(_credit_word(t) for t in inside):
            found.append(Span(doc, token.i, close + 1, label="CREDIT"))
    return found


def _closing(token: Token) -> int | None:
    doc = token.doc
    for j in range(token.i + 1, min(token.i + _MAX_CREDIT_TOKENS + 2, len(doc))):
        if doc[j].text == ")":
            return j
        if doc[j].text == "(" or "\n" in doc[j].text:
            return None
    return None


def _credit_word(token: Token) -> bool:
    """A word of a credit: capitalised parts around slashes ("Elrasam/VOA"), initials, slashes."""
    return all(part[:1].isupper() or not part for part in token.text.split("/")) or token.text in {"/", ".", "-"}


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a dateline or timestamp that opens a line:
    "NEW DELHI (Reuters) -", "NAIROBI, June 14 -", "4:15 p.m. -". Wire copy
    runs them into the first sentence, whose subject they would become."""
    inside = False
    anchor = False
    for j in range(start, min(start + 12, len(doc))):
        token = doc[j]
        if "\n" in token.text:
            return None
        if token.text in DASHES and j > start and token.whitespace_ and doc[j - 1].whitespace_:
            return j + 1 if anchor and j + 1 < len(doc) else None
        if token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif token.is_upper and len(token.text) > 1 or token.text[:1].isdigit():
            anchor = True
        elif not (inside or token.is_punct or token.lower_ in DATELINE_WORDS):
            return None
    return None
