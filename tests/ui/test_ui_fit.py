"""Evidence that the touchscreen fits its screen (issue 16): every voter screen and overlay, in
every language, text size and theme, with and without an assisted second language, on 1280×800,
1366×768 and 1920×1080 — the window never larger than the screen, every primary action wholly
on it. Combinations are sampled (one walk per language, every text size paired with every screen
size, every stop checked without and with a second language), worst cases added; and a window
taken through the largest text and back must not stay grown.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.staff import attach_staff_mode
from kiosk.ui.theme import TEXT_SIZES, THEMES
from kiosk.ui.tour import settle, tour
from tests.ui.conftest import SCREEN_SIZES
from tests.ui.fit import fit_problems

LANGS = list(LANGUAGES)
LARGEST = TEXT_SIZES[-1]


def screen_of(size: tuple[int, int]):
    for screen in QApplication.screens():
        if (screen.geometry().width(), screen.geometry().height()) == size:
            return screen
    pytest.fail(f"no {size[0]}x{size[1]} screen: the UI tests need kiosk.ui.offscreen's "
                f"screens (QT_QPA_PLATFORM is {QApplication.platformName()!r})")


def put_on(window, screen, full_screen: bool = True) -> None:
    """Move the kiosk window to `screen`, full screen as a station runs it (or windowed)."""
    for step in (window.showNormal, lambda: window.setScreen(screen),
                 lambda: window.move(screen.availableGeometry().topLeft())):
        step()  # one at a time: each is a window-system round trip
        QApplication.processEvents()
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    settle(window)
    deadline = time.monotonic() + 3
    while full_screen and window.frameGeometry() != screen.geometry() and \
            time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def second_for(language: str) -> str:
    return "ar" if language in ("sv", "sv-simple") else "sv"


def walk(kiosk, staff, language: str, text_size: str, theme: str, size,
         counts: list[int], full_screen: bool = True) -> list[str]:
    """One scripted tour, plus the in-session language screen and (with `staff`) the staff PIN
    pad; each stop is checked without and then with an assisted second language."""
    window = kiosk.window
    screen = screen_of(size)
    put_on(window, screen, full_screen)
    state = kiosk.ui.state
    state.set_look(theme=theme, text_size=text_size)
    label = f"{language}/{text_size}/{theme}/{size[0]}x{size[1]}"
    problems: list[str] = []

    def check(where: str) -> None:
        for second in (False, True) if state.session is not None else (False,):
            if second:
                state.set_assistance(assisted=True, second_language=second_for(language))
                settle(window)
            found = fit_problems(window, screen, where)
            counts[0] += 1
            counts[1] += bool(found)
            how = f"+{second_for(language)}" if second else ""
            problems.extend(f"{label}{how}/{p}" for p in found)
        if state.assistance.assisted:
            state.set_assistance(assisted=False)
            settle(window)

    for where in tour(window, language):
        check(where)
        if where == "review":
            window.open_language()
            settle(window)
            check("language-in-session")
            window.back_from_language()
            if staff is not None:
                staff.open()
                settle(window)
                check("staff-pin")
                staff.close()
            settle(window)
    if state.session is not None:  # the identify screens end the tour early
        window.abandon()
        settle(window)
    return problems


def report(problems: list[str], counts: list[int]) -> str:
    return f"{counts[1]} of {counts[0]} screen states do not fit:\n" + "\n".join(problems[:40])


@pytest.fixture
def kiosk_with_staff(make_kiosk):
    def factory(kind: str = "knapsack", staff: bool = False):
        driver = make_kiosk(kind)
        return driver.kiosk, attach_staff_mode(driver.window, driver.service) if staff else None
    return factory


@pytest.mark.parametrize("language", LANGS)
def test_every_screen_fits(kiosk_with_staff, language):
    """One walk per language; over the nine, every text size meets every screen size."""
    index = LANGS.index(language)
    kiosk, _ = kiosk_with_staff()
    counts = [0, 0]
    problems = walk(kiosk, None, language, TEXT_SIZES[index % len(TEXT_SIZES)],
                    THEMES[index % len(THEMES)],
                    SCREEN_SIZES[(index // len(TEXT_SIZES)) % len(SCREEN_SIZES)], counts)
    assert not problems, report(problems, counts)


def test_a_pot_review_with_one_expensive_choice_survives_the_second_language(
        kiosk_with_staff):
    """The city pot's first proposal takes most of its money, so the tour chooses only it; on
    the review, switching the second language off re-laid the meters out while their own
    layout changed direction, and Qt crashed (a segfault, the kiosk gone). The whole tour and
    every screen must still fit."""
    kiosk, _ = kiosk_with_staff("districts-expensive-first")
    assert kiosk.ui.election.proposal("c1").cost == 800_000
    counts = [0, 0]
    problems = walk(kiosk, None, "sv", TEXT_SIZES[1], THEMES[1], SCREEN_SIZES[0], counts)
    assert not problems, report(problems, counts)
    assert counts[0] >= 20


@pytest.mark.parametrize("language", LANGS)
def test_pot_screens_fit(kiosk_with_staff, language):
    """The districts example (several pots): the district question and each pot's proposals
    with "Part 2 of 2", in every language; over the nine, every text size meets every screen
    size (shifted from the walk above, so each language meets other sizes here)."""
    index = LANGS.index(language) + 1
    kiosk, _ = kiosk_with_staff("districts")
    counts = [0, 0]
    problems = walk(kiosk, None, language, TEXT_SIZES[index % len(TEXT_SIZES)],
                    THEMES[index % len(THEMES)],
                    SCREEN_SIZES[(index // len(TEXT_SIZES)) % len(SCREEN_SIZES)], counts)
    assert not problems, report(problems, counts)
    assert counts[0] >= 20  # the walk reached the district question and both pots


@pytest.mark.parametrize(("language", "size"), [("ar", SCREEN_SIZES[1]),
                                                  ("fi", SCREEN_SIZES[0])])
def test_worst_cases_fit(kiosk_with_staff, language, size):
    """Arabic (mirrored) and Finnish (long words) at the largest text, with the staff PIN pad."""
    kiosk, staff = kiosk_with_staff(staff=True)
    counts = [0, 0]
    problems = walk(kiosk, staff, language, LARGEST, THEMES[-1], size, counts)
    staff.shutdown()
    assert not problems, report(problems, counts)


@pytest.mark.parametrize(("kind", "language"), [("survey", "sv"), ("survey", "ar"),
                                              ("options", "ar")])
def test_the_follow_up_questions_and_rule_options_fit(kiosk_with_staff, kind, language):
    """The follow-up questions' screen, and "how it works" with every rule option, on the
    smallest screen at the largest text, in Swedish and mirrored Arabic, each stop with and
    without a second language."""
    kiosk, _ = kiosk_with_staff(kind)
    counts = [0, 0]
    problems = walk(kiosk, None, language, LARGEST, THEMES[0], SCREEN_SIZES[0], counts)
    assert counts[0] >= 18, "the tour ended early"
    assert not problems, report(problems, counts)


@pytest.mark.parametrize(("kind", "first"), [("codes", 0), ("personnummer", 1)])
def test_identify_screens_fit(kiosk_with_staff, kind, first):
    """Three languages per kind, one per screen size, the largest text on the smallest."""
    kiosk, _ = kiosk_with_staff(kind)
    counts, problems = [0, 0], []
    for index, size in enumerate(SCREEN_SIZES):
        language = LANGS[(first + 3 * index) % len(LANGS)]
        text_size = TEXT_SIZES[(len(TEXT_SIZES) - 1 - index) % len(TEXT_SIZES)]
        problems += walk(kiosk, None, language, text_size, THEMES[index % len(THEMES)], size,
                         counts)
    assert counts[0] >= 3 * 3, "the tour did not reach the identify screen"
    assert not problems, report(problems, counts)


@pytest.mark.parametrize("full_screen", [False, True], ids=["windowed", "full-screen"])
def test_nothing_stays_grown(kiosk_with_staff, full_screen):
    """Largest text, Arabic with a second language, help and staff mode, then back to normal
    text in Finnish: the window has its first size again and Cast is on screen."""
    kiosk, staff = kiosk_with_staff(staff=True)
    window = kiosk.window
    screen = screen_of(SCREEN_SIZES[1])
    put_on(window, screen, full_screen)
    first = window.frameGeometry()
    counts, problems = [0, 0], []
    problems += walk(kiosk, staff, "ar", LARGEST, THEMES[0], SCREEN_SIZES[1], counts,
                     full_screen)
    assert window.frameGeometry() == first, "grown by the largest text in Arabic"
    for where in tour(window, "fi"):
        if where == "language":
            kiosk.ui.state.set_look(text_size=LARGEST)
            window.open_help()
            settle(window)
            kiosk.ui.state.set_look(text_size=TEXT_SIZES[0])
            window.close_help()
            staff.open()
            settle(window)
            staff.close()
        problems += [f"fi/after/{p}" for p in fit_problems(window, screen, where)]
        counts[0] += 1
        if where == "review":
            assert window.frameGeometry() == first, "still grown on the Finnish review"
    staff.shutdown()
    assert window.frameGeometry() == first
    assert not problems, report(problems, counts)


def test_bodies_scroll_only_what_does_not_fit(kiosk_with_staff):
    """No empty band under the content and no scroll bar on a screen whose content fits."""
    kiosk, _ = kiosk_with_staff()
    window = kiosk.window
    put_on(window, screen_of(SCREEN_SIZES[2]))
    problems = []
    for where in tour(window, "sv"):
        page = window.help if window.help.isVisible() else window.stack.currentWidget()
        viewport, body = page.scroll.viewport(), page.scroll.widget()
        needed = body.heightForWidth(viewport.width())
        if body.height() > max(viewport.height(), needed) + 1:
            problems.append(f"{where}: body {body.height()} px for {needed} px of content")
        if needed <= viewport.height() and page.scroll.verticalScrollBar().maximum() > 0:
            problems.append(f"{where}: scrolls although {needed} px fit in {viewport.height()}")
    assert not problems, "\n".join(problems)


def test_a_tall_header_scrolls_with_the_content(qtbot):
    """A fixed header (the ballot meter) that would take more than a fifth of the page goes to
    the top of the scrolling body, so the content keeps its room; it comes back when it is
    small again."""
    from kiosk.ui.screens.base import ScrollingPage
    from kiosk.ui.widgets.basic import make_label

    page = ScrollingPage("header-test")
    qtbot.addWidget(page)
    header = make_label("", name="header-text")
    header.setText("short")
    page.add_header(header)
    page.resize(1280, 600)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    assert not page.scroll.widget().isAncestorOf(header)
    header.setText(" ".join(["a long line of budget words"] * 200))
    qtbot.waitUntil(lambda: page.scroll.widget().isAncestorOf(header))
    assert not page.header_host.isVisible()
    header.setText("short again")
    qtbot.waitUntil(lambda: not page.scroll.widget().isAncestorOf(header))
    assert page.header_host.isVisible()


def test_the_proposals_keep_room_at_the_largest_text(kiosk_with_staff):
    kiosk, _ = kiosk_with_staff()
    window, state = kiosk.window, kiosk.ui.state
    put_on(window, screen_of(SCREEN_SIZES[1]))
    state.set_look(text_size=LARGEST)
    for where in tour(window, "ar"):
        if where == "language":
            state.set_assistance(assisted=True, second_language="sv")
        if where == "proposals":
            page = window.stack.currentWidget()
            assert page.scroll.viewport().height() >= window.height() / 3
            break
