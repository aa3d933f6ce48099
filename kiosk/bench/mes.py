"""`kiosk bench mes`: our Method of Equal Shares (+add1) against pabutools on real Pabulib files.

Each run happens in its own subprocess with an address-space limit (RLIMIT_AS), so a run that
explodes cannot take the machine down, and its peak RSS is its own (os.wait4's rusage).
"seconds" are measured inside the worker: reading the file plus counting (no interpreter start).

pabutools variants for equalshares/add1 (both with Cost_Sat and our tie-break order):
- ``builtin`` (default): pabutools' own add1, ``method_of_equal_shares(...,
  voter_budget_increment=1)`` -- what the library offers and what the data README timed. It
  starts at budget/n and stops at the first exhaustive outcome, so its winners may differ.
- ``same``: the definition we implement: ``method_of_equal_shares`` run afresh for per-voter
  budgets floor(budget/n), +1, +2, ... while the outcome still fits the budget.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_FILES = ("Poland_Warszawa_2026.pb", "Poland_Warszawa_2023_Mokotow.pb")
BENCH_RULES = ("equalshares/add1", "equalshares", "greedy")
GB = 1024**3


def find_data_dir() -> Path | None:
    """../shared/data/pabulib beside the repository (also tried from the working directory)."""
    roots = [Path(__file__).resolve().parents[2], *[p for p in [Path.cwd(), *Path.cwd().parents]]]
    for root in roots:
        candidate = (root / ".." / "shared" / "data" / "pabulib").resolve()
        if candidate.is_dir():
            return candidate
    return None


def official_outcomes(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / "OUTCOMES.tsv"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


# ---------------------------------------------------------------- workers (in subprocesses)


def _worker_ours(path: str, rule: str) -> dict:
    from kiosk.tally.pabulib import read_pb, to_rules_model
    from kiosk.tally.rules import run_rule

    started = time.perf_counter()
    election = read_pb(path)
    instance, profile = to_rules_model(election)
    parsed = time.perf_counter()
    outcome = run_rule(rule, instance, profile)
    done = time.perf_counter()
    return {
        "parse_seconds": parsed - started,
        "rule_seconds": done - parsed,
        "funded": list(outcome.funded),
        "mes_runs": outcome.details.get("mes_runs"),
        "voters": len(profile),
        "projects": len(instance.projects),
        "file_rule": election.rule,
        "file_selected": sorted(election.official_selected or []) or None,
    }


def _worker_pabutools(path: str, rule: str, variant: str = "builtin") -> dict:
    from pabutools.election import ApprovalProfile, Cost_Sat, Instance, parse_pabulib
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
    from pabutools.tiebreaking import TieBreakingRule

    from kiosk.tally.rules.tiebreak import tie_break_rank

    started = time.perf_counter()
    instance, profile = parse_pabulib(path)
    parsed = time.perf_counter()
    if not isinstance(profile, ApprovalProfile):
        raise SystemExit("pabutools comparison only for approval / choose-1 files")
    costs = {p.name: int(p.cost) for p in instance}
    scores = {p.name: profile.approval_score(p) for p in instance}
    rank = tie_break_rank(costs, scores)
    tie_break = TieBreakingRule(lambda _inst, _prof, project: rank[project.name])

    def mes(per_voter_total):
        limited = Instance(instance, budget_limit=per_voter_total)
        chosen = method_of_equal_shares(
            limited, profile, sat_class=Cost_Sat, tie_breaking=tie_break
        )
        return [p.name for p in chosen]

    n = profile.num_ballots()
    budget = int(instance.budget_limit)
    runs = 0
    if rule == "greedy":
        funded = [
            p.name
            for p in greedy_utilitarian_welfare(
                instance, profile, sat_class=Cost_Sat, tie_breaking=tie_break
            )
        ]
    elif rule == "equalshares":
        funded = mes(instance.budget_limit)
    elif variant == "builtin":
        chosen = method_of_equal_shares(
            instance, profile, sat_class=Cost_Sat, tie_breaking=tie_break, voter_budget_increment=1
        )
        funded = [p.name for p in chosen]
        runs = None
    else:
        everything = {p for p, s in scores.items() if s > 0}
        per_voter = budget // n
        funded = mes(per_voter * n)
        runs = 1
        while set(funded) != everything:
            attempt = mes((per_voter + 1) * n)
            runs += 1
            if sum(costs[p] for p in attempt) > budget:
                break
            funded, per_voter = attempt, per_voter + 1
    done = time.perf_counter()
    return {
        "parse_seconds": parsed - started,
        "rule_seconds": done - parsed,
        "funded": funded,
        "mes_runs": runs,
    }


def _worker_main(argv: list[str]) -> int:
    kind, path, rule, variant = argv
    if kind == "ours":
        result = _worker_ours(path, rule)
    else:
        result = _worker_pabutools(path, rule, variant)
    result["seconds"] = result["parse_seconds"] + result["rule_seconds"]
    print(json.dumps(result))
    return 0


# ---------------------------------------------------------------- parent side


def run_limited(
    kind: str, path: Path, rule: str, timeout: float | None, memory: int, variant: str = "builtin"
) -> dict:
    """Run a worker; returns its JSON plus status and peak_rss_mb (None values if it failed)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    command = [sys.executable, "-m", "kiosk.bench.mes", "_worker", kind, str(path), rule, variant]
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, preexec_fn=limit, env=env)
        started = time.monotonic()
        status = "ok"
        while True:
            pid, code, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.monotonic() - started > timeout:
                process.send_signal(signal.SIGKILL)
                pid, code, usage = os.wait4(process.pid, 0)
                status = f"timeout after {timeout:g} s"
                break
            time.sleep(0.05)
        process.returncode = os.waitstatus_to_exitcode(code)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    peak = usage.ru_maxrss / 1024  # kB -> MB
    if status == "ok" and process.returncode != 0:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {process.returncode}"
        status = "out of memory" if "MemoryError" in stderr else f"failed: {last}"
    if status != "ok":
        return {"status": status, "seconds": None, "peak_rss_mb": None, "rss_at_stop_mb": peak}
    result = json.loads(stdout.strip().splitlines()[-1])
    result.update(status="ok", peak_rss_mb=peak)
    return result


