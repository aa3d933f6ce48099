"""The sync worker: a background thread that delivers unacknowledged records to the tally.

It never touches the ballot box itself: a BatchSource (the station) builds batches and records
receipts on its own writer thread, so casting is never blocked by the network. Failures back
off exponentially with jitter; progress survives restarts because the station persists what
has been acknowledged.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from kiosk.sync.transport import Answer


@dataclass(frozen=True)
class PendingBatch:
    data: bytes
    first_seq: int
    last_seq: int
    head_hash: str
    batch_hash: str


class BatchSource(Protocol):
    election_id: str

    def next_batch(self, limit: int) -> PendingBatch | None: ...

    def acknowledge(self, batch: PendingBatch, receipt: object) -> bool: ...

    def waiting(self) -> int: ...

    def tally_conflict(self, message_id: str) -> None: ...


# The tally's answers that mean "two copies of this station exist" (kiosk.tally.forks): retrying
# cannot help; the station tells its staff to call the election office.
CONFLICT_ANSWERS = frozenset({"tally.conflict", "tally.forked"})


class Transport(Protocol):
    def send_batch(self, election_id: str, data: bytes) -> Answer: ...


@dataclass
class SyncState:
    online: bool | None = None  # None: not tried yet
    last_success: str | None = None
    waiting: int = 0
    last_error: str | None = None
    tally_conflict: bool = False  # the tally reports two copies of this station
    delivered: int = 0
    failures_in_a_row: int = 0


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, failures: int) -> float:
        """Full-jitter exponential backoff: uniform in [0.5, 1] of min(cap, base * 2^n)."""
        ceiling = min(self.cap, self.base * 2 ** max(0, failures - 1))
        return ceiling * self.rng.uniform(0.5, 1.0)


class SyncWorker:
    def __init__(self, source: BatchSource, transport: Transport, *, batch_size: int = 500,
                 poll_seconds: float = 10.0, backoff: Backoff | None = None,
                 on_state: Callable[[SyncState], None] | None = None) -> None:
        self.source = source
        self.transport = transport
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self.backoff = backoff or Backoff()
        self.on_state = on_state
        self.state = SyncState()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- one pass ---------------------------------------------------------------------------
    def deliver_all(self, deadline: float | None = None) -> bool:
        """Send batches until nothing is waiting (True) or one fails (False)."""
        while not self._stop.is_set():
            if deadline is not None and time.monotonic() > deadline:
                return False
            batch = self.source.next_batch(self.batch_size)
            if batch is None:
                self._update(online=self.state.online, waiting=0)
                return True
            answer = self.transport.send_batch(self.source.election_id, batch.data)
            if not answer.reachable:
                self._fail(False, answer.body.get("message", "the tally cannot be reached"))
                return False
            receipt = answer.body.get("receipt") if answer.status == 200 else None
            if receipt is None or not self.source.acknowledge(batch, receipt):
                reason = answer.body.get("message") or "the tally's receipt does not verify"
                error_id = answer.body.get("error")
                if answer.status == 409 and error_id in CONFLICT_ANSWERS:
                    self.source.tally_conflict(error_id)
                    self.state.tally_conflict = True
                self._fail(True, f"{answer.status}: {reason}")
                return False
            self.state.tally_conflict = False
            self.state.delivered += batch.last_seq - batch.first_seq + 1
            self._update(online=True, last_success=datetime.now(UTC).replace(
                microsecond=0).isoformat(), last_error=None, failures_in_a_row=0)
        return False

    def _fail(self, online: bool, error: str) -> None:
        self._update(online=online, last_error=error,
                     failures_in_a_row=self.state.failures_in_a_row + 1)

    def _update(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.state, key, value)
        try:
            self.state.waiting = self.source.waiting()
        except Exception:  # the station may be closing; the state is informative only
            pass
        if self.on_state:
            self.on_state(self.state)

    # -- background thread ----------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="sync-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Something new to send (e.g. a ballot was cast): try now instead of at the next poll."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                ok = self.deliver_all()
            except Exception as error:  # keep the worker alive; the next pass retries
                self._fail(False, f"{type(error).__name__}: {error}")
                ok = False
            wait = self.poll_seconds if ok else self.backoff.delay(self.state.failures_in_a_row)
            self._wake.wait(wait)
            self._wake.clear()
