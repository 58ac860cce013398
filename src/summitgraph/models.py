"""Every record summitgraph passes between its stages.

Records are frozen pydantic models that forbid unknown fields. They carry
character offsets into the article text (never spaCy objects) and
deterministic ids, so that the same input always serialises to the same bytes.

The data flows one way:

    Article -> (spaCy Doc) -> Mention, Candidate -> Entity -> Event, Interaction
            -> ArticleExtraction -> networkx graph
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityKind = Literal["person", "organization", "place"]
MentionKind = Literal["person", "organization", "place", "date"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
InteractionKind = Literal["met", "visited", "accompanied"]
#: What a statement says of an event: it happened, is planned, is only
#: possible, was called off or postponed, or is denied ("did not meet").
Status = Literal["occurred", "planned", "possible", "cancelled", "denied"]
#: The statuses an event or an interaction edge carries
#: (``summitgraph.interactions.status.EDGE_STATUSES``); a denial gives no event.
EdgeStatus = Literal["occurred", "planned", "possible", "cancelled"]
#: The kind of contact an event is: "met", "held talks", "a summit", "visited", "a phone call".
ContactKind = Literal["meeting", "talks", "summit", "visit", "call"]
Mode = Literal["in_person", "phone", "video", "letter"]
Tense = Literal["past", "present", "future"]
#: Where an article's publication date came from: its metadata (the ``published``
#: field of its JSON or sidecar, or the ``published`` argument of ``extract``), a
#: date line or dateline in its text ("BEIJING, Jan. 8 (Reuters) -"), the date in
#: its URL (".../2019/01/08/..."), or the fallback given for undated articles
#: (``--published``). See ``summitgraph.articles.published``.
PublishedSource = Literal["metadata", "text", "url", "default"]


class Record(BaseModel):
    """Base of every record: immutable, strict about its fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One news article as it was read, before any NLP."""

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource | None = Field(default=None, description="where ``published`` came from")
    url: str | None = None
    source: str | None = None
    path: str | None = Field(default=None, description="file it was read from")
    line: int | None = Field(default=None, description="line of a .jsonl file")


class Timex(Record):
    """A normalised time expression: TIMEX3 ``type``, ``value`` and optional ``mod``.

    ``value`` follows TimeML: ``2019-01-08``, ``2018-06``, ``2018``, ``2019-W02``,
    ``2019-01-07TAF``, ``P3D``, ``PRESENT_REF``, ``XXXX-XX-XX`` ...; ``mod`` is
    one of TimeML's modifiers (``START``, ``MID``, ``END``, ``APPROX``, ``BEFORE``, ...).
    """

    type: TimexType
    value: str
    mod: str | None = None


class Mention(Record):
    """A span of the article text that names a person, organisation, place or date.

    ``start``/``end`` index the article text exactly as it was read. Name
    mentions carry ``entity``, the id of the graph node they resolved to;
    date mentions carry ``value`` (TIMEX3) and ``type`` instead.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: MentionKind
    entity: str | None = None
    value: str | None = None
    type: TimexType | None = None
    mod: str | None = None


class DateRange(Record):
    """A stretch of time the text gives with both ends: "from Monday to Thursday",
    "between 2014 and 2016", "March 5-8", or a duration from its first day ("a
    three-day visit starting Tuesday": Tuesday to Thursday).

    ``start`` and ``end`` are TIMEX3 values of the first and the last part
    (``2019-01-07`` and ``2019-01-10``; ``2014`` and ``2016``); the mention
    fields index the article's date mentions (``find_dates``' list):
    ``end_mention`` is None when the end was counted from ``duration_mention``.
    """

    start: str
    end: str
    start_mention: int
    end_mention: int | None = None
    duration_mention: int | None = None


class Entity(Record):
    """A person, organisation or place: one node of the graph.

    ``roles`` are the roles the articles give a person, country first when
    they name one ("US president", "foreign minister", "former president").
    """

    id: str
    label: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    articles: tuple[str, ...] = ()


class Interaction(Record):
    """One interaction stated by one article: an edge of the graph.

    ``met`` edges are symmetric and stored with ``source`` < ``target``;
    ``visited`` points from a person to a place, ``accompanied`` from the
    companion to the person accompanied.
    """

    id: str
    kind: InteractionKind
    source: str
    target: str
    status: EdgeStatus
    date: str | None = Field(default=None, description="TIMEX3 value; first day of a span")
    start: str | None = None
    end: str | None = None
    place: str | None = Field(default=None, description="label of a place node")
    place_id: str | None = None
    mode: Mode | None = None
    count: int | None = Field(default=None, description="how many, when the article says")
    trigger: str
    article: str
    evidence: str
    evidence_start: int
    evidence_end: int
    event: str | None = Field(default=None, description="id of the event a met edge belongs to")
    contact: ContactKind | None = None
    confidence: float | None = None


