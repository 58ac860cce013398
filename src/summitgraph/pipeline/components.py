"""spaCy components that summitgraph adds to a pipeline.

They only add or correct annotations (sentence starts, ``doc.ents``,
``doc.spans["summitgraph_roles"]``); reading the annotations happens in
``summitgraph.mentions`` and ``summitgraph.candidates``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from summitgraph import gazetteer
from summitgraph.lexicon.names import (
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_NATIONAL_HEADS,
    PERSON_TITLES,
    TITLE_OF_WORDS,
    TITLES,
)
from summitgraph.lexicon.roles import ROLE_NOUNS
from summitgraph.names import name_words, surnames

ROLES_KEY = "summitgraph_roles"
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


# Tokens after which a sentence may end.
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@Language.component(
    "summitgraph_line_sentences",
    assigns=["token.is_sent_start"],
)
def line_sentences(doc: Doc) -> Doc:
    """Sentences start at every line break, and only there or after
    sentence-final punctuation.

    News text keeps headlines, datelines and paragraphs on lines of their own,
    often without a full stop. Left to itself the parser runs a headline into
    the lead; given only the line starts, it adds stray breaks next to them
    ("Angela | Merkel arrived"), which also cut the names NER sees. So every
    token gets a decision the parser keeps: a start after a line break, no
    start inside a line except after ".", "!", "?" (and a closing quote after
    them), where the parser decides. Runs before the parser.
    """
    decisions = [0] * len(doc)  # 1: starts a sentence, -1: does not, 0: the parser decides
    line_starts = [0] + [
        t.i for t in doc[1:] if ("\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_) and not t.is_space
    ]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            decisions[token.i] = -1 if token.is_space else 1
        elif token.is_space:
            decisions[token.i] = -1
        elif previous.text in SENTENCE_FINAL or (
            previous.text in CLOSING and token.i >= 2 and doc[token.i - 2].text in SENTENCE_FINAL | {","}
        ):
            continue  # the parser decides
        elif len(previous.text) > 1 and previous.text.endswith(".") and token.text[:1].isupper():
            continue  # "... in the U.S. Then ...": the parser decides
        else:
            decisions[token.i] = -1
    for start in line_starts:
        after = _dateline_end(doc, start)
        if after is not None:
            decisions[after] = 1
    if len(doc):
        # One array write: setting Token.is_sent_start one token at a time costs
        # a pass over the Doc each time.
        values = numpy.asarray(decisions, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
    return doc


DASHES = frozenset({"-", "—", "–", "--", "―"})
# Words a dateline or a live-blog timestamp may hold besides capitals and numbers.
DATELINE_WORDS = frozenset(
    "a.m. p.m. am pm jan jan. feb feb. mar mar. apr apr. may jun jun. jul jul. aug aug. sep sep. sept. oct oct. "
    "nov nov. dec dec. january february march april june july august september october november december".split()
)


def _dateline_end(doc: Doc, start: int) -> int | None:
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


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _joined(left: Token, right: Token) -> bool:
    """True when ``right`` follows ``left`` with no space between them."""
    return left.whitespace_ == "" and right.i == left.i + 1


def _whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so that no hyphenated word is cut ("Moon Jae" + "-in")."""
    while (
        end + 1 < len(doc)
        and doc[end].text in {"-", "–"}
        and _joined(doc[end - 1], doc[end])
        and _joined(doc[end], doc[end + 1])
        and doc[end + 1].is_alpha
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text in {"-", "–"}
        and _joined(doc[start - 2], doc[start - 1])
        and _joined(doc[start - 1], doc[start])
        and doc[start - 2].is_alpha
        and _is_capitalised(doc[start - 2])
    ):
        start -= 2
    return start, end


