"""kiosk tally pb FILE: count a Pabulib .pb file with a PB rule and print the funded projects."""

from __future__ import annotations

import argparse
import json
import sys

from kiosk.tally.pabulib import PabulibError, read_pb, to_rules_model
from kiosk.tally.rules import RULE_NAMES, Options, RuleError, run_rule

PROG = "kiosk tally pb"


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, exit 2 (no usage dump)
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog=PROG,
        description="Count a Pabulib .pb file and print the funded project ids, one per line, "
        "in the order the rule funded them.",
    )
    parser.add_argument("file", metavar="FILE", help="the .pb file")
    parser.add_argument(
        "--rule",
        help=f"counting rule (default: the file's META rule); one of {', '.join(RULE_NAMES)}",
    )
    parser.add_argument("--seed", help="seed of the published tie-break order (default: none)")
    parser.add_argument("--k", type=int, help="number of projects to select, for top-k")
    parser.add_argument("--json", action="store_true", help="print one JSON object with details")
    parser.add_argument("--min-score", type=int, metavar="N",
                        help="set aside projects with fewer than N votes (points) before counting")
    parser.add_argument("--min-voter-share-percent", type=int, metavar="P",
                        help="set aside projects supported on fewer than P %% of the ballots")
    parser.add_argument("--eligibility-k", type=int, metavar="K",
                        help="set aside projects supported by fewer than cost / (K x budget) of "
                        "the voters (Swiecie used K = 3)")
    parser.add_argument("--incompatible", action="append", default=[], metavar="ID,ID",
                        help="at most one of these projects is funded (greedy rules; repeatable)")
    return parser


def options_from(args) -> Options:
    for name in ("min_score", "min_voter_share_percent", "eligibility_k"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise RuleError(f"--{name.replace('_', '-')} must be a whole number >= 1")
    groups = tuple(tuple(g.split(",")) for g in args.incompatible)
    if any(len(g) < 2 for g in groups):
        raise RuleError("--incompatible needs at least two project ids, separated by commas")
    return Options(min_score=args.min_score, min_voter_share_percent=args.min_voter_share_percent,
                   eligibility_k=args.eligibility_k, incompatible=groups)


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        election = read_pb(args.file)
        rule = args.rule or election.rule
        if not rule:
            raise RuleError("the file has no META rule; choose one with --rule")
        instance, profile = to_rules_model(election)
        outcome = run_rule(rule, instance, profile, seed=args.seed, k=args.k,
                           options=options_from(args))
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    except (_UsageError, PabulibError, RuleError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # never a traceback for a user
        print(f"{PROG}: error: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    if args.json:
        official = election.official_selected
        funded = set(outcome.funded)
        report = {
            "file": args.file,
            "rule": outcome.rule,
            "vote_type": election.vote_type,
            "budget": outcome.budget,
            "spent": outcome.spent,
            "seed": outcome.seed,
            "funded": list(outcome.funded),
            "matches_file_selected": None if official is None else funded == official,
            "projects": [
                {
                    "id": p.id,
                    "score": outcome.scores[p.id],
                    "cost": p.cost,
                    "funded": p.id in funded,
                }
                for p in instance.projects
            ],
            "details": outcome.details,
        }
        print(json.dumps(report, ensure_ascii=False, default=str))
    else:
        for project in outcome.funded:
            print(project)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
