"""kiosk election test-deck --package PKG --authority FP|FILE --out DIR [--rule R] [--budget KR]

Writes a logic-and-accuracy test deck into DIR: deck.csv (the ballots, kiosk.domain.test_deck),
expected.json (the result they must give, kiosk.tally.lna), deck.pdf (the printed deck, one
line per ballot) and election.pkg (the package the deck is for, for `kiosk tally lna`). With
district pots the deck holds one group of ballots per district (kiosk.domain.test_deck_pots).
Every file is written next to a temporary name and moved into place only when all are made.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from kiosk.cli.common import UsageError
from kiosk.domain.test_deck import build_deck, read_deck, write_deck
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import load_package


def register(esub) -> None:
    deck = esub.add_parser("test-deck", help="write a logic-and-accuracy test deck and the "
                           "result it must give")
    deck.add_argument("--package", type=Path, required=True)
    deck.add_argument("--authority", metavar="FP|FILE", required=True,
                      help="the election authority to trust: its fingerprint or authority.pub")
    deck.add_argument("--out", type=Path, required=True, metavar="DIR")
    deck.add_argument("--rule", help="the counting rule, only for packages that name none")
    deck.add_argument("--budget", type=int, help="money available, for rules without a budget")
    deck.set_defaults(func=cmd_test_deck)


def cmd_test_deck(args) -> int:
    from kiosk.printing.test_deck_pdf import write_deck_pdf
    from kiosk.tally.count_pots import POTS_RULE, pot_plans
    from kiosk.tally.lna import expected_for_deck, write_expected
    from kiosk.tally.rule_run import budget_for, rule_for

    package = load_package(args.package, args.authority)
    election = package.election
    plans = None
    if election.pots:  # each pot its own rule and budget, signed in the package
        plans = pot_plans(package.manifest, election, args.rule, args.budget)
        rule, budget = POTS_RULE, sum(budget for _pot, _rule, budget in plans)
    else:
        rule = rule_for(package.manifest, args.rule)
        budget = budget_for(election, args.budget)
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty; give a new folder for the deck")
    deck = build_deck(election)
    text = write_deck(deck, election)
    read_deck(text, election)  # the reader takes what the writer wrote
    expected = expected_for_deck(package, deck.ballots, text.encode(), rule, budget, plans)
    expected["authority"] = package.authority_fingerprint
    expected["notes"] = list(deck.notes)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_deck_pdf(out / "deck.pdf.tmp", election, deck, expected)
        (out / "deck.pdf.tmp").replace(out / "deck.pdf")
        shutil.copyfile(args.package, out / "election.pkg.tmp")
        (out / "election.pkg.tmp").replace(out / "election.pkg")
        write_atomic(out / "expected.json", write_expected(expected))
        write_atomic(out / "deck.csv", text.encode())  # last: a folder without it is no deck
    except OSError as error:
        raise UsageError(f"cannot write the deck into {out} ({error.strerror})") from None
    print(f"Test deck for election {election.id}: {len(deck.ballots)} ballots in "
          f"{len(set(b.language for b in deck.ballots))} languages, rule {rule}, expected "
          f"funded: {' '.join(expected['funded']) or 'none'}")
    for district, want in expected.get("by_district", {}).items():
        print(f"district {district}: ballots {want['rows']} (a station placed in {district} "
              "casts only these; a station without a district casts every ballot)")
    for name in ("deck.csv", "expected.json", "deck.pdf", "election.pkg"):
        print(out / name)
    for note in deck.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
