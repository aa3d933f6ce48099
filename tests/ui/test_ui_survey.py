"""The follow-up questions on the touchscreen: after Review, before the vote is cast; skipped
(nothing in the envelope) or answered (the answers sealed inside the inner envelope); a tapped
answer can be taken back; the next voter sees nothing of it; an election without questions goes
from Review straight to the receipt as before."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import open_last_ballot


def to_survey(kiosk, language: str = "sv") -> None:
    kiosk.to_proposals(language)
    kiosk.click("choose-p1")
    kiosk.click("proposals-review")
    assert kiosk.screen == "review"
    assert kiosk.find("review-cast").text_shown().startswith("Fortsätt") or language != "sv"
    kiosk.click("review-cast")
    assert kiosk.screen == "survey"


def test_skipping_casts_the_vote_with_no_answers(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk)
    assert "Hur gammal är du?" in kiosk.find("survey-question-age_band").text()
    kiosk.click("survey-age_band-25-44")  # chosen, then skipped anyway
    kiosk.click("survey-skip")
    kiosk.settle()
    assert kiosk.screen == "receipt"
    _record, inner = open_last_ballot(kiosk)
    assert inner["survey"] == {} and inner["choices"] == ["p1"]


def test_answers_are_sealed_in_the_inner_envelope(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk)
    kiosk.click("survey-age_band-16-24")
    kiosk.click("survey-age_band-45-64")  # changes the answer
    kiosk.click("survey-first_time-yes")
    kiosk.click("survey-heard_from-library")
    kiosk.click("survey-heard_from-library")  # tapped again: taken back
    assert kiosk.find("survey-age_band-45-64").isChecked()
    assert not kiosk.find("survey-age_band-16-24").isChecked()
    assert not kiosk.find("survey-heard_from-library").isChecked()
    kiosk.click("survey-cast")
    kiosk.settle()
    assert kiosk.screen == "receipt"
    _record, inner = open_last_ballot(kiosk)
    assert inner["survey"] == {"age_band": "45-64", "first_time": "yes"}


def test_back_returns_to_review_and_keeps_the_choices(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk)
    kiosk.click("survey-back")
    assert kiosk.screen == "review"
    assert kiosk.ui.state.session.is_chosen("p1")


def test_the_next_voter_sees_nothing_of_the_answers(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk)
    kiosk.click("survey-age_band-65-plus")
    old = kiosk.find("survey-age_band-65-plus")
    kiosk.click("survey-cast")
    kiosk.settle()
    kiosk.click("receipt-done")
    kiosk.settle()
    QApplication.sendPostedEvents(None, 0)  # run the deleteLater()s
    assert kiosk.screen == "welcome" and "survey" not in kiosk.window.screens
    assert old not in kiosk.window.findChildren(QWidget)
    to_survey(kiosk)
    buttons = [b for b in kiosk.window.screens["survey"].choices.values()]
    assert buttons and not any(b.isChecked() for b in buttons)
    assert kiosk.window.screens["survey"].answers == {}


def test_stop_on_the_survey_screen_forgets_the_answers(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk)
    kiosk.click("survey-first_time-no")
    kiosk.window.abandon()
    kiosk.settle()
    QApplication.sendPostedEvents(None, 0)
    assert "survey" not in kiosk.window.screens
    assert kiosk.ui.state.session is None


def test_arabic_shows_the_package_texts(make_kiosk):
    kiosk = make_kiosk("survey")
    to_survey(kiosk, "ar")
    assert "كم عمرك؟" in kiosk.find("survey-question-age_band").text()
    assert kiosk.find("survey-first_time-yes").text_shown() == "نعم"


def test_without_questions_review_casts_directly(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    kiosk.click("choose-p1")
    assert kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["survey"] == {}
