"""Tests of summitgraph.export.extractions: extractions.jsonl written, and
read back into the same frozen records."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from summitgraph.errors import ExportError
from summitgraph.export import extraction_line, read_extractions, write_extractions
from summitgraph.models import ArticleExtraction, Entity, Interaction, Mention

KIM = Entity(id="person:kim-jong-un", label="Kim Jong-un", kind="person", aliases=("Kim", "Kim Jong-un"), mentions=2)
XI = Entity(id="person:xi-jinping", label="Xi Jinping", kind="person", aliases=("Xi Jinping",), mentions=1)
BEIJING = Entity(id="place:beijing", label="Beijing", kind="place", aliases=("Beijing",), mentions=1)
MET = Interaction(
    id="met:000000000001",
    kind="met",
    source=KIM.id,
    target=XI.id,
    status="occurred",
    date="2019-01-08",
    place="Beijing",
    place_id=BEIJING.id,
    mode="in_person",
    trigger="met",
    article="a1",
    evidence="Kim met Xi in Beijing on Tuesday.",
    evidence_start=0,
    evidence_end=33,
)
EXTRACTIONS = [
    ArticleExtraction(
        article="a1",
        published=dt.date(2019, 1, 8),
        title="Kim in Beijing",
        mentions=(
            Mention(start=0, end=3, text="Kim", kind="person", entity=KIM.id),
            Mention(start=8, end=10, text="Xi", kind="person", entity=XI.id),
            Mention(start=14, end=21, text="Beijing", kind="place", entity=BEIJING.id),
            Mention(start=25, end=32, text="Tuesday", kind="date", value="2019-01-08", type="DATE"),
        ),
        interactions=(MET,),
        entities=(KIM, BEIJING, XI),
    ),
    ArticleExtraction(article="a2 \u00e9\u4e2d", title=None, published=None),  # no date, no title, nothing found
]


def lines_of(extractions) -> bytes:
    buffer = io.BytesIO()
    write_extractions(extractions, buffer)
    return buffer.getvalue()


# --- writing ------------------------------------------------------------------------


def test_export_extraction_line_leaves_out_missing_values_but_not_article_fields():
    data = json.loads(extraction_line(EXTRACTIONS[1]))
    assert data == {
        "article": "a2 \u00e9\u4e2d",
        "published": None,
        "published_source": None,
        "title": None,
        "mentions": [],
        "interactions": [],
        "events": [],
        "entities": [],
    }
    (date,) = [m for m in json.loads(extraction_line(EXTRACTIONS[0]))["mentions"] if m["kind"] == "date"]
    assert "entity" not in date and "mod" not in date


def test_export_write_extractions_one_sorted_utf8_line_each():
    data = lines_of(EXTRACTIONS)
    assert data == "".join(extraction_line(x) for x in EXTRACTIONS).encode("utf-8")
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(EXTRACTIONS) + 1
    assert "\u00e9\u4e2d" in lines[1]  # not escaped
    assert all(list(json.loads(line)) == sorted(json.loads(line)) for line in lines[:-1])


# --- reading back ---------------------------------------------------------------------


@pytest.mark.parametrize("source", ["path", "binary-file", "text-file"])
def test_export_extractions_round_trip(tmp_path: Path, source: str):
    path = tmp_path / "extractions.jsonl"
    write_extractions(EXTRACTIONS, path)
    if source == "path":
        back = list(read_extractions(path))
    else:
        with open(
            path, "rb" if source == "binary-file" else "r", encoding=None if source == "binary-file" else "utf-8"
        ) as f:
            back = list(read_extractions(f))
    assert back == EXTRACTIONS
    assert all(isinstance(x, ArticleExtraction) for x in back)
    with pytest.raises(Exception, match="frozen"):
        back[0].article = "changed"  # type: ignore[misc]


@pytest.mark.model
def test_export_extractions_round_trip_seed(tmp_path: Path, seed_extraction):
    path = tmp_path / "extractions.jsonl"
    write_extractions([seed_extraction], path)
    (back,) = read_extractions(path)
    assert back == seed_extraction
    assert lines_of([back]) == path.read_bytes()  # read and written again: the same bytes


def test_export_read_extractions_skips_blank_lines():
    data = b"\n" + lines_of(EXTRACTIONS[:1]) + b"  \r\n\n" + lines_of(EXTRACTIONS[1:])
    assert list(read_extractions(io.BytesIO(data))) == EXTRACTIONS


def test_export_read_extractions_streams(tmp_path: Path):
    """Records before a bad line come out before the error: one line at a time."""
    path = tmp_path / "extractions.jsonl"
    path.write_bytes(lines_of(EXTRACTIONS[:1]) + b"{not json\n")
    records = read_extractions(path)
    assert next(records) == EXTRACTIONS[0]
    with pytest.raises(ExportError, match=r"extractions\.jsonl:2: "):
        next(records)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (b"{not json\n", "invalid JSON: Expecting property name enclosed in double quotes at column 2"),
        (b"[1, 2]\n", "not an article extraction: Input should be a valid dictionary"),
        (b'{"title": "x"}\n', "not an article extraction: 'article': Field required"),
        (b'{"article": "a", "author": "x"}\n', "not an article extraction: 'author': Extra inputs are not permitted"),
        (
            b'{"article": "a", "mentions": [{"start": -1, "end": 2, "text": "x", "kind": "person"}]}\n',
            "not an article extraction: 'mentions.0.start': Input should be greater than or equal to 0",
        ),
        (b'{"article": "a", "published": "2019-02-30"}\n', "not an article extraction: 'published': "),
        (b'{"article": "caf\xe9"}\n', "not valid UTF-8 at byte 16 of the line"),
    ],
    ids=["json", "array", "no-article", "unknown-field", "bad-offset", "bad-date", "latin1"],
)
def test_export_read_extractions_bad_line_is_one_line_error(tmp_path: Path, bad: bytes, reason: str):
    path = tmp_path / "extractions.jsonl"
    path.write_bytes(lines_of(EXTRACTIONS) + b"\n" + bad)
    with pytest.raises(ExportError) as caught:
        list(read_extractions(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:4: {reason}")
    assert "\n" not in message
    assert message.endswith("; fix the line, or write the file again with summitgraph ingest")


def test_export_read_extractions_many_problems_stay_one_short_line():
    bad = b'{"article": 1, "title": 2, "published": 3, "mentions": 4, "entities": 5}\n'
    with pytest.raises(ExportError) as caught:
        list(read_extractions(io.BytesIO(bad)))
    message = str(caught.value)
    assert message.startswith("<stream>:1: not an article extraction: 'article': ")
    assert "and 2 more" in message and "\n" not in message


def test_export_read_extractions_names_an_open_file(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"null\n")
    with open(path, "rb") as f, pytest.raises(ExportError, match=rf"^{re.escape(str(path))}:1: "):
        list(read_extractions(f))


def test_export_read_extractions_missing_file(tmp_path: Path):
    path = tmp_path / "none.jsonl"
    with pytest.raises(ExportError, match=rf"^cannot read {re.escape(str(path))}: No such file or directory$"):
        list(read_extractions(path))
