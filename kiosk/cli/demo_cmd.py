"""kiosk demo setup DIR [--json] [--stations N] [--eligibility MODE] [--example NAME];
kiosk demo [--world DIR] [--example NAME]"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import print_json
from kiosk.demo.world import DEMO_EXAMPLES, ELIGIBILITY_TABLES, setup_demo_world
from kiosk.station import StationService


def setup_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk demo setup",
                                     description="Create a complete demo world in DIR.")
    parser.add_argument("dir", type=Path)
    parser.add_argument("--stations", type=int, default=1)
    parser.add_argument("--eligibility", choices=sorted(ELIGIBILITY_TABLES),
                        help="who may vote: open (default of the demo election), codes "
                             "(printed cards, the issued list, a tally that knows it) or "
                             "personnummer")
    parser.add_argument("--example", choices=DEMO_EXAMPLES, default="demo",
                        help="demo: the demo election (one pot, pictures, nine languages); "
                             "districts: a city-wide pot and two district pots in one visit "
                             "(kiosk election init --example districts)")
    parser.add_argument("--speech-placeholders", action="store_true",
                        help="SYNTHETIC PLACEHOLDER read-aloud clips (espeak-ng) for the "
                             "languages without a voice (se, sma, fit); not recordings")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    world = setup_demo_world(args.dir, args.stations, eligibility=args.eligibility,
                             example=args.example,
                             speech_placeholders=args.speech_placeholders)
    if args.eligibility == "codes":
        world.update(_codes_extras(world))
    if args.json:
        print_json(world)
        return 0
    print(f"Demo world created in {world['world']} (DEMO ONLY: passphrase 'demo').")
    for key in ("package", "authority_key", "authority_public", "authority_fingerprint",
                "tally_key", "outer_key", "eligibility", "identities_file", "issued_codes",
                "code_cards", "tally_db"):
        if key in world:
            print(f"  {key.replace('_', ' '):>22}: {world[key]}")
    for station in world["stations"]:
        print(f"  {'station':>22}: {station}")
    return 0


def _codes_extras(world: dict) -> dict:
    """For a codes demo world: the printed cards and a tally database that knows the list."""
    from kiosk.domain.voting_codes import normalize
    from kiosk.package.signed_package import load_package
    from kiosk.printing.code_cards import write_code_cards
    from kiosk.tally.issued import add_issued_lists
    from kiosk.tally.store import TallyStore

    package = load_package(world["package"], world["authority_fingerprint"])
    election = package.election
    codes = [normalize(line) for line in Path(world["codes_file"]).read_text().split()]
    cards = Path(world["world"]) / "codes" / "voting-codes-demo.pdf"
    write_code_cards(cards, codes, election)
    tally_db = Path(world["world"]) / "tally.db"
    store = TallyStore.create(f"sqlite:///{tally_db}", package_raw=package.raw,
                              election_id=election.id, package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    try:
        add_issued_lists(store, package, [Path(world["issued_codes"])])
    finally:
        store.dispose()
    return {"code_cards": str(cards), "tally_db": str(tally_db)}


def demo_main(argv: list[str]) -> int:
    """The touchscreen on the demo world: set it up if missing, open the polls, show the UI."""
    parser = argparse.ArgumentParser(prog="kiosk demo",
                                     description="Open the voter touchscreen on the demo election.")
    parser.add_argument("--world", type=Path, default=Path("demo-world"))
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full screen (development)")
    parser.add_argument("--idle-seconds", type=int, default=60,
                        help="quiet time before the idle warning (default 60)")
    parser.add_argument("--example", choices=DEMO_EXAMPLES, default="demo",
                        help="the election of a world that does not exist yet: demo, or "
                             "districts (a city-wide pot and two district pots)")
    parser.add_argument("--smoke", action="store_true",
                        help="on a temporary demo world: open the touchscreen, vote once by "
                             "clicking, check the box, print JSON and exit (bundle check)")
    args = parser.parse_args(argv)
    if args.smoke:
        from kiosk.demo.smoke import run_smoke

        return run_smoke()
    if not (args.world / "station").exists():
        setup_demo_world(args.world, example=args.example)
    station = args.world / "station"
    with StationService.open(station) as service:  # as staff would (staff mode comes later)
        status = service.status()
        if status.polls == "closed":
            service.open_polls()
        elif status.polls != "open":
            service.resume_polls()
        print(f"Station {status.station_id} ({status.label}): {status.election_title}; polls open.")
    from kiosk.ui.app import run
    from kiosk.ui.context import Settings

    return run(station, windowed=args.windowed, settings=Settings(idle_seconds=args.idle_seconds))