def bench_file(path: Path, args, outcomes: dict) -> dict:
    memory = int(args.memory_limit_gb * GB)
    runs = [run_limited("ours", path, args.rule, None, memory) for _ in range(args.repeat)]
    failed = [r for r in runs if r["status"] != "ok"]
    if failed:
        return {"file": path.name, "rule": args.rule, "error": failed[0]["status"]}
    ours = runs[0]
    row = {
        "file": path.name,
        "rule": args.rule,
        "voters": ours["voters"],
        "projects": ours["projects"],
        "seconds": statistics.median(r["seconds"] for r in runs),
        "parse_seconds": statistics.median(r["parse_seconds"] for r in runs),
        "rule_seconds": statistics.median(r["rule_seconds"] for r in runs),
        "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
        "repeats": args.repeat,
        "mes_runs": ours["mes_runs"],
        "funded_count": len(ours["funded"]),
        "pabutools_seconds": None,
        "pabutools_peak_rss_mb": None,
        "pabutools_status": "skipped",
    }
    pabutools = None
    if not args.no_pabutools:
        pabutools = run_limited(
            "pabutools", path, args.rule, args.pabutools_timeout, memory, args.pabutools_variant
        )
        row["pabutools_variant"] = args.pabutools_variant
        row["pabutools_status"] = pabutools["status"]
        row["pabutools_seconds"] = pabutools["seconds"]
        row["pabutools_peak_rss_mb"] = pabutools["peak_rss_mb"]
        if pabutools["status"] == "ok":
            row["pabutools_mes_runs"] = pabutools["mes_runs"]
            row["speedup"] = round(pabutools["seconds"] / row["seconds"], 1)
            row["memory_ratio"] = round(pabutools["peak_rss_mb"] / row["peak_rss_mb"], 1)
        else:
            row["pabutools_rss_at_stop_mb"] = pabutools["rss_at_stop_mb"]
            if pabutools["status"].startswith("timeout"):
                row["speedup_at_least"] = round(args.pabutools_timeout / row["seconds"], 1)
    funded = set(ours["funded"])
    official = None
    listed = outcomes.get(path.name, {})
    if ours["file_rule"] == args.rule:
        if listed.get("official_selected", "NA") != "NA":
            official = set(listed["official_selected"].split(","))
        elif ours["file_selected"]:
            official = set(ours["file_selected"])
    if pabutools is not None and pabutools["status"] == "ok":
        row["matches_pabutools"] = funded == set(pabutools["funded"])
    if official is not None:
        row["winners_match"], row["compared_with"] = funded == official, "official outcome"
    elif "matches_pabutools" in row:
        row["winners_match"] = row["matches_pabutools"]
        row["compared_with"] = f"pabutools ({args.pabutools_variant} variant)"
    else:
        row["winners_match"], row["compared_with"] = None, None
        row["note"] = (
            f"the city used {ours['file_rule']}; pabutools did not finish, nothing to compare with"
        )
    return row


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk bench mes",
        description="Time our Equal Shares against pabutools on real Pabulib files.",
    )
    parser.add_argument("--files", nargs="+", default=list(DEFAULT_FILES), metavar="FILE")
    parser.add_argument("--data-dir", type=Path, help="default: ../shared/data/pabulib")
    parser.add_argument("--rule", default="equalshares/add1", choices=BENCH_RULES)
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours (median reported)")
    parser.add_argument("--pabutools-timeout", type=float, default=600.0, metavar="S")
    parser.add_argument("--no-pabutools", action="store_true")
    parser.add_argument(
        "--pabutools-variant",
        choices=("builtin", "same"),
        default="builtin",
        help="pabutools' own add1 (builtin) or our add1 definition built on pabutools' MES (same)",
    )
    parser.add_argument("--memory-limit-gb", type=float, default=12.0, metavar="GB")
    parser.add_argument("--json", action="store_true", help="one JSON object per line per file")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or find_data_dir()
    if args.repeat < 1:
        print("kiosk bench mes: error: --repeat must be at least 1", file=sys.stderr)
        return 2
    paths = []
    for name in args.files:
        path = Path(name) if Path(name).is_file() or data_dir is None else data_dir / name
        if not path.is_file():
            where = "" if data_dir is None else f" (looked in {data_dir})"
            print(f"kiosk bench mes: error: no such file: {name}{where}", file=sys.stderr)
            return 2
        paths.append(path)
    outcomes = official_outcomes(data_dir) if data_dir else {}
    status = 0
    for path in paths:
        row = bench_file(path, args, outcomes)
        if "error" in row:
            status = 1
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(_human(row), flush=True)
    return status


def _human(row: dict) -> str:
    if "error" in row:
        return f"{row['file']}: our run failed: {row['error']}"
    text = (
        f"{row['file']} ({row['rule']}): ours {row['seconds']:.2f} s, "
        f"{row['peak_rss_mb']:.0f} MB peak; pabutools "
    )
    if row["pabutools_status"] == "ok":
        text += (
            f"{row['pabutools_seconds']:.1f} s, {row['pabutools_peak_rss_mb']:.0f} MB "
            f"(x{row['speedup']} faster, x{row['memory_ratio']} less memory)"
        )
    else:
        text += row["pabutools_status"]
    match = row["winners_match"]
    text += "; winners " + (
        "not compared"
        if match is None
        else f"{'match' if match else 'DIFFER'} ({row['compared_with']})"
    )
    return text


if __name__ == "__main__":
    if sys.argv[1:2] == ["_worker"]:
        raise SystemExit(_worker_main(sys.argv[2:]))
    raise SystemExit(main(sys.argv[1:]))
