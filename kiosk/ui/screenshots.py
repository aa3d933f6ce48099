"""`kiosk screenshots --out DIR`: every screen, in every language and theme, as PNG files.

Files are named `<screen>-<lang>-<theme>.png`. The screens are rendered offscreen on a throwaway
demo world (or `--world DIR` with a `station` folder) at the smallest supported size, 1280×800.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.ui.theme import TEXT_SIZES


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk screenshots",
                                     description="Render every screen to PNG files.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--languages", default="", help="comma-separated tags (default: all)")
    parser.add_argument("--themes", default="default,contrast")
    parser.add_argument("--text-size", default="normal", choices=TEXT_SIZES)
    parser.add_argument("--world", type=Path, help="an existing demo world (default: a new one)")
    parser.add_argument("--no-staff", action="store_true",
                        help="only the voter screens (by default the staff screens follow, in "
                             "the languages staff mode is translated to)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from kiosk.station import StationService
    from kiosk.ui.app import build_kiosk
    from kiosk.ui.tour import tour

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rostkiosk-shots-") as tmp:
        world = args.world or Path(tmp) / "world"
        if not (world / "station").exists():  # the CLI makes it (kiosk.demo sits above the UI)
            subprocess.run([sys.executable, "-m", "kiosk", "demo", "setup", str(world), "--json"],
                           check=True, stdout=subprocess.DEVNULL)
        service = StationService.open(world / "station")
        try:
            if service.status().polls != "open":
                service.open_polls()
            kiosk = build_kiosk(service, speech=False)
            window = kiosk.window
            window.resize(1280, 800)
            window.show()
            languages = [t for t in args.languages.split(",") if t] or \
                kiosk.ui.content.languages()
            count = 0
            for theme in [t for t in args.themes.split(",") if t]:
                for language in languages:
                    kiosk.ui.state.set_look(theme=theme, text_size=args.text_size)
                    for screen in tour(window, language):
                        path = args.out / f"{screen}-{language}-{theme}.png"
                        window.grab().save(str(path))
                        count += 1
            window.close()
        finally:
            service.close()
    print(f"{count} screenshots in {args.out}")
    if not args.no_staff:  # its own process: the staff tool sets up its own application
        staff = subprocess.run([sys.executable, "-m", "kiosk.ui.staff.screenshots", "--out",
                                str(args.out), "--languages", "sv,en,fi", "--themes",
                                args.themes])
        return staff.returncode
    return 0
