"""The intake over the tally's own store: the same verification and commit as `kiosk tally import`.

A batch delivered over HTTP is verified by `check_export` and stored by `commit_into` — the two
halves of `kiosk tally import` — so it is checked exactly like a file from a USB stick: whole or
not at all, with continuity per station, and a batch delivered twice is "already_present" (and
still gets a receipt, so a station whose earlier answer was lost can mark its records synced).

How it is fast without giving anything up (the shape of `kiosk tally import` too):

- Verifying (signatures, chain) is CPU work: it runs in the request's own thread; run one
  server worker per core (`--workers`) to use them all. (A pool of verifying processes behind
  one worker was measured too: the pickling and the single busy process made it slower.)
- One writer thread per server process stores what was verified. It takes every batch that is
  waiting and writes them in one transaction, a savepoint each (group commit): a refused batch
  rolls back alone, the rest are made durable together by one commit. Within a group, batches
  are written in chain order (station, first record), so consecutive batches of one station that
  arrive at the same moment both succeed, and PostgreSQL row locks are always taken in the
  same order. A request is answered (and its receipt signed) only after its group committed.

Concurrency between server processes: on PostgreSQL the station's row is locked (SELECT … FOR
UPDATE) and the file hash and (station, seq) are unique, so two workers that receive the same or
consecutive batches of one station at the same moment serialise; the loser of a race on a
station's first batch hits a unique constraint and is retried here. On SQLite every group takes
the write lock first (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field

from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KioskError
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import check_pool
from kiosk.tally.forks import ForkRefused
from kiosk.tally.importer import (
    CheckedExport,
    ImportResult,
    commit_into,
    refuse_closed,
    rejection_entry,
)
from kiosk.tally.server.intake import IntakeOutcome
from kiosk.tally.store import StoreError, TallyStore

RETRIES = 4
BATCH_NAME = "sync"
MAX_GROUP = 64  # batches in one transaction at most
# Batches verified at once per server process. Verifying is CPU work under one GIL: more
# threads at it only take turns, and crowd out the writer and the event loop.
CHECKS_AT_ONCE = 2
# Refusals this process writes to the intake log, each once per batch hash; beyond this many,
# refusals are only counted in the server's own log (a stranger cannot grow the database).
MAX_REFUSALS_LOGGED = 10_000
log = logging.getLogger("kiosk.tally.server")


@dataclass
class _Job:
    checked: CheckedExport | None  # None: only log a refusal
    data: bytes
    error: KioskError | None = None
    future: Future = field(default_factory=Future)


class GroupWriter:
    """The one thread of this process that writes intakes to the store, in groups."""

    def __init__(self, store: TallyStore, max_group: int = MAX_GROUP) -> None:
        self.store = store
        self.max_group = max_group
        self._refusals_logged: set[bytes] = set()
        self._refusals_dropped = 0
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="tally-writer", daemon=True)
        self._thread.start()

    def commit(self, checked: CheckedExport, data: bytes) -> ImportResult:
        job = _Job(checked, data)
        self._queue.put(job)
        return job.future.result()

    def log_refusal(self, data: bytes, error: KioskError) -> None:
        job = _Job(None, data, error)
        self._queue.put(job)
        job.future.result()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            jobs = [job]
            while len(jobs) < self.max_group:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # stop after this group
                    break
                jobs.append(more)
            self._write(jobs)

    def _may_log_refusal(self, digest: bytes) -> bool:
        if digest in self._refusals_logged:
            return False
        if len(self._refusals_logged) >= MAX_REFUSALS_LOGGED:
            self._refusals_dropped += 1
            if self._refusals_dropped % 1000 == 1:
                log.warning("%d refused batches not written to the intake log (this process "
                            "logged %d already)", self._refusals_dropped, MAX_REFUSALS_LOGGED)
            return False
        self._refusals_logged.add(digest)
        return True

    def _write(self, jobs: list[_Job]) -> None:
        outcomes: dict[int, ImportResult | KioskError] = {}
        commits = sorted((j for j in jobs if j.checked is not None),
                         key=lambda j: (j.checked.station_id, j.checked.first_seq,
                                        -j.checked.last_seq))
        try:
            with self.store.intake_group() as group:
                closed = commits and group.state() != "open"
                for job in commits:
                    if closed:
                        outcomes[id(job)] = refuse_closed()
                        continue
                    try:
                        with group.item() as tx:
                            outcomes[id(job)] = commit_into(tx, job.checked, job.data,
                                                            BATCH_NAME)
                    except KioskError as error:
                        outcomes[id(job)] = error
                for job in jobs:  # refusals go to the intake log, in the same transaction
                    outcome = outcomes.get(id(job), job.error)
                    if isinstance(outcome, KioskError) and not isinstance(outcome, StoreError):
                        digest = sha256(job.data)
                        if self._may_log_refusal(digest):
                            group.log_attempt(**rejection_entry(
                                digest.hex(), BATCH_NAME, outcome, job.checked))
                            if isinstance(outcome, ForkRefused) and outcome.sighting:
                                group.note_fork(**outcome.sighting.values())
        except Exception as error:  # noqa: BLE001 - every waiting request must get an answer
            failure = error if isinstance(error, KioskError) else StoreError(
                "tally.db_failed", "the tally could not store the batch now; try again later")
            if not isinstance(error, KioskError):
                log.exception("the tally's writer failed")
            for job in jobs:
                job.future.set_exception(failure)
            return
        for job in jobs:
            outcome = outcomes.get(id(job), job.error)
            if isinstance(outcome, BaseException):
                job.future.set_exception(outcome)
            else:
                job.future.set_result(outcome)


class StoreIntake:
    """Verify in the calling thread, store through this process's one writer."""

    def __init__(self, store: TallyStore, package: LoadedPackage) -> None:
        self.store = store
        self.package = package
        self.election_id = package.election.id
        self._writer = GroupWriter(store)
        self._checking = threading.BoundedSemaphore(CHECKS_AT_ONCE)

    def ingest(self, data: bytes) -> IntakeOutcome:
        with self._checking:
            outcome = check_pool.check_with(data, self.package)
        if outcome[0] != "ok":
            error = KioskError(outcome[1], outcome[2])
            self._writer.log_refusal(data, error)
            raise error
        checked = outcome[1]
        for attempt in range(RETRIES):
            try:
                result = self._writer.commit(checked, data)
                break
            except StoreError as error:
                if error.message_id != "tally.retry" or attempt == RETRIES - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))  # another worker won a race: look again
        return IntakeOutcome(status=result.status, station=result.station_id,
                             first_seq=result.first_seq, last_seq=result.last_seq,
                             head_hash=result.head_hash, batch_hash=result.file_hash,
                             new_records=result.new_records)

    def close(self) -> None:
        self._writer.close()
