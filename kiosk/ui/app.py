"""Start the touchscreen: Qt application, fonts, translations, station service, the window.

`build_kiosk(service)` assembles everything around an open StationService (tests and the
screenshot tool use it); `run(data_dir)` is what `kiosk demo` and a real station call.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.station import StationService
from kiosk.station.folder_lock import StationReadOnly
from kiosk.ui.clips import FOLDER_NAME as CLIP_FOLDER
from kiosk.ui.clips import ClipBook
from kiosk.ui.content import ElectionContent
from kiosk.ui.context import Settings, Ui
from kiosk.ui.fonts import application_font, register_fonts
from kiosk.ui.i18n import Catalog
from kiosk.ui.service_bridge import StationBridge
from kiosk.ui.speech import Speech
from kiosk.ui.state import KioskState
from kiosk.ui.theme import min_target_px
from kiosk.ui.widgets.touch_scroll import no_double_clicks
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

SMALLEST_SCREEN = (1280, 800)


@dataclass
class Kiosk:
    app: QApplication
    ui: Ui
    window: KioskWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QGuiApplication already exists in this process; the kiosk needs "
                           "a QApplication (create it first)")
    app.setApplicationName("Röstkiosk")
    no_double_clicks(app)  # a quick tap then drag still scrolls
    register_fonts()
    app.setFont(application_font())
    return app


def build_kiosk(service: StationService, settings: Settings | None = None,
                catalog: Catalog | None = None, speech: bool = True) -> Kiosk:
    app = application()
    settings = settings or Settings()
    screen = app.primaryScreen()
    settings.target_px = max(settings.target_px,
                             min_target_px(screen.physicalDotsPerInch() if screen else None))
    content = ElectionContent(service.election, service.package.assets)
    ui = Ui(StationBridge(service), content, catalog or Catalog(), KioskState(service.election,
                                                                     service.district),
            Speech(enabled=speech), settings)
    ui.clips = ClipBook(ui, service.paths.root / CLIP_FOLDER)
    window = KioskWindow(ui)
    window.resize(QSize(*SMALLEST_SCREEN).boundedTo(window.screen_limit().size()))
    window.fit_to_screen()
    return Kiosk(app, ui, window)


def run(data_dir: Path, windowed: bool = False, settings: Settings | None = None) -> int:
    app = application()
    try:
        service = StationService.open(data_dir)
    except StationReadOnly as error:  # staff see it on the screen; the command line prints it
        from kiosk.ui.staff.start_problem import start_problem_box

        start_problem_box(error).exec()
        raise
    speech_stopped, code = True, 1
    try:
        kiosk = build_kiosk(service, settings)
        from kiosk.ui.staff import attach_staff_mode  # press-and-hold top-left 3 s, Ctrl+Alt+S

        staff = attach_staff_mode(kiosk.window, service)
        if windowed:
            kiosk.window.show()
        else:
            kiosk.window.showFullScreen()
        code = app.exec()
        staff.shutdown()
        speech_stopped = kiosk.ui.speech.shutdown()
        return code
    finally:
        service.close()  # every ballot is committed before this returns
        if not speech_stopped:
            # A speech engine stuck in a system call would keep the process alive forever;
            # the ballot box is closed, so leave without waiting for it.
            log.warning("speech engine did not stop; exiting without waiting for it")
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
