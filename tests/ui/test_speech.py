"""Read-aloud with a fake engine: what each voter screen says, in the displayed language, that a
new screen cuts off the old words, and that a hanging or broken engine never reaches the voter."""

from __future__ import annotations

import logging
import re
import shutil
import time

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.speech import Speech
from kiosk.ui.speech_engine import EngineError, EspeakEngine, FakeEngine


def _with_speech(driver, engine: FakeEngine):
    speech = Speech(engine=engine, watchdog_seconds=5)
    driver.qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    driver.ui.speech = speech
    return speech


def _last(driver, engine: FakeEngine, count: int) -> tuple[str, str]:
    """The newest utterance once the worker has taken `count` of them."""
    driver.qtbot.waitUntil(lambda: len(engine.said) >= count, timeout=5000)
    return engine.said[-1]


def _listen(kiosk, engine, language="sv"):
    kiosk.click("welcome-start")
    assert kiosk.screen == "language"
    kiosk.window.screens["language"].refresh()
    kiosk.click("look-listen")
    text, voice = _last(kiosk, engine, 1)
    assert voice == "sv"
    assert "Välj ditt språk" in text
    kiosk.click(f"lang-{language}")


def _words(text: str, kronor: str = "kronor") -> str:
    """As spoken: amounts without spaces between digit groups, so every voice reads "2000000"
    as one number (not digit by digit, nor "two, zero zero"), and "kr" in words."""
    text = re.sub(r"(?<=\d)\s(?=\d{3}\b)", "", " ".join(text.split()))
    return re.sub(r"\s*\bkr\b", f" {kronor}", text)


def _listening_to_proposals(make_kiosk, language: str):
    """A kiosk with a fake engine, read-aloud on, on the proposals in `language`."""
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    _listen(kiosk, engine, language)
    kiosk.click("howto-start")
    _last(kiosk, engine, 3)
    return kiosk, engine


def _proposal(kiosk, pid: str, language: str):
    return kiosk.ui.content.proposal_text(kiosk.ui.election.proposal(pid), language)[0]


