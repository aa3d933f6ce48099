"""Voter sessions and casting: identify, unlock, seal, sign, chain and commit one ballot.

A session lives from "start" to its ballot being cast or abandoned, on the writer thread only;
it holds what the station must know about the voter until then and nothing else.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.crypto.sealing import Sealer
from kiosk.domain.audit import AuditEvent
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election, EligibilityMode
from kiosk.domain.errors import BallotError, BoxError, EligibilityError, KioskError
from kiosk.domain.pots import PotsBallot, validate_any
from kiosk.domain.survey import check_answers
from kiosk.domain.tracking import tracking_code
from kiosk.ledger.envelopes import seal_ballot
from kiosk.station.audit_log import AuditLog, BallotsToday
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.polls import Polls
from kiosk.station.station_state import StationState
from kiosk.station.voters import register_tag, voter_token
from kiosk.store.ballot_box import BallotBox, VoterAlreadyVoted


@dataclass(frozen=True)
class Receipt:
    tracking_code: str
    seq: int
    test: bool = False


@dataclass
class VoterTicket:
    """The station's side of one voter's session (the UI keeps the choices)."""

    language: str
    voter_token: str | None = None  # set once the voter is identified (eligibility modes)
    unlocked: bool = False  # staff-unlock elections: staff checked the voter's ID


def already_voted() -> EligibilityError:
    return EligibilityError("eligibility.already_voted_here",
                            "this person or code has already voted at this station")


class Voting:
    def __init__(self, *, election: Election, sealer: Sealer, chain: BallotChain,
                 box: BallotBox, audit: AuditLog, state: StationState, polls: Polls,
                 register_secret: bytes, today: BallotsToday,
                 issued_codes: frozenset[str] | None = None,
                 token_key: bytes | None = None, outer_sealer: Sealer | None = None) -> None:
        self.election = election
        self.sealer = sealer  # inner envelopes
        self.outer_sealer = outer_sealer or sealer  # outer envelopes (the tally's other key)
        self.chain = chain
        self.box = box
        self.audit = audit
        self.state = state
        self.polls = polls
        self.register_secret = register_secret
        self.today = today
        self.issued_codes = issued_codes  # codes elections: the tokens on the authority's lists
        self.token_key = token_key  # the election's, from enrolment (kiosk.crypto.token_keys)
        self.tickets: dict[str, VoterTicket] = {}

    def start_session(self, language: str | None = None) -> str:
        self.state.require_open()
        ticket = secrets.token_hex(16)
        self.audit.write(AuditEvent.SESSION_STARTED, {})
        self.tickets[ticket] = VoterTicket(language or self.election.default_language)
        return ticket

    def _ticket(self, ticket: str) -> VoterTicket:
        session = self.tickets.get(ticket)
        if session is None:
            raise KioskError("session.unknown", "this voting session has ended; please start "
                             "again")
        return session

    def check_voter(self, ticket: str, identity: str, today: date | None = None) -> None:
        """Check a personnummer or code for this session; refuses one already used here."""
        session = self._ticket(ticket)
        token = voter_token(self.election, identity, today or date.today(), self.issued_codes,
                            self.token_key, test_mode=self.state.test_mode)
        if token is not None and self.has_voted(token):
            raise already_voted()
        session.voter_token = token

    def has_voted(self, token: str) -> bool:
        """At this station, in the current mode (test mode keeps a register of its own)."""
        return self.box.has_register_tag(register_tag(self.register_secret, token),
                                         self.state.test_mode)

    def unlock_session(self, ticket: str) -> None:
        """Staff-unlock elections: staff checked the voter's ID (the UI asks for the PIN)."""
        self._ticket(ticket).unlocked = True
        self.audit.write(AuditEvent.SESSION_UNLOCKED, {})

    def abandon_session(self, ticket: str) -> None:
        if self.tickets.pop(ticket, None) is not None:
            self.audit.write(AuditEvent.SESSION_ABANDONED, {})

    def end_all_sessions(self) -> None:
        self.tickets.clear()

    def cast_ballot(self, ticket: str, ballot: Ballot | PotsBallot, *, language: str | None = None,
                    assisted: bool = False, survey: dict | None = None) -> Receipt:
        """Seal, sign, chain and durably commit one ballot; only then return its receipt."""
        session = self._ticket(ticket)
        self.state.require_open()
        election = self.election
        validate_any(election, ballot)
        survey = check_answers(election.survey, survey) if election.survey.asks else \
            _no_answers(survey)
        if election.eligibility.has_voter_token and session.voter_token is None:
            raise EligibilityError("eligibility.required", "the voter has not been identified")
        if election.eligibility.mode is EligibilityMode.STAFF_UNLOCK and not session.unlocked:
            raise EligibilityError("eligibility.needs_staff",
                                   "staff must unlock this session before the vote is cast")
        test = self.state.test_mode
        inner, outer = seal_ballot(self.sealer, election, ballot, language or session.language,
                                   assisted, survey, session.voter_token, test,
                                   self.sealer if test else self.outer_sealer)
        record = self.chain.next_record(inner, outer, test)
        entry = self.audit.entry(AuditEvent.BALLOT_CAST, {"test": test}, coarse_time=True)
        tag = (register_tag(self.register_secret, session.voter_token)
               if session.voter_token else None)
        try:
            self.box.append_ballot(record, entry, tag, test)
        except VoterAlreadyVoted:
            raise already_voted() from None
        except BoxError as error:
            if error.message_id == "box.disk_full":
                self.polls.suspend()
                self.end_all_sessions()
            raise
        self.audit.advance(entry)
        self.chain.advance(record, test)
        if not test:
            self.today.add_one()
        del self.tickets[ticket]
        return Receipt(tracking_code(record.hash), record.seq, test)

    def prefill_for_benchmark(self, count: int, ballots: Callable[[], Ballot],
                              batch: int = 1000) -> None:
        """Append `count` real sealed and signed ballots, many per transaction (benchmarks)."""
        self.state.require_open()
        language = self.election.default_language
        while count > 0:
            entries = []
            for _ in range(min(batch, count)):
                inner, _outer = seal_ballot(self.sealer, self.election, ballots(), language,
                                            False, None, None, False)
                record = self.chain.next_record(inner, None, False)
                entry = self.audit.entry(AuditEvent.BALLOT_CAST, {"test": False},
                                         coarse_time=True)
                self.audit.advance(entry)
                self.chain.advance(record, False)
                entries.append((record, entry))
            self.box.append_many(entries)
            count -= len(entries)


def _no_answers(survey: dict | None) -> dict | None:
    """An election without follow-up questions takes no answers."""
    if survey:
        raise BallotError("survey.not_asked", "this election asks no follow-up questions")
    return survey
