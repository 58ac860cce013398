"""People's names for ``summitgraph_entities``: the parts NER leaves out, the
names it misses, and the labels a person's title settles.

- a name takes the particles and the last word NER left out ("Ursula" +
  "von der Leyen", "Yoon Suk" + "Yeol");
- the name right after a person's title is a person ("Serbian President
  Nikola Stanković" tagged ORG), and a one-word name right before a title is
  the employer ("Tesla CEO Elon Musk");
- names NER left untagged or cut into pieces are found and joined ("his
  Chilean counterpart Camila Sotomayor Reyes", "Rosa Elena" + "Quispe");
- a person named in full is a person wherever their short name comes back.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from summitgraph import gazetteer
from summitgraph.lexicon.names import EMPLOYEE_TITLES, NAME_PARTICLES, PERSON_TITLES, TITLES
from summitgraph.lexicon.organisations import ORG_HEADS, ORG_NATIONAL_HEADS
from summitgraph.names import fold, name_words, surnames
from summitgraph.pipeline.labels import PLACE_LABELS
from summitgraph.pipeline.spans import PROPER_NOUN_TAGS, is_capitalised, joined, whole_words, written_words

# A city this large is a place even where a person of that surname is named.
_LARGE_CITY = 1_000_000
# Verbs a singular subject takes ("Jobs welcomed", "Jobs says"), not "Jobs are scarce".
_SINGULAR_VERB_TAGS = frozenset({"VBD", "VBZ", "MD"})

__all__ = [
    "after_person_title",
    "before_person_title",
    "join_split_names",
    "spread_names",
    "untagged_names",
    "with_name_head",
    "with_particles",
]


def with_particles(doc: Doc, end: int) -> int:
    """Extend a person's name over the particles spaCy leaves out: "Ursula"
    + "von der Leyen", "Jean-Yves" + "Le Drian", "Ziad" + "al-Khatib",
    "Mansour" + "bin Khalifa Al Kuwari"."""
    while end > 1 and doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1  # "Ursula von der" tagged PERSON, "Leyen" GPE
    while True:
        i = end
        while i < len(doc) and doc[i].lower_ in NAME_PARTICLES:
            i += 1
            if i + 1 < len(doc) and doc[i].text == "-" and joined(doc[i - 1], doc[i]) and joined(doc[i], doc[i + 1]):
                i += 1  # "al-Khatib"
        if i == end or i >= len(doc):
            return end
        surname = doc[i]
        if not (surname.text[:1].isupper() and surname.tag_ in PROPER_NOUN_TAGS and surname.ent_type_ != "PERSON"):
            return end
        end = whole_words(doc, i, i + 1)[1]


def with_name_head(doc: Doc, end: int) -> int:
    """ "Yoon Suk" + "Yeol": when the parser makes the name's last word a
    compound of the capitalised, untagged word after it, that word ends the name."""
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].tag_ in PROPER_NOUN_TAGS
        and doc[end].text[:1].isupper()
        and not doc[end].ent_type_
        and doc[end].lower_ not in TITLES
    ):
        end += 1
    return end


def before_person_title(doc: Doc, start: int, end: int) -> bool:
    """ "Tesla CEO Elon Musk": a one-word "person" right before a title that
    is itself right before a person's name is an organisation."""
    if end - start != 1 or end + 1 >= len(doc) or doc[end].lower_ not in EMPLOYEE_TITLES:
        return False
    after = end + 1
    while after < len(doc) and doc[after].lower_ in TITLES:
        after += 1  # "chief executive"
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B"


def after_person_title(doc: Doc, start: int, end: int) -> bool:
    """ "President Nikola Stanković", "politician Sébastien Marchal": a name of
    two to four capitalised words right after a person's title, tagged as an
    organisation or place, is a person's name."""
    if start == 0 or doc[start - 1].lower_ not in PERSON_TITLES:
        return False
    words = written_words(doc, start, end)
    if not 2 <= len(words) <= 4:
        return False
    return all(
        any(is_capitalised(t) for t in doc[a:b]) and doc[a].lower_ not in ORG_HEADS | ORG_NATIONAL_HEADS
        for a, b in words
    )


