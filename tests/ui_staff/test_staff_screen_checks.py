"""Every staff screen in Swedish and English, default and high-contrast theme: targets ≥ 44 px
(and the kiosk's 64), accessible names and objectNames, tab order, contrast (7:1 default,
4.5:1 contrast), no cut-off text. Plus: the staff translations are complete for sv and en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.station.media import describe
from kiosk.ui.app import application
from kiosk.ui.staff import StaffSettings
from kiosk.ui.staff.panel import NAV
from kiosk.ui.staff.setup_wizard import STEPS, SetupWizard
from kiosk.ui.staff.texts import known_error_ids
from kiosk.ui.staff.theme import banner_colours, full_stylesheet
from kiosk.ui.staff.ts_update import read_ts, source_strings, staff_ts_path
from kiosk.ui.theme import BY_NAME, MIN_TARGET_PX, contrast_ratio
from tests.ui.checks import inside_scroll_area, label_problems, visible


def background_of(widget: QWidget, theme) -> str:
    node = widget
    while node is not None:
        if isinstance(node, QAbstractButton):
            if not node.isEnabled():
                return theme.secondary
            kind = node.property("kind") or "secondary"
            return {"primary": theme.primary, "bar": theme.bar}.get(kind, theme.secondary)
        if node.objectName() == "staff-test-banner":
            return banner_colours(theme)[1]
        if node.property("panel"):
            return theme.surface
        if node.objectName() == "StaffBar":
            return theme.bar
        if node.objectName() == "Overlay":
            return theme.overlay
        node = node.parentWidget()
    return theme.window


def problems(root: QWidget, theme_name: str) -> list[str]:
    theme = BY_NAME[theme_name]
    needed = 7.0 if theme_name == "default" else 4.5
    found = []
    chain = set()
    node = root.nextInFocusChain()
    while node is not None and node is not root and len(chain) < 5000:
        chain.add(node)
        node = node.nextInFocusChain()
    bounds = root.rect().adjusted(-1, -1, 1, 1)
    for widget in root.findChildren(QWidget):
        if not visible(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not inside_scroll_area(widget) and not bounds.contains(rect):
            found.append(f"{name}: outside the window")
        if isinstance(widget, (QAbstractButton, QLineEdit)):
            if not widget.accessibleName().strip():
                found.append(f"{name}: no accessible name")
            if not widget.objectName():
                found.append(f"'{widget.accessibleName()}': no objectName")
            if widget.isEnabled() and not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                                           and widget in chain):
                found.append(f"{name}: not in the tab order")
            if min(widget.width(), widget.height()) < max(MIN_TARGET_PX, 64):
                found.append(f"{name}: target {widget.width()}x{widget.height()} too small")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found += label_problems(widget, name)
            fg = widget.palette().color(widget.foregroundRole()).name()
            ratio = contrast_ratio(fg, background_of(widget, theme))
            if ratio < needed:
                found.append(f"{name} '{widget.text()[:30]}': contrast {ratio:.1f}")
    return found


@pytest.mark.parametrize(("language", "theme"), [
    ("sv", "default"), ("sv", "contrast"), ("en", "default"), ("en", "contrast"),
    ("fi", "default"), ("fit", "default"), ("se", "default"), ("smj", "default"),
    ("sma", "default"), ("ar", "default"), ("ar", "contrast"), ("sv-simple", "default")])
def test_every_staff_page(staff_world, open_panel, language, theme):
    staff = open_panel(staff_world["station"], language=language, theme=theme)
    assert problems(staff.panel, theme) == [], "pin"
    staff.login()
    staff.service.set_test_mode(True)
    for page in NAV:
        staff.panel.show_page(page)
        staff.settle()
        if page == "polls" and staff.panel.pages["polls"].report is None:
            staff.click("staff-polls-open")
            staff.confirm()
        assert staff.panel.banner.isVisible()
        assert problems(staff.panel, theme) == [], page
    staff.panel.show_page("polls")
    staff.settle()
    staff.click("staff-polls-close")
    assert problems(staff.panel, theme) == [], "confirm"
    staff.click("staff-confirm-no")


@pytest.mark.parametrize("language", ["sv", "en", "fi", "fit", "se", "smj", "sma", "ar"])
def test_every_wizard_step(qtbot, tmp_path, staff_world, language):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "election.pkg").write_bytes(Path(staff_world["package"]).read_bytes())
    app = application()
    app.setStyleSheet(full_stylesheet("default", 64))
    wizard = SetupWizard(tmp_path / "station", StaffSettings(
        language=language, find_media=lambda: [describe(usb)]))
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    try:
        for step in STEPS:
            wizard.show_step(step)
            qtbot.waitUntil(lambda: all(b.idle for b in (
                wizard.package_files.background, wizard.cert_files.background,
                wizard.request_media.background)))
            qtbot.wait(20)
            assert problems(wizard, "default") == [], step
    finally:
        wizard.shutdown()
        wizard.close()


@pytest.mark.parametrize("tag", ["sv", "en", "fi", "fit", "se", "smj", "sma", "ar"])
def test_staff_translations_complete_with_placeholders(tag):
    messages = read_ts(staff_ts_path(tag))
    sources = source_strings()
    assert len(sources) > 150
    assert set(sources) - set(messages) == set(), "run python -m kiosk.ui.staff.ts_update"
    for key in sources:
        text, kind = messages[key]
        assert text.strip() and kind is None, key
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", key[1])), key


def test_every_station_error_staff_can_meet_has_a_sentence():
    for message_id in ("pin.wrong", "pin.locked", "pin.not_set", "pin.too_simple",
                       "export.media_full", "export.read_only", "export.media_gone",
                       "export.write_failed", "export.readback_failed", "polls.not_enrolled",
                       "polls.lna_failed",
                       "polls.must_be_closed", "sync.bad_server", "package.bad_signature",
                       "package.wrong_authority", "certificate.other_station"):
        assert message_id in known_error_ids()


@pytest.mark.parametrize("theme", ["default", "contrast"])
def test_language_chooser_offers_every_language_and_passes_the_checks(staff_world, open_panel,
                                                                      theme):
    from kiosk.domain.languages import LANGUAGES

    staff = open_panel(staff_world["station"], language="sv", theme=theme)
    staff.login()
    staff.click("staff-language")
    assert staff.panel.languages.isVisible()
    for tag in LANGUAGES:
        assert staff.find(f"staff-language-{tag}").isVisible()
    assert problems(staff.panel.languages, theme) == []
    staff.click("staff-language-smj")
    assert not staff.panel.languages.isVisible()
    assert staff.panel.ctx.language == "smj"
    assert staff.find("staff-leave").accessibleName() == "Vuolge barggij vuoges"
