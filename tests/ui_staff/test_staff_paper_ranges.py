"""The station's paper sheet numbers on the staff Paper ballots page: "no range set" until
staff set them; set ranges are shown and kept; a sheet outside them is refused with a sentence
naming the number and the ranges; bad input is refused and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kiosk.domain.sheet_ranges import SheetRange
from tests.ui_staff.test_staff_paper_keying import ballots, key, open_paper


def field(driver) -> QLineEdit:
    [found] = driver.panel.findChildren(QLineEdit, "staff-paper-ranges-field")
    return found


def set_ranges(driver, text: str) -> None:
    driver.click("staff-paper-ranges-change")
    driver.find("staff-paper-ranges-field").setText(text)
    driver.click("staff-paper-ranges-save")


def test_staff_set_the_range_and_an_out_of_range_sheet_is_refused(open_panel, staff_world):
    driver = open_paper(open_panel, staff_world)
    assert driver.text("staff-paper-ranges") == ("Sheet numbers of this station: no range set "
                                                 "(any sheet number is taken)")
    assert not field(driver).isVisible()
    set_ranges(driver, "1-500 501-600")
    assert driver.text("staff-paper-ranges") == "Sheet numbers of this station: 1-500, 501-600"
    assert driver.text("staff-paper-ranges-message") == "Sheet numbers saved."
    assert not field(driver).isVisible()
    assert driver.service.paper_ranges() == (SheetRange(1, 500), SheetRange(501, 600))
    key(driver, "5001", "p1")
    assert driver.text("staff-paper-message") == (
        "Sheet 5001 is not one of this station's sheets (1-500, 501-600). It may belong to "
        "another station's pile, or the number is mistyped. Nothing was saved.")
    assert driver.service.paper_waiting() == {"second": [], "third": []}
    assert driver.find("staff-paper-choice-p1").isChecked()  # nothing keyed is lost
    key(driver, "501")  # the typo fixed, the choices kept
    assert "Sheet 501: entry 1 saved" in driver.text("staff-paper-message")
    driver.click("staff-paper-role-second")
    key(driver, "501", "p1")
    assert driver.text("staff-paper-message") == ("Sheet 501: the entries agree. The paper "
                                                  "ballot is sealed.")
    assert ballots(driver) == 1
    # narrowing the ranges so that sheet 501 falls outside is refused, naming how many
    set_ranges(driver, "1-500")
    assert driver.text("staff-paper-ranges-message") == (
        "Sheets keyed here already that are not in 1-500: 1. Nothing was changed. Give sheet "
        "numbers that include them.")
    assert driver.find("staff-paper-ranges-field").isVisible()  # the typed text stays
    assert driver.find("staff-paper-ranges-field").text() == "1-500"
    driver.find("staff-paper-ranges-field").setText("1-500 450-600")
    driver.click("staff-paper-ranges-save")
    assert driver.text("staff-paper-ranges-message") == ("The sheet numbers 1-500 and 450-600 "
                                                         "overlap. Give each sheet number once.")
    driver.click("staff-paper-ranges-cancel")
    assert driver.text("staff-paper-ranges") == "Sheet numbers of this station: 1-500, 501-600"
    entries = driver.service.audit_entries(20)
    assert [e["detail"] for e in entries if e["event"] == "paper_ranges_set"] == [
        {"ranges": "1-500, 501-600"}]


def test_the_page_shows_ranges_set_elsewhere_and_speaks_the_staff_language(open_panel,
                                                                           staff_world):
    from kiosk.station import StationService

    with StationService.open(staff_world["station"]) as station:
        station.set_paper_ranges("20-40")
    driver = open_paper(open_panel, staff_world)
    assert driver.text("staff-paper-ranges") == "Sheet numbers of this station: 20-40"
    driver.click("staff-language")
    driver.click("staff-language-sv")
    assert driver.text("staff-paper-ranges") == ("Nummer på röstsedlarna för den här "
                                                 "stationen: 20-40")
    set_ranges(driver, "40-20")
    assert driver.text("staff-paper-ranges-message").startswith(
        "”40-20” är inte ett intervall av nummer.")
    assert driver.service.paper_ranges() == (SheetRange(20, 40),)
