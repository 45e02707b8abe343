"""Parse many texts: in order, over a process pool, or inside a distributed engine.

Everything here is a plain top-level function with no module state, so it
pickles by reference and runs unchanged under :mod:`concurrent.futures`,
:mod:`multiprocessing`, Dask, Spark and Ray:

- :func:`parse_many` parses an iterable of texts, optionally over a local
  process pool, and yields :class:`~newsdoc.Article` values in input order.
- :func:`parse_partition` turns one partition of texts (or of ``(id, text)``
  pairs) into JSON-compatible dicts: the function to hand to
  ``dask.bag.Bag.map_partitions`` or Spark's ``RDD.mapPartitions``.

:func:`ordered_map` is the shared engine (also used by :mod:`newsdoc.cli`): it
sends chunks of items to worker processes, keeps only a bounded number of chunks
in flight (so an endless input streams in constant memory) and yields results in
input order.
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
from collections import deque
from typing import TYPE_CHECKING, Any, TypeVar

from newsdoc._parser import parse
from newsdoc.serialize import to_dict

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator
    from concurrent.futures import Future

    from newsdoc.model import Article

__all__ = ["available_cpus", "ordered_map", "parse_many", "parse_partition"]

_T = TypeVar("_T")
_R = TypeVar("_R")

_CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""How many chunks each worker may have queued: enough to keep it busy while the
caller waits for an earlier, slower chunk, few enough to bound memory."""


def available_cpus() -> int:
    """Return the number of CPUs this process may run on (at least 1).

    Returns:
        The process's CPU affinity where the platform reports it, else the
        machine's CPU count.
    """
    if sys.version_info >= (3, 13):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """Yield consecutive lists of *size* items (the last one may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_map(
    func: Callable[[list[_T]], list[_R]],
    items: Iterable[_T],
    *,
    workers: int = 1,
    chunksize: int = 16,
) -> Iterator[_R]:
    """Apply *func* to chunks of *items* and yield the results in input order.

    With one worker everything runs in the calling process. With more, chunks
    go to a :class:`~concurrent.futures.ProcessPoolExecutor`; at most
    ``4 * workers`` chunks are in flight, so *items* is consumed lazily and
    memory stays bounded however long the input. Stopping the iteration early
    cancels the chunks not yet started.

    Args:
        func: A picklable callable (a top-level function or a
            :func:`functools.partial` of one) mapping a list of items to a list
            of results of the same length.
        items: The items, in order; any iterable, consumed lazily.
        workers: The number of worker processes; 1 means no pool.
        chunksize: How many items go to a worker at once.

    Returns:
        An iterator over the results, one per item, in input order.

    Raises:
        ValueError: *workers* or *chunksize* is less than 1.
    """
    if workers < 1 or chunksize < 1:
        msg = f"workers and chunksize must be >= 1, got {workers} and {chunksize}"
        raise ValueError(msg)
    return _ordered_map(func, items, workers, chunksize)


def _ordered_map(
    func: Callable[[list[_T]], list[_R]],
    items: Iterable[_T],
    workers: int,
    chunksize: int,
) -> Iterator[_R]:
    """Do the work of :func:`ordered_map` once its arguments are checked."""
    chunks = _chunks(items, chunksize)
    if workers == 1:
        for chunk in chunks:
            yield from func(chunk)
        return
    # Imported here: process pools cost ~25 ms to import, which `import newsdoc`
    # should not pay for users who never run one.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque[Future[list[_R]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(func, chunk))
            if len(pending) >= workers * _CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_chunk(
    texts: list[str], *, reference_date: dt.date | None, language: str | None
) -> list[Article]:
    """Parse each text of a chunk (the unit of work sent to a worker)."""
    return [parse(text, reference_date=reference_date, language=language) for text in texts]


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Iterator[Article]:
    """Parse many texts, over several processes, yielding articles in input order.

    The texts are consumed lazily and at most a few chunks per worker are held
    at once, so this streams over a corpus of any size::

        for article in newsdoc.parse_many(texts, workers=4):
            ...

    Args:
        texts: The texts to parse; any iterable of :class:`str`.
        workers: The number of worker processes; ``None`` uses every CPU this
            process may run on, and 1 parses in the calling process.
        chunksize: How many texts go to a worker at once.
        reference_date: Passed on to :func:`newsdoc.parse`.
        language: Passed on to :func:`newsdoc.parse`.

    Returns:
        A lazy iterator over one :class:`~newsdoc.Article` per text, in the
        order of *texts*.

    Raises:
        ValueError: *workers* or *chunksize* is less than 1.

    .. versionadded:: 0.1.0
    """
    work = functools.partial(_parse_chunk, reference_date=reference_date, language=language)
    count = available_cpus() if workers is None else workers
    return ordered_map(work, texts, workers=count, chunksize=chunksize)


def parse_partition(
    items: Iterable[str | tuple[Any, str]],
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse one partition of a distributed collection into JSON-compatible dicts.

    Give it to ``dask.bag.Bag.map_partitions``, Spark's ``RDD.mapPartitions``
    or a Ray task: it is a pure top-level function, and its results are plain
    dicts that any engine can ship, store as JSON Lines or turn into a table.

    - A text gives ``newsdoc.to_dict(newsdoc.parse(text))``.
    - An ``(id, text)`` pair (as Spark's ``wholeTextFiles`` yields) gives
      ``{"id": id, "article": newsdoc.to_dict(newsdoc.parse(text))}``, the
      record the ``newsdoc`` command writes for each line of JSON Lines.

    Args:
        items: Texts, or ``(id, text)`` pairs; consumed lazily, one at a time.
        reference_date: Passed on to :func:`newsdoc.parse`.
        language: Passed on to :func:`newsdoc.parse`.

    Returns:
        A lazy iterator over one dict per item, in order; each loads back with
        :func:`newsdoc.from_dict`.

    .. versionadded:: 0.1.0
    """
    for item in items:
        if isinstance(item, str):
            yield to_dict(parse(item, reference_date=reference_date, language=language))
        else:
            key, text = item
            article = parse(text, reference_date=reference_date, language=language)
            yield {"id": key, "article": to_dict(article)}
