"""kiosk run --data DIR [--windowed]: the station's touchscreen, as a kiosk session starts it.

Unlike `kiosk demo` it changes nothing by itself: staff open the polls.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.domain.errors import KioskError


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk run", description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="the station's data folder")
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full screen (development)")
    parser.add_argument("--idle-seconds", type=int, default=60,
                        help="quiet time before the idle warning (default 60)")
    args = parser.parse_args(argv)
    if not (args.data / "station.db").exists():
        raise KioskError("station.missing", f"{args.data} is not a station data folder (set the "
                         "station up first: kiosk station init, or the setup wizard)")
    from kiosk.ui.app import run
    from kiosk.ui.context import Settings

    return run(args.data, windowed=args.windowed,
               settings=Settings(idle_seconds=args.idle_seconds))
