"""`kiosk demo --smoke`: start the touchscreen on a fresh demo world, vote once by clicking as a
voter would (by the controls' object names), check the ballot is in the box, exit.

Used to check a packaged bundle end to end (packaging/pyinstaller). Prints one JSON line.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def _click(window: QWidget, name: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [w for w in window.findChildren(QAbstractButton, name)
                 if w.isVisible() and w.isEnabled()]
        if found:
            button = found[0]
            centre = QPoint(button.width() // 2, button.height() // 2)
            for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                QApplication.sendEvent(button, QMouseEvent(
                    kind, centre, button.mapToGlobal(centre), Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
            QApplication.processEvents()
            return
        QApplication.processEvents()
        time.sleep(0.01)
    raise RuntimeError(f"the control {name!r} did not appear")


def _wait_for(window, screen_id: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while window.current_id != screen_id:
        if time.monotonic() > deadline:
            raise RuntimeError(f"screen {screen_id!r} did not appear (on {window.current_id!r})")
        QApplication.processEvents()
        time.sleep(0.01)


def run_smoke() -> int:
    from kiosk.demo.world import setup_demo_world
    from kiosk.station import StationService
    from kiosk.ui.app import application, build_kiosk
    from kiosk.ui.context import Settings

    started = time.perf_counter()
    app = application()
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as tmp:
        world = setup_demo_world(Path(tmp) / "world")
        service = StationService.open(world["station"])
        try:
            service.open_polls()
            kiosk = build_kiosk(service, Settings(), speech=False)
            window = kiosk.window
            window.show()
            QApplication.processEvents()
            first_screen_s = time.perf_counter() - started
            _click(window, "welcome-start")
            _click(window, "lang-sv")
            _wait_for(window, "howto")
            _click(window, "howto-start")
            _wait_for(window, "proposals")
            first = service.election.proposals[0].id
            _click(window, f"choose-{first}")
            _click(window, "proposals-review")
            _wait_for(window, "review")
            _click(window, "review-cast")
            _wait_for(window, "receipt")
            code = [w for w in window.findChildren(QWidget, "receipt-code")][0].text()
            report = service.verify_box()
            window.close()
            app.processEvents()
        finally:
            service.close()
    ok = report.ok and report.ballots == 1 and report.tracking_codes == [code]
    print(json.dumps({"ok": ok, "first_screen_s": round(first_screen_s, 3),
                      "total_s": round(time.perf_counter() - started, 3), "tracking_code": code}))
    return 0 if ok else 1
