"""StationService: the named operations of a station (cast_ballot, open_polls, export_batches...).

Every operation runs on one writer thread that owns the ballot box, so the UI thread never waits
on disk or crypto: it calls `submit(...)` and gets a Future. The CLI calls the same operations
directly; they block until the writer has finished and return plain values or raise KioskError.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk import clock
from kiosk.crypto.canonical import b64
from kiosk.crypto.hashing import chain_genesis
from kiosk.crypto.sealing import Sealer
from kiosk.domain.audit import AuditEvent
from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import BoxError, EligibilityError, KioskError, PollsError
from kiosk.domain.polls import PollsState, check_transition
from kiosk.domain.tracking import tracking_code
from kiosk.package.certificates import StationCertificate
from kiosk.package.signed_package import LoadedPackage, load_package
from kiosk.station.audit_log import AuditLog, AuditOperations
from kiosk.station.box_verify import BoxReport, verify_box
from kiosk.station.chain import RECORD_TYPE, ChainHead, seal_entry
from kiosk.station.exporting import export_new_records
from kiosk.station.folder_lock import FolderLock
from kiosk.station.identity import StationIdentity, load_identity
from kiosk.station.paths import StationPaths
from kiosk.station.setup import read_installed_certificate
from kiosk.station.staff import StaffOperations
from kiosk.station.syncing import SyncOperations
from kiosk.station.voters import register_tag, voter_token
from kiosk.store import BallotBox, file_store
from kiosk.store.ballot_box import VoterAlreadyVoted
from kiosk.sync.envelopes import seal_ballot

OPERATIONS = frozenset({
    "status", "open_polls", "pause_polls", "resume_polls", "close_polls", "start_session",
    "check_voter", "abandon_session", "cast_ballot", "export_batches", "verify_box",
    "set_staff_pin", "staff_login", "staff_logout", "set_test_mode", "polls_report",
    "next_sync_batch", "acknowledge_sync", "sync_waiting", "set_sync_server",
    "unlock_session", "audit_entries", "export_audit",
})

POLLS_EVENTS = {
    "open": AuditEvent.POLLS_OPENED, "pause": AuditEvent.POLLS_PAUSED,
    "resume": AuditEvent.POLLS_RESUMED, "close": AuditEvent.POLLS_CLOSED,
    "suspend": AuditEvent.POLLS_SUSPENDED,
}


@dataclass(frozen=True)
class Receipt:
    tracking_code: str
    seq: int
    test: bool = False


@dataclass(frozen=True)
class StationStatus:
    station_id: str
    label: str
    election_id: str
    election_title: str
    polls: str
    mode: str
    enrolled: bool
    ballots: int
    test_ballots: int
    not_exported: int
    last_export: str | None
    not_synced: int
    last_sync: str | None
    sync_server: str | None
    ballots_today: int
    disk_free_mb: int
    package_hash: str
    authority: str
    voting_opens: str = ""  # the package's voting period (ISO 8601, with offset)
    voting_closes: str = ""
    voting_phase: str = "during"  # "before" | "during" | "after" that period, now


@dataclass
class _Session:
    language: str
    voter_token: str | None = None
    unlocked: bool = False  # staff-unlock elections: staff checked the voter's ID


class StationService(StaffOperations, SyncOperations, AuditOperations):
    """Open with `StationService.open(data_dir)`; call `close()` when done."""

    def __init__(self, paths: StationPaths, box_factory: Callable[[], BallotBox] | None = None):
        self.paths = paths
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ballot-box-writer")
        self._sessions: dict[str, _Session] = {}
        self._lock = FolderLock(paths.root)
        try:
            self._writer.submit(self._load, box_factory).result()
        except BaseException:
            self._writer.shutdown(wait=True)
            self._lock.release()
            raise

    @classmethod
    def open(cls, data_dir: Path) -> StationService:
        return cls(StationPaths(Path(data_dir)))

    # -- threading --------------------------------------------------------------------------
    def submit(self, operation: str, *args, **kwargs) -> Future:
        """Run a named operation (e.g. "cast_ballot") on the writer thread without waiting.

        The Future holds the operation's value or its KioskError. This is what the UI uses.
        """
        if operation not in OPERATIONS:
            raise ValueError(f"unknown station operation {operation!r}")
        return self._writer.submit(getattr(self, f"_{operation}"), *args, **kwargs)

    def _run(self, method: Callable, *args, **kwargs):
        return self._writer.submit(method, *args, **kwargs).result()

    # -- the public, blocking operations --------------------------------------------------------
    def status(self) -> StationStatus:
        return self._run(self._status)

    def open_polls(self) -> str:
        return self._run(self._open_polls)

    def pause_polls(self) -> str:
        return self._run(self._pause_polls)

    def resume_polls(self) -> str:
        return self._run(self._resume_polls)

    def close_polls(self) -> str:
        return self._run(self._close_polls)

    def start_session(self, language: str | None = None) -> str:
        return self._run(self._start_session, language)

    def check_voter(self, ticket: str, identity: str, today: date | None = None) -> None:
        return self._run(self._check_voter, ticket, identity, today)

    def unlock_session(self, ticket: str) -> None:
        return self._run(self._unlock_session, ticket)

    def audit_entries(self, limit: int = 200) -> list[dict]:
        return self._run(self._audit_entries, limit)

    def export_audit(self, out_dir: Path) -> Path:
        return self._run(self._export_audit, Path(out_dir))

    def abandon_session(self, ticket: str) -> None:
        return self._run(self._abandon_session, ticket)

    def cast_ballot(self, ticket: str, ballot: Ballot, *, language: str | None = None,
                    assisted: bool = False, survey: dict | None = None) -> Receipt:
        return self._run(self._cast_ballot, ticket, ballot, language=language,
                         assisted=assisted, survey=survey)

    def export_batches(self, out_dir: Path, full: bool = False,
                       progress: Callable[[int, int], None] | None = None) -> list[Path]:
        """`progress(done, total)` is called from the writer thread while records are read."""
        return self._run(self._export_batches, Path(out_dir), full, progress)

    def verify_box(self) -> BoxReport:
        return self._run(self._verify_box)

    def set_staff_pin(self, pin: str) -> None:
        return self._run(self._set_staff_pin, pin)

    def staff_login(self, pin: str, now: float | None = None) -> None:
        return self._run(self._staff_login, pin, now)

    def staff_logout(self) -> None:
        return self._run(self._staff_logout)

    def set_test_mode(self, on: bool) -> int:
        return self._run(self._set_test_mode, on)

    def polls_report(self, kind: str) -> dict:
        return self._run(self._polls_report, kind)

    def set_sync_server(self, url: str) -> None:
        return self._run(self._set_sync_server, url)

    def prefill_for_benchmark(self, count: int, ballots: Callable[[], Ballot]) -> None:
        return self._run(self._prefill_for_benchmark, count, ballots)

    def close(self) -> None:
        try:
            self._writer.submit(self.box.close).result()
            self._writer.shutdown(wait=True)
        finally:
            self._lock.release()

    def __enter__(self) -> StationService:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- loading ------------------------------------------------------------------------------
    def _load(self, box_factory: Callable[[], BallotBox] | None) -> None:
        paths = self.paths
        if not paths.key.exists() or not paths.db.exists():
            raise KioskError("station.missing", f"{paths.root} is not a station data folder "
                             "(run `kiosk station init` or `kiosk demo setup` first)")
        self._lock.acquire()
        self.identity: StationIdentity = load_identity(paths.key)
        self.box = box_factory() if box_factory else file_store(paths.db)
        self.settings = self.box.settings()
        self.package: LoadedPackage = load_package(paths.package, self.settings.get("authority"))
        self.election = self.package.election
        self.sealer = Sealer(self.election.tally.seal_public, self.election.id)
        self.audit = AuditLog(self.box, self.identity.key)
        self.certificate: StationCertificate | None = None
        if paths.certificate.exists():
            self.certificate = read_installed_certificate(paths.certificate, self.package,
                                                          self.identity)
        self.polls = PollsState(self.settings.get("polls", "closed"))
        self.test_mode = self.settings.get("mode", "official") == "test"
        self._heads = {False: self._head(False), True: self._head(True)}

    def _head(self, test: bool) -> ChainHead:
        last = self.box.last_record(test)
        if last:
            return ChainHead(last.seq, last.hash)
        return ChainHead(0, self._head_genesis(test))

    def _head_genesis(self, test: bool = False) -> bytes:
        return chain_genesis(self._chain_name(test), self.identity.station_id)

    def _chain_name(self, test: bool) -> str:
        return f"{self.election.id}/test" if test else self.election.id

    @property
    def station_id(self) -> str:
        return self.identity.station_id

    # -- status -------------------------------------------------------------------------------
    def _status(self) -> StationStatus:
        exports = [e for e in self.box.exports() if not e["test"]]
        exported_to = max((e["last_seq"] for e in exports), default=0)
        ballots = self._heads[False].seq
        return StationStatus(
            station_id=self.station_id, label=self.settings.get("label", ""),
            election_id=self.election.id,
            election_title=self.election.title(self.election.default_language),
            polls=self.polls.value, mode="test" if self.test_mode else "official",
            enrolled=self.certificate is not None, ballots=ballots,
            test_ballots=self._heads[True].seq,
            not_exported=ballots - exported_to,
            last_export=exports[-1]["created_at"] if exports else None,
            not_synced=self._sync_waiting(), last_sync=self.settings.get("last_sync"),
            sync_server=self._sync_server(), ballots_today=self._ballots_today(),
            disk_free_mb=shutil.disk_usage(self.paths.root).free // (1024 * 1024),
            package_hash=self.package.package_hash, authority=self.package.authority_fingerprint,
            voting_opens=self.election.opens.isoformat(),
            voting_closes=self.election.closes.isoformat(),
            voting_phase=self.election.voting_phase(clock.now()),
        )

    # -- polls ------------------------------------------------------------------------------
    def _set_polls(self, target: PollsState) -> str:
        name = check_transition(self.polls, target)
        if target is PollsState.OPEN and self.certificate is None:
            raise PollsError("polls.not_enrolled", "the station is not enrolled yet: the tally "
                             "would not accept its ballots")
        self.audit.write(POLLS_EVENTS[name], {"from": self.polls.value},
                         settings={"polls": target.value})
        self.polls = target
        self.settings["polls"] = target.value
        return self.polls.value

    def _open_polls(self) -> str:
        return self._set_polls(PollsState.OPEN)

    def _pause_polls(self) -> str:
        return self._set_polls(PollsState.PAUSED)

    def _resume_polls(self) -> str:
        return self._set_polls(PollsState.OPEN)

    def _close_polls(self) -> str:
        self._sessions.clear()
        return self._set_polls(PollsState.CLOSED)

    # -- voter sessions -----------------------------------------------------------------------
    def _require_open(self) -> None:
        if self.polls is not PollsState.OPEN:
            raise PollsError("polls.not_open", f"the polls are {self.polls.value}: no voting now",
                             polls=self.polls.value)

    def _start_session(self, language: str | None = None) -> str:
        self._require_open()
        ticket = secrets.token_hex(16)
        self.audit.write(AuditEvent.SESSION_STARTED, {})
        self._sessions[ticket] = _Session(language or self.election.default_language)
        return ticket

    def _session(self, ticket: str) -> _Session:
        session = self._sessions.get(ticket)
        if session is None:
            raise KioskError("session.unknown", "this voting session has ended; please start "
                             "again")
        return session

    def _check_voter(self, ticket: str, identity: str, today: date | None = None) -> None:
        """Check a personnummer or code for this session; refuses one already used here."""
        session = self._session(ticket)
        token = voter_token(self.election, identity, today or date.today())
        if token is not None and self.box_has_voted(token):
            raise EligibilityError("eligibility.already_voted_here",
                                   "this person or code has already voted at this station")
        session.voter_token = token

    def box_has_voted(self, token: str) -> bool:
        return self.box.has_register_tag(register_tag(self.identity.register_secret, token))

    def _unlock_session(self, ticket: str) -> None:
        """Staff-unlock elections: staff checked the voter's ID (the UI asks for the PIN)."""
        self._session(ticket).unlocked = True
        self.audit.write(AuditEvent.SESSION_UNLOCKED, {})

    def _abandon_session(self, ticket: str) -> None:
        if self._sessions.pop(ticket, None) is not None:
            self.audit.write(AuditEvent.SESSION_ABANDONED, {})

    def _cast_ballot(self, ticket: str, ballot: Ballot, *, language: str | None = None,
                     assisted: bool = False, survey: dict | None = None) -> Receipt:
        """Seal, sign, chain and durably commit one ballot; only then return its receipt."""
        session = self._session(ticket)
        self._require_open()
        validate_ballot(self.election, ballot)
        if self.election.eligibility.has_voter_token and session.voter_token is None:
            raise EligibilityError("eligibility.required", "the voter has not been identified")
        if (self.election.eligibility.mode is EligibilityMode.STAFF_UNLOCK
                and not session.unlocked):
            raise EligibilityError("eligibility.needs_staff",
                                   "staff must unlock this session before the vote is cast")
        test = self.test_mode
        inner, outer = seal_ballot(self.sealer, self.election, ballot,
                                   language or session.language, assisted, survey,
                                   session.voter_token, test)
        head = self._heads[test]
        record = seal_entry(self.identity.key, {
            "type": RECORD_TYPE, "v": 1, "election": self.election.id,
            "station": self.station_id, "seq": head.seq + 1, "prev": head.hash.hex(),
            "inner": b64(inner), "outer": b64(outer) if outer else None, "test": test,
        })
        entry = self.audit.entry(AuditEvent.BALLOT_CAST, {"test": test}, coarse_time=True)
        tag = (register_tag(self.identity.register_secret, session.voter_token)
               if session.voter_token else None)
        try:
            self.box.append_ballot(record, entry, tag, test)
        except VoterAlreadyVoted:
            raise EligibilityError("eligibility.already_voted_here",
                                   "this person or code has already voted at this station") \
                from None
        except BoxError as error:
            if error.message_id == "box.disk_full":
                self._suspend()
            raise
        self.audit.advance(entry)
        self._heads[test] = ChainHead(record.seq, record.hash)
        if not test:
            self._count_cast_today()
        del self._sessions[ticket]
        return Receipt(tracking_code(record.hash), record.seq, test)

    def _prefill_for_benchmark(self, count: int, ballots: Callable[[], Ballot],
                               batch: int = 1000) -> None:
        """Append `count` real sealed and signed ballots, many per transaction (benchmarks)."""
        self._require_open()
        language = self.election.default_language
        while count > 0:
            entries = []
            for _ in range(min(batch, count)):
                inner, _outer = seal_ballot(self.sealer, self.election, ballots(), language,
                                            False, None, None, False)
                head = self._heads[False]
                record = seal_entry(self.identity.key, {
                    "type": RECORD_TYPE, "v": 1, "election": self.election.id,
                    "station": self.station_id, "seq": head.seq + 1, "prev": head.hash.hex(),
                    "inner": b64(inner), "outer": None, "test": False})
                entry = self.audit.entry(AuditEvent.BALLOT_CAST, {"test": False},
                                         coarse_time=True)
                self.audit.advance(entry)
                self._heads[False] = ChainHead(record.seq, record.hash)
                entries.append((record, entry))
            self.box.append_many(entries)
            count -= len(entries)

    def _suspend(self) -> None:
        """Stop casting after a storage fault; staff resume when the cause is fixed."""
        self.polls = PollsState.SUSPENDED
        self._sessions.clear()
        try:
            self.audit.write(AuditEvent.POLLS_SUSPENDED, {"reason": "disk_full"},
                             settings={"polls": PollsState.SUSPENDED.value})
        except KioskError:
            pass  # the disk is full: the state is kept in memory until staff resume

    # -- export and verification ------------------------------------------------------------------
    def _export_batches(self, out_dir: Path, full: bool = False,
                        progress: Callable[[int, int], None] | None = None) -> list[Path]:
        if self.certificate is None:
            raise KioskError("export.not_enrolled", "the station is not enrolled: there is no "
                             "certificate to put in the export file")
        return export_new_records(self, out_dir, full, progress)

    def _verify_box(self) -> BoxReport:
        return verify_box(self)
