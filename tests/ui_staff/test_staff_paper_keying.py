"""Keying paper ballots in staff mode: two entries that agree seal one paper ballot; entry 2
does not see entry 1; a disagreement shows both side by side and seals nothing until the third
look; a sheet keyed twice is refused with a sentence; a spoiled sheet; the screen fits 1280×800."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.station import StationService


def open_paper(open_panel, staff_world, polls: str = "open"):
    station = StationService.open(staff_world["station"])
    station.open_polls()
    if polls == "paused":
        station.pause_polls()
    driver = open_panel(staff_world["station"], service=station)
    driver.login()
    driver.click("staff-nav-paper")
    assert driver.panel.current_page == "paper"
    return driver


def key(driver, sheet: str, *choices: str, spoiled: bool = False) -> None:
    field = driver.find("staff-paper-sheet")
    assert isinstance(field, QLineEdit)
    field.setText(sheet)
    for choice in choices:
        driver.click(f"staff-paper-choice-{choice}")
    if spoiled:
        driver.click("staff-paper-spoiled")
    driver.click("staff-paper-save")


def ballots(driver) -> int:
    return driver.service.status().ballots


def test_two_agreeing_entries_seal_one_paper_ballot(open_panel, staff_world):
    driver = open_paper(open_panel, staff_world)
    key(driver, "12", "p1", "p2")
    assert "Sheet 12: entry 1 saved" in driver.text("staff-paper-message")
    assert "Waiting for a second keying: 12." in driver.text("staff-paper-waiting")
    assert ballots(driver) == 0
    driver.click("staff-paper-role-second")
    # the second person starts from an empty sheet: nothing of entry 1 is shown
    assert driver.find("staff-paper-sheet").text() == ""
    assert not driver.find("staff-paper-choice-p1").isChecked()
    assert not driver.panel.pages["paper"].message.isVisible()  # entry 1's message is gone
    key(driver, "12", "p2", "p1")
    assert driver.text("staff-paper-message") == ("Sheet 12: the entries agree. The paper "
                                                  "ballot is sealed.")
    assert ballots(driver) == 1
    assert "Waiting for a second keying: none." in driver.text("staff-paper-waiting")
    # the same sheet number again: refused with a sentence
    driver.click("staff-paper-role-first")
    key(driver, "12", "p3")
    assert driver.text("staff-paper-message") == ("This sheet number has already been keyed "
                                                  "and sealed. A sheet is keyed once.")
    assert ballots(driver) == 1


def test_disagreement_shows_both_and_seals_nothing_until_the_third_look(open_panel,
                                                                        staff_world):
    driver = open_paper(open_panel, staff_world, polls="paused")
    key(driver, "7", "p1")
    driver.click("staff-paper-role-second")
    key(driver, "7", "p1", "p2")
    assert "Sheet 7: the two entries differ. Nothing is sealed." in \
        driver.text("staff-paper-message")
    assert driver.text("staff-paper-compare-choices").startswith("≠ ")
    assert driver.text("staff-paper-compare-language").startswith("= ")
    one, two = driver.text("staff-paper-compare-choices-1"), \
        driver.text("staff-paper-compare-choices-2")
    assert "p1" in one and "p2" not in one and "p2" in two
    assert not driver.find("staff-paper-role-first").isEnabled()
    assert ballots(driver) == 0
    driver.panel.grab().save(str(driver.usb / "compare.png"))
    driver.click("staff-paper-right-2")
    assert driver.text("staff-paper-message") == ("Sheet 7: the entries agree. The paper "
                                                  "ballot is sealed.")
    assert ballots(driver) == 1


def test_set_aside_and_spoiled(open_panel, staff_world):
    driver = open_paper(open_panel, staff_world)
    key(driver, "3", "p1")
    driver.click("staff-paper-role-second")
    key(driver, "3", spoiled=True)
    assert driver.text("staff-paper-compare-choices-2") == "spoiled sheet"
    driver.click("staff-paper-aside")
    assert "Sheet 3 was set aside. Nothing was sealed." in driver.text("staff-paper-message")
    assert ballots(driver) == 0
    driver.click("staff-paper-role-first")
    driver.click("staff-paper-spoiled")
    assert not driver.find("staff-paper-choice-p1").isEnabled()  # a spoiled sheet has none
    assert driver.find("staff-paper-spoiled").text_shown().startswith("✓ ")
    driver.click("staff-paper-spoiled")
    assert driver.find("staff-paper-choice-p1").isEnabled()
    key(driver, "3", spoiled=True)
    driver.click("staff-paper-role-second")
    key(driver, "3", spoiled=True)
    assert "sealed" in driver.text("staff-paper-message")
    assert ballots(driver) == 1


def test_over_budget_and_bad_sheet_numbers_are_explained(open_panel, staff_world):
    driver = open_paper(open_panel, staff_world)
    key(driver, "5", "p1", "p2", "p3")
    assert driver.text("staff-paper-message").startswith("The marked proposals cost more than "
                                                         "the budget.")
    assert "550" in driver.text("staff-paper-total")
    driver.find("staff-paper-sheet").setText("12a")
    driver.click("staff-paper-save")
    assert driver.text("staff-paper-message") == ("Type the sheet number printed on the sheet "
                                                  "(digits only).")
    assert ballots(driver) == 0


def test_keying_screen_fits_1280x800_with_save_on_screen(open_panel, staff_world):
    driver = open_paper(open_panel, staff_world)
    save = driver.find("staff-paper-save")
    area = driver.panel.scrolls["paper"]
    area.ensureWidgetVisible(save)
    top_left = save.mapTo(driver.panel, save.rect().topLeft())
    assert top_left.x() >= 0 and top_left.x() + save.width() <= 1280
    assert top_left.y() >= 0 and top_left.y() + save.height() <= 800
    body = area.widget()
    assert body.width() <= area.viewport().width()  # nothing runs off to the side
    for name in ("staff-paper-choice-p1", "staff-paper-spoiled", "staff-paper-save"):
        widget = driver.find(name)
        assert widget.width() >= 64 and widget.height() >= 64, name
    assert driver.find("staff-paper-sheet").focusPolicy() != Qt.FocusPolicy.NoFocus


def _panel_for(open_panel, tmp_path, **world_options):
    from tests.conftest import make_world
    from tests.ui_staff.conftest import PIN

    world = make_world(tmp_path / "own", **world_options)
    station = StationService.open(world["station"])
    station.set_staff_pin(PIN)
    station.open_polls()
    driver = open_panel(world["station"], service=station)
    driver.login()
    driver.click("staff-nav-paper")
    return driver


def test_points_are_keyed_with_minus_and_plus(open_panel, tmp_path):
    driver = _panel_for(open_panel, tmp_path, rule='kind = "cumulative"\ntotal_points = 5\n'
                        'max_per_proposal = 3')
    assert not driver.panel.findChildren(QLineEdit, "staff-paper-identity")
    for role in ("first", "second"):
        driver.click(f"staff-paper-role-{role}")
        driver.find("staff-paper-sheet").setText("40")
        for _ in range(4):  # the fourth press stops at the most one proposal may get
            driver.click("staff-paper-plus-p1")
        driver.click("staff-paper-plus-p2")
        assert driver.text("staff-paper-points-p1") == "3"
        assert driver.text("staff-paper-total") == "Points given: 4 of 5"
        driver.click("staff-paper-minus-p2")
        driver.click("staff-paper-minus-p2")  # never below 0
        assert driver.text("staff-paper-points-p2") == "0"
        driver.click("staff-paper-plus-p2")
        driver.click("staff-paper-save")
    assert "the entries agree" in driver.text("staff-paper-message")
    assert driver.service.status().ballots == 1


def test_identity_is_keyed_where_the_election_needs_it(open_panel, tmp_path):
    import random
    from datetime import date

    from kiosk.domain.random_ballots import random_personnummer

    driver = _panel_for(open_panel, tmp_path,
                        eligibility='mode = "personnummer"\nminimum_age = 16')
    person = random_personnummer(random.Random(8), date(2000, 1, 1))
    other = random_personnummer(random.Random(9), date(2000, 1, 1))
    driver.find("staff-paper-identity").setText(person)
    key(driver, "1", "p1")
    driver.click("staff-paper-role-second")
    driver.find("staff-paper-identity").setText(other)
    key(driver, "1", "p1")
    assert driver.text("staff-paper-compare-identity").startswith("≠ ")
    assert driver.text("staff-paper-compare-identity-1") == person
    assert driver.service.status().ballots == 0
    driver.click("staff-paper-right-1")
    assert driver.service.status().ballots == 1
    driver.click("staff-paper-role-first")
    driver.find("staff-paper-identity").setText(person)
    key(driver, "2", "p2")
    assert driver.text("staff-paper-message") == ("This person or code has already voted at "
                                                  "this station.")
