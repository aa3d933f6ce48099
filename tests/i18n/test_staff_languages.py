"""Staff mode in every election language: complete files, the chooser, lättläst, right to left."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.staff.languages import STAFF_FALLBACK, STAFF_LANGUAGES, staff_file_language
from kiosk.ui.staff.ts_update import QT_LANGUAGE, read_ts, source_strings, staff_ts_path

TRANSLATED = [t for t in STAFF_LANGUAGES if t not in STAFF_FALLBACK]
LETTERS = {  # letters a language's text must not contain (another Sami language's or Finnish's)
    "smj": set("čšđŧžČŠĐŦŽ"),     # Lule Sami writes tj, sj; no North Sami letters
    "sma": set("čšđŧžŋČŠĐŦŽŊ"),   # South Sami: ï æ ø/ö å, none of the North Sami letters
    "se": set("ïÏæÆ"),             # North Sami has no South Sami ï or æ
}


def test_staff_mode_offers_every_election_language():
    assert set(STAFF_LANGUAGES) == set(LANGUAGES)
    assert staff_file_language("sv-simple") == "sv"  # never English


@pytest.mark.parametrize("tag", TRANSLATED)
def test_staff_file_complete_and_placeholders_kept(tag):
    path = staff_ts_path(tag)
    assert ET.parse(path).getroot().get("language") == QT_LANGUAGE[tag]
    messages = read_ts(path)
    sources = source_strings()
    assert set(messages) == set(sources), "run python -m kiosk.ui.staff.ts_update"
    for key in sources:
        text, kind = messages[key]
        assert text.strip() and kind is None, (tag, key)
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", key[1])), key
        if tag != "en":
            assert text != key[1] or len(key[1]) <= 12, (tag, "left in English", key)
        assert not LETTERS.get(tag, set()) & set(text), (tag, text)


@pytest.fixture()
def qt_app(tmp_path_factory):
    pytest.importorskip("PySide6")
    os.environ.setdefault("KIOSK_CACHE", str(tmp_path_factory.mktemp("qm")))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_lattlast_staff_text_is_plain_swedish(qt_app):
    from kiosk.ui.staff.panel import LEAVE
    from kiosk.ui.staff.texts import StaffCatalog

    catalog = StaffCatalog()
    assert catalog.render(LEAVE, "sv-simple") == catalog.render(LEAVE, "sv") != LEAVE.source
    assert catalog.render(LEAVE, "se") not in (LEAVE.source, catalog.render(LEAVE, "sv"))


def test_chooser_switches_language_and_arabic_runs_right_to_left(qt_app, tmp_path):
    from PySide6.QtCore import Qt

    from kiosk.ui.staff.context import StaffSettings
    from kiosk.ui.staff.setup_wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "station", StaffSettings(language="sv", find_media=list))
    try:
        wizard.resize(1280, 800)
        wizard.show()
        wizard.language.click()
        assert wizard.languages.isVisible()
        assert set(wizard.languages.buttons) == set(LANGUAGES)
        wizard.languages.buttons["ar"].click()
        assert not wizard.languages.isVisible()
        assert wizard.ctx.language == "ar"
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "العربية" in wizard.language.accessibleName()
        assert re.search("[\u0600-\u06ff]", wizard.next.accessibleName())
        wizard.language.click()
        wizard.languages.buttons["se"].click()
        assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert wizard.next.accessibleName() == "Dárkkis páhka"  # "Check the package"
    finally:
        wizard.shutdown()
        wizard.close()


def test_arabic_pin_pad_keeps_the_keys_left_to_right(qt_app):
    from PySide6.QtCore import QPoint

    from kiosk.ui.staff.context import StaffContext, StaffSettings
    from kiosk.ui.staff.languages import layout_direction
    from kiosk.ui.staff.pinpad import PinPad

    ctx = StaffContext(None, StaffSettings(language="ar"))
    pad = PinPad(ctx)
    pad.setLayoutDirection(layout_direction("ar"))
    pad.resize(1280, 800)
    pad.show()
    qt_app.processEvents()
    try:
        x = {digit: pad.keys[i].mapTo(pad, QPoint(0, 0)).x()
             for i, digit in enumerate("1234567890")}
        assert x["1"] < x["2"] < x["3"]
        assert pad.erase.mapTo(pad, QPoint(0, 0)).x() < pad.ok.mapTo(pad, QPoint(0, 0)).x()
    finally:
        pad.close()
