"""The counted ballots as a Pabulib `.pb` election, through the Pabulib writer of kiosk.tally.

Voter ids are positions in the shuffled order (ballots.jsonl's `n`), so the file carries no
link to stations or time. Knapsack and approval ballots are `approval` votes, cumulative
ballots `cumulative` votes with their points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kiosk.domain.election import Election, RuleKind
from kiosk.tally.pabulib import PbElection, PbProject, PbVote, dumps_pb


def pb_election(election: Election, results: dict,
                ballots: Iterable[tuple[int, str]]) -> PbElection:
    """ballots: (position, canonical choices) of the valid ballots."""
    rule = election.rule
    cumulative = rule.kind is RuleKind.CUMULATIVE
    meta = {
        "description": f"{election.title(election.default_language)} (Röstkiosk tally)",
        "country": "Sweden", "unit": election.district, "instance": election.id,
        "num_projects": "0", "num_votes": "0", "budget": str(results["budget"]),
        "vote_type": "cumulative" if cumulative else "approval", "rule": results["rule"],
        "date_begin": f"{election.opens:%d.%m.%Y}", "date_end": f"{election.closes:%d.%m.%Y}",
        "language": election.default_language, "currency": "SEK",
        "tie_break_seed": results["seed"],
    }
    if rule.kind is RuleKind.APPROVAL:
        meta["max_length"] = str(rule.max_choices)
        meta["min_length"] = str(rule.min_choices)
    elif rule.kind is RuleKind.KNAPSACK:
        meta["max_sum_cost"] = str(rule.budget)
    else:
        meta["max_sum_points"] = str(rule.total_points)
        meta["max_points"] = str(rule.max_per_proposal)
    options = election.options
    if options.min_score is not None:  # Pabulib's name; `kiosk tally pb` reads it back
        meta["min_project_score_threshold"] = str(options.min_score)
    if not options.is_empty():  # the others have no Pabulib META: named here, for the reader
        meta["comment"] = "Röstkiosk rule options: " + "; ".join(options.lines())
    by_id = {p["id"]: p for p in results["projects"]}
    projects = [PbProject(p.id, p.cost, {
        "name": p.texts[election.default_language].title,
        "category": p.category,
        ("score" if cumulative else "votes"): str(by_id[p.id]["score"]),
        "selected": "1" if by_id[p.id]["funded"] else "0"}) for p in election.proposals]
    votes = []
    for position, choices in ballots:
        value = json.loads(choices)
        if cumulative:
            ids = tuple(value)
            votes.append(PbVote(str(position + 1), ids, tuple(value[i] for i in ids)))
        else:
            votes.append(PbVote(str(position + 1), tuple(value)))
    return PbElection(meta, projects, votes,
                      ("project_id", "cost", "name", "category",
                       "score" if cumulative else "votes", "selected"),
                      ("voter_id", "vote", "points") if cumulative else ("voter_id", "vote"))


def pb_text(election: Election, results: dict, ballots: Iterable[tuple[int, str]]) -> str:
    return dumps_pb(pb_election(election, results, ballots))
