"""Process pools for the CPU-heavy steps (verifying files, opening envelopes).

`ordered_map` keeps only a bounded number of tasks in flight, so memory stays flat however many
chunks there are, and yields results in submission order.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_pool(initializer: Callable | None = None, initargs: tuple = (),
                 workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of fresh interpreters ("spawn"): no inherited database handles or threads."""
    return ProcessPoolExecutor(max_workers=workers or cpu_count(),
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)


class InlineExecutor(Executor):
    """Runs tasks in the calling process (small jobs, where a pool costs more than it saves)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # noqa: BLE001 - handed to the caller via the future
            future.set_exception(error)
        return future


def ordered_map(executor: Executor, fn: Callable, items: Iterable, window: int) -> Iterator:
    """fn(item) for every item, results in order, at most `window` tasks in flight."""
    pending: deque[Future] = deque()
    for item in items:
        pending.append(executor.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class Progress:
    """'opening ballots: 120000/1000000' on stderr, at most a few times a second."""

    def __init__(self, label: str, total: int, enabled: bool = True) -> None:
        self.label, self.total, self.done = label, total, 0
        self.enabled = enabled and total > 0
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def advance(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if not self.enabled or (now - self.last < (0.2 if self.tty else 5.0)
                                and self.done < self.total):
            return
        self.last = now
        end = "\r" if self.tty and self.done < self.total else "\n"
        print(f"{self.label}: {self.done}/{self.total}", end=end, file=sys.stderr, flush=True)
