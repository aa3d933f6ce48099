"""kiosk demo setup DIR [--json] [--stations N];  kiosk demo [--world DIR]"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from kiosk.cli.common import print_json
from kiosk.demo.world import setup_demo_world
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService


def setup_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk demo setup",
                                     description="Create a complete demo world in DIR.")
    parser.add_argument("dir", type=Path)
    parser.add_argument("--stations", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    world = setup_demo_world(args.dir, args.stations)
    if args.json:
        print_json(world)
        return 0
    print(f"Demo world created in {world['world']} (DEMO ONLY: passphrase 'demo').")
    for key in ("package", "authority_key", "authority_fingerprint", "tally_key"):
        print(f"  {key.replace('_', ' '):>22}: {world[key]}")
    for station in world["stations"]:
        print(f"  {'station':>22}: {station}")
    return 0


def demo_main(argv: list[str]) -> int:
    """The kiosk's main job on the demo world. Until the touchscreen lands: a simulated day."""
    parser = argparse.ArgumentParser(prog="kiosk demo")
    parser.add_argument("--world", type=Path, default=Path("demo-world"))
    parser.add_argument("--ballots", type=int, default=25)
    args = parser.parse_args(argv)
    if not (args.world / "station").exists():
        setup_demo_world(args.world)
    station = args.world / "station"
    rng = random.Random()
    with StationService.open(station) as service:
        status = service.status()
        print(f"Station {status.station_id} ({status.label}): {status.election_title}")
        if status.polls == "closed":
            service.open_polls()
        elif status.polls != "open":
            service.resume_polls()
        print(f"Polls open. Casting {args.ballots} random ballots through the station service:")
        for _ in range(args.ballots):
            ticket = service.start_session()
            receipt = service.cast_ballot(ticket, random_ballot(service.election, rng))
            print(f"  ballot {receipt.seq:>5}  tracking code {receipt.tracking_code}")
        report = service.verify_box()
        print(f"Ballot box: {'verifies' if report.ok else 'FAILS'} "
              f"({report.ballots} ballots, {report.audit_entries} audit entries)")
        paths = service.export_batches(args.world / "usb")
        for path in paths:
            print(f"Export file written and verified: {path}")
    return 0 if report.ok else 1
