"""Process pools for the CPU-heavy steps (verifying files, opening envelopes).

`ordered_map` keeps only a bounded number of tasks in flight, so memory stays flat however many
chunks there are, and yields results in submission order.

A pool's start-up arguments travel to each new worker through a pipe before that worker has
even started Python; an argument larger than the pipe's buffer (the election package is about
a quarter of a megabyte) makes the parent wait for each worker in turn to boot (measured:
0.33 s for two workers instead of 0.02 s). Large *public* arguments are therefore handed over
as a file in a private temporary folder, removed when the pool shuts down. Secrets (keys are
32 bytes) always stay small and go through the pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


PIPE_SAFE_BYTES = 32 * 1024  # start-up arguments larger than this go through a file


class _FileArg:
    """A start-up argument waiting in a file (see the module docstring)."""

    def __init__(self, path: str) -> None:
        self.path = path


def _start_worker(initializer: Callable, args: tuple) -> None:
    def load(arg):
        if isinstance(arg, _FileArg):
            with open(arg.path, "rb") as handle:
                return handle.read()
        return arg
    initializer(*(load(a) for a in args))


class _Pool(ProcessPoolExecutor):
    def __init__(self, folder: str | None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._folder = folder

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        try:
            super().shutdown(wait=wait, cancel_futures=cancel_futures)
        finally:
            if self._folder and wait:
                shutil.rmtree(self._folder, ignore_errors=True)


def process_pool(initializer: Callable | None = None, initargs: tuple = (),
                 workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of fresh interpreters ("spawn"): no inherited database handles or threads.

    `initargs` larger than PIPE_SAFE_BYTES must be public: they are written to a file.
    """
    folder = None
    if initializer is not None and any(isinstance(a, bytes) and len(a) > PIPE_SAFE_BYTES
                                       for a in initargs):
        folder = tempfile.mkdtemp(prefix="kiosk-pool-")
        shipped = []
        for index, arg in enumerate(initargs):
            if isinstance(arg, bytes) and len(arg) > PIPE_SAFE_BYTES:
                path = os.path.join(folder, f"arg-{index}")
                with open(path, "wb") as handle:
                    handle.write(arg)
                arg = _FileArg(path)
            shipped.append(arg)
        initializer, initargs = _start_worker, (initializer, tuple(shipped))
    return _Pool(folder, max_workers=workers or cpu_count(),
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