def test_every_screen_speaks_its_content_in_the_displayed_language(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    _listen(kiosk, engine, "fi")
    assert kiosk.screen == "howto"
    text, voice = _last(kiosk, engine, 2)
    assert voice == "fi"
    assert text  # the how-to page's words (its heading and rules) in Finnish

    kiosk.click("howto-start")
    text, voice = _last(kiosk, engine, 3)
    p1 = _proposal(kiosk, "p1", "fi")
    assert voice == "fi"
    assert p1.title in text and p1.summary.split()[0] in text
    meter = _words(kiosk.window.screens["proposals"].meter.label.text(), "kruunua")
    assert meter in text  # the meter's words, amounts in Finnish words
    assert "Valittu 0 kruunua edestä – 2000000 kruunua jäljellä" in text
    assert " kr " not in text
    assert _proposal(kiosk, "p1", "sv").title not in text  # no Swedish when Finnish is shown

    kiosk.click("more-p1")
    text, voice = _last(kiosk, engine, 4)
    assert voice == "fi"
    assert text.startswith(p1.title)
    assert _words(p1.body)[:60] in text  # the whole text, not just the title
    assert _words(kiosk.find("detail-cost").text(), "kruunua") in text

    kiosk.click("detail-back")
    _last(kiosk, engine, 5)
    kiosk.click("choose-p1")
    assert _last(kiosk, engine, 6)[0].startswith("Valittu 580000 kruunua")  # what it changed
    kiosk.click("proposals-review")
    assert kiosk.screen == "review"
    text, voice = _last(kiosk, engine, 7)
    assert voice == "fi" and p1.title in text
    total = _words(kiosk.window.screens["review"].summary.label.text(), "kruunua")
    assert total in text  # the total

    kiosk.click("review-cast")
    assert kiosk.screen == "receipt"
    code = kiosk.find("receipt-code").text()
    text, voice = _last(kiosk, engine, 8)
    assert voice == "fi"
    spelled = " ".join(ch for ch in code if ch not in "- ")
    assert spelled in text.replace(",", ""), (code, text)


def test_arabic_is_spoken_with_the_arabic_voice(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    _listen(kiosk, engine, "ar")
    kiosk.click("howto-start")
    text, voice = _last(kiosk, engine, 3)
    assert voice == "ar"
    assert _proposal(kiosk, "p1", "ar").title in text


def test_a_language_without_a_voice_says_so_and_speaks_nothing(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    kiosk.click("welcome-start")
    kiosk.click("lang-se")
    kiosk.click("topbar-language")
    assert kiosk.screen == "language"
    screen = kiosk.window.screens["language"]
    screen.refresh()
    assert screen.display.listen.isHidden()
    assert not screen.display.no_voice.isHidden()
    kiosk.ui.speech.read("Buorre beaivi", "se")
    QApplication.processEvents()
    time.sleep(0.2)
    assert engine.said == []


def test_a_new_screen_stops_the_words_of_the_previous_one(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    _listen(kiosk, engine, "sv")
    stops = engine.stops
    kiosk.click("howto-start")
    _last(kiosk, engine, 3)
    assert engine.stops > stops


def test_a_hanging_engine_never_holds_up_the_voter(make_kiosk):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine(hang=True)  # speak() blocks for up to 30 s
    speech = _with_speech(kiosk, engine)
    try:
        _listen(kiosk, engine, "sv")
        started = time.monotonic()
        kiosk.click("howto-start")
        kiosk.click("more-p1")
        kiosk.click("detail-read")
        assert kiosk.screen == "detail"
        assert time.monotonic() - started < 3.0  # three taps, none waited for the speech
    finally:
        engine.release()
        assert speech.shutdown()


def test_a_broken_engine_is_reported_to_staff_not_to_the_voter(make_kiosk, caplog):
    kiosk = make_kiosk("knapsack")
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.speech"):
        speech = _with_speech(kiosk, FakeEngine(broken=True))
    assert speech.state == "unavailable"
    assert "speech.espeak_broken" in speech.problem
    assert "read-aloud is off" in caplog.text
    kiosk.click("welcome-start")
    screen = kiosk.window.screens["language"]
    screen.refresh()
    assert screen.display.listen.isHidden()
    assert not screen.display.no_voice.isHidden()  # the voter sees the plain "no voice" line


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed "
                    "(packaging/system-packages.txt)")
def test_espeak_ng_has_the_voices_and_renders_sound(tmp_path):
    out = tmp_path / "sv.wav"
    engine = EspeakEngine(player=["sh", "-c", f"cat > {out}"])
    voices = engine.probe().voices
    assert {"sv", "fi", "en", "ar", "smj"} <= voices
    engine.speak("Välj förslag. Tre valda, 520 000 kronor kvar.", "sv")
    wav = out.read_bytes()
    assert wav[:4] == b"RIFF" and len(wav) > 22050 * 2  # over a second of 22 kHz speech


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed "
                    "(packaging/system-packages.txt)")
def test_no_audio_output_is_found_at_start_up_with_the_player_s_reason():
    engine = EspeakEngine(player=["sh", "-c", "cat >/dev/null; echo 'audio open error' >&2; "
                                              "exit 1"])
    with pytest.raises(EngineError) as failed:
        engine.probe()
    assert failed.value.message_id == "speech.audio_failed"
    assert "audio open error" in str(failed.value)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed "
                    "(packaging/system-packages.txt)")
def test_a_hanging_player_is_given_up_on_and_killed():
    engine = EspeakEngine(player=["sleep", "60"])
    engine.PROBE_SECONDS = 0.5
    started = time.monotonic()
    with pytest.raises(EngineError) as failed:
        engine.probe()
    assert failed.value.message_id == "speech.timeout"
    assert time.monotonic() - started < 3
    assert engine._running == []  # nothing left behind


def test_a_real_engine_without_audio_leaves_read_aloud_off_and_says_why(qtbot):
    speech = Speech(engine=EspeakEngine(player=["sh", "-c", "cat >/dev/null; exit 1"]))
    qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    assert speech.state == "unavailable"
    assert not speech.has_voice("sv")
    assert speech.problem.startswith(("speech.audio_failed", "speech.no_espeak"))


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed "
                    "(packaging/system-packages.txt)")
def test_an_ogg_clip_is_decoded_for_the_player(tmp_path):
    source, out = tmp_path / "clip.wav", tmp_path / "played.wav"
    import subprocess
    subprocess.run(["sox", "-n", "-r", "22050", str(source), "synth", "0.5", "sine", "440"],
                   check=True)
    ogg = tmp_path / "clip.ogg"
    subprocess.run(["sox", str(source), str(ogg)], check=True)
    engine = EspeakEngine(espeak="espeak-ng", player=["sh", "-c", f"cat > {out}"])
    engine.play(ogg.read_bytes())
    played = out.read_bytes()
    assert played[:4] == b"RIFF" and len(played) > 22050  # half a second of 16-bit sound


def test_a_choice_says_what_is_chosen_and_left_and_help_and_idle_speak(make_kiosk):
    kiosk, engine = _listening_to_proposals(make_kiosk, "en")
    kiosk.click("choose-p1")
    text, voice = _last(kiosk, engine, 4)
    cost = kiosk.ui.election.proposal("p1").cost
    assert voice == "en"
    meter = kiosk.window.screens["proposals"].meter
    assert text.rstrip(".") == _words(kiosk.ui.text(meter.summary()[0]))
    assert _words(kiosk.ui.money(cost)) in text  # what is now chosen for

    kiosk.click("topbar-help")
    text, voice = _last(kiosk, engine, 5)
    assert voice == "en" and text.startswith("Help.")
    kiosk.click("help-close")

    kiosk.window.idle._start_warning()
    QApplication.processEvents()
    text, voice = _last(kiosk, engine, 6)
    assert "Are you still there?" in text


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed "
                    "(packaging/system-packages.txt)")
