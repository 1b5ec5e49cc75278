"""Engines: where batches of documents are parsed and extracted (by :func:`kg.pipeline.extract_batch`).

Every engine maps a function over a stream of batches and yields the results in input order, with at
most a few batches in flight, so memory does not grow with the corpus. The graph does not depend on the
engine: results are merged by the same :class:`kg.graph.GraphBuilder` whichever produced them.

* :class:`InProcess` (``--workers 1``): this process.
* :class:`Processes` (``--workers N``): N local worker processes, each loading the model once.
* :class:`Dask` (``--engine dask --scheduler ADDRESS``): the workers of a Dask distributed cluster,
  each loading the model once (on its first batch) and taking batches as shards.

Why not spaCy's own ``nlp.pipe(n_process=N)``: its workers only parse, then send every ``Doc`` back
serialized, so the parent deserializes each one (adding its strings to the parent's vocabulary) and
runs all the extraction alone; and its workers never enter a ``memory_zone``, so their vocabularies
grow with every new word of the corpus. Here each worker runs the whole per-document pipeline inside
a memory zone per batch and sends back only the small, picklable :class:`~kg.records.DocumentResult`.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from kg.errors import EngineError
from kg.records import Document, DocumentResult, Skipped
from kg.settings import Settings

ENGINES = ("local", "dask")
#: Batches queued per worker: one being worked on, one waiting, so no worker idles between batches.
IN_FLIGHT_PER_WORKER = 2


#: What engines run: one batch of documents -> their results (must be importable, to be pickled by name).
BatchFunction = Callable[[list[Document], Settings], list[DocumentResult | Skipped]]


class Engine(Protocol):
    def map(self, func: BatchFunction, batches: Iterable[list[Document]],
            settings: Settings) -> Iterator[list[DocumentResult | Skipped]]:
        """``func(batch, settings)`` of each batch, in the order of the batches."""


@dataclass(frozen=True)
class InProcess:
    """Extract in this process."""

    def map(self, func: BatchFunction, batches: Iterable[list[Document]],
            settings: Settings) -> Iterator[list[DocumentResult | Skipped]]:
        for batch in batches:
            yield func(batch, settings)


@dataclass(frozen=True)
class Processes:
    """Extract in ``workers`` local processes (started fresh, so nothing of this process is shared)."""

    workers: int

    def map(self, func: BatchFunction, batches: Iterable[list[Document]],
            settings: Settings) -> Iterator[list[DocumentResult | Skipped]]:
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        try:
            yield from ordered(lambda batch: pool.submit(func, batch, settings), batches,
                               self.workers * IN_FLIGHT_PER_WORKER)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class Dask:
    """Extract on the workers of a running Dask distributed cluster (scheduler ``address``).

    The workers need this package and the model installed. Start them with ``--nthreads 1``: a worker
    with more threads still extracts one batch at a time (:func:`run_locked`).
    """

    address: str
    timeout: float = 30.0

    def map(self, func: BatchFunction, batches: Iterable[list[Document]],
            settings: Settings) -> Iterator[list[DocumentResult | Skipped]]:
        try:
            from distributed import Client
        except ImportError:
            raise EngineError("--engine dask needs the dask extra",
                              hint='install it with: pip install "news-kg[dask]"') from None
        try:
            client = Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {self.address} ({exc})") from None
        with client:
            workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
            yield from ordered(lambda batch: client.submit(run_locked, func, batch, settings, pure=False),
                               batches, workers * IN_FLIGHT_PER_WORKER)


_WORKER_LOCK = threading.Lock()


def run_locked(func: BatchFunction, batch: list[Document], settings: Settings) -> list[DocumentResult | Skipped]:
    """``func(batch, settings)``, one at a time per process: a spaCy pipeline and its memory zones
    are not shared between threads."""
    with _WORKER_LOCK:
        return func(batch, settings)


def ordered(submit: Callable[[list[Document]], Any], batches: Iterable[list[Document]],
            in_flight: int) -> Iterator[list[DocumentResult | Skipped]]:
    """Submit batches (``submit`` returns a future), at most ``in_flight`` at a time; results in order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def engine_for(settings: Settings) -> Engine:
    """The engine the settings ask for (``engine``, ``workers``, ``scheduler``)."""
    if settings.engine == "dask":
        if not settings.scheduler:
            raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return Dask(settings.scheduler)
    if settings.engine != "local":
        raise EngineError(f"unknown engine {settings.engine!r}; choose one of {', '.join(ENGINES)}")
    return InProcess() if settings.workers <= 1 else Processes(settings.workers)
