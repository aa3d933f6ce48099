"""What the staff screen and `kiosk status` show of a station, read in one go."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk import clock
from kiosk.package.signed_package import LoadedPackage
from kiosk.station.audit_log import BallotsToday
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.station_state import StationState
from kiosk.station.syncing import SyncOperations
from kiosk.store.ballot_box import BallotBox


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
    tally_conflict: bool = False  # the tally reports two copies of this station's chain
    # a package with district pots: the station's district pot ("" when its voters choose
    # their district on the screen)
    has_districts: bool = False
    district: str = ""


class StatusReader:
    def __init__(self, *, root: Path, package: LoadedPackage, enrolled: bool,
                 state: StationState, chain: BallotChain, box: BallotBox,
                 sync: SyncOperations, today: BallotsToday) -> None:
        self.root = root
        self.package = package
        self.enrolled = enrolled
        self.state = state
        self.chain = chain
        self.box = box
        self.sync = sync
        self.today = today

    def status(self) -> StationStatus:
        election, state = self.package.election, self.state
        exports = [e for e in self.box.exports() if not e["test"]]
        exported_to = max((e["last_seq"] for e in exports), default=0)
        ballots = self.chain.head(False).seq
        district = state.settings.get("district") or ""
        return StationStatus(
            station_id=self.chain.station_id, label=state.settings.get("label", ""),
            election_id=election.id, election_title=election.title(election.default_language),
            polls=state.polls.value, mode=state.mode, enrolled=self.enrolled, ballots=ballots,
            test_ballots=self.chain.head(True).seq,
            not_exported=ballots - exported_to,
            last_export=exports[-1]["created_at"] if exports else None,
            not_synced=self.sync.waiting(), last_sync=state.settings.get("last_sync"),
            sync_server=self.sync.server(), ballots_today=self.today.count(),
            disk_free_mb=shutil.disk_usage(self.root).free // (1024 * 1024),
            package_hash=self.package.package_hash,
            authority=self.package.authority_fingerprint,
            voting_opens=election.opens.isoformat(),
            voting_closes=election.closes.isoformat(),
            voting_phase=election.voting_phase(clock.now()),
            tally_conflict=self.sync.conflict(),
            has_districts=bool(election.district_pots), district=district,
        )
