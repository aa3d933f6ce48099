"""Vote through the whole flow by touch, per rule and in every language, then open the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.languages import LANGUAGES
from tests.ui.conftest import open_last_ballot

ALL_LANGUAGES = list(LANGUAGES)


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_knapsack_vote_in_every_language(make_kiosk, language):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals(language)
    kiosk.click("choose-p1")   # 580 000
    kiosk.click("choose-p3")   # 600 000
    kiosk.click("choose-p5")   # 45 000
    kiosk.click("remove-p5")   # changed my mind: remove it again (a separate control)
    assert kiosk.ui.state.session.budget_left == 2_000_000 - 1_180_000
    code = kiosk.cast_from_proposals()
    record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == ["p1", "p3"]
    assert inner["language"] == language and inner["assisted"] is False
    assert len(code) == 19 and record["seq"] == 1
    kiosk.click("receipt-done")
    assert kiosk.screen == "welcome" and kiosk.ui.state.session is None


def test_budget_meter_and_proposals_that_no_longer_fit(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    meter = kiosk.find("MeterText")
    assert meter.text() == "Valt för 0\u202fkr – 2\u202f000\u202f000\u202fkr kvar"
    for pid in ("p3", "p1", "p9"):  # 600 000 + 580 000 + 480 000 = 1 660 000
        kiosk.click(f"choose-{pid}")
    assert meter.text() == "Valt för 1\u202f660\u202f000\u202fkr – 340\u202f000\u202fkr kvar"
    blocked = kiosk.find("choose-p6")  # 440 000 no longer fits
    assert not blocked.isEnabled()
    status = kiosk.find("status-p6").text()
    assert status.startswith("Får inte plats") and "100\u202f000\u202fkr" in status
    assert kiosk.find("card-p6").isVisible()  # shown with the reason, not hidden


def test_approval_vote(make_kiosk):
    kiosk = make_kiosk("approval")
    kiosk.to_proposals("en")
    assert kiosk.find("MeterText").text() == "Chosen: 0 of 2"
    kiosk.click("choose-p1")
    kiosk.click("choose-p3")
    assert kiosk.find("MeterText").text() == "Chosen: 2 of 2"
    assert not kiosk.find("choose-p2").isEnabled()
    assert kiosk.find("choose-p2").text_shown() == "No more choices"
    assert "(2)" in kiosk.find("status-p2").text()
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == ["p1", "p3"]


def test_approval_minimum_is_explained_and_enforced(make_kiosk):
    kiosk = make_kiosk("approval")
    kiosk.to_proposals("sv")
    assert not kiosk.find("proposals-review").isEnabled()  # nothing chosen: Review waits
    assert kiosk.find("proposals-review-reason").text() == "Välj minst ett förslag först."
    kiosk.click("choose-p1")
    kiosk.click("proposals-review")
    kiosk.ui.state.session.unchoose("p1")  # what the review shows if the ballot is too short
    kiosk.window.page("review").refresh()
    assert not kiosk.find("review-cast").isEnabled()
    assert kiosk.find("review-problem").text() == "Välj fler förslag. Minst antal: 1."


def test_cumulative_vote_with_plus_and_minus(make_kiosk):
    kiosk = make_kiosk("cumulative")
    kiosk.to_proposals("sv-simple")
    for _ in range(3):
        kiosk.click("plus-p1")
    assert not kiosk.find("plus-p1").isEnabled()  # at most 3 on one proposal
    kiosk.click("plus-p3")
    kiosk.click("plus-p3")
    assert kiosk.find("MeterText").text() == "Poäng du gett: 5 – 0 kvar"
    assert not kiosk.find("plus-p2").isEnabled()  # no points left
    kiosk.click("minus-p3")
    kiosk.click("plus-p2")
    kiosk.click("minus-p2")
    kiosk.click("plus-p3")
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == {"p1": 3, "p3": 2}
    assert inner["language"] == "sv-simple"


def test_detail_screen_chooses_and_returns(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("fi")
    kiosk.click("more-p4")
    assert kiosk.screen == "detail"
    proposal = kiosk.ui.election.proposal("p4")
    assert kiosk.find("detail-title").text() == proposal.texts["fi"].title
    kiosk.click("detail-choose")
    assert kiosk.ui.state.session.is_chosen("p4")
    assert kiosk.find("detail-chosen").accessibleName().startswith("Valittu")
    kiosk.click("detail-back")
    assert kiosk.screen == "proposals"
    assert kiosk.find("chosen-p4").isVisible() and kiosk.find("remove-p4").isVisible()


def test_personnummer_keypad_checks_luhn_and_age(make_kiosk):
    kiosk = make_kiosk("personnummer")
    kiosk.start_voting("sv")
    assert kiosk.screen == "identify"
    for digit in "198504121234":  # wrong check digit
        kiosk.click(f"key-{digit}")
    kiosk.click("key-done")
    assert kiosk.screen == "identify"
    assert kiosk.find("identity-message").text().startswith("Numret verkar inte stämma")
    assert kiosk.find("identity-input").text() == ""  # never left on screen
    for digit in "201501012387":  # a valid number, but 12 years old in 2027
        kiosk.click(f"key-{digit}")
    kiosk.click("key-done")
    assert "Åldersgräns: 16" in kiosk.find("identity-message").text()
    for digit in "198504121230":
        kiosk.click(f"key-{digit}")
    kiosk.click("key-done")
    assert kiosk.screen == "howto"
    kiosk.click("howto-start")
    kiosk.click("choose-p2")
    kiosk.cast_from_proposals()
    record, inner = open_last_ballot(kiosk)
    assert record["outer_hash"] is not None and inner["choices"] == ["p2"]


def test_voting_code_from_a_scanner_acting_as_keyboard(make_kiosk, qtbot):
    from PySide6.QtCore import Qt

    kiosk = make_kiosk("codes")
    code = Path(kiosk.world["codes_file"]).read_text(encoding="utf-8").split()[0]  # issued
    kiosk.start_voting("en")
    field = kiosk.find("identity-input")
    qtbot.keyClicks(field, "K7MA-9XHT-4TNC-HRWA-3PEN")  # well-formed, never issued: refused
    qtbot.keyClick(field, Qt.Key.Key_Return)
    kiosk.settle()
    assert kiosk.screen == "identify"
    assert kiosk.find("identity-message").text().startswith("This voting code is not valid")
    qtbot.keyClicks(field, code.lower())  # what a scanner types, then Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    kiosk.settle()
    assert kiosk.screen == "howto"


def test_staff_unlock_waits_for_staff(make_kiosk):
    kiosk = make_kiosk("staff-unlock")
    kiosk.start_voting("sv-simple")
    assert kiosk.screen == "staff-wait"
    kiosk.window.page("staff-wait").unlock()  # what staff mode does after the staff PIN
    kiosk.settle()
    assert kiosk.screen == "howto"
    kiosk.click("howto-start")
    kiosk.click("choose-p1")
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == ["p1"]


def test_polls_closed_says_so_on_welcome(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.service.close_polls()
    kiosk.click("welcome-start")
    assert kiosk.screen == "welcome"
    assert kiosk.find("welcome-message").text() == \
        "Röstningen är inte öppen just nu. Fråga en funktionär."
