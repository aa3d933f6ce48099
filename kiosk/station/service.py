"""StationService: the named operations of a station (cast_ballot, open_polls, export_batches...).

A thin facade over the parts that do the work, each given only what it needs:

    BallotChain      chain heads and genesis (kiosk.station.ballot_chain)
    Polls            polls open/paused/closed/suspended (kiosk.station.polls)
    Voting           voter sessions and casting (kiosk.station.voting)
    PaperKeying      paper ballots keyed twice, sealed when the entries agree (kiosk.station.paper)
    StaffOperations  staff PIN, test mode, polls reports (kiosk.station.staff)
    Exporter         signed export files (kiosk.station.exporting)
    SyncOperations   batches and receipts for the sync worker (kiosk.station.syncing)
    AuditOperations  reading and exporting the audit log (kiosk.station.audit_log)
    StatusReader     the station's status (kiosk.station.status)

Every operation runs on one writer thread that owns the ballot box, so the UI thread never
waits on disk or crypto: `service.cast_ballot.later(...)` gives a Future at once. The CLI calls
`service.cast_ballot(...)`, which waits and returns the value or raises the KioskError
(kiosk.station.operations).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from kiosk.crypto.sealing import Sealer
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import KioskError
from kiosk.domain.paper import PaperEntry
from kiosk.domain.polls import PollsState
from kiosk.domain.pots import PotsBallot
from kiosk.domain.sheet_ranges import SheetRange
from kiosk.package.certificates import StationCertificate
from kiosk.package.signed_package import LoadedPackage, load_package
from kiosk.station.audit_log import AuditLog, AuditOperations, BallotsToday
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.box_verify import BoxReport, verify_box
from kiosk.station.exporting import Exporter
from kiosk.station.folder_lock import FolderLock, StationReadOnly, check_writable
from kiosk.station.identity import StationIdentity, load_identity, load_token_key
from kiosk.station.issued_codes import issued_tokens_of
from kiosk.station.lna_record import StationLna, record_lna
from kiosk.station.operations import operation
from kiosk.station.paper import PaperKeying, PaperOutcome
from kiosk.station.paper_ranges import set_sheet_ranges
from kiosk.station.paths import StationPaths
from kiosk.station.polls import Polls
from kiosk.station.setup import read_installed_certificate
from kiosk.station.staff import StaffOperations
from kiosk.station.station_state import StationState
from kiosk.station.status import StationStatus, StatusReader
from kiosk.station.syncing import SyncOperations
from kiosk.station.voting import Receipt, Voting
from kiosk.store import BallotBox, file_store, read_only_store
from kiosk.sync.worker import PendingBatch

__all__ = ["Receipt", "StationService", "StationStatus"]


class StationService:
    """Open with `StationService.open(data_dir)`; call `close()` when done."""

    def __init__(self, paths: StationPaths, box_factory: Callable[[], BallotBox] | None = None,
                 read_only: bool = False):
        self.paths = paths
        self.read_only = read_only  # a read-only folder, opened to read (open_for_reading)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ballot-box-writer")
        self._lock = FolderLock(paths.root)
        try:
            self._writer.submit(self._load, box_factory).result()
        except BaseException:
            self._writer.shutdown(wait=True)
            self._lock.release()
            raise

    @classmethod
    def open(cls, data_dir: Path) -> StationService:
        """The station, to read and write; a read-only folder is refused with one sentence
        (StationReadOnly, message id station.read_only)."""
        return cls(StationPaths(Path(data_dir)))

    @classmethod
    def open_for_reading(cls, data_dir: Path) -> StationService:
        """For commands that only read (box verify, export, status): a folder that cannot be
        written opens read-only (`read_only`): no lock, nothing recorded, every write refused
        by the ballot box."""
        try:
            return cls.open(data_dir)
        except StationReadOnly:
            return cls(StationPaths(Path(data_dir)), read_only=True)

    def _run(self, function: Callable, *args, **kwargs):
        """Run any function on the writer thread and wait (tests reach the box this way)."""
        return self._writer.submit(function, *args, **kwargs).result()

    # -- loading: the parts, each given what it needs -------------------------------------------
    def _load(self, box_factory: Callable[[], BallotBox] | None) -> None:
        paths = self.paths
        if not paths.key.exists() or not paths.db.exists():
            raise KioskError("station.missing", f"{paths.root} is not a station data folder "
                             "(run `kiosk station init` or `kiosk demo setup` first)")
        if self.read_only:
            box = read_only_store(paths.db)
        else:
            self._lock.acquire()
            check_writable(paths.root, paths.box_files())
            box = box_factory() if box_factory else file_store(paths.db)
        self.identity: StationIdentity = load_identity(paths.key)
        self.box = box
        self.state = state = StationState.from_settings(box.settings())
        self.package: LoadedPackage = load_package(paths.package, state.settings.get("authority"))
        self.election = election = self.package.election
        self.certificate: StationCertificate | None = None
        if paths.certificate.exists():
            self.certificate = read_installed_certificate(paths.certificate, self.package,
                                                          self.identity)
        token_key = load_token_key(paths.token_key)
        # a station that identifies voters is enrolled only with the election's token key (a
        # certificate installed by an older version has none: certify and enrol it again)
        key, enrolled = self.identity.key, self.certificate is not None and (
            token_key is not None or not election.eligibility.has_voter_token)
        self.audit = audit = AuditLog(box, key)
        self.chain = chain = BallotChain(box, key, election.id)
        today = BallotsToday(box)
        self.polls = Polls(state, audit, enrolled)
        self.voting = Voting(election=election, sealer=Sealer(election.tally.seal_public,
                                                              election.id),
                             chain=chain, box=box, audit=audit, state=state, polls=self.polls,
                             register_secret=self.identity.register_secret, today=today,
                             issued_codes=issued_tokens_of(paths.root, self.package),
                             token_key=token_key,
                             outer_sealer=Sealer(election.tally.outer_seal_public, election.id))
        self.paper = PaperKeying(election=election, sealer=self.voting.sealer, chain=chain,
                                 box=box, audit=audit, state=state, polls=self.polls,
                                 register_secret=self.identity.register_secret, today=today,
                                 issued_codes=self.voting.issued_codes, token_key=token_key,
                                 outer_sealer=self.voting.outer_sealer)
        self.sync = SyncOperations(election=election, package_hash=self.package.package_hash,
                                   certificate=self.certificate, key=key, chain=chain, box=box,
                                   audit=audit, state=state)
        self.exporter = Exporter(election=election, package=self.package,
                                 certificate=self.certificate, key=key, chain=chain, box=box,
                                 audit=audit, state=state)
        self.status_reader = StatusReader(root=paths.root, package=self.package,
                                          enrolled=enrolled, state=state, chain=chain, box=box,
                                          sync=self.sync, today=today)
        self.staff = StaffOperations(state=state, box=box, audit=audit, chain=chain,
                                     status=self.status_reader.status)
        self.audit_log = AuditOperations(audit, box, key, election.id)

    @property
    def station_id(self) -> str:
        return self.identity.station_id

    @property
    def issued_codes(self) -> frozenset[str] | None:
        """Codes elections: the voter tokens on the authority's lists this station keeps."""
        return self.voting.issued_codes

    @property
    def settings(self) -> dict[str, str]:
        return self.state.settings

    @property
    def district(self) -> str | None:
        """The district this station stands in (a package with district pots gives its voters
        that district's pot, no question asked); None: the voter chooses. Set at init."""
        return self.state.settings.get("district") or None

    @property
    def test_mode(self) -> bool:
        """Read without waiting on the writer thread (the voter window's banner)."""
        return self.state.test_mode

    # -- status and polls -----------------------------------------------------------------------
    @operation
    def status(self) -> StationStatus:
        return self.status_reader.status()

    @operation
    def open_polls(self) -> str:
        return self.polls.change(PollsState.OPEN)

    @operation
    def pause_polls(self) -> str:
        return self.polls.change(PollsState.PAUSED)

    @operation
    def resume_polls(self) -> str:
        return self.polls.change(PollsState.OPEN)

    @operation
    def close_polls(self) -> str:
        self.voting.end_all_sessions()
        return self.polls.change(PollsState.CLOSED)

    # -- voters ---------------------------------------------------------------------------------
    @operation
    def start_session(self, language: str | None = None) -> str:
        return self.voting.start_session(language)

    @operation
    def check_voter(self, ticket: str, identity: str, today: date | None = None) -> None:
        return self.voting.check_voter(ticket, identity, today)

    @operation
    def unlock_session(self, ticket: str) -> None:
        return self.voting.unlock_session(ticket)

    @operation
    def abandon_session(self, ticket: str) -> None:
        return self.voting.abandon_session(ticket)

    @operation
    def cast_ballot(self, ticket: str, ballot: Ballot | PotsBallot, *, language: str | None = None,
                    assisted: bool = False, survey: dict | None = None) -> Receipt:
        return self.voting.cast_ballot(ticket, ballot, language=language, assisted=assisted,
                                       survey=survey)

    @operation
    def prefill_for_benchmark(self, count: int, ballots: Callable[[], Ballot]) -> None:
        return self.voting.prefill_for_benchmark(count, ballots)

    # -- paper ballots (kiosk.station.paper) ------------------------------------------------------
    @operation
    def key_paper_first(self, entry: PaperEntry, today: date | None = None) -> None:
        return self.paper.key_first(entry, today)

    @operation
    def key_paper_second(self, entry: PaperEntry, today: date | None = None) -> PaperOutcome:
        return self.paper.key_second(entry, today)

    @operation
    def resolve_paper(self, entry: PaperEntry, today: date | None = None) -> PaperOutcome:
        return self.paper.resolve(entry, today)

    @operation
    def disputed_paper(self, sheet: int) -> PaperOutcome:
        return self.paper.disputed(sheet)

    @operation
    def set_paper_aside(self, sheet: int) -> None:
        return self.paper.set_aside(sheet)

    @operation
    def paper_waiting(self) -> dict[str, list[int]]:
        return self.paper.waiting()

    @operation
    def check_paper_import(self, entries: list[PaperEntry],
                           today: date | None = None) -> list[tuple[int, str]]:
        return self.paper.check_many(entries, today)

    @operation
    def import_paper(self, entries: list[PaperEntry], today: date | None = None
                     ) -> list[Receipt]:
        return self.paper.seal_many(entries, today)

    @operation
    def paper_ranges(self) -> tuple[SheetRange, ...]:
        """The sheet ranges this station keys (kiosk.domain.sheet_ranges); empty: any."""
        return self.paper.ranges

    @operation
    def set_paper_ranges(self, text: str | list[str]) -> tuple[SheetRange, ...]:
        """Set (empty text: clear) the station's sheet ranges (kiosk.station.paper_ranges)."""
        return set_sheet_ranges(self.paper, text)

    # -- export, verification, audit ------------------------------------------------------------
    @operation
    def export_batches(self, out_dir: Path, full: bool = False,
                       progress: Callable[[int, int], None] | None = None) -> list[Path]:
        """`progress(done, total)` is called from the writer thread while records are read."""
        return self.exporter.export_new_records(Path(out_dir), full, progress)

    @operation
    def verify_box(self) -> BoxReport:
        return verify_box(self.chain)

    @operation
    def audit_entries(self, limit: int = 200) -> list[dict]:
        return self.audit_log.entries(limit)

    @operation
    def export_audit(self, out_dir: Path) -> Path:
        return self.audit_log.export(Path(out_dir))

    # -- staff ----------------------------------------------------------------------------------
    @operation
    def set_staff_pin(self, pin: str) -> None:
        return self.staff.set_staff_pin(pin)

    @operation
    def staff_login(self, pin: str, now: float | None = None) -> None:
        return self.staff.staff_login(pin, now)

    @operation
    def staff_logout(self) -> None:
        return self.staff.staff_logout()

    @operation
    def set_test_mode(self, on: bool) -> int:
        return self.staff.set_test_mode(on)

    @operation
    def polls_report(self, kind: str) -> dict:
        return self.staff.polls_report(kind)

    @operation
    def record_lna(self, data: bytes) -> StationLna:
        """Keep this station's entry of a signed L&A result (kiosk.station.lna_record)."""
        return record_lna(data, package=self.package, station_id=self.station_id,
                          state=self.state, chain=self.chain, audit=self.audit)

    # -- sync -----------------------------------------------------------------------------------
    @operation
    def set_sync_server(self, url: str) -> None:
        return self.sync.set_server(url)

    @operation
    def next_sync_batch(self, limit: int) -> PendingBatch | None:
        return self.sync.next_batch(limit)

    @operation
    def acknowledge_sync(self, batch: PendingBatch, receipt: object) -> bool:
        return self.sync.acknowledge(batch, receipt)

    @operation
    def sync_waiting(self) -> int:
        return self.sync.waiting()

    @operation
    def note_tally_conflict(self, message_id: str) -> None:
        return self.sync.note_conflict(message_id)

    # -- closing --------------------------------------------------------------------------------
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
