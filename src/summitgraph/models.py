"""Every record summitgraph passes between its stages.

Records are frozen pydantic models that forbid unknown fields. They carry
character offsets into the article text (never spaCy objects) and
deterministic ids, so that the same input always serialises to the same bytes.

The data flows one way:

    Article -> (spaCy Doc) -> Mention, Candidate -> Entity -> Interaction
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
#: The statuses an interaction edge carries (``summitgraph.interactions.status.EDGE_STATUSES``).
EdgeStatus = Literal["occurred", "planned", "possible"]
Mode = Literal["in_person", "phone", "video", "letter"]
Tense = Literal["past", "present", "future"]


class Record(BaseModel):
    """Base of every record: immutable, strict about its fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One news article as it was read, before any NLP."""

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    published: dt.date | None = None
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


class ArticleExtraction(Record):
    """Everything summitgraph read from one article: one line of extractions.jsonl."""

    article: str
    published: dt.date | None = None
    title: str | None = None
    mentions: tuple[Mention, ...] = ()
    interactions: tuple[Interaction, ...] = ()
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
    trigger: str
    trigger_start: int
    side_a: tuple[int, ...] = ()
    side_b: tuple[int, ...] = ()
    target: int | None = None
    place: int | None = None
    date: int | None = Field(default=None, description="index of a date Mention")
    date_end: int | None = None
    status: Status
    mode: Mode | None = None
    count: int | None = None
    sentence_start: int
    sentence_end: int
