"""The election model: what a signed election package contains, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from kiosk.domain.results_link import ResultsLink
from kiosk.domain.rule_options import RuleOptions
from kiosk.domain.survey import Survey
from kiosk.domain.voting_places import VotingPlace


class RuleKind(StrEnum):
    APPROVAL = "approval"
    KNAPSACK = "knapsack"
    CUMULATIVE = "cumulative"


class EligibilityMode(StrEnum):
    OPEN = "open"
    STAFF_UNLOCK = "staff-unlock"
    CODES = "codes"
    PERSONNUMMER = "personnummer"


class DuplicatePolicy(StrEnum):
    """What the tally does when one voter token appears on several ballots."""

    KEEP_FIRST = "keep-first"
    KEEP_LAST = "keep-last"
    REJECT_ALL = "reject-all"


@dataclass(frozen=True)
class BallotRule:
    kind: RuleKind
    # approval
    max_choices: int | None = None
    min_choices: int = 0
    # knapsack
    budget: int | None = None
    min_spent_percent: int = 0
    # cumulative
    total_points: int | None = None
    max_per_proposal: int | None = None

    def to_dict(self) -> dict:
        if self.kind is RuleKind.APPROVAL:
            return {"kind": self.kind.value, "max_choices": self.max_choices,
                    "min_choices": self.min_choices}
        if self.kind is RuleKind.KNAPSACK:
            return {"kind": self.kind.value, "budget": self.budget,
                    "min_spent_percent": self.min_spent_percent}
        return {"kind": self.kind.value, "total_points": self.total_points,
                "max_per_proposal": self.max_per_proposal}


@dataclass(frozen=True)
class Eligibility:
    mode: EligibilityMode
    minimum_age: int | None = None
    age_reference_date: str | None = None  # ISO date on which the minimum age is reached

    def to_dict(self) -> dict:
        out: dict = {"mode": self.mode.value}
        if self.minimum_age is not None:
            out["minimum_age"] = self.minimum_age
        if self.age_reference_date is not None:
            out["age_reference_date"] = self.age_reference_date
        return out

    @property
    def has_voter_token(self) -> bool:
        return self.mode in (EligibilityMode.CODES, EligibilityMode.PERSONNUMMER)


@dataclass(frozen=True)
class ProposalText:
    title: str
    summary: str
    body: str
    place: str = ""
    image_alt: str = ""  # what the picture shows, for screen readers (the title when empty)


@dataclass(frozen=True)
class Proposal:
    id: str
    cost: int
    category: str
    image: str | None
    texts: dict[str, ProposalText]  # language tag -> texts

    def text(self, language: str, fallback: str) -> tuple[ProposalText, bool]:
        """The text in `language`, or the fallback language's with True meaning 'fell back'."""
        if language in self.texts:
            return self.texts[language], False
        return self.texts[fallback], True


@dataclass(frozen=True)
class ElectionTexts:
    title: str
    intro: str
    categories: dict[str, str]


@dataclass(frozen=True)
class TallyKeys:
    seal_public: bytes  # X25519 public key inner envelopes (the choices) are sealed to
    sign_public: bytes  # Ed25519 public key the tally signs receipts with
    # X25519 public key outer envelopes (voter tokens) are sealed to: another key, held by other
    # officers (docs/threat-model.md). None in packages made before it existed: their outer
    # envelopes are sealed to seal_public.
    outer_public: bytes | None = None

    @property
    def outer_seal_public(self) -> bytes:
        """The key outer envelopes are sealed to."""
        return self.outer_public if self.outer_public is not None else self.seal_public


class PotKind(StrEnum):
    """A city-wide pot is on every voter's ballot; a district pot only on its district's."""

    CITY = "city"
    DISTRICT = "district"


