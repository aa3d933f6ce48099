"""Staff-mode UI fixtures: offscreen Qt, demo worlds copied per test, a staff panel driver."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

# Before anything can make a plain QGuiApplication (printing does): widgets need a QApplication.
_APP = QApplication.instance() or QApplication([])

from kiosk.station import StationService  # noqa: E402
from kiosk.station.media import describe  # noqa: E402
from kiosk.ui.app import application  # noqa: E402
from kiosk.ui.staff import StaffPanel, StaffSettings  # noqa: E402
from kiosk.ui.staff.theme import full_stylesheet  # noqa: E402
from tests.conftest import make_world  # noqa: E402

PIN = "583920"


@pytest.fixture(scope="session", autouse=True)
def _staff_qm_cache(tmp_path_factory):
    os.environ["KIOSK_CACHE"] = str(tmp_path_factory.mktemp("staff-qm"))


@pytest.fixture(scope="session")
def _staff_world_template(tmp_path_factory) -> dict:
    world = make_world(tmp_path_factory.mktemp("staff-world"))
    with StationService.open(world["station"]) as service:
        service.set_staff_pin(PIN)
    return world


@pytest.fixture
def staff_world(_staff_world_template, tmp_path) -> dict:
    """A fresh copy of an enrolled example station with the staff PIN 583920."""
    src = Path(_staff_world_template["world"])
    dst = tmp_path / "world"
    shutil.copytree(src, dst)
    return json.loads(json.dumps(_staff_world_template).replace(str(src), str(dst)))


class StaffDriver:
    """Drive a StaffPanel by objectName, waiting for the station's answers."""

    def __init__(self, qtbot, panel: StaffPanel, service) -> None:
        self.qtbot = qtbot
        self.panel = panel
        self.service = service

    def find(self, name: str, root: QWidget | None = None) -> QWidget:
        root = root or self.panel
        found = [w for w in root.findChildren(QWidget, name) if w.isVisible()]
        assert found, f"no visible control named {name!r} (page {self.panel.current_page})"
        return found[0]

    def click(self, name: str) -> None:
        widget = self.find(name)
        assert isinstance(widget, QAbstractButton), name
        assert widget.isEnabled(), f"{name} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    def settle(self) -> None:
        ctx = self.panel.ctx
        backgrounds = [self.panel.background]
        backgrounds += [w.background for w in self.panel.findChildren(QWidget)
                        if hasattr(w, "background") and hasattr(w, "scan")]
        self.qtbot.waitUntil(lambda: ctx.bridge.idle and all(b.idle for b in backgrounds),
                             timeout=15000)
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: ctx.bridge.idle and all(b.idle for b in backgrounds),
                             timeout=15000)
        # What the last answer changed (new texts, a report table) is laid out and polished by
        # events it posted: let them run, as a person's eye would wait for the next frame.
        self.qtbot.wait(30)

    def type_pin(self, pin: str) -> None:
        for digit in pin:
            self.click(f"staff-pin-key-{digit}")
        self.click("staff-pin-ok")

    def login(self, pin: str = PIN) -> None:
        self.type_pin(pin)
        assert self.panel.logged_in, self.text("staff-pin-message")

    def text(self, name: str) -> str:
        widget = self.find(name)
        return widget.text() if hasattr(widget, "text") and not isinstance(
            widget, QAbstractButton) else widget.text_shown()

    def confirm(self) -> None:
        self.click("staff-confirm-yes")

    def close(self) -> None:
        if getattr(self, "closed", False):
            return
        self.closed = True
        self.panel.shutdown()
        self.panel.close()
        self.panel.deleteLater()
        QApplication.processEvents()


@pytest.fixture
def open_panel(qtbot, tmp_path):
    """open_panel(station_dir, **settings) -> StaffDriver on a shown 1280×800 panel."""
    made: list[tuple[StaffDriver, StationService]] = []
    usb = tmp_path / "usb"
    usb.mkdir()

    def factory(station: str | Path, service: StationService | None = None,
                **settings) -> StaffDriver:
        app = application()
        settings.setdefault("language", "en")
        settings.setdefault("find_media", lambda: [describe(usb)])
        settings.setdefault("reports_dir", tmp_path / "reports")
        staff_settings = StaffSettings(**settings)
        app.setStyleSheet(full_stylesheet(staff_settings.theme, staff_settings.target_px))
        service = service or StationService.open(station)
        panel = StaffPanel(service, settings=staff_settings)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.open()
        driver = StaffDriver(qtbot, panel, service)
        driver.usb = usb
        made.append((driver, service))
        return driver

    yield factory
    for driver, service in made:
        driver.close()
        try:
            service.close()
        except RuntimeError:
            pass