def _words(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) into written words: tokens joined without spaces
    ("Jong", "-", "un") form one word."""
    words: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if i == end - 1 or doc[i].whitespace_:
            words.append((begin, i + 1))
            begin = i + 1
    return words


def _with_particles(doc: Doc, end: int) -> int:
    """Extend a person's name over the particles spaCy leaves out: "Ursula"
    + "von der Leyen", "Jean-Yves" + "Le Drian", "Ziad" + "al-Khatib",
    "Mansour" + "bin Khalifa Al Kuwari"."""
    while end > 1 and doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1  # "Ursula von der" tagged PERSON, "Leyen" GPE
    while True:
        i = end
        while i < len(doc) and doc[i].lower_ in NAME_PARTICLES:
            i += 1
            if i + 1 < len(doc) and doc[i].text == "-" and _joined(doc[i - 1], doc[i]) and _joined(doc[i], doc[i + 1]):
                i += 1  # "al-Khatib"
        if i == end or i >= len(doc):
            return end
        surname = doc[i]
        if not (surname.text[:1].isupper() and surname.tag_ in {"NNP", "NNPS"} and surname.ent_type_ != "PERSON"):
            return end
        end = _whole_words(doc, i, i + 1)[1]


def _with_name_head(doc: Doc, end: int) -> int:
    """ "Yoon Suk" + "Yeol": when the parser makes the name's last word a
    compound of the capitalised, untagged word after it, that word ends the name."""
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].tag_ in {"NNP", "NNPS"}
        and doc[end].text[:1].isupper()
        and not doc[end].ent_type_
        and doc[end].lower_ not in TITLES
    ):
        end += 1
    return end


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
    words = _words(doc, start, end)
    if label == "PERSON":
        # "spokesperson Lu Kang", "President Trump", "the late Kofi Annan".
        while len(words) > 1 and (doc[words[0][0]].lower_ in TITLES or not _is_capitalised(doc[words[0][0]])):
            words.pop(0)
    # "KCNA news agency" -> "KCNA": a lower-case tail is a description, and a
    # name does not end in a connector ("of", "the").
    while len(words) > 1 and (
        not any(_is_capitalised(t) for t in doc[words[-1][0] : words[-1][1]])  # "al-Khatib" is a name
        or doc[words[-1][0]].lower_ in NAME_CONNECTORS
        and words[-1][1] - words[-1][0] == 1
    ):
        words.pop()
    if not words:
        return start, start
    return words[0][0], words[-1][1]


def _title_phrase_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens in title phrases like "Secretary of State"."""
    inside: set[int] = set()
    for token in doc:
        if (
            token.lower_ == "of"
            and token.i > 0
            and token.i + 1 < len(doc)
            and doc[token.i - 1].lower_ in TITLES
            and _is_capitalised(doc[token.i - 1])
        ):
            end = token.i + 1
            while end < len(doc) and doc[end].lower_ in TITLE_OF_WORDS and _is_capitalised(doc[end]):
                end += 1
            inside.update(range(token.i + 1, end))
    return inside


def _sentence_starts(doc: Doc) -> set[int]:
    """Token indexes that start a sentence (``Token.is_sent_start`` costs a
    pass over the whole Doc each time it is read)."""
    return {sent.start for sent in doc.sents}


def _institution_spans(doc: Doc, starts: set[int]) -> list[Span]:
    """Organisation names built as "<Head> for/of/on [the] <Capitalised words>".

    "Centre for the National Interest", "Ministry of Foreign Affairs",
    "Council on Foreign Relations": spaCy's small model often tags the head as
    a place and the rest as a separate organisation.
    """
    spans = []
    for token in doc:
        if token.lower_ not in {"for", "of", "on"} or token.i == 0:
            continue
        head = doc[token.i - 1]
        if head.lower_ not in ORG_HEADS or not head.text[:1].isupper():
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].lower_ == "the":
            end += 1
        name_start = end
        while end < len(doc) and (
            doc[end].text[:1].isupper()
            and end not in starts
            and not (doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B")
            or doc[end].lower_ in {"and", "&"}
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        if end == name_start:
            continue
        # Take the capitalised words in front of the head too ("Korea
        # Development Institute for ...", "National Council on ...").
        start = head.i
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and start not in starts
            and doc[start - 1].tag_ in {"NNP", "NNPS"}
        ):
            start -= 1
        if doc[end - 1].tag_ == "POS":
            end -= 1
        spans.append(Span(doc, start, end, label="ORG"))
    return spans


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
    - words of a title phrase ("Secretary of State") are not entities.
    """
    in_titles = _title_phrase_tokens(doc)
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            spans.append(ent)
            continue
        start, end = _whole_words(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            end = _with_particles(doc, end)
            end = _with_name_head(doc, end)
        start, end = _trim(doc, start, end, ent.label_)
        if end <= start or all(i in in_titles for i in range(start, end)):
            continue
        if not any(_is_capitalised(t) for t in doc[start:end]):
            continue
        if ent.label_ == "GPE" and end < len(doc) and doc[end].text.startswith("$") and _joined(doc[end - 1], doc[end]):
            continue  # "US$ 40 billion", "HK$": a currency, not a place
        if ent.label_ == "ORG" and any(t.text == "," for t in doc[start:end]):
            continue  # "Before leaving Canberra, Donnelly held ...": two names run together
        label = ent.label_
        if label == "PERSON" and _before_person_title(doc, start, end):
            label = "ORG"  # "Tesla CEO Elon Musk": the name before a title is the employer
        if label in {"ORG", "GPE", "LOC", "NORP"} and _after_person_title(doc, start, end):
            label = "PERSON"
            end = _with_particles(doc, end)
        spans.append(Span(doc, start, end, label=label))
    spans = _join_split_names(doc, _untagged_names(doc, spans))
    spans = _merge_national_institutions(doc, spans)
    spans = _prefer(spans, _institution_spans(doc, _sentence_starts(doc)))
    spans = _spread_names(doc, filter_spans(spans))
    doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)
    return doc


def _spread_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the short names of people named in full: a person named
    in full somewhere in the article is a person wherever the article repeats
    their short name, also where NER missed it ("Robert Hale" ... "Hale and
    Fournier-Grant held a bilateral") or took it for a place."""
    forms: set[str] = set()
    for span in spans:
        if span.label_ == "PERSON" and len(name_words(span.text)) > 1:
            forms |= surnames(span.text)
    if not forms:
        return spans
    # A one-word place that is such a name and no place the gazetteer knows is
    # the person ("Karaca also held talks", tagged GPE).
    kept = []
    for span in spans:
        if (
            span.label_ in PLACE_LABELS
            and len(name_words(span.text)) == 1
            and span.text.lower() in forms
            and gazetteer.place(span.text) is None
        ):
            continue
        kept.append(span)
    covered = {i for span in kept for i in range(span.start, span.end)}
    found = []
    for start, end in _words(doc, 0, len(doc)):
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "-"):
            end -= 1  # "Hale's", "Hale,"
        if end <= start or any(i in covered for i in range(start, end)):
            continue
        first = doc[start]
        if not first.text[:1].isupper() or first.tag_ not in {"NNP", "NNPS"}:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            continue  # "the Moon"
        if doc[start:end].text.lower() in forms:
            found.append(Span(doc, start, end, label="PERSON"))
    return kept + found