@dataclass(frozen=True)
class Pot:
    """One pot of money in a package with several: its own proposals, budget (rule) and count."""

    id: str
    kind: PotKind
    rule: BallotRule
    proposal_ids: tuple[str, ...]
    names: dict[str, str]  # language -> the pot's name ("Hela staden", "Norr")
    counting: str | None = None  # None: the election's counting rule
    options: RuleOptions = field(default_factory=RuleOptions)  # this pot's signed rule options
    # the money of an approval or cumulative pot (`budget = N` in the pot's entry); a knapsack
    # pot's money is its rule's budget
    budget: int | None = None

    def name(self, language: str, fallback: str) -> str:
        return self.names.get(language) or self.names.get(fallback) or self.id

    @property
    def money(self) -> int:
        """The kronor this pot has to fund proposals with."""
        if self.rule.kind is RuleKind.KNAPSACK:
            return self.rule.budget
        assert self.budget is not None  # the manifest requires it for these pots
        return self.budget


# How the tally counts (Pabulib names; see docs/tally.md). The package names one, so the rule
# is fixed and signed before anyone votes.
COUNTING_RULES = (
    "greedy",
    "greedy-no-skip",
    "greedy-threshold",
    "equalshares",
    "equalshares/add1",
    "equalshares/add1-comparison",
)


@dataclass(frozen=True)
class Election:
    id: str
    district: str
    currency: str
    opens: datetime
    closes: datetime
    languages: tuple[str, ...]
    default_language: str
    rule: BallotRule
    eligibility: Eligibility
    duplicate_policy: DuplicatePolicy
    proposals: tuple[Proposal, ...]
    texts: dict[str, ElectionTexts]  # language -> election title/intro/categories
    tally: TallyKeys
    tally_server: str | None = None
    counting: str | None = None  # one of COUNTING_RULES; None in older packages
    assets: dict[str, str] = field(default_factory=dict)  # path -> sha256 hex
    audio: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> proposal -> asset
    results: ResultsLink | None = None  # where a voter checks a tracking code (receipt QR)
    places: tuple[VotingPlace, ...] = ()  # where one can vote (optional [[places]])
    # Several pots in one visit (empty: one pot, the whole package). With pots, `rule` is the
    # first pot's and each pot is voted, sealed and counted on its own (kiosk.domain.pots).
    pots: tuple[Pot, ...] = ()
    _views: dict = field(default_factory=dict, compare=False, repr=False)
    options: RuleOptions = field(default_factory=RuleOptions)  # signed rule options
    survey: Survey = field(default_factory=Survey)  # the optional follow-up questions

    def proposal(self, proposal_id: str) -> Proposal:
        for proposal in self.proposals:
            if proposal.id == proposal_id:
                return proposal
        raise KeyError(proposal_id)

    @property
    def proposal_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.proposals)

    def pot(self, pot_id: str) -> Pot:
        for pot in self.pots:
            if pot.id == pot_id:
                return pot
        raise KeyError(pot_id)

    @property
    def district_pots(self) -> tuple[Pot, ...]:
        return tuple(p for p in self.pots if p.kind is PotKind.DISTRICT)

    def pots_for(self, district: str | None) -> tuple[Pot, ...]:
        """The pots one voter votes in, in ballot order: every city-wide pot, then their
        district's pot (`district` None: the city-wide pots only)."""
        return tuple(p for p in self.pots if p.kind is PotKind.CITY or p.id == district)

    def options_of(self, proposal_id: str) -> RuleOptions:
        """The rule options that apply to this proposal: its pot's, or the package's."""
        for pot in self.pots:
            if proposal_id in pot.proposal_ids:
                return pot.options
        return self.options

    def pot_view(self, pot_id: str) -> Election:
        """This election as if it held only one pot: that pot's proposals, rule and counting
        rule, and no pots. Every one-pot part (the voter's session, ballot validation, the
        screens, the counting rules) then works on a pot unchanged."""
        view = self._views.get(pot_id)
        if view is None:
            pot = self.pot(pot_id)
            chosen = set(pot.proposal_ids)
            view = replace(self, rule=pot.rule, counting=pot.counting or self.counting,
                           proposals=tuple(p for p in self.proposals if p.id in chosen),
                           pots=(), _views={}, options=pot.options)
            self._views[pot_id] = view
        return view

    def voting_phase(self, now: datetime) -> str:
        """"before", "during" or "after" the package's voting period (`now` must be aware)."""
        if now < self.opens:
            return "before"
        return "during" if now <= self.closes else "after"

    def title(self, language: str) -> str:
        return self.texts.get(language, self.texts[self.default_language]).title
