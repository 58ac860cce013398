"""extractions.jsonl: one ``ArticleExtraction`` a line, written and read back.

``write_extractions`` writes what ``summitgraph ingest`` read from each
article, in reading order; ``read_extractions`` streams the records back,
each validated into the frozen ``ArticleExtraction`` it was written from::

    write_extractions(extractions, "out/extractions.jsonl")
    for extraction in read_extractions("out/extractions.jsonl"):
        print(extraction.article, len(extraction.interactions))

A line that is not an extraction is a one-line ``ExportError`` naming the
file and the line (``out/extractions.jsonl:3: invalid JSON: ...``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from summitgraph.errors import ExportError
from summitgraph.export.files import PathOrFile, file_name, opened
from summitgraph.models import ArticleExtraction

__all__ = ["EXTRACTIONS_FILE", "extraction_line", "read_extractions", "write_extractions"]

#: The name ``summitgraph ingest`` gives the file.
EXTRACTIONS_FILE = "extractions.jsonl"
# What to do about a line that is not an extraction.
_FIX = "fix the line, or write the file again with summitgraph ingest"


def extraction_line(extraction: ArticleExtraction) -> str:
    """One line of extractions.jsonl. Inside mentions and interactions,
    fields without a value are left out; the article's own ``published``,
    ``published_source`` and ``title`` are always there (null when unknown)."""
    data = extraction.model_dump(mode="json", exclude_none=True)
    data.setdefault("published", None)
    data.setdefault("published_source", None)
    data.setdefault("title", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def write_extractions(extractions: Iterable[ArticleExtraction], path_or_file: PathOrFile) -> None:
    """One :func:`extraction_line` an extraction, in order, as UTF-8 with ``\\n`` line ends."""
    with opened(path_or_file, "wb") as f:
        for extraction in extractions:
            f.write(extraction_line(extraction).encode("utf-8"))


def read_extractions(path_or_file: PathOrFile) -> Iterator[ArticleExtraction]:
    """Yield the extractions of an extractions.jsonl, one line at a time.

    Takes a path or an open file (binary or text); blank lines are skipped.
    Raises ``ExportError`` naming ``file:line`` for a line that is not valid
    UTF-8, not JSON, or not an extraction, and naming the file when it cannot
    be read.
    """
    name = file_name(path_or_file)
    try:
        with opened(path_or_file, "rb") as f:
            for number, line in enumerate(f, start=1):
                if isinstance(line, bytes):
                    line = _decode(name, number, line)
                if line.strip():
                    yield _parse(name, number, line)
    except OSError as error:
        raise ExportError(f"cannot read {name}: {error.strerror or error}") from None


def _decode(name: str, number: int, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExportError(
            f"{name}:{number}: not valid UTF-8 at byte {error.start} of the line ({error.reason}); {_FIX}"
        ) from None


def _parse(name: str, number: int, line: str) -> ArticleExtraction:
    """The extraction of one line; any problem is a one-line ``ExportError``."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        # json's messages are written to end in "at: line L column C"
        raise ExportError(
            f"{name}:{number}: invalid JSON: {error.msg.removesuffix(' at')} at column {error.colno}; {_FIX}"
        ) from None
    try:
        return ArticleExtraction.model_validate(data)
    except ValidationError as error:
        raise ExportError(f"{name}:{number}: not an article extraction: {_one_line(error)}; {_FIX}") from None


def _one_line(error: ValidationError, shown: int = 3) -> str:
    """``'mentions.0.start': Input should be ...``, the first ``shown`` problems joined by ``; ``."""
    problems = error.errors(include_url=False)
    parts = []
    for item in problems[:shown]:
        where = ".".join(str(part) for part in item["loc"])
        message = " ".join(item["msg"].split())
        parts.append(f"{where!r}: {message}" if where else message)
    if len(problems) > shown:
        parts.append(f"and {len(problems) - shown} more")
    return "; ".join(parts)
