"""Sessions: idle reset leaves nothing behind, language switch keeps choices, assisted sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.screens.base import Screen
from tests.ui.conftest import open_last_ballot


def test_idle_warning_gives_more_time_then_resets_everything(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("fi")
    kiosk.click("choose-p1")
    kiosk.click("topbar-help")
    kiosk.click("help-size-largest")
    kiosk.click("help-close")
    idle = kiosk.window.idle
    assert idle.active and idle.warning_seconds >= 20
    idle._start_warning()  # the quiet time has passed
    assert kiosk.find("idle-more-time").isVisible()
    assert kiosk.find("idle-countdown").text().startswith("Sekunteja jäljellä: ")
    kiosk.click("idle-more-time")
    assert not kiosk.window.idle_warning.isVisible()
    assert kiosk.ui.state.session.is_chosen("p1")  # nothing lost
    old_proposals = kiosk.window.screens["proposals"]
    idle._start_warning()
    idle.left = 1
    idle._count()  # the countdown ends
    kiosk.settle()
    QApplication.sendPostedEvents(None, 0)  # run the deleteLater()s
    assert kiosk.screen == "welcome"
    state = kiosk.ui.state
    assert state.session is None and state.voter.ticket is None
    assert state.language == "sv" and state.look.text_size == "normal"
    assert set(kiosk.window.screens) == {"welcome"}
    assert old_proposals not in kiosk.window.findChildren(Screen)
    assert not kiosk.window.findChildren(QWidget, "card-p1")
    assert kiosk.service._run(lambda: dict(kiosk.service.voting.tickets)) == {}  # abandoned
    assert not kiosk.window.idle_warning.isVisible() and not kiosk.window.help.isVisible()


def test_language_switch_mid_ballot_keeps_the_choices(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    kiosk.click("choose-p2")
    kiosk.click("choose-p7")
    kiosk.click("topbar-language")
    assert kiosk.screen == "language"
    assert kiosk.find("lang-sv").text_shown().startswith("\u2713")
    kiosk.click("lang-se")
    assert kiosk.screen == "proposals"
    election = kiosk.ui.election
    assert kiosk.find("title-p2").text() == election.proposal("p2").texts["se"].title
    assert kiosk.find("MeterText").text().startswith("Válljejuvvon ")
    assert kiosk.find("chosen-p7").isVisible()
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == ["p2", "p7"] and inner["language"] == "se"


def test_arabic_mirrors_the_whole_layout(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("ar")
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    help_button, language = kiosk.find("topbar-help"), kiosk.find("topbar-language")
    assert help_button.mapTo(kiosk.window, help_button.rect().topLeft()).x() < \
        language.mapTo(kiosk.window, language.rect().topLeft()).x()
    assert "\u2066" in kiosk.find("MeterText").text()  # amounts stay one left-to-right unit
    kiosk.click("topbar-language")
    kiosk.click("lang-en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_fallback_text_is_swedish_with_a_visible_note(make_kiosk):
    kiosk = make_kiosk("knapsack")
    election = kiosk.ui.election
    missing = [(p.id, lang) for p in election.proposals for lang in election.languages
               if lang not in p.texts]
    kiosk.to_proposals("en")
    content = kiosk.ui.content
    # the package may be complete: then check the mechanism on a language it lacks
    proposal = election.proposal("p1")
    text, fell_back = content.proposal_text(proposal, "xx")
    assert fell_back and text == proposal.texts["sv"]
    assert kiosk.ui.text(content.fallback_note(), "en") == "(shown in Swedish)"
    assert kiosk.ui.text(content.fallback_note(), "se") == "(čájehuvvo ruoŧagillii)"
    for pid, lang in missing[:1]:
        kiosk.click("topbar-language")
        kiosk.click(f"lang-{lang}")
        kiosk.click(f"more-{pid}")
        note = kiosk.find("detail-fallback-note")
        assert note.text() and kiosk.find("detail-title").text() == \
            election.proposal(pid).texts["sv"].title


def test_fallback_note_on_cards_when_a_text_is_missing(make_kiosk):
    kiosk = make_kiosk("approval")  # the example election: sv, sv-simple, en
    kiosk.to_proposals("sv-simple")
    p1 = kiosk.ui.election.proposal("p1")
    assert "sv-simple" in p1.texts
    # a package lacking this one translation (the election is frozen: patch it for the test)
    original = p1.texts
    object.__setattr__(p1, "texts", {k: v for k, v in original.items() if k != "sv-simple"})
    try:
        card = kiosk.window.screens["proposals"].cards[0]
        card.retranslate()
        assert card.note.isVisible()
        assert card.note.text() == "(texten är på svenska)"
        assert card.title.text() == p1.texts["sv"].title
    finally:
        object.__setattr__(p1, "texts", original)


def test_assisted_session_two_languages_flag_and_reset(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("se")
    kiosk.click("topbar-help")
    kiosk.click("help-assisted")
    kiosk.click("help-second-sv")
    kiosk.click("help-more-time")
    kiosk.click("help-theme-contrast")
    kiosk.click("help-close")
    card_title = kiosk.window.screens["proposals"].cards[0].title
    assert card_title.secondary.isVisible()
    assert card_title.secondary.text() == kiosk.ui.election.proposal("p1").texts["sv"].title
    assert kiosk.window.idle.quiet_seconds == kiosk.ui.settings.idle_assisted_seconds
    kiosk.click("choose-p4")
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["assisted"] is True and inner["choices"] == ["p4"]
    kiosk.click("receipt-done")
    assistance = kiosk.ui.state.assistance
    assert not assistance.assisted and assistance.second_language is None
    assert kiosk.ui.state.look.theme == "default"


def test_stop_from_help_abandons_and_wipes(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("smj")
    kiosk.click("choose-p8")
    kiosk.click("topbar-help")
    kiosk.click("help-start-over")
    assert kiosk.screen == "welcome" and kiosk.ui.state.session is None
    assert kiosk.service.status().ballots == 0


def test_keyboard_only_vote(make_kiosk, qtbot):
    kiosk = make_kiosk("approval")
    kiosk.click("welcome-start")
    kiosk.find("lang-en").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    kiosk.settle()
    assert kiosk.screen == "howto"
    start = kiosk.find("howto-start")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert kiosk.screen == "proposals"
    # Tab reaches the choose button of the first proposal
    for _ in range(40):
        focus = QApplication.focusWidget()
        if focus is not None and focus.objectName() == "choose-p1":
            break
        qtbot.keyClick(focus or kiosk.window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "choose-p1"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert kiosk.ui.state.session.is_chosen("p1")


def test_read_aloud_is_hidden_without_a_voice_or_clip(make_kiosk):
    from kiosk.ui.speech import Speech

    speech = Speech(enabled=True, watchdog_seconds=0.1)  # PySide6-Addons may be missing here
    assert speech.state in ("unavailable", "starting", "ready")
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("se")  # no espeak voice for North Sami, no clips in the demo package
    kiosk.click("more-p1")
    assert not kiosk.window.findChild(QWidget, "detail-read").isVisible()
    kiosk.click("topbar-help")
    assert not kiosk.window.findChild(QWidget, "help-read-aloud").isVisible()
    speech.shutdown()


def test_a_stuck_speech_engine_is_reported_so_the_kiosk_can_still_exit(qtbot):
    """speech-dispatcher without an audio server once hung inside the engine; shutting down
    must not wait for ever, and must say so (kiosk.ui.app.run then exits without waiting)."""
    from kiosk.ui.speech import Speech
    from kiosk.ui.speech_engine import FakeEngine

    engine = FakeEngine(hang=True)  # speak() ignores stop(), like a hung engine
    speech = Speech(engine=engine)
    qtbot.waitUntil(lambda: speech.state == "ready", timeout=5000)
    speech.read("Hej", "sv")
    assert engine.spoken.wait(5)
    try:
        assert speech.shutdown() is False
    finally:
        engine.release()
    assert Speech(enabled=False).shutdown() is True


def test_pictures_are_described_for_screen_readers(make_kiosk):
    """A proposal's picture carries the package's image_alt text in the voter's language, or
    the proposal's title where the package has no description in that language."""
    from PySide6.QtWidgets import QLabel

    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    card = kiosk.window.findChild(QWidget, "card-p7")
    assert card.image.accessibleName() == ("Teckning: en uppslagen bok under norrsken.")
    kiosk.click("more-p7")
    detail_images = [w for w in kiosk.window.findChildren(QLabel)
                     if w.accessibleName().startswith("Teckning: en uppslagen bok")]
    assert any(w.isVisible() for w in detail_images)
    other = make_kiosk("knapsack")
    other.to_proposals("fi")  # the demo package has no Finnish picture descriptions
    card = other.window.findChild(QWidget, "card-p7")
    assert card.image.accessibleName() == other.ui.election.proposal("p7").texts["fi"].title
