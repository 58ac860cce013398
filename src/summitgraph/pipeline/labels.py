"""The labels and the span key the components write and ``summitgraph.mentions``
reads: the contract between the pipeline and the stages after it."""

from __future__ import annotations

__all__ = ["LAYOUT_KEY", "NAME_LABELS", "PLACE_LABELS", "ROLES_KEY"]

# ``doc.spans`` key of the role descriptions ("China's president") that
# ``summitgraph_roles`` finds.
ROLES_KEY = "summitgraph_roles"

# ``doc.spans`` key of the parts of scraped news copy that
# ``summitgraph_line_sentences`` finds (``summitgraph.pipeline.layout``):
# HEADLINE, DATELINE, CAPTION (the "FILE -" marker), CREDIT.
LAYOUT_KEY = "summitgraph_layout"

# spaCy entity labels of names: people, organisations, places, nationalities.
# ``summitgraph_entities`` corrects these and passes the others (dates,
# numbers) through.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}

# spaCy entity labels of places.
PLACE_LABELS = {"GPE", "LOC", "FAC"}
