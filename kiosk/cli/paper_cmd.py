"""kiosk paper import --data DIR FIRST.csv SECOND.csv

Paper ballots keyed elsewhere, by two people into two files (kiosk.domain.paper_csv), become
sealed, signed `paper` ballots of the station in DIR: all of them or none. The files are read
and every bad row is named with its line and reason; then the two are compared and every sheet
they disagree on is named; then the station checks what only it knows (sheets outside its
sheet ranges, sheets keyed already, voters who voted here already). Only when nothing is wrong
is anything sealed, in one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.common import print_json
from kiosk.domain.errors import KioskError
from kiosk.domain.paper_csv import compare, read_rows


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk paper", description="Paper ballots: import sheets keyed twice elsewhere.")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", help="seal the rows of two agreeing CSV files as paper "
                         "ballots (all or nothing)")
    imp.add_argument("--data", type=Path, required=True, help="the station's data folder")
    imp.add_argument("first", type=Path, help="the first person's CSV file")
    imp.add_argument("second", type=Path, help="the second person's CSV file")
    imp.add_argument("--check", action="store_true",
                     help="check only: report what is wrong, seal nothing")
    imp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    return parser


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise KioskError("paper.csv_unreadable", f"{path}: cannot be read "
                         f"({error.strerror})") from None


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from kiosk.station import StationService

    first_data, second_data = _read(args.first), _read(args.second)
    with StationService.open(args.data) as station:
        election = station.election
        first, bad = read_rows(election, args.first.name, first_data)
        second, bad_second = read_rows(election, args.second.name, second_data)
        problems = [str(row) for row in bad + bad_second]
        if not problems:
            problems = compare(first, second)
        if not problems:
            entries = [row.entry for row in first]
            problems = [f"{args.first.name} line {first[index].line}: {reason}"
                        for index, reason in station.check_paper_import(entries)]
        if problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            raise KioskError("paper.import_refused", f"nothing was imported: {len(problems)} "
                             f"problem{'s' if len(problems) != 1 else ''} (listed above); fix "
                             "them and import both files again")
        if args.check:
            print(f"{len(entries)} sheets agree and can be imported (nothing sealed: --check).")
            return 0
        receipts = station.import_paper(entries)
    spoiled = sum(1 for entry in entries if entry.spoiled)
    if args.json:
        print_json({"sealed": len(receipts), "spoiled": spoiled,
                    "test": bool(receipts and receipts[0].test)})
    else:
        print(f"Sealed {len(receipts)} paper ballots ({spoiled} spoiled) from "
              f"{args.first.name} and {args.second.name}; both files agreed on every sheet.")
    return 0
