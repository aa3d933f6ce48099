"""kiosk export --data DIR --out DIR [--all];  kiosk export verify FILE --package PACKAGE"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import verify_export
from kiosk.package.signed_package import load_package
from kiosk.station import StationService


def register(sub) -> None:
    export = sub.add_parser("export", help="write signed export files (or: export verify FILE)",
                            description="Write the records not yet exported as one signed file "
                            "and print its path. `kiosk export verify FILE --package PKG` checks "
                            "a file without importing it.")
    export.add_argument("--data", type=Path, help="station data folder")
    export.add_argument("--out", type=Path,
                        help="folder to write to, e.g. the USB stick (created if missing)")
    export.add_argument("--all", action="store_true", help="every record, not only new ones")
    export.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    if args.data is None or args.out is None:
        raise KioskError("usage", "kiosk export needs --data DIR and --out DIR")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KioskError("export.write_failed", f"{args.out}: cannot create the folder "
                         f"({error.strerror})") from None
    with StationService.open_for_reading(args.data) as service:
        paths = service.export_batches(args.out, full=args.all)
        read_only = service.read_only
    for path in paths:
        print(path, flush=True)
    if paths and read_only:
        print(f"kiosk: the station folder {args.data} is read-only: the export was written but "
              "not recorded there, so the next export repeats these records (the tally takes "
              "repeated records as already present)", file=sys.stderr)
    if not paths:
        print("nothing new to export", file=sys.stderr)
    return 0


def verify_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk export verify",
                                     description="Check an export file without importing it.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--package", type=Path, required=True)
    parser.add_argument("--authority", metavar="FP|FILE",
                        help="the election authority to trust (required): its fingerprint or "
                             "its authority.pub file")
    args = parser.parse_args(argv)
    package = load_package(args.package, args.authority)
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise KioskError("export.unreadable", f"{args.file}: cannot be read ({error.strerror})") \
            from None
    try:
        verified = verify_export(data, package.election, package.authority)
    except KioskError as error:
        raise KioskError(error.message_id, f"{args.file}: {error.text}") from None
    print(f"OK: {args.file.name}: station {verified.station_id} "
          f"({verified.certificate.label or 'no label'}), records {verified.first_seq}"
          f"..{verified.last_seq} ({len(verified.records)} ballots), election "
          f"{package.election.id}")
    return 0
