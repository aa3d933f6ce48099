"""Station operations from the GUI thread without ever waiting: Futures become queued signals.

`bridge.call("cast_ballot", ticket, ballot, on_ok=..., on_error=...)` submits the operation to the
station's writer thread. When the Future completes (on that thread) the result is emitted as a
signal of a QObject living in the GUI thread, so the callbacks run on the GUI thread. Expected
failures arrive as the KioskError; anything else is logged and reported as an unexpected error,
never shown to a voter as text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.domain.errors import KioskError

log = logging.getLogger("kiosk.ui")


class UnexpectedError(Exception):
    """Wraps a bug so the UI can say "ask staff for help"; the details go to the log."""


class StationBridge(QObject):
    finished = Signal(object, object, object)  # future, on_ok, on_error (internal)
    busy_changed = Signal(bool)

    def __init__(self, service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.pending = 0
        self.generation = 0  # bumped on every session reset: late answers are dropped
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def call(self, operation: str, *args, on_ok: Callable | None = None,
             on_error: Callable | None = None, **kwargs) -> Future:
        future = self.service.submit(operation, *args, **kwargs)
        future.generation = self.generation
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
