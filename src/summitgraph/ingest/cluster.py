"""Beyond one machine: the per-article extraction on a Dask cluster.

``DaskRunner(address, model, version)`` connects to the scheduler at
``address`` (``tcp://HOST:8786``) with ``dask.distributed``, sends batches of
articles to its workers (each loads the pipeline once, on its first batch,
and keeps it: :func:`~summitgraph.ingest.worker.worker_batch`), and gives the
extractions back in order, at most two batches per worker thread in flight.
Linking, the graph and the files stay on this machine, in its store.

Needs the ``dask`` extra (``pip install 'summitgraph[dask]'``) here and on
the workers, with summitgraph and the same pipeline installed on every worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from typing import Any

from summitgraph.errors import SummitGraphError
from summitgraph.ingest.runners import Pairs, Runner, WorkerError, _batches, check_version, run_in_order
from summitgraph.ingest.worker import Outcome, worker_batch
from summitgraph.models import Article

__all__ = ["DaskRunner"]


class DaskRunner(Runner):
    """Batches of articles to the workers of the Dask scheduler at ``address``."""

    def __init__(self, address: str, model: str, version: str, batch_size: int = 32, timeout: float = 10) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise SummitGraphError(
                "--scheduler needs Dask's distributed package: pip install 'summitgraph[dask]'"
            ) from None
        try:
            self.client: Any = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise SummitGraphError(
                f"cannot reach the Dask scheduler at {address} ({error}); start it with 'dask scheduler' "
                "and pass its address, e.g. --scheduler tcp://HOST:8786"
            ) from None
        self.model = model
        self.version = version
        self.batch_size = batch_size

    def _threads(self) -> int:
        threads = self.client.nthreads()
        if not threads:
            raise WorkerError("the Dask cluster has no workers; start some with 'dask worker SCHEDULER-ADDRESS'")
        return sum(threads.values())

    def outcomes(self, articles: Iterable[Article]) -> Pairs:
        window = 2 * self._threads()

        def submit(batch: list[Article]) -> Future:
            return self.client.submit(worker_batch, batch, self.model, self.batch_size, pure=False)

        yield from run_in_order(_batches(iter(articles), self.batch_size), submit, window, self._result)

    def _result(self, future: Any) -> list[Outcome]:
        try:
            version, outcomes = future.result()
        except WorkerError:
            raise
        except Exception as error:  # the task failed on the worker (a lost worker)
            raise WorkerError(
                f"a Dask worker failed: {type(error).__name__}: {error}; what was done is kept, "
                "run the same command again to continue"
            ) from None
        return check_version(version, self.version, outcomes)

    def close(self) -> None:
        self.client.close()
