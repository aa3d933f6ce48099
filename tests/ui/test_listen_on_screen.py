"""Listen and "Audio ballot" on the language screen are on a real-size screen without scrolling
(a partially sighted voter looks for them first; they were below the fold at 1280x800)."""

from __future__ import annotations

import pytest

from kiosk.ui.speech import Speech
from kiosk.ui.speech_engine import FakeEngine
from kiosk.ui.theme import TEXT_SIZES
from tests.ui.fit import global_rect, shown_part
from tests.ui.test_ui_fit import put_on, screen_of


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("text_size", [TEXT_SIZES[0], TEXT_SIZES[-1]])
def test_listen_and_audio_ballot_are_on_screen(make_kiosk, size, text_size):
    kiosk = make_kiosk("knapsack")
    speech = Speech(engine=FakeEngine(), watchdog_seconds=5)
    kiosk.qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    kiosk.ui.speech = speech
    window = kiosk.window
    screen = screen_of(size)
    put_on(window, screen)
    kiosk.ui.state.set_look(text_size=text_size)
    kiosk.click("welcome-start")
    window.screens["language"].refresh()
    kiosk.qtbot.wait(50)
    limit = screen.geometry()
    for name in ("look-listen", "language-audio-ballot"):
        button = kiosk.find(name)
        rect = global_rect(button)
        assert button.isVisible(), name
        assert shown_part(button) == rect and limit.contains(rect), \
            f"{name} {rect.getRect()} is not wholly on the {size} screen at {text_size} text"
