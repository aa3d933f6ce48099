"""Station operations from the GUI thread without ever waiting: Futures become queued signals.

    bridge.call(service.cast_ballot.later(ticket, ballot), on_ok=..., on_error=...)

`service.cast_ballot.later(...)` submits the operation to the station's writer thread and gives
a typed Future (kiosk.station.operations); the bridge delivers its outcome on the GUI thread:
when the Future completes (on the writer thread) it is emitted as a signal of a QObject living
in the GUI thread, so the callbacks run there. `on_ok` gets the operation's value. Expected
failures arrive as the KioskError; anything else is logged and reported as an unexpected error,
never shown to a voter as text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.domain.errors import KioskError
from kiosk.station import StationService

T = TypeVar("T")

log = logging.getLogger("kiosk.ui")


class UnexpectedError(Exception):
    """Wraps a bug so the UI can say "ask staff for help"; the details go to the log."""


class StationBridge(QObject):
    finished = Signal(object, object, object)  # future, on_ok, on_error (internal)
    busy_changed = Signal(bool)

    def __init__(self, service: StationService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.pending = 0
        self.generation = 0  # bumped on every session reset: late answers are dropped
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def call(self, future: Future[T], on_ok: Callable[[T], object] | None = None,
             on_error: Callable[[Exception], object] | None = None) -> Future[T]:
        """Deliver the outcome of an operation started with `.later(...)` on the GUI thread."""
        future.generation = self.generation  # type: ignore[attr-defined]
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        future.add_done_callback(lambda f: self.finished.emit(f, on_ok, on_error))
        return future

    def forget_pending(self) -> None:
        """Ignore answers to calls made before now (the session they belong to is gone)."""
        self.generation += 1

    @property
    def idle(self) -> bool:
        return self.pending == 0

    def _deliver(self, future: Future, on_ok: Callable | None,
                 on_error: Callable | None) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.busy_changed.emit(False)
        stale = getattr(future, "generation", self.generation) != self.generation
        error = future.exception()
        if error is None:
            if on_ok is not None and not stale:
                on_ok(future.result())
            return
        if not isinstance(error, KioskError):
            log.error("station operation failed unexpectedly", exc_info=error)
            error = UnexpectedError(type(error).__name__)
        if on_error is not None and not stale:
            on_error(error)