def _before_person_title(doc: Doc, start: int, end: int) -> bool:
    """ "Tesla CEO Elon Musk": a one-word "person" right before a title that
    is itself right before a person's name is an organisation."""
    if end - start != 1 or end + 1 >= len(doc) or doc[end].lower_ not in PERSON_TITLES | {"ceo", "chief"}:
        return False
    after = end + 1
    while after < len(doc) and doc[after].lower_ in TITLES:
        after += 1  # "chief executive"
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B"


def _after_person_title(doc: Doc, start: int, end: int) -> bool:
    """ "President Nikola Stanković", "politician Sébastien Marchal": a name of
    two to four capitalised words right after a person's title, tagged as an
    organisation or place, is a person's name."""
    if start == 0 or doc[start - 1].lower_ not in PERSON_TITLES:
        return False
    words = _words(doc, start, end)
    if not 2 <= len(words) <= 4:
        return False
    return all(
        any(_is_capitalised(t) for t in doc[a:b]) and doc[a].lower_ not in ORG_HEADS | ORG_NATIONAL_HEADS
        for a, b in words
    )


def _untagged_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names NER left untagged or cut: two to four capitalised words after a
    person's title ("President Alejandro Restrepo Vargas", "his Chilean
    counterpart Camila Sotomayor Reyes"), and a double-barrelled surname
    after a person's name ("Maria Teresa" + "Villanueva-Santos")."""
    tagged = {i for span in spans for i in range(span.start, span.end)}
    person_at = {span.start: span for span in spans if span.label_ == "PERSON"}
    out = list(spans)
    for token in doc:
        if token.lower_ not in PERSON_TITLES or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ in TITLES:
            continue  # the name starts after the last word of "Prime Minister"
        end = token.i + 1
        while end < len(doc) and end not in tagged and doc[end].tag_ in {"NNP", "NNPS"} and _is_capitalised(doc[end]):
            end = _whole_words(doc, end, end + 1)[1]
        if end == token.i + 1:
            continue  # nothing untagged after the title
        following = person_at.get(end)  # "counterpart Héctor Lugo" + "Rangel" (tagged)
        stop = following.end if following is not None else end
        if 2 <= len(_words(doc, token.i + 1, stop)) <= 4:
            if following is not None and following in out:
                out.remove(following)
            out.append(Span(doc, token.i + 1, stop, label="PERSON"))
    for index, span in enumerate(out):
        end = span.end
        if (
            span.label_ == "PERSON"
            and end + 2 < len(doc)
            and end not in tagged
            and doc[end].text[:1].isupper()
            and doc[end + 1].text == "-"
            and _joined(doc[end], doc[end + 1])
            and _joined(doc[end + 1], doc[end + 2])
            and doc[end + 2].text[:1].isupper()
        ):
            out[index] = Span(doc, span.start, end + 3, label="PERSON")
    return filter_spans(out)


