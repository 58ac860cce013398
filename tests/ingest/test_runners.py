"""Tests of where articles are parsed: in this process, in --workers
processes, on a Dask LocalCluster; the same bytes every way."""

from __future__ import annotations

import itertools
from concurrent.futures import Future
from pathlib import Path

import pytest

from summitgraph.ingest import OUTPUT_FILES, WorkerError, ingest
from summitgraph.ingest.runners import check_version, run_in_order
from summitgraph.ingest.worker import Outcome, extract_batch, extract_stream
from summitgraph.models import Article

ROOT = Path(__file__).resolve().parents[2]
INVENTED = ROOT / "data" / "fixtures" / "meetings_invented.jsonl"


def done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Text {i}.") for i in range(n)]


@pytest.mark.parametrize(("n", "size", "window"), [(0, 3, 2), (1, 3, 2), (7, 3, 2), (9, 3, 1), (10, 2, 4)])
def test_runners_run_in_order_keeps_order_and_window(n, size, window):
    batches = [articles(n)[i : i + size] for i in range(0, n, size)]
    in_flight, most = [], [0]

    def submit(batch):
        in_flight.append(batch)
        most[0] = max(most[0], len(in_flight))
        return done([Outcome(a.id) for a in batch])

    def result(future):
        in_flight.pop(0)
        return future.result()

    pairs = list(run_in_order(iter(batches), submit, window, result))
    assert [(a.id, o.line) for a, o in pairs] == [(f"a{i}", f"a{i}") for i in range(n)]
    assert most[0] <= window


def test_runners_worker_of_another_version_stops_the_run():
    with pytest.raises(WorkerError, match="another extractor"):
        check_version("summitgraph 0.2.0; x", "summitgraph 0.1.0; x", [])


@pytest.mark.model
def test_runners_outcomes_in_order_with_skips(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 40)
    batch = [
        Article(id="long", text="Kim met Xi. " * 10, path="feed.jsonl", line=1),
        Article(id="a", text="Kim Jong-un met Xi Jinping."),
        Article(id="bad", text="Kim met \ud800 Xi.", path="feed.jsonl", line=3),
        Article(id="b", text="Moon Jae-in met Kim Jong-un."),
        Article(id="long-2", text="Kim met Xi. " * 10),
    ]
    outcomes = extract_batch(batch, nlp, batch_size=2)
    assert [o.line is not None for o in outcomes] == [False, True, False, True, False]
    assert [str(o.article_error()) for o in outcomes if o.error][1].startswith("feed.jsonl:3: 'text' holds a lone")
    assert [o.line for o in outcomes] == [o.line for o in extract_stream(iter(batch), nlp, batch_size=4)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """20 articles: the invented ones and four more under new ids, so that
    --batch-size 4 makes several batches for two workers."""
    lines = INVENTED.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path_factory.mktemp("runners") / "feed.jsonl"
    extra = [line.replace('"doc_id": "', '"id": "copy-') for line in lines[:4]]
    path.write_text("".join(itertools.chain(lines, extra)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_process(nlp, corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("one") / "out"
    ingest([corpus], out=out, nlp=nlp, workers=1, batch_size=4)
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


@pytest.mark.model
def test_runners_two_workers_same_bytes_as_one(corpus, one_process, tmp_path):
    seen = []
    result = ingest(
        [corpus], out=tmp_path, workers=2, batch_size=4, on_progress=lambda done, total: seen.append((done, total))
    )
    assert result.new == 20
    assert {name: (tmp_path / name).read_bytes() for name in OUTPUT_FILES} == one_process
    assert seen == [(n, 20) for n in range(21)]  # the total first, then one step an article


@pytest.mark.model
def test_runners_dask_local_cluster_same_bytes(corpus, one_process, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        result = ingest([corpus], out=tmp_path, scheduler=cluster.scheduler_address, batch_size=4)
    assert result.new == 20
    assert {name: (tmp_path / name).read_bytes() for name in OUTPUT_FILES} == one_process


@pytest.mark.model
def test_runners_unreachable_scheduler_one_line(tmp_path):
    pytest.importorskip("distributed")
    from summitgraph.errors import SummitGraphError

    with pytest.raises(SummitGraphError) as raised:
        ingest([INVENTED], out=tmp_path, scheduler="tcp://127.0.0.1:9", batch_size=4)
    assert "cannot reach the Dask scheduler" in str(raised.value) and "\n" not in str(raised.value)
    assert not (tmp_path / "corpus.sqlite").exists()
