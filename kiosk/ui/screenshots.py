"""`kiosk screenshots --out DIR`: every screen, in every language and theme, as PNG files.

Files are named `<screen>-<lang>-<theme>.png`. The screens are rendered offscreen on a throwaway
demo world (or `--world DIR` with a `station` folder) on a screen of the smallest supported size,
1280×800 (`--size 1366x768` for another). An unknown language, theme or size is refused with one
line and exit status 2, before anything is rendered.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.offscreen import use_offscreen_screens
from kiosk.ui.theme import TEXT_SIZES, THEMES


def refuse(languages: list[str], themes: list[str], size: str) -> str:
    """Why these arguments cannot be rendered, in one sentence ("" when they can)."""
    unknown = [t for t in languages if t not in LANGUAGES]
    if unknown:
        return f"unknown language {', '.join(unknown)} (known: {', '.join(LANGUAGES)})"
    unknown = [t for t in themes if t not in THEMES]
    if unknown or not themes:
        return f"unknown theme {', '.join(unknown) or '(none)'} (known: {', '.join(THEMES)})"
    if not re.fullmatch(r"\d{3,5}x\d{3,5}", size.lower()):
        return f"the size must look like 1280x800, not {size!r}"
    return ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk screenshots",
                                     description="Render every screen to PNG files.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--languages", default="", help="comma-separated tags (default: all)")
    parser.add_argument("--themes", default="default,contrast")
    parser.add_argument("--text-size", default="normal", choices=TEXT_SIZES)
    parser.add_argument("--size", default="1280x800", help="the screen, WIDTHxHEIGHT")
    parser.add_argument("--world", type=Path, help="an existing demo world (default: a new one)")
    parser.add_argument("--no-staff", action="store_true",
                        help="only the voter screens (by default the staff screens follow, in "
                             "the languages staff mode is translated to)")
    args = parser.parse_args(argv)
    languages = [t for t in args.languages.split(",") if t]
    themes = [t for t in args.themes.split(",") if t]
    refusal = refuse(languages, themes, args.size)
    if refusal:
        print(f"kiosk screenshots: {refusal}", file=sys.stderr)
        return 2
    width, height = (int(n) for n in args.size.lower().split("x"))
    use_offscreen_screens([(width, height)])

    from kiosk.ui.app import build_kiosk
    from kiosk.ui.tour import TourLost, station_for_tour, tour

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rostkiosk-shots-") as tmp:
        world = args.world or Path(tmp) / "world"
        service = station_for_tour(world)
        try:
            kiosk = build_kiosk(service, speech=False)
            offered = kiosk.ui.content.languages()
            missing = [t for t in languages if t not in offered]
            if missing:
                print(f"kiosk screenshots: this election is not in {', '.join(missing)} (it is "
                      f"in {', '.join(offered)})", file=sys.stderr)
                return 2
            languages = languages or offered
            window = kiosk.window
            window.resize(width, height)
            window.show()
            count = 0
            try:
                for theme in themes:
                    for language in languages:
                        kiosk.ui.state.set_look(theme=theme, text_size=args.text_size)
                        for screen in tour(window, language):
                            path = args.out / f"{screen}-{language}-{theme}.png"
                            window.grab().save(str(path))
                            count += 1
            except TourLost as lost:
                print(f"kiosk screenshots: stopped after {count} screenshots: {lost}",
                      file=sys.stderr)
                return 1
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
