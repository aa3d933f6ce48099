"""Work that is not a station operation (PDF writing, media scans, set-up steps) off the GUI
thread, with the answer delivered back on the GUI thread through a queued signal.

Expected failures (KioskError) reach `on_error` as they are; anything else is logged and
wrapped as `UnexpectedError`, so no traceback is ever shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.domain.errors import KioskError
from kiosk.ui.service_bridge import UnexpectedError

log = logging.getLogger("kiosk.ui.staff")


class Background(QObject):
    finished = Signal(object, object, object)  # future, on_ok, on_error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, name: str = "staff-background") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.pending = 0
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, function: Callable, *args, on_ok: Callable | None = None,
            on_error: Callable | None = None) -> Future:
        future = self._pool.submit(function, *args)
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        future.add_done_callback(lambda f: self.finished.emit(f, on_ok, on_error))
        return future

    @property
    def idle(self) -> bool:
        return self.pending == 0

    def _deliver(self, future: Future, on_ok, on_error) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if error is None:
            if on_ok is not None:
                on_ok(future.result())
            return
        if not isinstance(error, KioskError):
            log.error("staff background task failed unexpectedly", exc_info=error)
            error = UnexpectedError(type(error).__name__)
        if on_error is not None:
            on_error(error)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
