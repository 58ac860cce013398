"""Name mentions -> entities: one node per real person, organisation and place.

- ``resolve`` (``article``): the mentions of one article grouped into
  entities ("Kim" is Kim Jong-un; "China's president" is Xi Jinping; "U.S."
  and "America" are the United States);
- ``link_articles`` (``corpus``, ``lone``, ``keys``): entities linked
  across the articles of a corpus ("Hillary Rodham Clinton" = "Hillary
  Clinton"; a lone "Obama" is Barack Obama when the corpus makes it safe),
  in two halves a store runs one article at a time: ``corpus_links`` reads
  the corpus's entities once, ``apply_links`` renames one article.
"""

from __future__ import annotations

from summitgraph.resolve.article import (
    Resolution,
    entity_id,
    fold,
    merge_same_ids,
    place_name,
    resolve,
    role_text,
    slug,
    surnames,
)
from summitgraph.resolve.corpus import Links, apply_links, corpus_links, link_articles
from summitgraph.resolve.keys import compatible, org_key, person_name

__all__ = [
    "Links",
    "Resolution",
    "apply_links",
    "compatible",
    "corpus_links",
    "entity_id",
    "fold",
    "link_articles",
    "merge_same_ids",
    "org_key",
    "person_name",
    "place_name",
    "resolve",
    "role_text",
    "slug",
    "surnames",
]
