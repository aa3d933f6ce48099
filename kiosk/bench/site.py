"""`kiosk bench site [--ballots N]`: the results site's generation time and size, and what a
tracking-code lookup loads, for an election of N ballots (default 100,000).

The record is synthetic but has the real formats: the demo election's package, N random valid
ballots in ballots.jsonl (written with the count's own line format), a bulletin of N random
tracking codes in station order with 0.1 % set aside as duplicates, and results from the real
counting rule. Only `write_site` is timed. With Debian's chromium and chromium-driver installed
(and Selenium), the lookup of one code is also timed in headless Chromium via file://.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from kiosk.bench.site_browser import available, chromium, site_url, wait_for
from kiosk.crypto.canonical import canonical
from kiosk.demo.world import setup_demo_world
from kiosk.domain.random_ballots import random_ballot
from kiosk.domain.tracking import tracking_code
from kiosk.package.signed_package import load_package
from kiosk.tally.record_format import (
    BULLETIN_HEADER,
    COUNTED,
    DUPLICATE,
    ballot_line,
    bulletin_line,
)
from kiosk.tally.rule_run import BallotInterner, budget_for, is_approval, run_count
from kiosk.tally.site import write_site
from kiosk.tally.site.writer import SITE_FOLDER

PAGE_FILES = ("index.html", "site.css", "app.js", "rules.js", "data/strings.js", "data/record.js")


def synthetic_record(folder: Path, ballots: int, seed: int = 1):
    """(package, results, bulletin bytes) with ballots.jsonl written into `folder`."""
    world = setup_demo_world(folder / "world")
    package = load_package(world["package"])
    election = package.election
    rng = random.Random(seed)
    interner = BallotInterner(is_approval(election))
    languages = list(election.languages)
    with open(folder / "ballots.jsonl", "wb") as handle:
        for position in range(ballots):
            choices = canonical(random_ballot(election, rng).to_json(election.rule)).decode()
            interner.add(choices)
            handle.write(ballot_line(position, choices, rng.choice(languages),
                                     rng.random() < 0.03, None))
    duplicates = max(1, ballots // 1000)
    stations = [f"{n:02d}" + "s" * 30 for n in range(max(1, ballots // 20000))]
    lines, per_station = [BULLETIN_HEADER], {s: 0 for s in stations}
    for number in range(ballots + duplicates):
        station = stations[number % len(stations)]
        per_station[station] += 1
        lines.append(bulletin_line(tracking_code(rng.randbytes(10)), station,
                                   per_station[station],
                                   DUPLICATE if number < duplicates else COUNTED))
    budget = budget_for(election, None)
    outcome = run_count(election, election.counting or "greedy", budget, "bench",
                        interner.profile())
    results = {
        "election": election.id, "rule": outcome.rule, "budget": budget, "seed": "bench",
        "seed_source": "given", "tie_break": "", "ballot_kind": election.rule.kind.value,
        "records": ballots + duplicates, "excluded": {DUPLICATE: duplicates},
        "opened": ballots, "valid": ballots, "invalid": {}, "funded": list(outcome.funded),
        "spent": outcome.spent, "counted_at": "", "tally_key": "", "duplicate_policy": "",
        "projects": [{"id": p.id, "cost": p.cost, "score": outcome.scores[p.id],
                      "funded": p.id in outcome.funded} for p in election.proposals],
        "stations": [{"id": s, "label": f"Station {n + 1}", "opened": per_station[s],
                      "assisted": per_station[s] // 30,
                      "languages": {"sv": per_station[s]}} for n, s in enumerate(stations)],
    }
    return package, results, b"".join(lines)


def chromium_lookup_seconds(record: Path, code: str) -> float | None:
    if not available():
        return None
    with chromium() as driver:
        driver.get(site_url(record, "?lang=sv"))  # the browser started, the page warmed up
        started = time.perf_counter()
        driver.get(site_url(record, f"?code={code}"))
        wait_for(driver, "lookup-result", timeout=60)
        return round(time.perf_counter() - started, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk bench site", description=__doc__.split("\n")[0])
    parser.add_argument("--ballots", type=int, default=100_000)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium lookup")
    args = parser.parse_args(argv)
    if args.ballots < 1:
        print("kiosk bench site: --ballots must be at least 1", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        record = Path(tmp)
        prepared = time.perf_counter()
        package, results, bulletin = synthetic_record(record, args.ballots)
        prepared = time.perf_counter() - prepared
        started = time.perf_counter()
        files = write_site(record, package, results, bulletin, {})
        seconds = time.perf_counter() - started
        site = record / SITE_FOLDER
        sizes = {name: os.path.getsize(record / name) for name in files}
        shard_sizes = [size for name, size in sizes.items() if "/bulletin/" in name]
        page = sum(os.path.getsize(site / name) for name in PAGE_FILES)
        code = bulletin.split(b"\n")[2].split(b",")[0].decode()
        report = {
            "ballots": args.ballots, "records": results["records"],
            "prepare_seconds": round(prepared, 2), "generate_seconds": round(seconds, 2),
            "site_bytes": sum(sizes.values()), "files": len(files),
            "shards": len(shard_sizes), "largest_shard_bytes": max(shard_sizes),
            "page_bytes": page,
            "lookup_bytes": page + os.path.getsize(site / "bulletin" / f"{code[:2]}.js"),
            "recount_ballots_bytes": os.path.getsize(site / "data" / "ballots.js"),
            "chromium_lookup_seconds": None if args.no_browser else
            chromium_lookup_seconds(record, code),
        }
    print(json.dumps(report))
    return 0
