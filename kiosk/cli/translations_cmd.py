"""`kiosk translations export|import`: the translation kit for native reviewers (XLIFF 2.0)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.ui.translation_kit import DEMO_TEXTS, KitError, export_kit, import_kit


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk translations",
                                     description="Export one language for a translator; check "
                                                 "and merge the reviewed files back.")
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export", help="write <tag>-ui.xlf and <tag>-election.xlf")
    out.add_argument("--language", required=True, help="language tag, e.g. fit, se, ar")
    out.add_argument("--out", required=True, type=Path, help="folder to write into")
    out.add_argument("--election", type=Path, default=None,
                     help="election folder whose texts/ to export (default: the demo election)")
    back = commands.add_parser("import", help="check and merge reviewed .xlf files")
    back.add_argument("files", nargs="+", type=Path)
    back.add_argument("--reviewed-by", required=True, help="who reviewed (name or organisation)")
    back.add_argument("--date", default=None, help="review date YYYY-MM-DD (default: today)")
    back.add_argument("--election", type=Path, default=None,
                      help="election folder whose texts/ to merge into (default: the demo)")
    args = parser.parse_args(argv)
    texts = args.election / "texts" if args.election else DEMO_TEXTS
    try:
        if args.command == "export":
            for path in export_kit(args.language, args.out, texts):
                print(path)
        else:
            for line in import_kit(args.files, args.reviewed_by, args.date, texts):
                print(line)
    except KitError as error:
        print(f"kiosk translations: {error}", file=sys.stderr)
        return 1
    return 0