def _join_split_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Rosa Elena" + "Quispe" + "Huamán": NER cuts long names (two given
    names, two surnames) into pieces; two PERSON spans with at most one
    capitalised word and no punctuation between them are one name."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        if (
            out
            and span.label_ == "PERSON"
            and out[-1].label_ == "PERSON"
            and gazetteer.country_of_demonym(out[-1].text) is None
        ):
            gap = doc[out[-1].end : span.start]
            if len(gap) <= 1 and all(
                t.text[:1].isupper() and t.tag_ in {"NNP", "NNPS"} and not t.ent_type_ and t.lower_ not in TITLES
                for t in gap
            ):
                if not doc[out[-1].end - 1].whitespace_ == "" and len(_words(doc, out[-1].start, span.end)) <= 5:
                    out[-1] = Span(doc, out[-1].start, span.end, label="PERSON")
                    continue
        out.append(span)
    return out


def _merge_national_institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if (
            out
            and span.label_ == "ORG"
            and out[-1].label_ in {"NORP", "GPE"}
            and out[-1].end == span.start
            and doc[span.end - 1].lower_ in ORG_NATIONAL_HEADS
        ):
            previous = out.pop()
            span = Span(doc, previous.start, span.end, label="ORG")
        out.append(span)
    return out


def _prefer(spans: list[Span], preferred: list[Span]) -> list[Span]:
    """Replace the spans that overlap a preferred span by it."""
    if not preferred:
        return spans
    covered = set()
    for p in preferred:
        covered.update(range(p.start, p.end))
    kept = [s for s in spans if not any(i in covered for i in range(s.start, s.end))]
    return kept + preferred


# --- role descriptions ------------------------------------------------------

_MAX_ROLE_WORDS = max(len(k.split()) for k in ROLE_NOUNS)


def _role_at(doc: Doc, start: int) -> tuple[str, int] | None:
    """The role noun (normalised) starting at token ``start`` and its end."""
    for size in range(_MAX_ROLE_WORDS, 0, -1):
        end = start + size
        if end > len(doc):
            continue
        words = " ".join(t.lower_ for t in doc[start:end])
        if words in ROLE_NOUNS:
            return ROLE_NOUNS[words], end
    return None


def _followed_by_name(doc: Doc, end: int) -> bool:
    """ "Chinese President Xi Jinping": a role right before a name is a title."""
    return end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


@Language.component(
    "summitgraph_roles",
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def find_roles(doc: Doc) -> Doc:
    """Mark role descriptions that stand for a person: "China's president",
    "the North Korean leader", "South Korea's foreign minister".

    Each span's label is ``"<ISO country code>|<role>"``; the resolver links
    it to the person of the article who holds that role.
    """
    found: list[Span] = []
    for ent in doc.ents:
        country = None
        after = ent.end
        if ent.label_ in PLACE_LABELS and after < len(doc) and doc[after].tag_ == "POS":
            country = gazetteer.country(ent.text)
            after += 1
        elif ent.label_ in {"NORP", "GPE"}:
            country = gazetteer.country_of_demonym(ent.text) or gazetteer.country(ent.text)
        if country is None:
            continue
        role = _role_at(doc, after)
        if role is None:
            continue
        name, end = role
        if _followed_by_name(doc, end) or any(t.ent_type_ == "PERSON" for t in doc[after:end]):
            continue
        start = ent.start
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        found.append(Span(doc, start, end, label=f"{country.iso2}|{name}"))
    found.extend(_roles_of_places(doc))
    doc.spans[ROLES_KEY] = sorted(filter_spans(found), key=lambda s: s.start)
    return doc


def _roles_of_places(doc: Doc) -> list[Span]:
    """ "the president of China", "the prime minister of Japan"."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        country = gazetteer.country(ent.text)
        if country is None:
            continue
        for size in range(_MAX_ROLE_WORDS, 0, -1):
            start = ent.start - 1 - size
            if start < 0:
                continue
            role = _role_at(doc, start)
            if role is not None and role[1] == ent.start - 1:
                # Kept when a name follows ("the President of China, Xi
                # Jinping"): the apposition gives that person the role.
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                found.append(Span(doc, start, ent.end, label=f"{country.iso2}|{role[0]}"))
                break
    return found
