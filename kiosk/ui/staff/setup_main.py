"""Start the set-up wizard on its own: `kiosk station setup --data DIR`, or
`python -m kiosk.ui.staff.setup_main --data DIR [--language en] [--windowed]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.ui.staff.context import StaffSettings
from kiosk.ui.staff.languages import STAFF_LANGUAGES
from kiosk.ui.staff.setup_wizard import SetupWizard
from kiosk.ui.staff.theme import full_stylesheet


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.ui.staff.setup_main",
                                     description="Set up a station on its touchscreen.")
    parser.add_argument("--data", type=Path, required=True, help="the station's data folder")
    parser.add_argument("--language", default="sv", choices=STAFF_LANGUAGES)
    parser.add_argument("--theme", default="default", choices=("default", "contrast"))
    parser.add_argument("--windowed", action="store_true")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import application

    app = application()
    settings = StaffSettings(language=args.language, theme=args.theme)
    app.setStyleSheet(full_stylesheet(args.theme, settings.target_px))
    wizard = SetupWizard(args.data, settings)
    wizard.finished.connect(app.quit)
    wizard.resize(1280, 800)
    if args.windowed:
        wizard.show()
    else:
        wizard.showFullScreen()
    code = app.exec()
    wizard.shutdown()
    return code


main = run  # `kiosk station setup`


if __name__ == "__main__":
    raise SystemExit(run())
