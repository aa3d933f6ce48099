"""Issue 16 part B: display settings on the first screen, touch that behaves like touch, choices
that a double tap cannot undo, a meter with one meaning, and a receipt a voter can use."""

from __future__ import annotations

from urllib.parse import quote

import pytest
import qrcode
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QScroller, QWidget

from kiosk.ui.theme import BY_NAME, TEXT_SIZES, THEMES, contrast_ratio
from kiosk.ui.tour import tour
from kiosk.ui.widgets.touch_scroll import has_touch_scrolling
from tests.ui.checks import screen_problems

NBSP = "\u202f"


def kr(amount: str) -> str:
    return amount.replace(" ", NBSP) + f"{NBSP}kr"


# -- display settings --------------------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_reaches_seven_to_one_for_all_its_text(theme):
    """WCAG 2.x contrast of every text/background pair the style sheet uses, in every theme."""
    pairs = BY_NAME[theme].text_pairs()
    assert {"page", "card", "chosen", "chosen-muted", "primary", "secondary", "bar"} <= set(pairs)
    for name, (fg, bg) in pairs.items():
        assert contrast_ratio(fg, bg) >= 7.0, f"{theme}/{name}: {contrast_ratio(fg, bg):.2f}"


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_display_settings_on_the_language_screen_without_help(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.click("welcome-start")
    assert kiosk.screen == "language" and not kiosk.window.help.isVisible()
    assert len(TEXT_SIZES) >= 4 and len(THEMES) >= 3
    for size in TEXT_SIZES:
        kiosk.click(f"look-size-{size}")
        assert kiosk.ui.state.look.text_size == size
        assert kiosk.find(f"look-size-{size}").text_shown().startswith("\u2713")
    for theme in THEMES:
        kiosk.click(f"look-theme-{theme}")
        assert kiosk.ui.state.look.theme == theme
    assert kiosk.find("look-theme-cream").accessibleName() == "Mörk text på krämvit botten"


def test_display_settings_reset_for_the_next_voter(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.click("welcome-start")
    kiosk.click("look-size-largest")
    kiosk.click("look-theme-contrast")
    kiosk.click("lang-en")
    kiosk.click("howto-start")
    kiosk.click("choose-p2")
    kiosk.cast_from_proposals()
    kiosk.click("receipt-done")
    assert kiosk.screen == "welcome"
    look = kiosk.ui.state.look
    assert (look.theme, look.text_size) == ("default", "normal")
    kiosk.click("welcome-start")
    assert kiosk.find("look-size-normal").text_shown().startswith("\u2713")
    assert not kiosk.find("look-size-largest").text_shown().startswith("\u2713")


def test_language_screen_back_returns_to_welcome_and_forgets_the_settings(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.click("welcome-start")
    kiosk.click("look-theme-cream")
    kiosk.click("language-back")
    assert kiosk.screen == "welcome" and kiosk.ui.state.session is None
    assert kiosk.ui.state.look.theme == "default"
    assert kiosk.service._run(lambda: dict(kiosk.service.voting.tickets)) == {}


def test_listen_is_hidden_and_explained_without_a_voice(make_kiosk):
    kiosk = make_kiosk("knapsack")  # the tests run without a speech engine
    kiosk.click("welcome-start")
    assert not kiosk.window.findChild(QWidget, "look-listen").isVisible()
    assert kiosk.find("look-no-voice").text().startswith("Uppläsning finns inte")


def test_listen_turns_read_aloud_on_and_reads_the_screen(make_kiosk):
    kiosk = make_kiosk("knapsack")
    said: list[tuple[str, str]] = []
    speech = kiosk.ui.speech
    speech.has_voice = lambda language: True
    speech.read = lambda text, language, clip=None: said.append((text, language))
    kiosk.click("welcome-start")
    kiosk.window.page("language").display.refresh()
    kiosk.click("look-listen")
    assert kiosk.ui.state.assistance.read_aloud
    assert said and said[-1][1] == "sv" and "Välj ditt språk" in said[-1][0]
    kiosk.click("lang-en")  # read-aloud stays on: the next screen is read too
    assert said[-1][1] == "en"


# -- touch -------------------------------------------------------------------------------------
def drag(widget, start: QPoint, dy: int, steps: int = 20) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        QTest.mouseMove(widget, start + QPoint(0, dy * step // steps))
        QTest.qWait(15)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start + QPoint(0, dy))


def test_a_finger_drag_on_a_card_scrolls_the_list_and_chooses_nothing(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    bar = kiosk.find("proposals-scroll").verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 300
    choose = kiosk.find("choose-p1")  # the drag starts on a button, as a finger often does
    drag(choose, choose.rect().center(), -300)
    kiosk.qtbot.waitUntil(lambda: bar.value() >= 250, timeout=3000)
    QTest.qWait(600)  # the kinetic scroll comes to rest
    assert not kiosk.ui.state.session.ballot.choices
    assert not choose.isDown()  # released without activating, not left looking pressed


def test_a_tap_that_moves_a_little_still_activates(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    choose = kiosk.find("choose-p1")
    centre = choose.rect().center()
    scroller = QScroller.scroller(kiosk.find("proposals-scroll").viewport())
    states = []
    scroller.stateChanged.connect(states.append)
    dpi = kiosk.window.screen().physicalDotsPerInch()
    wobble = round(2 / 25.4 * dpi)  # 2 mm: a finger is never perfectly still
    QTest.mousePress(choose, Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(choose, centre + QPoint(wobble, 0))
    QTest.mouseRelease(choose, Qt.MouseButton.LeftButton, pos=centre + QPoint(wobble, 0))
    kiosk.settle()
    assert kiosk.ui.state.session.is_chosen("p1")
    assert QScroller.State.Dragging not in states  # a tap, not the start of a drag


def test_a_finger_taps_and_then_drags_at_once(make_kiosk):
    """Real touch events (not a mouse): a tap chooses, a drag straight after it scrolls."""
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    window = kiosk.window.windowHandle()
    finger = QTest.createTouchDevice()
    choose = kiosk.find("choose-p1")
    spot = choose.mapTo(kiosk.window, choose.rect().center())
    QTest.touchEvent(window, finger).press(0, spot, window).commit()
    QTest.touchEvent(window, finger).release(0, spot, window).commit()
    kiosk.settle()
    assert kiosk.ui.state.session.is_chosen("p1")
    QTest.qWait(80)  # well inside a double-click interval
    start = kiosk.find("title-p1")
    spot = start.mapTo(kiosk.window, start.rect().center())
    QTest.touchEvent(window, finger).press(0, spot, window).commit()
    for step in range(1, 21):
        QTest.qWait(15)
        QTest.touchEvent(window, finger).move(0, spot - QPoint(0, 15 * step), window).commit()
    QTest.touchEvent(window, finger).release(0, spot - QPoint(0, 300), window).commit()
    bar = kiosk.find("proposals-scroll").verticalScrollBar()
    kiosk.qtbot.waitUntil(lambda: bar.value() >= 200, timeout=3000)
    assert [pid for pid, _ in kiosk.ui.state.session.ballot.choices] == ["p1"]


def test_every_scroll_area_on_every_screen_scrolls_by_drag(make_kiosk):
    kiosk = make_kiosk("knapsack")
    seen = set()
    for where in tour(kiosk.window, "sv"):
        for area in kiosk.window.findChildren(QScrollArea):
            if area.isVisible():
                assert has_touch_scrolling(area), f"{where}: {area.objectName()}"
                seen.add(area.objectName())
    assert {"proposals-scroll", "proposals-chips", "detail-scroll", "review-scroll",
            "help-scroll"} <= seen


def test_category_chips_stay_on_one_row(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("se")
    kiosk.ui.state.set_look(text_size="largest")
    kiosk.settle()
    chips = [w for name, w in kiosk.window.page("proposals").chips.items()]
    assert len({chip.geometry().top() for chip in chips}) == 1
    strip = kiosk.find("proposals-chips")
    assert strip.height() < 2 * chips[0].height()
    if strip.horizontalScrollBar().maximum() > 0:  # too wide: it scrolls sideways by drag
        assert has_touch_scrolling(strip)


def test_cards_are_denser_at_the_larger_sizes_with_full_size_targets(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    card = kiosk.find("card-p1")
    normal = card.sizeHint().height(), card.image.width()
    kiosk.ui.state.set_look(text_size="largest")
    kiosk.settle()
    assert card.compact and card.image.width() < normal[1]
    screen = kiosk.window.screen()
    dpi = screen.physicalDotsPerInch()
    target = max(kiosk.ui.settings.target_px, round(11 / 25.4 * dpi))
    for name in ("more-p1", "choose-p1"):
        button = kiosk.find(name)
        assert min(button.width(), button.height()) >= target, name


# -- choices -----------------------------------------------------------------------------------
def test_chosen_shows_words_and_a_double_tap_does_not_undo(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("en")
    choose = kiosk.find("choose-p3")
    kiosk.bring_into_view(choose)
    spot = choose.mapTo(kiosk.window, choose.rect().center())
    kiosk.click("choose-p3")
    # the second tap of a double tap lands where Choose was: now the "Chosen ✓" badge
    second = kiosk.window.childAt(spot)
    QTest.mouseClick(second, Qt.MouseButton.LeftButton, pos=second.mapFrom(kiosk.window, spot))
    kiosk.settle()
    assert kiosk.ui.state.session.is_chosen("p3")
    badge = kiosk.find("chosen-p3")
    assert badge.label.text() == "Chosen \u2713"
    remove = kiosk.find("remove-p3")
    badge_rect = badge.geometry().translated(badge.parentWidget().mapTo(kiosk.window,
                                                                        QPoint(0, 0)))
    remove_rect = remove.geometry().translated(remove.parentWidget().mapTo(kiosk.window,
                                                                           QPoint(0, 0)))
    assert not badge_rect.intersects(remove_rect) and not remove_rect.contains(spot)
    kiosk.click("remove-p3")
    assert not kiosk.ui.state.session.is_chosen("p3")
    assert kiosk.find("choose-p3").isVisible()


def test_detail_screen_has_the_same_separate_remove(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("en")
    kiosk.click("more-p2")
    kiosk.click("detail-choose")
    assert kiosk.find("detail-chosen").label.text() == "Chosen \u2713"
    kiosk.click("detail-remove")
    assert not kiosk.ui.state.session.is_chosen("p2")


@pytest.mark.parametrize("kind,reason", [("knapsack", "Choose at least one proposal first."),
                                         ("cumulative", "Give at least one point first.")])
def test_review_waits_for_a_first_choice_and_says_why(make_kiosk, kind, reason):
    kiosk = make_kiosk(kind)
    kiosk.to_proposals("en")
    review = kiosk.find("proposals-review")
    assert not review.isEnabled()
    assert kiosk.find("proposals-review-reason").text() == reason
    kiosk.click("choose-p1" if kind == "knapsack" else "plus-p1")
    assert review.isEnabled()
    assert not kiosk.window.findChild(QWidget, "proposals-review-reason").isVisible()
    kiosk.click("remove-p1" if kind == "knapsack" else "minus-p1")
    assert not review.isEnabled()


# -- the meter ---------------------------------------------------------------------------------
def test_budget_meter_words_and_bar_say_the_same_thing(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("en")
    meter = kiosk.window.page("proposals").meter
    assert meter.label.text() == f"Chosen for {kr('0')} — {kr('2 000 000')} left"
    assert meter.bar.fraction == 0
    for pid in ("p1", "p3", "p4", "p2"):  # 580 000 + 600 000 + 180 000 + 120 000
        kiosk.click(f"choose-{pid}")
    words = f"Chosen for {kr('1 480 000')} — {kr('520 000')} left"
    assert meter.label.text() == words
    assert meter.bar.fraction == pytest.approx(1_480_000 / 2_000_000)
    kiosk.click("proposals-review")
    assert kiosk.find("review-meter").label.text() == words  # the same words on review


def test_approval_and_points_meters_count_what_is_chosen(make_kiosk):
    kiosk = make_kiosk("approval")
    kiosk.to_proposals("en")
    kiosk.click("choose-p1")
    meter = kiosk.window.page("proposals").meter
    assert (meter.label.text(), meter.bar.fraction) == ("Chosen: 1 of 2", 0.5)
    points = make_kiosk("cumulative")
    points.to_proposals("en")
    points.click("plus-p1")
    points.click("plus-p1")
    meter = points.window.page("proposals").meter
    assert (meter.label.text(), meter.bar.fraction) == ("Points given: 2 — 3 left", 0.4)


# -- the receipt -------------------------------------------------------------------------------
def test_receipt_qr_opens_the_packages_check_page_with_the_code(make_kiosk):
    kiosk = make_kiosk("knapsack")  # the demo election names a results address
    kiosk.to_proposals("en")
    kiosk.click("choose-p5")
    code = kiosk.cast_from_proposals()
    qr = kiosk.find("ReceiptQr")
    expected = f"https://alvmora.example/medborgarbudget/kolla?kod={quote(code, safe='')}"
    assert qr.data == expected
    made = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    made.add_data(expected)
    made.make(fit=True)
    assert qr.matrix == made.get_matrix()  # the picture drawn is that address's QR code
    where = kiosk.find("receipt-where").text()
    assert "alvmora.example/medborgarbudget/kolla" in where and "2027-04-28" in where


def test_receipt_without_a_results_address_holds_the_code_and_says_so(make_kiosk):
    kiosk = make_kiosk("approval")  # the scaffold example: no [results] in its package
    kiosk.to_proposals("sv")
    kiosk.click("choose-p1")
    code = kiosk.cast_from_proposals()
    assert kiosk.find("ReceiptQr").data == code
    assert kiosk.find("receipt-where").text() == (
        "QR-koden innehåller bara din kod. En funktionär kan berätta var du kan kontrollera "
        "den efter att röstningen stänger 2027-04-21.")


def test_receipt_more_time(make_kiosk):
    kiosk = make_kiosk("knapsack", receipt_seconds=30)
    kiosk.to_proposals("en")
    kiosk.click("choose-p5")
    kiosk.cast_from_proposals()
    receipt = kiosk.window.page("receipt")
    before = receipt.left
    kiosk.click("receipt-more-time")
    assert receipt.left == before + 60
    assert str(receipt.left) in kiosk.find("receipt-countdown").text()
    assert kiosk.screen == "receipt"


# -- every new look still passes the screen checks ---------------------------------------------
@pytest.mark.parametrize("language", ["sv", "ar", "se"])
def test_cream_theme_and_larger_size_pass_the_screen_checks(make_kiosk, language):
    kiosk = make_kiosk("knapsack")
    window = kiosk.window
    window.resize(1280, 800)
    screen = window.screen()
    dpi = screen.physicalDotsPerInch() if screen else 96.0
    kiosk.ui.state.set_look(theme="cream", text_size="larger")
    problems = []
    for where in tour(window, language):
        problems += [f"{where}: {p}" for p in screen_problems(window, "cream",
                                                              kiosk.ui.settings.target_px, dpi)]
    assert not problems, "\n".join(problems[:30])
