"""The audio ballot, driven only by key events, with a fake engine that records what is said;
the ballot that comes out is opened from the sealed box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui import audio_ballot as ab
from kiosk.ui.audio_keys import KEYS, Action, action_for
from kiosk.ui.headphones import jack_states
from kiosk.ui.screens.review import CAST, DONE
from kiosk.ui.speech import RATES, VOLUMES, Speech
from kiosk.ui.speech_engine import FakeEngine
from tests.ui.conftest import open_last_ballot

K = Qt.Key


def _with_speech(kiosk, engine):
    speech = Speech(engine=engine, watchdog_seconds=5)
    kiosk.qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    kiosk.ui.speech = speech
    kiosk.window.page("welcome")
    return speech


def press(kiosk, key, times: int = 1) -> None:
    """A key press where a keypad's would land: the focused widget (or the window)."""
    for _ in range(times):
        kiosk.qtbot.keyClick(QApplication.focusWidget() or kiosk.window, key)
        kiosk.settle()


def said(kiosk, engine, count_before: int) -> str:
    """The newest words once something new has been handed to the engine."""
    speech = kiosk.ui.speech
    kiosk.qtbot.waitUntil(lambda: len(engine.said) > count_before and speech._pending is None,
                          timeout=5000)
    kiosk.qtbot.wait(50)  # the worker has taken the newest; let it reach the engine
    return engine.said[-1][0]


def _say_then(kiosk, engine, key, times: int = 1) -> str:
    before = len(engine.said)
    press(kiosk, key, times)
    return said(kiosk, engine, before)


def test_a_whole_ballot_by_keys_alone_is_the_ballot_in_the_sealed_box(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    ui, window = kiosk.ui, kiosk.window
    assert kiosk.screen == "welcome"

    text = _say_then(kiosk, engine, K.Key_Asterisk)  # the keypad's start key on Welcome
    assert window.audio.active and kiosk.screen == "language"
    assert text == ui.text(ab.CONFIRM_HEADPHONES).rstrip(".") + "."  # headphones first
    assert ui.state.assistance.read_aloud

    text = _say_then(kiosk, engine, K.Key_Return)  # heard it: the language list
    languages = [tag for tag in ui.content.languages() if tag not in ("se", "sma", "fit")]
    assert text.startswith("Välj ditt språk.") and f"1 av {len(languages)}" in text
    # no voice and no clips for se, sma, fit here: not offered (the voter would hear nothing)
    english = languages.index("en")
    text = _say_then(kiosk, engine, K.Key_Down, english)
    assert text.startswith("English.")
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "howto" and ui.language == "en"
    assert engine.said[-1][1] == "en" and "How it works" in text

    text = _say_then(kiosk, engine, K.Key_H)  # help: the keys, in English now
    assert text == ui.text(ab.KEYS_HELP)
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "proposals"
    p1, p2, p3 = ui.election.proposals[:3]
    assert text.startswith("Chosen for 0 kronor") and "Not chosen" in text and "1 of 13" in text

    text = _say_then(kiosk, engine, K.Key_Return)  # choose p1
    assert ui.state.session.is_chosen(p1.id)
    assert text.startswith("Chosen.") and f"Chosen for {p1.cost} kronor" in text
    text = _say_then(kiosk, engine, K.Key_Down)
    assert "2 of 13" in text
    press(kiosk, K.Key_Return)  # choose p2
    press(kiosk, K.Key_Space)  # two-switch: Space is "next"
    press(kiosk, K.Key_Return)  # choose p3 ...
    text = _say_then(kiosk, engine, K.Key_Return)  # ... and unchoose it again
    assert text.startswith("Not chosen.") and not ui.state.session.is_chosen(p3.id)
    text = _say_then(kiosk, engine, K.Key_R)  # repeat: the item, as it is now
    assert "Not chosen" in text and "3 of 13" in text

    press(kiosk, K.Key_Up, 3)  # before the first item: the last one, Review
    kiosk.qtbot.waitUntil(lambda: engine.said[-1][0].startswith("Review my vote"), timeout=5000)
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "review" and text.startswith("Check your vote")
    text = _say_then(kiosk, engine, K.Key_Backspace)  # back to the proposals, choices kept
    assert kiosk.screen == "proposals"
    press(kiosk, K.Key_Up)
    press(kiosk, K.Key_Return)
    text = _say_then(kiosk, engine, K.Key_Down)
    assert text.startswith(ui.text(CAST))
    press(kiosk, K.Key_Return)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen == "receipt", timeout=10000)
    code = window.page("receipt").code.text()
    text = said(kiosk, engine, 0)
    spelled = ", ".join(" ".join(group) for group in code.split("-"))
    assert spelled in text  # the code read out, character by character

    record, inner = open_last_ballot(kiosk)
    chosen = sorted(pid for pid, _points in ((c[0], c[1]) if isinstance(c, list) else (c, 1)
                                             for c in inner["choices"]))
    assert chosen == sorted([p1.id, p2.id]), inner
    assert inner["language"] == "en"

    receipt = window.page("receipt")
    assert receipt.left >= 60 + 20  # listening takes time: a minute more than a glance
    left = receipt.left
    press(kiosk, K.Key_Up)  # More time
    press(kiosk, K.Key_Return)
    assert receipt.left >= left + 59
    text = _say_then(kiosk, engine, K.Key_Up)
    assert text.startswith(ui.text(DONE))
    press(kiosk, K.Key_Return)
    assert kiosk.screen == "welcome" and not window.audio.active
    assert not ui.state.assistance.read_aloud  # nothing of this voter for the next one


