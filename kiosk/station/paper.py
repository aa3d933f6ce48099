"""Keying paper ballots: two independent entries per sheet, sealed only when they agree.

Runs on the station's writer thread (like kiosk.station.voting). The first entry of a sheet
waits here, in memory only, until a second staff member keys the same sheet; nothing of the
first entry is handed back to the screen, so the second keying is independent. When the two
agree the ballot is sealed, signed and chained exactly like a touch ballot, with
`"channel": "paper"` in its inner envelope (and `"spoiled": true` for a spoiled sheet). When
they differ, both are handed back for a third look and nothing is sealed until a third entry
agrees with one of them (two keyings out of three) or the sheet is set aside.

A sheet number is keyed once per election: the box keeps a keyed hash of each sealed sheet
number (like the voter register) and a UNIQUE key refuses a second one. Where the election
identifies voters, the personnummer or code is keyed too; it gives the same voter token and
register tag as at the touchscreen, so the station refuses a second ballot of one person here
and the tally finds duplicates across stations and channels the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.crypto.hashing import keyed_hash
from kiosk.crypto.sealing import Sealer
from kiosk.domain.audit import AuditEvent
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election
from kiosk.domain.errors import BallotError, BoxError, EligibilityError
from kiosk.domain.paper import CHANNEL, PaperEntry, PaperError, checked_entry, parse_sheet
from kiosk.domain.polls import PollsState
from kiosk.domain.pots import PotsBallot
from kiosk.domain.sheet_ranges import SETTING as RANGES
from kiosk.domain.sheet_ranges import SheetRange, in_ranges, outside_ranges, parse_ranges
from kiosk.domain.tracking import tracking_code
from kiosk.ledger.envelopes import seal_ballot
from kiosk.station.audit_log import AuditLog, BallotsToday
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.polls import Polls
from kiosk.station.station_state import StationState
from kiosk.station.voters import register_tag, voter_token
from kiosk.station.voting import Receipt, already_voted
from kiosk.store.ballot_box import BallotBox, SheetAlreadyKeyed, VoterAlreadyVoted


@dataclass(frozen=True)
class PaperOutcome:
    """What a second (or third) keying led to: a sealed ballot's receipt, or both entries side
    by side and the fields they differ in."""

    sheet: int
    receipt: Receipt | None = None
    first: PaperEntry | None = None
    second: PaperEntry | None = None
    differences: list[str] = field(default_factory=list)

    @property
    def sealed(self) -> bool:
        return self.receipt is not None


def sheet_keyed(sheet: int) -> PaperError:
    return PaperError("paper.sheet_keyed", f"sheet {sheet} has already been keyed in this "
                      "election; a sheet number is keyed once", sheet=sheet)


@dataclass(frozen=True)
class _Checked:
    entry: PaperEntry
    token: str | None  # the voter token of the keyed identity, where the mode has one


class PaperKeying:
    def __init__(self, *, election: Election, sealer: Sealer, chain: BallotChain,
                 box: BallotBox, audit: AuditLog, state: StationState, polls: Polls,
                 register_secret: bytes, today: BallotsToday,
                 issued_codes: frozenset[str] | None = None, token_key: bytes | None = None,
                 outer_sealer: Sealer | None = None) -> None:
        self.election = election
        self.sealer = sealer
        self.chain = chain
        self.box = box
        self.audit = audit
        self.state = state
        self.polls = polls
        self.register_secret = register_secret
        self.today = today
        self.issued_codes = issued_codes
        self.token_key = token_key  # the election's, from enrolment (kiosk.crypto.token_keys)
        self.outer_sealer = outer_sealer  # the tally's outer-envelope key
        self._first: dict[int, _Checked] = {}
        self._disputed: dict[int, tuple[_Checked, _Checked]] = {}

    # -- checks ---------------------------------------------------------------------------------
    def _require_keying(self) -> None:
        if self.state.polls not in (PollsState.OPEN, PollsState.PAUSED):
            raise PaperError("paper.polls", f"the polls are {self.state.polls.value}: paper "
                             "ballots are keyed while the polls are open or paused",
                             polls=self.state.polls.value)

    def sheet_label(self, test: bool) -> str:
        """What a sheet tag hashes, but the sheet number (kiosk.station.paper_ranges)."""
        return f"kiosk/paper-sheet/{self.election.id}/{'test' if test else 'official'}/"

    def sheet_tag(self, sheet: int, test: bool) -> bytes:
        return keyed_hash(self.register_secret, f"{self.sheet_label(test)}{sheet}".encode())

    @property
    def ranges(self) -> tuple[SheetRange, ...]:
        """The station's sheet ranges (kiosk.domain.sheet_ranges); empty: any sheet number."""
        return parse_ranges(self.state.settings.get(RANGES, ""))

    def _check_range(self, sheet: int) -> None:
        ranges = self.ranges
        if not in_ranges(ranges, sheet):
            raise outside_ranges(sheet, ranges)

    def is_sheet_keyed(self, sheet: int) -> bool:
        return self.box.has_sheet_tag(self.sheet_tag(sheet, self.state.test_mode))

    def _check(self, entry: PaperEntry, today: date | None) -> _Checked:
        """The entry checked against the rule, and its identity for the election's mode (the
        register too)."""
        parse_sheet(entry.sheet)
        self._check_range(entry.sheet)
        entry = checked_entry(self.election, entry.sheet, entry.ballot, entry.language,
                              entry.identity, entry.district)
        if self.election.eligibility.has_voter_token:
            if not entry.identity:
                raise EligibilityError("eligibility.required", f"sheet {entry.sheet}: this "
                                       "election identifies voters; key the personnummer or "
                                       "code written on the sheet's envelope")
            token = voter_token(self.election, entry.identity, today or date.today(),
                                self.issued_codes, self.token_key,
                                test_mode=self.state.test_mode)
            if token is not None and self.box.has_register_tag(
                    register_tag(self.register_secret, token), test=self.state.test_mode):
                raise already_voted()
            return _Checked(entry, token)
        if entry.identity:
            raise EligibilityError("paper.no_identity", f"sheet {entry.sheet}: this election "
                                   "does not identify voters; key no identity")
        return _Checked(entry, None)

    def _check_sheet_free(self, sheet: int) -> None:
        if self.is_sheet_keyed(sheet):
            raise sheet_keyed(sheet)

    @staticmethod
    def _differences(a: _Checked, b: _Checked) -> list[str]:
        found = [name for name in a.entry.differences(b.entry) if name != "identity"]
        if a.token != b.token:
            found.append("identity")
        return found

    # -- keying at the staff screen ------------------------------------------------------------
    def key_first(self, entry: PaperEntry, today: date | None = None) -> None:
        """Entry 1 of a sheet: checked and held until entry 2; nothing is sealed."""
        self._require_keying()
        sheet = entry.sheet
        self._check_range(sheet)
        self._check_sheet_free(sheet)
        if sheet in self._first or sheet in self._disputed:
            raise PaperError("paper.sheet_waiting", f"sheet {sheet} has been keyed once already "
                             "and waits for its second keying", sheet=sheet)
        self._first[sheet] = self._check(entry, today)

    def key_second(self, entry: PaperEntry, today: date | None = None) -> PaperOutcome:
        """Entry 2 by another staff member: sealed if it agrees with entry 1, else disputed."""
        self._require_keying()
        first = self._first.get(entry.sheet)
        if first is None:
            raise PaperError("paper.no_first", f"sheet {entry.sheet} has no first keying to "
                             "compare with; key it as a first entry", sheet=entry.sheet)
        second = self._check(entry, today)
        differences = self._differences(first, second)
        if differences:
            del self._first[entry.sheet]
            self._disputed[entry.sheet] = (first, second)
            return PaperOutcome(entry.sheet, None, first.entry, second.entry, differences)
        receipt = self._seal(first)
        del self._first[entry.sheet]
        return PaperOutcome(entry.sheet, receipt)

    def resolve(self, entry: PaperEntry, today: date | None = None) -> PaperOutcome:
        """A third look at a disputed sheet: sealed if it agrees with entry 1 or entry 2."""
        self._require_keying()
        pair = self._disputed.get(entry.sheet)
        if pair is None:
            raise PaperError("paper.not_disputed", f"sheet {entry.sheet} is not waiting for a "
                             "third look", sheet=entry.sheet)
        third = self._check(entry, today)
        first, second = pair
        for agreed in (first, second):
            if not self._differences(agreed, third):
                receipt = self._seal(agreed)
                del self._disputed[entry.sheet]
                return PaperOutcome(entry.sheet, receipt)
        return PaperOutcome(entry.sheet, None, first.entry, second.entry,
                            self._differences(first, second))

    def set_aside(self, sheet: int) -> None:
        """Forget a sheet's unsealed entries (it goes back to the pile to be keyed again)."""
        self._first.pop(sheet, None)
        self._disputed.pop(sheet, None)

    def waiting(self) -> dict[str, list[int]]:
        """Sheet numbers waiting for a second keying or a third look (no content)."""
        return {"second": sorted(self._first), "third": sorted(self._disputed)}

    def disputed(self, sheet: int) -> PaperOutcome:
        """Both entries of a disputed sheet, for the third look."""
        pair = self._disputed.get(sheet)
        if pair is None:
            raise PaperError("paper.not_disputed", f"sheet {sheet} is not waiting for a third "
                             "look", sheet=sheet)
        return PaperOutcome(sheet, None, pair[0].entry, pair[1].entry,
                            self._differences(*pair))

    # -- sealing ---------------------------------------------------------------------------------
    def _sealed_parts(self, checked: _Checked, test: bool):
        entry = checked.entry
        ballot = entry.ballot if entry.ballot is not None else \
            PotsBallot.of({}) if self.election.pots else Ballot(())  # spoiled: no choices
        inner, outer = seal_ballot(self.sealer, self.election, ballot, entry.language, False,
                                   None, checked.token, test,
                                   self.sealer if test else self.outer_sealer,
                                   channel=CHANNEL,
                                   spoiled=entry.spoiled)
        record = self.chain.next_record(inner, outer, test)
        audit_entry = self.audit.entry(AuditEvent.BALLOT_CAST, {"test": test,
                                                                "channel": CHANNEL},
                                       coarse_time=True)
        tag = register_tag(self.register_secret, checked.token) if checked.token else None
        return record, audit_entry, tag, self.sheet_tag(entry.sheet, test)

    def _seal(self, checked: _Checked) -> Receipt:
        self._check_sheet_free(checked.entry.sheet)
        test = self.state.test_mode
        record, audit_entry, tag, sheet_tag = self._sealed_parts(checked, test)
        try:
            self.box.append_ballot(record, audit_entry, tag, test, sheet_tag=sheet_tag)
        except VoterAlreadyVoted:
            raise already_voted() from None
        except SheetAlreadyKeyed:
            raise sheet_keyed(checked.entry.sheet) from None
        except BoxError as error:
            if error.message_id == "box.disk_full":
                self.polls.suspend()
            raise
        self.audit.advance(audit_entry)
        self.chain.advance(record, test)
        if not test:
            self.today.add_one()
        return Receipt(tracking_code(record.hash), record.seq, test)

    # -- bulk import ------------------------------------------------------------------------------
    def check_many(self, entries: list[PaperEntry], today: date | None = None
                   ) -> list[tuple[int, str]]:
        """(index, reason) of every entry that cannot be sealed: sheet outside the station's
        ranges or keyed already, a sheet or voter twice in the list, an identity refused.
        Nothing is stored."""
        problems: list[tuple[int, str]] = []
        sheets: set[int] = set()
        tokens: set[str] = set()
        ranges = self.ranges
        for index, entry in enumerate(entries):
            if not in_ranges(ranges, entry.sheet):
                problems.append((index, outside_ranges(entry.sheet, ranges).text))
                continue
            if entry.sheet in sheets:
                problems.append((index, f"sheet {entry.sheet} is in the file twice"))
                continue
            sheets.add(entry.sheet)
            if self.is_sheet_keyed(entry.sheet) or entry.sheet in self._first or \
                    entry.sheet in self._disputed:
                problems.append((index, sheet_keyed(entry.sheet).text))
                continue
            try:
                checked = self._check(entry, today)
            except (EligibilityError, PaperError, BallotError) as error:
                problems.append((index, error.text))
                continue
            if checked.token is not None:
                if checked.token in tokens:
                    problems.append((index, "this person or code is on another row of the "
                                     "file already"))
                tokens.add(checked.token)
        return problems

    def seal_many(self, entries: list[PaperEntry], today: date | None = None) -> list[Receipt]:
        """Seal agreed entries in one transaction: all of them or none (check_many first)."""
        self._require_keying()
        problems = self.check_many(entries, today)
        if problems:
            index, reason = problems[0]
            raise PaperError("paper.import_refused", f"entry {index + 1}: {reason}")
        test = self.state.test_mode
        items, receipts = [], []
        try:
            for entry in entries:
                record, audit_entry, tag, sheet_tag = self._sealed_parts(
                    self._check(entry, today), test)
                items.append((record, audit_entry, tag, sheet_tag))
                self.audit.advance(audit_entry)
                self.chain.advance(record, test)
                receipts.append(Receipt(tracking_code(record.hash), record.seq, test))
            self.box.append_ballots(items, test)
        except BaseException:
            self.chain.reload(test)
            self.audit.head = AuditLog(self.box, self.audit.key).head  # the stored head
            raise
        if not test:
            for _ in receipts:
                self.today.add_one()
        return receipts
