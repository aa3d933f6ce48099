"""A voter's session: the choices being made, before they are cast. Pure and rule-aware.

The UI asks it what is possible ("does p4 still fit?") and gets a reason it can translate.
Nothing here is ever stored: abandoning a session simply drops the object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.ballot import Ballot, ballot_cost, minimum_spend, validate_ballot
from kiosk.domain.election import Election, RuleKind
from kiosk.domain.errors import BallotError


@dataclass(frozen=True)
class Blocked:
    """Why a proposal cannot be chosen (or given another point) right now."""

    message_id: str  # "choice.does_not_fit" | "choice.max_reached" | "choice.no_points_left" | ...
    params: dict


@dataclass
class VoterSession:
    """The choices of one voter. The voter's token lives only in the station's session
    (kiosk.station.voting.VoterTicket), assistance only in the UI's state."""

    election: Election
    language: str
    points: dict[str, int] = field(default_factory=dict)

    # -- what the screens show --------------------------------------------------------------
    @property
    def kind(self) -> RuleKind:
        return self.election.rule.kind

    @property
    def ballot(self) -> Ballot:
        return Ballot.of(self.points)

    def is_chosen(self, pid: str) -> bool:
        return self.points.get(pid, 0) > 0

    @property
    def chosen_count(self) -> int:
        return sum(1 for v in self.points.values() if v > 0)

    @property
    def spent(self) -> int:
        return ballot_cost(self.election, self.ballot)

    @property
    def budget_left(self) -> int | None:
        rule = self.election.rule
        return rule.budget - self.spent if rule.kind is RuleKind.KNAPSACK else None

    @property
    def points_left(self) -> int | None:
        rule = self.election.rule
        if rule.kind is not RuleKind.CUMULATIVE:
            return None
        return rule.total_points - sum(self.points.values())

    def blocked(self, pid: str) -> Blocked | None:
        """None if `pid` can be chosen (or get one more point), else the reason why not."""
        rule = self.election.rule
        proposal = self.election.proposal(pid)
        if rule.kind is RuleKind.KNAPSACK:
            if self.is_chosen(pid):
                return Blocked("choice.already_chosen", {})
            if proposal.cost > self.budget_left:
                return Blocked("choice.does_not_fit",
                               {"cost": proposal.cost, "left": self.budget_left,
                                "missing": proposal.cost - self.budget_left})
        elif rule.kind is RuleKind.APPROVAL:
            if self.is_chosen(pid):
                return Blocked("choice.already_chosen", {})
            if self.chosen_count >= rule.max_choices:
                return Blocked("choice.max_reached", {"max": rule.max_choices})
        else:
            if self.points.get(pid, 0) >= rule.max_per_proposal:
                return Blocked("choice.max_points_for_proposal", {"max": rule.max_per_proposal})
            if self.points_left <= 0:
                return Blocked("choice.no_points_left", {"total": rule.total_points})
        return None

    # -- changes ----------------------------------------------------------------------------
    def choose(self, pid: str) -> Blocked | None:
        """Choose a proposal (approval/knapsack) or add one point (cumulative)."""
        reason = self.blocked(pid)
        if reason is None:
            self.points[pid] = self.points.get(pid, 0) + 1
        return reason

    def unchoose(self, pid: str) -> None:
        """Unchoose (approval/knapsack) or remove one point (cumulative)."""
        current = self.points.get(pid, 0)
        if current <= 1:
            self.points.pop(pid, None)
        else:
            self.points[pid] = current - 1

    def toggle(self, pid: str) -> Blocked | None:
        if self.kind is not RuleKind.CUMULATIVE and self.is_chosen(pid):
            self.unchoose(pid)
            return None
        return self.choose(pid)

    def clear(self) -> None:
        self.points.clear()

    def problem(self) -> BallotError | None:
        """What stops this ballot from being cast (e.g. too few chosen), or None."""
        try:
            validate_ballot(self.election, self.ballot)
        except BallotError as error:
            return error
        return None

    @property
    def minimum_spend(self) -> int:
        rule = self.election.rule
        return minimum_spend(rule) if rule.kind is RuleKind.KNAPSACK else 0
