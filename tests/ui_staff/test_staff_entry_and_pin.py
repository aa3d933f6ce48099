"""Reaching staff mode: only through the PIN pad; wrong PINs, a lockout that survives a restart
with a live countdown; staff mode leaves by itself when idle; the corner gesture and shortcut."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.station import StationService
from kiosk.ui.app import build_kiosk
from kiosk.ui.context import Settings
from kiosk.ui.staff import StaffSettings, attach_staff_mode
from tests.ui_staff.conftest import PIN


def audit_events(service: StationService) -> list[str]:
    return [json.loads(e.body)["event"] for e in service._run(service.box.iter_audit)]


def test_wrong_pins_then_a_wait_that_survives_a_restart(staff_world, open_panel, qtbot):
    station = staff_world["station"]
    staff = open_panel(station)
    for left in (4, 3, 2, 1):
        staff.type_pin("111222")
        assert staff.text("staff-pin-message") == \
            f"Wrong PIN. Tries left before a wait: {left}."
        assert not staff.panel.logged_in
    staff.type_pin("111222")
    message = staff.text("staff-pin-message")
    assert message.startswith("Too many wrong PINs. Wait ") and not staff.panel.logged_in
    assert not staff.find("staff-pin-key-5").isEnabled()
    first = staff.panel.pin.wait_left
    qtbot.waitUntil(lambda: staff.panel.pin.wait_left < first, timeout=2500)  # live countdown
    assert f"Wait {staff.panel.pin.wait_left} seconds" in staff.text("staff-pin-message")
    staff.close()
    staff.service.close()

    # Restart: a new service and a new panel. The right PIN is still refused until the wait ends.
    again = open_panel(station)
    again.type_pin(PIN)
    assert not again.panel.logged_in
    assert again.text("staff-pin-message").startswith("Too many wrong PINs. Wait ")
    assert audit_events(again.service).count("staff_login_failed") == 5


def test_staff_mode_leaves_by_itself_when_idle(staff_world, open_panel, qtbot):
    staff = open_panel(staff_world["station"], idle_seconds=1)
    closed = []
    staff.panel.closed.connect(lambda: closed.append(True))
    staff.login()
    staff.panel.show_page("status")
    qtbot.waitUntil(lambda: bool(closed), timeout=4000)
    assert not staff.panel.logged_in and staff.panel.current_page == "pin"
    staff.settle()
    assert audit_events(staff.service)[-2:] == ["staff_login", "staff_logout"]


def test_activity_keeps_staff_mode_open(staff_world, open_panel, qtbot):
    staff = open_panel(staff_world["station"], idle_seconds=2)
    staff.login()
    for _ in range(3):
        qtbot.wait(800)
        staff.click("staff-nav-status")
    assert staff.panel.logged_in


def _voter_kiosk(qtbot, staff_world, **staff_settings):
    service = StationService.open(staff_world["station"])
    service.open_polls()
    kiosk = build_kiosk(service, Settings(), speech=False)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    staff = attach_staff_mode(kiosk.window, service, StaffSettings(language="en",
                                                                    **staff_settings),
                              hold_ms=600)
    return service, kiosk, staff


def _close_voter_kiosk(service, kiosk, staff) -> None:
    staff.shutdown()
    QApplication.instance().removeEventFilter(kiosk.window.idle)
    kiosk.window.idle.set_active(False)
    kiosk.window.close()
    kiosk.window.deleteLater()
    QApplication.processEvents()
    service.close()


def test_voters_cannot_reach_staff_mode_without_the_pin(staff_world, qtbot):
    service, kiosk, staff = _voter_kiosk(qtbot, staff_world)
    try:
        window = kiosk.window
        # A short tap in the corner does nothing; neither does a long press elsewhere.
        QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        qtbot.wait(200)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(640, 400))
        qtbot.wait(900)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(640, 400))
        assert not staff.is_open
        # Press and hold in the corner: the PIN pad, and nothing else of staff mode.
        QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        qtbot.waitUntil(lambda: staff.is_open, timeout=2000)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        panel = staff.panel
        assert panel.current_page == "pin" and not panel.logged_in
        visible = {w.objectName() for w in panel.findChildren(QWidget) if w.isVisible()}
        assert not any(name.startswith(("staff-nav-", "staff-polls", "staff-export"))
                       for name in visible)
        panel.show_page("polls")  # refused without the PIN
        assert panel.current_page == "pin"
        # The voter screen behind is out of the tab order while the pad is up.
        assert not window.stack.isEnabled()
        # Keyboard: wrong PIN, Escape goes back to the voter screen.
        QTest.keyClicks(panel.pin.field, "987654")
        QTest.keyClick(panel.pin.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Wrong PIN" in panel.pin.message.text(), timeout=5000)
        QTest.keyClick(panel.pin.field, Qt.Key.Key_Escape)
        assert not staff.is_open and window.stack.isEnabled()
        assert service.status().polls == "open"
        # The shortcut opens the pad too; the right PIN (typed) opens the panel.
        QTest.keySequence(window, QKeySequence("Ctrl+Alt+S"))
        qtbot.waitUntil(lambda: staff.is_open, timeout=2000)
        QTest.keyClicks(panel.pin.field, PIN)
        QTest.keyClick(panel.pin.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.logged_in, timeout=5000)
        assert panel.current_page == "polls"
        panel.leave()
        assert not staff.is_open
    finally:
        _close_voter_kiosk(service, kiosk, staff)


def test_staff_unlock_and_void_for_a_waiting_voter(tmp_path, qtbot, open_panel):
    from tests.conftest import make_world

    world = make_world(tmp_path, eligibility='mode = "staff-unlock"')
    with StationService.open(world["station"]) as service:
        service.set_staff_pin(PIN)
    service, kiosk, staff = _voter_kiosk(qtbot, world)
    try:
        window = kiosk.window

        def click(name):
            widget = [w for w in window.findChildren(QWidget, name) if w.isVisible()][0]
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: kiosk.ui.bridge.idle and staff.panel.ctx.bridge.idle)

        click("welcome-start")
        click("lang-sv")
        assert window.current_id == "staff-wait"
        assert window.idle.active
        staff.open()
        assert not window.idle.active  # the voter's idle countdown waits for staff
        panel = staff.panel
        QTest.keyClicks(panel.pin.field, PIN)
        QTest.keyClick(panel.pin.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.logged_in, timeout=5000)
        panel.show_page("voters")
        assert "waiting" in panel.voters.state.text()
        click("staff-voters-unlock")
        assert not staff.is_open  # staff mode closes; the voter goes on
        qtbot.waitUntil(lambda: window.current_id == "howto", timeout=5000)
        assert window.idle.active
        assert "session_unlocked" in audit_events(service)

        # Void the session of a voter who has started.
        staff.open()
        QTest.keyClicks(panel.pin.field, PIN)
        QTest.keyClick(panel.pin.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.logged_in, timeout=5000)
        panel.show_page("voters")
        assert "started voting" in panel.voters.state.text()
        click("staff-voters-void")
        click("staff-confirm-yes")
        qtbot.waitUntil(lambda: window.current_id == "welcome", timeout=5000)
        assert kiosk.ui.state.voter.ticket is None
        assert audit_events(service)[-1] == "session_abandoned"
        assert "No voter" in panel.voters.state.text()
    finally:
        _close_voter_kiosk(service, kiosk, staff)
