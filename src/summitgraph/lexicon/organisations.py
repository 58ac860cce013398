"""Words of organisation names: the heads they are built on and the words
that join a head to the rest of the name.

The rules compare against ``token.lower_``: everything here is lower case.
Used by the pipeline's entity fixes (``summitgraph.pipeline.institutions``
and ``summitgraph.pipeline.people``).
"""

from __future__ import annotations

__all__ = [
    "COMPANY_WORDS",
    "ORG_NOUNS_AFTER",
    "EVENT_HEADS",
    "MEDIA_HEADS",
    "ORG_DESIGNATORS",
    "ORG_SUBUNIT_HEADS",
    "ORG_HEADS",
    "ORG_LINKS",
    "ORG_NAME_CONJUNCTIONS",
    "ORG_NATIONAL_HEADS",
]

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

# Last words of the names of events, which NER tags as organisations or places
# ("Worldwide Developers Conference", "Paris Air Show", "the Academy Awards",
# "Summit of the Americas"): an event is no node of the graph.
EVENT_HEADS: frozenset[str] = frozenset(
    """
    conference conferences convention show expo exhibition fair festival games olympics olympiad cup
    championship championships tournament open awards oscars grammys emmys marathon
    """.split()
)

# Words after a company's name that name its legal form or group, and that a
# short form leaves out: "Apple Inc." is "Apple", "Aer Lingus Group PLC" is
# "Aer Lingus", "NPD Group" is "NPD", "Harvard University" is "Harvard".
ORG_DESIGNATORS: frozenset[str] = frozenset(
    """
    inc incorporated corp corporation co company companies ltd limited plc llc llp lp nv sa ag gmbh bv spa
    ab asa oyj pte pty group holdings holding university
    """.split()
)

# Heads of names of a part of an organisation or of something it runs: the
# longer name is another entity than its first words ("Harvard Business
# School" is not Harvard, "Senate Foreign Relations Committee" not the Senate).
ORG_SUBUNIT_HEADS: frozenset[str] = (
    ORG_HEADS
    | ORG_NATIONAL_HEADS
    | EVENT_HEADS
    | frozenset("division unit program programme project team store stores site brand".split())
) - ORG_DESIGNATORS

# Last words of the names of newspapers and broadcasters: "Timaru Herald",
# "Alaska Dispatch", "Sun Herald", "Daily News".
MEDIA_HEADS: frozenset[str] = frozenset(
    """
    herald dispatch times post tribune journal gazette news chronicle telegraph guardian observer mirror express
    examiner bulletin courier inquirer register reporter magazine weekly daily radio tv television network
    """.split()
)

# Last words of company names that name what the company does: "Kraft Foods",
# "Matanuska Maid Dairy", "General Motors", "Qatar Airways".
COMPANY_WORDS: frozenset[str] = frozenset(
    """
    foods food dairy motors airlines airways air energy oil gas petroleum pharmaceuticals pharma industries
    entertainment pictures studios records media communications telecom systems technologies technology
    software electronics enterprises ventures partners associates advisors advisers capital securities
    investments insurance brands stores restaurants hotels resorts
    """.split()
)

# Common nouns after a name that make it an organisation's: "the Haqqani
# network", "VOA's Deewa service", "Crowley's Web site", "a local Rite Aid store".
ORG_NOUNS_AFTER: frozenset[str] = frozenset(
    """
    network group service website site channel station company firm store stores brand movement party
    agency newspaper magazine organization organisation organizations foundation campaign coalition
    """.split()
)