class Party(Record):
    """One party to an event: a person, an organisation or a country.

    ``text``, ``start`` and ``end`` are the words that name it in the
    evidence ("Iran's foreign minister"); ``via`` is the role through which a
    country or organisation takes part when its representative is not named
    ("foreign minister").
    """

    entity: str
    kind: EntityKind
    text: str
    start: int
    end: int
    via: str | None = None


class Evidence(Record):
    """One statement of an event: the sentence and the trigger word in it."""

    article: str
    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


class Event(Record):
    """One meeting, talks, summit, visit or call, with all its parties.

    Every pair of parties gets a ``met`` edge that carries the event's ``id``;
    ``mentions`` counts the statements of it (``evidence``), in one article or
    across a corpus, as GDELT's mentions table counts reports of one event.
    """

    id: str
    contact: ContactKind
    status: EdgeStatus
    parties: tuple[Party, ...]
    date: str | None = Field(default=None, description="TIMEX3 value; first day of a span")
    start: str | None = None
    end: str | None = None
    place: str | None = Field(default=None, description="label of a place node")
    place_id: str | None = None
    venue: str | None = Field(default=None, description="the building or site: 'the White House'")
    mode: Mode | None = None
    count: int | None = Field(default=None, description="how many, when the article says")
    evidence: tuple[Evidence, ...]
    mentions: int = 1
    confidence: float = Field(ge=0.0, le=1.0)


class ArticleExtraction(Record):
    """Everything summitgraph read from one article: one line of extractions.jsonl."""

    article: str
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    title: str | None = None
    mentions: tuple[Mention, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()


# --- records internal to one article's extraction ---------------------------


class NameMention(Record):
    """A name or role description found in the Doc, before resolution.

    ``name`` is the name as an alias (no possessive, no leading lower-case
    "the"); role descriptions ("China's president") have ``role`` set to
    ``"<ISO country>|<role>"`` and no name. ``titles`` are the roles a named
    person is given in the text ("Chinese President Xi Jinping"), ``descriptions``
    the other title words in front of the name ("Justice", "spokesman"). ``label`` is
    spaCy's entity label. Token offsets index the Doc for the later Doc
    readers of the same article; they never leave the extraction.
    """

    start: int
    end: int
    text: str
    kind: EntityKind
    label: str
    name: str | None = None
    role: str | None = None
    titles: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = Field(
        default=(),
        description='what the words in front of the name call the person beyond a role ("justice", "spokesman")',
    )
    same_as: int | None = Field(default=None, description="index of an apposed name mention")
    sentence: int
    token_start: int
    token_end: int


class Candidate(Record):
    """An interaction stated in one sentence, its participants pointing at
    ``NameMention`` indexes; ``events`` turns it into ``Interaction``s.

    ``side_a`` x ``side_b`` are the pairs that met; when ``side_b`` is empty
    every pair within ``side_a`` met ("Kim and Trump met"). For ``visited``,
    ``target`` is the place visited; for ``accompanied``, ``side_a`` are the
    companions and ``side_b`` the person accompanied.
    """

    kind: InteractionKind
    contact: ContactKind | None = Field(default=None, description="what kind of contact a met candidate is")
    trigger: str
    trigger_start: int
    trigger_end: int = 0
    side_a: tuple[int, ...] = ()
    side_b: tuple[int, ...] = ()
    target: int | None = None
    place: int | None = None
    date: int | None = Field(default=None, description="index of a date Mention")
    date_end: int | None = None
    until: str | None = Field(default=None, description="TIMEX3 value of the last day, when a range gives one")
    status: Status
    mode: Mode | None = None
    count: int | None = None
    separately: bool = Field(default=False, description="side_b met side_a one by one, not together")
    people_partners: bool = Field(default=False, description="side_b counts only as people: 'hosted', 'received'")
    venue: int | None = Field(default=None, description="index of the mention naming the venue")
    hosts: tuple[int, ...] = Field(default=(), description="for a visit: whom it visits (people, organisations)")
    official: bool | None = Field(
        default=False,
        description="for a visit: True when the text says official or state visit, None when an official's "
        "visit would be (a visit word), False for private trips and mere travel",
    )
    partial: bool = Field(
        default=False, description="the text names only some parties ('with leaders in law enforcement')"
    )
    joins: bool = Field(
        default=False, description="its parties take part in an event told just before ('attended the meeting')"
    )
    confidence: float = 1.0
    sentence: int = Field(default=0, description="index of the sentence in the Doc")
    sentence_start: int
    sentence_end: int
