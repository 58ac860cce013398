"""Words of organisation names: the heads they are built on and the words
that join a head to the rest of the name.

The rules compare against ``token.lower_``: everything here is lower case.
Used by the pipeline's entity fixes (``summitgraph.pipeline.institutions``
and ``summitgraph.pipeline.people``).
"""

from __future__ import annotations

__all__ = ["ORG_HEADS", "ORG_LINKS", "ORG_NAME_CONJUNCTIONS", "ORG_NATIONAL_HEADS"]

# Head words of organisation names built as "<Head> for/of/on <Name>"
# ("Centre for the National Interest", "Ministry of Foreign Affairs",
# "Council on Foreign Relations"). spaCy often splits them into two entities.
ORG_HEADS: frozenset[str] = frozenset(
    """
    centre center institute institution council foundation university college school
    academy ministry department office agency bureau board committee commission
    association society federation union league organisation organization fund bank
    court museum library corporation company church party front movement alliance
    coalition forum assembly parliament congress chamber
    """.split()
)

# Last words of organisation names that a demonym in front belongs to
# ("Chinese Foreign Ministry", "Russian Defence Ministry", "Iranian Navy"):
# spaCy tags the demonym as NORP and the rest as ORG.
ORG_NATIONAL_HEADS: frozenset[str] = frozenset(
    """
    ministry embassy consulate army navy force forces guard guards police parliament
    government cabinet party bank court senate assembly congress military command
    office agency service services council department ministries
    """.split()
)

# Words that join a head of ORG_HEADS to the rest of the name: "Centre for the
# National Interest", "Ministry of Foreign Affairs", "Council on Foreign Relations".
ORG_LINKS: frozenset[str] = frozenset({"for", "of", "on"})

# Words that join two capitalised words inside such a name when a capitalised
# word follows: "Centre for Strategic and International Studies",
# "&" written for "and".
ORG_NAME_CONJUNCTIONS: frozenset[str] = frozenset({"and", "&"})