def test_the_start_button_sits_next_to_listen_and_the_cover_hides_the_screen(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    kiosk.click("welcome-start")
    kiosk.window.screens["language"].refresh()
    kiosk.click("language-audio-ballot")
    window = kiosk.window
    assert window.audio.active
    press(kiosk, K.Key_Return)
    text = _say_then(kiosk, engine, K.Key_B)
    cover = window.audio.cover
    assert cover.isVisible() and cover.geometry() == window.rect()
    assert text == kiosk.ui.text(ab.COVERED)
    press(kiosk, K.Key_Down)  # keys still work under the cover
    assert window.audio.index == 1
    press(kiosk, K.Key_Slash)
    assert not cover.isVisible()


def test_rate_and_volume_keys_change_the_voice_and_go_back_for_the_next_voter(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    speech = _with_speech(kiosk, engine)
    press(kiosk, K.Key_F2)
    press(kiosk, K.Key_Plus, 5)
    press(kiosk, K.Key_BracketLeft)
    kiosk.qtbot.waitUntil(lambda: engine.prosody[-1] == (RATES[1], VOLUMES[-1]), timeout=5000)
    press(kiosk, K.Key_PageUp, 2)
    kiosk.qtbot.waitUntil(lambda: engine.prosody[-1] == (RATES[3], VOLUMES[-1]), timeout=5000)
    kiosk.window.abandon()
    assert (speech.rate_step, speech.volume_step) == (2, 2)


def test_speech_and_keys_stop_when_the_session_times_out(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    press(kiosk, K.Key_Asterisk)
    press(kiosk, K.Key_Return)
    press(kiosk, K.Key_B)
    window = kiosk.window
    window.idle._start_warning()  # "are you still there?" — any key answers it
    QApplication.processEvents()
    assert window.idle_warning.isVisible()
    press(kiosk, K.Key_Down)
    assert not window.idle_warning.isVisible() and window.audio.active
    stops = engine.stops
    window.idle.expired.emit()  # the time-out
    QApplication.processEvents()
    assert kiosk.screen == "welcome" and not window.audio.active
    assert not window.audio.cover.isVisible() and engine.stops > stops
    before = len(engine.said)
    press(kiosk, K.Key_Down)  # the keys are the welcome screen's again: nothing is said
    kiosk.qtbot.wait(100)
    assert len(engine.said) == before


def test_without_any_voice_the_audio_ballot_is_not_offered(make_kiosk):
    kiosk = make_kiosk("knapsack")
    _with_speech(kiosk, FakeEngine(broken=True))
    press(kiosk, K.Key_Asterisk)
    assert not kiosk.window.audio.active and kiosk.screen == "welcome"
    kiosk.click("welcome-start")
    kiosk.window.screens["language"].refresh()
    assert kiosk.window.screens["language"].audio.isHidden()


def test_the_key_map_gives_each_key_one_action_and_two_switches_suffice():
    assert action_for(K.Key_Space) is Action.NEXT and action_for(K.Key_Return) is Action.SELECT
    assert action_for(K.Key_Q) is None and action_for(0x7FFFFFFF) is None
    seen = [key for keys in KEYS.values() for key in keys]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("amixer, expected", [
    ("numid=18,iface=CARD,name='Headphone Jack'\n  ; type=BOOLEAN,access=r-------,values=1\n"
     "  : values=on\nnumid=19,iface=CARD,name='Mic Jack'\n  : values=off\n", [True]),
    ("numid=3,iface=CARD,name='Front Headphone Jack'\n  : values=off\n", [False]),
    ("numid=1,iface=MIXER,name='Master Playback Switch'\n  : values=on\n", []),
])
def test_headphone_jacks_are_read_from_amixer(amixer, expected):
    assert jack_states(amixer) == expected


def test_a_hanging_engine_never_holds_up_the_keys(make_kiosk):
    import time

    kiosk = make_kiosk("knapsack")
    engine = FakeEngine(hang=True)  # speak() blocks for up to 30 s
    speech = _with_speech(kiosk, engine)
    try:
        started = time.monotonic()
        press(kiosk, K.Key_Asterisk)
        press(kiosk, K.Key_Return)  # headphones confirmed
        press(kiosk, K.Key_Return)  # Svenska
        press(kiosk, K.Key_Return)  # the how-to page
        press(kiosk, K.Key_Return)  # choose the first proposal
        assert kiosk.screen == "proposals"
        assert kiosk.ui.state.session.is_chosen(kiosk.ui.election.proposals[0].id)
        assert time.monotonic() - started < 3.0  # no key waited for the speech
    finally:
        engine.release()
        assert speech.shutdown()


@pytest.mark.skipif(__import__("shutil").which("espeak-ng") is None,
                    reason="espeak-ng is not installed (packaging/system-packages.txt)")
def test_the_audio_ballot_speaks_through_the_real_engine(make_kiosk, tmp_path):
    from kiosk.ui.speech_engine import EspeakEngine

    out = tmp_path / "heard.wav"
    kiosk = make_kiosk("knapsack")
    _with_speech(kiosk, EspeakEngine(player=["sh", "-c", f"cat > {out}"]))
    assert kiosk.ui.speech.state == "ready"
    press(kiosk, K.Key_Asterisk)
    kiosk.qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 22050 * 2,
                          timeout=10000)
    press(kiosk, K.Key_Return)  # the language list, in Swedish, slower and louder
    press(kiosk, K.Key_BracketLeft)
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.speech._pending is None, timeout=10000)
    kiosk.qtbot.wait(500)
    data = out.read_bytes()
    assert data[:4] == b"RIFF" and len(data) > 22050  # "Välj ditt språk. Svenska. 1 av 9."
    kiosk.window.abandon()


def test_staff_mode_keeps_its_keys_during_an_audio_ballot(make_kiosk):
    from kiosk.ui.staff import attach_staff_mode

    kiosk = make_kiosk("knapsack")
    _with_speech(kiosk, FakeEngine())
    staff = attach_staff_mode(kiosk.window, kiosk.service)
    press(kiosk, K.Key_Asterisk)
    assert kiosk.window.audio.active
    staff.panel.show()
    staff.panel.raise_()
    index = kiosk.window.audio.index
    kiosk.qtbot.keyClick(staff.panel.pin, K.Key_Down)  # a key for the PIN pad, not the ballot
    assert kiosk.window.audio.index == index
    assert ab._in_staff_panel(staff.panel.pin)
    assert not ab._in_staff_panel(kiosk.window.page("language"))
    staff.panel.hide()


def test_where_alsa_reports_the_jack_nothing_goes_on_without_headphones(make_kiosk,
                                                                      monkeypatch):
    plugged = {"now": False}
    monkeypatch.setattr(ab, "headphones_plugged", lambda: plugged["now"])
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    text = _say_then(kiosk, engine, K.Key_Asterisk)
    assert text == kiosk.ui.text(ab.PLUG_IN)  # not the headphones question: it knows
    text = _say_then(kiosk, engine, K.Key_Return)  # still unplugged: asked again
    assert text == kiosk.ui.text(ab.PLUG_IN) and kiosk.window.audio.step == "intro"
    plugged["now"] = True
    text = _say_then(kiosk, engine, K.Key_Return)
    assert text.startswith("Välj ditt språk.")
    plugged["now"] = False  # pulled out mid-ballot: the next key only asks for them
    text = _say_then(kiosk, engine, K.Key_Down)
    assert text == kiosk.ui.text(ab.PLUG_IN) and kiosk.window.audio.index == 0
