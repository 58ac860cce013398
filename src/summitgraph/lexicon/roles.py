"""Role descriptions that stand for a person: "China's president", "the
Russian leader", "the French minister".

Lower case; used by the pipeline's role finder and by the resolver, which
joins a role to the person the article titles so.
"""

from __future__ import annotations

# Head nouns of role descriptions that stand for a person ("China's president",
# "the North Korean leader"), mapped to the role they denote. "leader" is
# generic: it matches a head of state or of government.
ROLE_NOUNS: dict[str, str] = {
    "president": "president",
    "leader": "leader",
    "premier": "prime minister",
    "prime minister": "prime minister",
    "chancellor": "chancellor",
    "king": "king",
    "queen": "queen",
    "emperor": "emperor",
    "foreign minister": "foreign minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "finance minister": "finance minister",
    "secretary of state": "secretary of state",
    "supreme leader": "supreme leader",
    "vice president": "vice president",
    "vice-president": "vice president",
    "minister": "minister",
}

# Roles that a generic role noun also matches: "North Korea's leader" is the
# person titled its leader, president, chairman or prime minister. A role in
# GENERIC_ROLES also matches every title ending in it: "the French minister"
# is France's foreign minister when the article names one.
ROLE_MATCHES: dict[str, frozenset[str]] = {
    "leader": frozenset(
        {
            "leader",
            "president",
            "prime minister",
            "chancellor",
            "king",
            "queen",
            "emperor",
            "supreme leader",
            "chairman",
        }
    ),
}

GENERIC_ROLES: frozenset[str] = frozenset({"minister", "secretary"})

# Words that put a role in another time than the article's present: "former
# President Bill Clinton", "U.S. President-elect Donald Trump", "the late
# king". The role is then another role ("former president", "president-elect")
# that only a person given that same role holds. Before the role, or after it
# with a hyphen ("-elect", "-designate").
ROLE_TIME_BEFORE: dict[str, str] = {
    "former": "former",
    "ex": "former",
    "ex-": "former",
    "late": "late",
    "then": "former",
    "incoming": "elect",
}
ROLE_TIME_AFTER: dict[str, str] = {"elect": "elect", "designate": "designate"}
