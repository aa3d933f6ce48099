"""Rule options an election package signs before anyone votes (election.toml `[options]`).

    [options]
    min_score = 200                  # a proposal needs at least 200 votes (points) to be funded
    min_voter_share_percent = 5      # ... or support on at least 5 % of the ballots
    eligibility_k = 3                # ... or at least cost ÷ (3 × budget) of the voters (Świecie)
    incompatible = [["p2", "p3"]]    # at most one of p2 and p3 is funded

All optional. In a package with pots each pot has its own (`options = {...}` in its [[pots]]
entry, same keys; incompatible groups name that pot's proposals only) and there is no top-level
`[options]`. A package without `[options]` has no `options` key in its manifest, so its signed
bytes are what they were. How the tally applies them: kiosk/tally/rules/options.py. This module
owns the manifest form: it writes (`to_dict`) and reads (`parse_options`) it, one sentence per
mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import PackageError

GREEDY_COUNTING = ("greedy", "greedy-no-skip", "greedy-threshold")
KEYS = ("min_score", "min_voter_share_percent", "eligibility_k", "incompatible")
MAX_MIN_SCORE = 100_000_000
MAX_K = 100


@dataclass(frozen=True)
class RuleOptions:
    min_score: int | None = None
    min_voter_share_percent: int | None = None
    eligibility_k: int | None = None
    incompatible: tuple[tuple[str, ...], ...] = ()

    def is_empty(self) -> bool:
        return self == RuleOptions()

    def to_dict(self) -> dict:
        out: dict = {}
        if self.min_score is not None:
            out["min_score"] = self.min_score
        if self.min_voter_share_percent is not None:
            out["min_voter_share_percent"] = self.min_voter_share_percent
        if self.eligibility_k is not None:
            out["eligibility_k"] = self.eligibility_k
        if self.incompatible:
            out["incompatible"] = [list(group) for group in self.incompatible]
        return out

    def group_with(self, proposal_id: str) -> tuple[str, ...]:
        """The other proposals of `proposal_id`'s incompatible group (empty if none)."""
        for group in self.incompatible:
            if proposal_id in group:
                return tuple(p for p in group if p != proposal_id)
        return ()

    def lines(self, budget_text: str | None = None) -> list[str]:
        """One English sentence per option, for `election verify` and the protocol."""
        out = []
        if self.min_score is not None:
            out.append(f"a proposal needs at least {self.min_score} votes (points) to be funded")
        if self.min_voter_share_percent is not None:
            out.append(f"a proposal needs the support of at least "
                       f"{self.min_voter_share_percent} % of the ballots to be funded")
        if self.eligibility_k is not None:
            budget = f" {budget_text}" if budget_text else ""
            out.append(f"a proposal needs at least its cost ÷ ({self.eligibility_k} × the "
                       f"budget{budget}) of the voters to be funded")
        for group in self.incompatible:
            out.append(f"at most one of {', '.join(group)} can be funded")
        return out


def _fail(reason: str) -> PackageError:
    return PackageError("package.invalid", f"options: {reason}", place="options", reason=reason)


def _whole(raw: dict, key: str, low: int, high: int) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(f"{key} must be a whole number from {low} to {high}, got {value!r}")
    return value


def parse_options(raw: object, proposal_ids: tuple[str, ...], counting: str | None,
                  within: str = "the election") -> RuleOptions:
    """Validate the manifest's `options` (None when absent) against the election (or one pot
    of it: `within` names it, like "pot city", and `proposal_ids` are the pot's)."""
    if raw is None:
        options = RuleOptions()
    else:
        if not isinstance(raw, dict):
            raise _fail("must be a table")
        unknown = sorted(set(raw) - set(KEYS))
        if unknown:
            raise _fail(f"unknown setting '{unknown[0]}'; known: {', '.join(KEYS)}")
        options = RuleOptions(
            min_score=_whole(raw, "min_score", 1, MAX_MIN_SCORE),
            min_voter_share_percent=_whole(raw, "min_voter_share_percent", 1, 100),
            eligibility_k=_whole(raw, "eligibility_k", 1, MAX_K),
            incompatible=_groups(raw.get("incompatible", []), proposal_ids, within),
        )
        if options.is_empty():
            raise _fail("the table is empty; remove it or set an option")
    if counting == "greedy-threshold" and options.min_score is None:
        raise _fail("counting greedy-threshold needs min_score, the least number of votes "
                    "(points) a proposal must reach")
    if options.incompatible and counting is not None and counting not in GREEDY_COUNTING:
        raise _fail(f"incompatible groups work with the greedy rules only; counting {counting} "
                    "cannot take them")
    return options


def _groups(raw: object, proposal_ids: tuple[str, ...],
            within: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        raise _fail("incompatible must be a list of groups, like [[\"p2\", \"p3\"]]")
    known = set(proposal_ids)
    seen: set[str] = set()
    groups = []
    for index, group in enumerate(raw):
        if not isinstance(group, list) or len(group) < 2 or not all(
                isinstance(p, str) for p in group):
            raise _fail(f"incompatible group #{index + 1} must list at least two proposal ids")
        for pid in group:
            if pid not in known:
                raise _fail(f"incompatible group #{index + 1} names proposal {pid}, which is "
                            f"not in {within}")
            if pid in seen:
                raise _fail(f"proposal {pid} is in more than one incompatible group (or twice "
                            "in one); merge the groups")
            seen.add(pid)
        groups.append(tuple(group))
    return tuple(groups)
