"""kiosk election paper-ballot --package PKG --authority FP --out DIR [--from N --to M]

Printable paper ballots (kiosk.printing.paper_ballots): one A4 PDF per election language (and
per district, for a package with district pots), the sheets numbered from N to M, the range a
station or meeting hall is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.package.signed_package import load_package


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk election paper-ballot",
        description="Write printable paper ballots, one A4 PDF per election language (and "
        "district, for a package with district pots).")
    parser.add_argument("--package", type=Path, required=True, help="the signed election "
                        "package")
    parser.add_argument("--authority", required=True, metavar="FP|FILE",
                        help="the election authority to trust: its fingerprint or authority.pub")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs")
    parser.add_argument("--from", dest="first", type=int, default=1,
                        help="the first sheet number (default 1)")
    parser.add_argument("--to", dest="last", type=int, default=100,
                        help="the last sheet number (default 100)")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from kiosk.printing.paper_ballots import SheetRange, write_all_languages

    sheets = SheetRange.of(args.first, args.last)
    package = load_package(args.package, args.authority)
    for path, pages in write_all_languages(args.out, package.election, sheets):
        print(f"{path} ({pages} pages)")
    return 0