def untagged_names(doc: Doc, spans: list[Span]) -> list[Span]:
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
        while end < len(doc) and end not in tagged and doc[end].tag_ in PROPER_NOUN_TAGS and is_capitalised(doc[end]):
            end = whole_words(doc, end, end + 1)[1]
        if end == token.i + 1:
            continue  # nothing untagged after the title
        following = person_at.get(end)  # "counterpart Héctor Lugo" + "Rangel" (tagged)
        stop = following.end if following is not None else end
        if 2 <= len(written_words(doc, token.i + 1, stop)) <= 4:
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
            and joined(doc[end], doc[end + 1])
            and joined(doc[end + 1], doc[end + 2])
            and doc[end + 2].text[:1].isupper()
        ):
            out[index] = Span(doc, span.start, end + 3, label="PERSON")
    return filter_spans(out)


def join_split_names(doc: Doc, spans: list[Span]) -> list[Span]:
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
                t.text[:1].isupper() and t.tag_ in PROPER_NOUN_TAGS and not t.ent_type_ and t.lower_ not in TITLES
                for t in gap
            ):
                if not doc[out[-1].end - 1].whitespace_ == "" and len(written_words(doc, out[-1].start, span.end)) <= 5:
                    out[-1] = Span(doc, out[-1].start, span.end, label="PERSON")
                    continue
        out.append(span)
    return out


def _subject_of_verb(doc: Doc, start: int, end: int) -> bool:
    """ "Jobs welcomed", "Papermaster did not comment": a one-word name the
    tagger took for a common noun, right before a finite verb or modal."""
    return end - start == 1 and end < len(doc) and doc[end].tag_ in _SINGULAR_VERB_TAGS and doc[end].lower_ != "were"


def _well_known_place(name: str) -> bool:
    """A country, region or city of a million people: "Paris" stays a place
    beside "Mary Paris"; "Bush" (a small town in Egypt) does not."""
    if gazetteer.country(name) is not None:
        return True
    place = gazetteer.place(name)
    return place is not None and (place.kind != "city" or (place.population or 0) >= _LARGE_CITY)


def spread_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the short names of people named in full: a person named
    in full somewhere in the article is a person wherever the article repeats
    their short name, also where NER missed it ("Robert Hale" ... "Hale and
    Fournier-Grant held a bilateral") or took it for a place."""
    forms: set[str] = set()
    people: Counter = Counter()
    places: Counter = Counter()
    for span in spans:
        if span.label_ == "PERSON" and len(name_words(span.text)) > 1:
            forms |= surnames(span.text)
            people[fold(span.text)] += 1
        elif span.label_ in PLACE_LABELS:
            places[fold(span.text)] += 1
    if not forms:
        return spans
    kept = []
    for span in spans:
        if (
            span.label_ in PLACE_LABELS
            and len(name_words(span.text)) == 1
            and span.text.lower() in forms
            and not _well_known_place(span.text)
        ):
            # A one-word place that is such a name is the person ("Karaca also
            # held talks", "Bush said" beside "George W. Bush", tagged GPE),
            # unless it is a country or a large city.
            continue
        key = fold(span.text)
        if span.label_ in PLACE_LABELS and len(name_words(span.text)) > 1 and people[key] > places[key]:
            # "Wladimir Klitschko" tagged GPE where the article mostly tags him PERSON.
            span = Span(doc, span.start, span.end, label="PERSON")
        kept.append(span)
    covered = {i for span in kept for i in range(span.start, span.end)}
    found = []
    for start, end in _within_sentences(doc, written_words(doc, 0, len(doc))):
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "-"):
            end -= 1  # "Hale's", "Hale,"
        if end <= start or any(i in covered for i in range(start, end)):
            continue
        first = doc[start]
        if not first.text[:1].isupper():
            continue
        if first.tag_ not in PROPER_NOUN_TAGS and not _subject_of_verb(doc, start, end):
            continue  # "Jobs welcomed everyone", tagged NNS, is Steve Jobs
        if start > 0 and doc[start - 1].lower_ == "the":
            continue  # "the Moon"
        if doc[start:end].text.lower() in forms:
            found.append(Span(doc, start, end, label="PERSON"))
    return kept + found


def _within_sentences(doc: Doc, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Written words cut where a sentence starts inside one: a section heading
    run into its sentence ("Buying oil-Erdogan also denied") is two."""
    out = []
    for start, end in words:
        cuts = [i for i in range(start + 1, end) if doc[i].is_sent_start]
        for a, b in zip([start, *cuts], [*cuts, end]):
            out.append((a, b))
    return out
