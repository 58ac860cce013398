"""``summitgraph_pos``: the coarse parts of speech of the model's
``attribute_ruler``, and only them, at a fraction of its cost.

The rules read ``Token.pos_`` in a few places ("VERB" or "AUX", "ADV") and
never the morphology or lemmas the ruler also sets. The ruler runs a Matcher
over its 179 patterns on every token; most of its POS patterns only map a tag
(``{"TAG": "VBD"}`` -> VERB). Here those become one lookup per token, and
a Matcher runs only the patterns that look at more than the tag ("has" as
AUX, a "that" as PRON after ``det``...). Patterns apply in the ruler's order,
a later one winning, as in the ruler: the POS of every token is the same.

``make_nlp`` builds it from the loaded pipeline's ruler (``from_ruler``), so
any pipeline with an ``attribute_ruler`` gets its own rules.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LOWER, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

__all__ = ["PartsOfSpeech", "pos_rules"]

# The token attributes a rule may test to be a lookup rather than a Matcher pattern.
_LOOKUP_KEYS = frozenset({"TAG", "LOWER"})


def pos_rules(ruler: Any) -> list[dict[str, Any]]:
    """The POS rules of an ``AttributeRuler``, in its order: ``{"patterns",
    "pos", "index"}`` each (its MORPH and LEMMA attributes left out)."""
    return [
        {"patterns": rule["patterns"], "pos": rule["attrs"]["POS"], "index": rule.get("index", 0)}
        for rule in ruler.patterns
        if "POS" in rule["attrs"]
    ]


def _keys(rule: dict[str, Any]) -> list[tuple[str, str | None]] | None:
    """``(tag, lower form or None)`` keys of a rule that looks at one token's
    tag and maybe its word (``{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}``),
    else None (the rule needs the Matcher)."""
    patterns = rule["patterns"]
    if len(patterns) != 1 or len(patterns[0]) != 1 or not set(patterns[0][0]) <= _LOOKUP_KEYS:
        return None
    token = patterns[0][0]
    tag, lower = token.get("TAG"), token.get("LOWER")
    if not isinstance(tag, str):
        return None
    if lower is None or isinstance(lower, str):
        return [(tag, lower)]
    if isinstance(lower, dict) and set(lower) == {"IN"}:
        return [(tag, word) for word in lower["IN"]]
    return None


@Language.factory("summitgraph_pos", default_config={"rules": []}, assigns=["token.pos"])
def make_parts_of_speech(nlp: Language, name: str, rules: list[dict[str, Any]]) -> PartsOfSpeech:
    return PartsOfSpeech(nlp, rules)


class PartsOfSpeech:
    """Sets ``Token.pos`` by ``rules`` (see :func:`pos_rules`)."""

    def __init__(self, nlp: Language, rules: list[dict[str, Any]]) -> None:
        strings = nlp.vocab.strings
        self.by_tag: dict[int, tuple[int, int]] = {}  # tag hash -> (rule order, POS id)
        self.by_word: dict[tuple[int, int], tuple[int, int]] = {}  # (tag hash, lower hash) -> the same
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.rules: list[tuple[tuple[int, int], int]] = []  # matcher rule -> (rule order, POS id), index
        for order, rule in enumerate(rules):
            pos = strings.add(rule["pos"])
            keys = _keys(rule)
            if keys is None:
                self.matcher.add(str(len(self.rules)), rule["patterns"])
                self.rules.append(((order, pos), rule["index"]))
                continue
            for tag, lower in keys:
                if lower is None:
                    self.by_tag[strings.add(tag)] = (order, pos)
                else:
                    self.by_word[strings.add(tag), strings.add(lower)] = (order, pos)

    def _lookup(self, tag: int, lower: int) -> tuple[int, int] | None:
        by_tag, by_word = self.by_tag.get(tag), self.by_word.get((tag, lower))
        if by_word is None or by_tag is not None and by_tag[0] > by_word[0]:
            return by_tag
        return by_word

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([TAG, LOWER, POS])
        winner = [self._lookup(tag, lower) for tag, lower in array[:, :2].tolist()]
        if len(self.rules):
            for match_id, start, end in self.matcher(doc):
                (order, pos), index = self.rules[int(doc.vocab.strings[match_id])]
                i = (start if index >= 0 else end) + index
                if start <= i < end and (winner[i] is None or winner[i][0] < order):
                    winner[i] = (order, pos)
        pos = array[:, 2:3].copy()
        for i, chosen in enumerate(winner):
            if chosen is not None:
                pos[i, 0] = chosen[1]
        doc.from_array([POS], pos)  # one array write instead of a Token object a word
        return doc