def test_speech_check_writes_words_and_sound_per_screen_and_names_what_is_missing(
        tmp_path, capsys):
    import subprocess
    import sys

    from kiosk.ui.speech_check import main

    out = tmp_path / "speech"
    assert main(["--out", str(out), "--languages", "sv,se"]) == 0  # se: placeholder clips
    report = capsys.readouterr().out
    for screen in ("welcome", "language", "howto", "proposals", "detail", "review", "help",
                   "idle", "receipt"):
        for language in ("sv", "se"):
            words = (out / language / f"{screen}.txt").read_text(encoding="utf-8")
            assert words.strip(), screen
            wav = (out / language / f"{screen}.wav").read_bytes()
            assert wav[:4] == b"RIFF" and len(wav) > 22050, screen  # at least half a second
    assert "Belyst promenadstig" in (out / "sv" / "proposals.txt").read_text(encoding="utf-8")
    assert "se        proposals" in report and "SYNTHETIC PLACEHOLDER clips" in report
    assert not (out / "se" / "proposals.missing.txt").exists()  # every word has a clip there
    assert (out / "se" / "detail.missing.txt").exists()  # a proposal's full text has none

    # A world without clips: North Sami has nothing to play, and the table says so
    world = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "kiosk", "demo", "setup", str(world), "--json"],
                   check=True, capture_output=True)
    bare = tmp_path / "bare-out"
    assert main(["--out", str(bare), "--world", str(world), "--languages", "se"]) == 1
    assert "no voice, no clip" in capsys.readouterr().out
    assert not (bare / "se" / "proposals.wav").exists()


def test_a_language_without_a_voice_plays_the_package_s_recorded_clip(make_kiosk, monkeypatch):
    kiosk = make_kiosk("knapsack")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    clip = b"RIFF\x24\x00\x00\x00WAVEfmt North Sami recording of p1"
    kiosk.ui.election.audio["se"] = {"p1": "audio/se/p1.wav"}  # as a package with clips has
    monkeypatch.setattr(kiosk.ui.content, "audio_clip",
                        lambda pid, lang: clip if (pid, lang) == ("p1", "se") else None)
    kiosk.click("welcome-start")
    kiosk.click("lang-se")
    kiosk.click("topbar-language")
    screen = kiosk.window.screens["language"]
    screen.refresh()
    assert not screen.display.listen.isHidden()  # Listen: the package has North Sami clips
    kiosk.click("look-listen")
    kiosk.click("lang-se")  # back to where the voter was, in North Sami
    kiosk.click("howto-start")
    kiosk.click("more-p1")
    kiosk.qtbot.waitUntil(lambda: engine.played == [clip], timeout=5000)
    assert engine.said == []  # no Swedish or other voice standing in for North Sami
    kiosk.click("detail-back")
    kiosk.click("more-p2")  # no clip for p2: silence, not another language
    QApplication.processEvents()
    time.sleep(0.2)
    assert engine.played == [clip] and engine.said == []


def test_a_control_reached_with_the_keyboard_is_named_aloud(make_kiosk):
    from PySide6.QtCore import Qt

    kiosk, engine = _listening_to_proposals(make_kiosk, "en")
    title = _proposal(kiosk, "p1", "en").title
    for _ in range(40):
        focus = QApplication.focusWidget()
        kiosk.qtbot.keyClick(focus or kiosk.window, Qt.Key.Key_Tab)
        if QApplication.focusWidget().objectName() == "choose-p1":
            break
    # Tabs in quick succession: only the newest name is still worth saying
    kiosk.qtbot.waitUntil(lambda: engine.said[-1] == (f"Choose: {title}.", "en"), timeout=5000)
    kiosk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert kiosk.ui.state.session.is_chosen("p1")
    kiosk.qtbot.waitUntil(lambda: engine.said[-1][0].startswith("Chosen for 580000 kronor"),
                          timeout=5000)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed "
                    "(packaging/system-packages.txt)")
def test_a_stop_before_the_sound_starts_is_not_lost(tmp_path):
    """The GUI thread may stop an utterance the worker has taken but not started yet."""
    out = tmp_path / "played.wav"
    engine = EspeakEngine(player=["sh", "-c", f"cat > {out}"])
    engine.begin()
    engine.stop()  # arrives before speak() starts anything
    started = time.monotonic()
    engine.speak("Det här ska aldrig höras. " * 20, "sv")
    assert time.monotonic() - started < 1 and not out.exists()
    assert engine._running == []
    engine.begin()  # the next utterance plays
    engine.speak("Hej", "sv")
    assert out.read_bytes()[:4] == b"RIFF"
