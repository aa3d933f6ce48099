"""Keying a paper sheet of a package with pots (the districts example) in staff mode: the
sheet's district is preset to the station's own, the choices are keyed pot by pot, two agreeing
keyings seal one ballot with both pots; a disagreement in the district pot is shown on its own
row; the screen fits 1280×800."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.crypto.canonical import unb64
from kiosk.crypto.sealing import open_sealed
from kiosk.demo.world import setup_demo_world
from kiosk.ledger.envelopes import read_inner
from kiosk.package.authority_keys import load_tally
from kiosk.station import StationService
from tests.ui_staff.conftest import PIN


@pytest.fixture
def world(tmp_path):
    return setup_demo_world(tmp_path / "world", stations=2, example="districts")


def open_paper(open_panel, station_dir):
    station = StationService.open(station_dir)
    station.set_staff_pin(PIN)
    station.open_polls()
    driver = open_panel(station_dir, service=station)
    driver.login()
    driver.click("staff-nav-paper")
    return driver


def shown(driver, name: str) -> bool:
    [widget] = driver.panel.findChildren(QWidget, name)
    return widget.isVisible()


def key(driver, sheet: str, *choices: str, district: str | None = None) -> None:
    driver.find("staff-paper-sheet").setText(sheet)
    if district is not None:
        driver.click(f"staff-paper-district-{district}")
    for choice in choices:
        driver.click(f"staff-paper-choice-{choice}")
    driver.click("staff-paper-save")


def test_a_two_pot_sheet_keyed_twice_is_sealed_with_both_pots(open_panel, world):
    driver = open_paper(open_panel, world["stations"][0])  # a station without a district
    assert not any(driver.find(f"staff-paper-district-{d}").isChecked()
                   for d in ("north", "south"))
    assert not shown(driver, "staff-paper-part-north")
    key(driver, "3", "c1")  # no district chosen: refused with a sentence, nothing held
    assert driver.text("staff-paper-message") == ("Choose the district printed at the top of "
                                                  "the sheet.")
    driver.click("staff-paper-district-south")
    assert shown(driver, "staff-paper-part-south")
    assert not shown(driver, "staff-paper-part-north")
    assert driver.text("staff-paper-part-heading-city") == "Part 1 of 2: Whole city"
    assert driver.text("staff-paper-part-heading-south") == "Part 2 of 2: South district"
    key(driver, "3", "c4")  # with c1, 1 150 000 kr in the city pot: refused, naming the part
    assert driver.text("staff-paper-message") == (
        "Whole city: The marked proposals cost more than the budget. Such a sheet is invalid: "
        "key it as spoiled.")
    driver.click("staff-paper-choice-c4")
    key(driver, "3", "s1")  # c1 is still marked from before
    assert "Sheet 3: entry 1 saved" in driver.text("staff-paper-message")
    driver.click("staff-paper-role-second")
    key(driver, "3", "s1", "c1", district="south")
    assert "the entries agree" in driver.text("staff-paper-message")
    station = driver.service
    assert station.status().ballots == 1
    keys = load_tally(world["tally_key"], world["passphrase"])
    [record] = station._run(lambda: list(station.box.iter_records()))
    inner = read_inner(open_sealed(keys.seal, "inner", station.election.id,
                                   unb64(json.loads(record.body)["inner"])))
    assert inner["pots"] == {"city": ["c1"], "south": ["s1"]} and inner["channel"] == "paper"


def test_a_disagreement_in_the_district_pot_is_shown_on_its_row(open_panel, world, tmp_path):
    driver = open_paper(open_panel, world["stations"][1])  # the station in the north district
    assert driver.find("staff-paper-district-north").isChecked()  # preset to its own
    assert shown(driver, "staff-paper-part-north")
    key(driver, "8", "c2", "n1")
    driver.click("staff-paper-role-second")
    assert driver.find("staff-paper-district-north").isChecked()
    key(driver, "8", "c2", "n2")
    assert "the two entries differ" in driver.text("staff-paper-message")
    assert driver.text("staff-paper-compare-district").startswith("= ")
    assert driver.text("staff-paper-compare-choices-city").startswith("= ")
    assert driver.text("staff-paper-compare-choices-north") == "≠ Choices: North district"
    assert "n1" in driver.text("staff-paper-compare-choices-north-1")
    assert "n2" in driver.text("staff-paper-compare-choices-north-2")
    assert driver.service.status().ballots == 0
    driver.panel.grab().save(str(tmp_path / "compare.png"))
    driver.click("staff-paper-right-1")
    assert driver.service.status().ballots == 1


def test_the_pots_keying_screen_fits_1280x800(open_panel, world):
    driver = open_paper(open_panel, world["stations"][0])
    driver.click("staff-paper-district-north")
    area = driver.panel.scrolls["paper"]
    assert area.widget().width() <= area.viewport().width()  # nothing runs off to the side
    for name in ("staff-paper-choice-c1", "staff-paper-choice-n3", "staff-paper-district-south",
                 "staff-paper-spoiled", "staff-paper-save"):
        widget = driver.find(name)
        area.ensureWidgetVisible(widget)
        corner = widget.mapTo(driver.panel, widget.rect().topLeft())
        assert corner.x() >= 0 and corner.x() + widget.width() <= 1280, name
        assert corner.y() >= 0 and corner.y() + widget.height() <= 800, name
        assert widget.height() >= 64, name
