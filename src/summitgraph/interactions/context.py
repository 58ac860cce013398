"""What the interaction rules look up while reading one Doc: sentences,
mentions by token, dates by token. Built once per Doc; never changes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from summitgraph.lexicon.meetings import MEETING_NOUNS
from summitgraph.lexicon.travel import VISIT_NOUNS
from summitgraph.models import DateRange, Mention, NameMention

# Dependencies of a word used as a noun ("held a bilateral", tagged JJ).
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "attr"})


@dataclass
class DocIndex:
    """What the rules look up while reading one Doc."""

    doc: Doc
    mentions: list[NameMention]
    dates: list[Mention]
    mention_at: dict[int, int] = field(default_factory=dict)  # root token -> mention
    date_at: dict[int, int] = field(default_factory=dict)  # any token -> date mention
    ranges: dict[int, DateRange] = field(default_factory=dict)  # date mention -> the range it starts
    sentences: list[Span] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # token -> index into sentences
    surnames: set[str] = field(default_factory=set)  # first and last words of person names

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (``Token.sent`` rescans the Doc each time)."""
        return self.sentences[self.sentence_of[token.i]]

    def __post_init__(self) -> None:
        names = [(m.name or m.text).split() for m in self.mentions if m.kind == "person"]
        self.surnames = {words[-1] for words in names if words} | {words[0] for words in names if words}
        self.sentences = list(self.doc.sents)
        self.sentence_of = [0] * len(self.doc)
        for index, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sentence_of[i] = index
        for index, m in enumerate(self.mentions):
            span = self.doc[m.token_start : m.token_end]
            # A role description and the place inside it share tokens; the
            # role is rooted on its head noun, the place on its own word.
            self.mention_at.setdefault(span.root.i, index)
        for index, d in enumerate(self.dates):
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.date_at.setdefault(token.i, index)

    def is_person(self, index: int) -> bool:
        """A person, or an "ORG" that may turn out to be one ("summits with Trump")."""
        m = self.mentions[index]
        return m.kind == "person" or m.label == "ORG"

    def surely_not_person(self, index: int) -> bool:
        """A place, or an organisation whose name is no surname of a person the
        Doc names ("APEC", "the Foreign Ministry"; not "Trump" beside "Donald Trump")."""
        m = self.mentions[index]
        if m.kind == "person":
            return False
        if m.kind == "place":
            return True
        name = (m.name or m.text).split()
        return len(name) > 1 or name[0] not in self.surnames


def is_noun(token: Token) -> bool:
    """A noun, or a meeting word used as one ("held a bilateral", tagged JJ)."""
    return token.tag_.startswith("NN") or (
        (token.lower_ in MEETING_NOUNS or token.lower_ in VISIT_NOUNS)
        and token.dep_ in NOUN_DEPS
        and not token.tag_.startswith("VB")
    )


def previous_sentences(ctx: DocIndex, sent: Span, limit: int) -> list[Span]:
    """Up to ``limit`` non-blank sentences before ``sent``, nearest first."""
    index = ctx.sentence_of[sent.start] if len(sent) else 0
    earlier = [s for s in reversed(ctx.sentences[:index]) if s.text.strip()]
    return earlier[:limit]
