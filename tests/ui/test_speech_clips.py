"""Recorded clips for languages without a voice: the UI's strings from the station's clip folder,
the proposals from the package, played in the order the screen says them; the recording script
and the package build's report; the demo's synthetic placeholders through the real engine."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.ui import clips as clip_folder
from kiosk.ui.speech import Speech
from kiosk.ui.speech_engine import EspeakEngine, FakeEngine

HAVE_TOOLS = shutil.which("espeak-ng") is not None and shutil.which("sox") is not None
needs_tools = pytest.mark.skipif(not HAVE_TOOLS, reason="espeak-ng and sox are not installed "
                                 "(packaging/system-packages.txt)")


def _fake_clip(name: str) -> bytes:
    return b"RIFF\0\0\0\0WAVE" + name.encode()


def _write_fake_clips(kiosk, language: str, stale: str = "") -> dict[bytes, str]:
    """A clip folder as a municipality's recording would fill it; each clip names its id."""
    kiosk.ui.state.set_language(language)
    lines = clip_folder.ui_lines(kiosk.ui, language)
    kiosk.ui.state.set_language(kiosk.ui.content.default)
    clip_folder.write_index(kiosk.ui.clips.folder, language, lines)
    made = {}
    for line in lines:
        data = _fake_clip(line.clip_id)
        (kiosk.ui.clips.folder / line.file).write_bytes(data)
        made[data] = line.text
    if stale:  # a clip whose words no longer match the translation
        index_path = kiosk.ui.clips.folder / language / clip_folder.INDEX
        index = json.loads(index_path.read_text(encoding="utf-8"))
        index["clips"][stale] = "something the translation no longer says"
        index_path.write_text(json.dumps(index), encoding="utf-8")
    return made


def _speech(kiosk, engine):
    speech = Speech(engine=engine, watchdog_seconds=5)
    kiosk.qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    kiosk.ui.speech = speech
    return speech


def test_a_screen_in_north_sami_is_played_from_ui_clips_in_order(make_kiosk, monkeypatch):
    kiosk = make_kiosk("knapsack")
    made = _write_fake_clips(kiosk, "se")
    pids = [p.id for p in kiosk.ui.election.proposals]
    for pid in pids:  # the package's proposal clips, as a package with recordings has them
        made[_fake_clip(f"package {pid}")] = f"package {pid}"
    monkeypatch.setattr(kiosk.ui.content, "audio_clip",
                        lambda pid, lang: _fake_clip(f"package {pid}") if lang == "se" else None)
    engine = FakeEngine()
    _speech(kiosk, engine)
    kiosk.click("welcome-start")
    kiosk.click("lang-se")
    kiosk.click("topbar-language")
    kiosk.window.screens["language"].refresh()
    kiosk.click("look-listen")  # offered: the station has North Sami clips
    kiosk.click("lang-se")
    played_before = len(engine.played)
    kiosk.click("howto-start")  # the proposals: the meter's words, then each proposal
    kiosk.qtbot.waitUntil(lambda: len(engine.played) >= played_before + 25, timeout=5000)
    kiosk.qtbot.wait(100)
    assert engine.said == []  # no other language's voice stands in for North Sami
    heard = [made[clip] for clip in engine.played[played_before:]]
    # "Válljejuvvon 0 kr ovddas – 2 000 000 kr báhcá": words from clips, amounts digit by digit
    assert heard[:13] == ["Válljejuvvon", "0", "ruvnno", "ovddas –", "2", "0", "0", "0", "0",
                          "0", "0", "ruvnno", "báhcá"]
    assert heard[13:] == [f"package {pid}" for pid in pids]  # each proposal: its recording


def test_clips_follow_the_words_and_a_stale_clip_is_not_played(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.ui.state.set_language("se")
    lines = {line.text: line.clip_id for line in clip_folder.ui_lines(kiosk.ui, "se")}
    kiosk.ui.state.set_language("sv")
    from kiosk.domain.languages import LANGUAGES
    from kiosk.ui.audio_ballot import KEYS_HELP

    keys_help = kiosk.ui.text(KEYS_HELP, "se")
    made = _write_fake_clips(kiosk, "se", stale=lines[keys_help])
    book = clip_folder.ClipBook(kiosk.ui, kiosk.ui.clips.folder)
    name = LANGUAGES["se"].native_name
    clips, missing = book.sequence(f"{keys_help} 4 K. {name}.", "se")
    assert [made[c] for c in clips][-3:] == ["4", "K", name]  # letters, digits, a name
    assert _fake_clip(lines[keys_help]) not in clips  # stale: it says something else
    assert "Bajás" in missing and "geardduha" in missing  # so its words are reported missing


def test_the_audio_ballot_runs_on_clips_in_a_language_without_a_voice(make_kiosk):
    kiosk = make_kiosk("knapsack")
    made = _write_fake_clips(kiosk, "se")
    engine = FakeEngine()
    _speech(kiosk, engine)
    kiosk.click("welcome-start")
    kiosk.click("lang-se")  # the voter chose North Sami, then starts the audio ballot
    kiosk.click("topbar-language")
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_Asterisk)
    assert kiosk.window.audio.active
    kiosk.qtbot.waitUntil(lambda: bool(engine.played), timeout=5000)
    from kiosk.ui.audio_ballot import CONFIRM_HEADPHONES

    assert made[engine.played[-1]] == kiosk.ui.text(CONFIRM_HEADPHONES)  # in North Sami
    assert engine.said == []
    from kiosk.ui.speech import RATES, VOLUMES

    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_Plus)  # louder: the clips too
    kiosk.qtbot.waitUntil(lambda: engine.prosody[-1] == (RATES[2], VOLUMES[3]), timeout=5000)


def test_the_recording_script_lists_every_text_and_what_is_missing(tmp_path):
    from kiosk.demo.world import DEMO_ELECTION

    election = tmp_path / "election"
    shutil.copytree(DEMO_ELECTION, election)
    world = json.loads(subprocess.run([sys.executable, "-m", "kiosk", "demo", "setup",
                                       str(tmp_path / "w"), "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    shutil.copyfile(world["tally_public"], election / "tally.pub")
    out = tmp_path / "clips"
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "recording-script",
                           str(election), "--out", str(out), "--languages", "se"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    script = (out / "se" / "recording-script.txt").read_text(encoding="utf-8")
    assert "se/char-K.ogg" in script and "se/lang-sv.ogg" in script
    assert "election folder: audio/se/p1.ogg" in script
    assert "Dus leat" in script  # the North Sami translation, not the English source
    missing = (out / "se" / "missing.txt").read_text(encoding="utf-8").splitlines()
    index = json.loads((out / "se" / clip_folder.INDEX).read_text(encoding="utf-8"))
    assert len(missing) == len(index["clips"]) + 12 and "placeholder" not in index
    assert f"({len(missing)} clips missing)" in done.stdout

    (election / "audio" / "se").mkdir(parents=True)
    (election / "audio" / "se" / "p1.wav").write_bytes(_tiny_wav(tmp_path))
    built = subprocess.run([sys.executable, "-m", "kiosk", "election", "build", str(election),
                            "--key", world["authority_key"], "-o", str(tmp_path / "e.pkg")],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "read-aloud clips, se: 1 of 12 proposals; missing p2, p3" in built.stdout
    assert "read-aloud clips, sma: 0 of 12" in built.stdout
    assert "read-aloud clips, sv:" not in built.stdout  # a voice, no clips: nothing to say

    bad = subprocess.run([sys.executable, "-m", "kiosk", "election", "recording-script",
                          str(election), "--out", str(out), "--languages", "xx"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "not in xx" in bad.stderr and bad.stderr.count("\n") == 1


def _tiny_wav(tmp_path: Path) -> bytes:
    path = tmp_path / "tiny.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\1\0" * 800)
    return path.read_bytes()


@needs_tools
def test_a_placeholder_clip_is_labelled_and_plays_through_the_real_engine(tmp_path):
    clip = tmp_path / "se" / "x.ogg"
    clip_folder.render_placeholder("Buorre beaivi", "fi", clip)
    comment = subprocess.run(["soxi", "-a", str(clip)], capture_output=True, text=True).stdout
    assert "SYNTHETIC PLACEHOLDER" in comment
    seconds = {}
    for rate, volume in ((175, 100), (250, 190)):
        out = tmp_path / f"played-{rate}.wav"
        EspeakEngine(player=["sh", "-c", f"cat > {out}"]).play(clip.read_bytes(), rate, volume)
        with wave.open(str(out)) as wav:  # piped: the header cannot know the length
            frames = len(wav.readframes(10**9)) // (wav.getsampwidth() * wav.getnchannels())
            seconds[rate] = frames / wav.getframerate()
    assert seconds[175] > 0.5
    assert seconds[250] < seconds[175] * 0.8  # the faster key works on recorded clips too


def test_the_pots_names_are_clips_so_parts_and_districts_are_said_without_a_voice(make_kiosk):
    kiosk = make_kiosk("districts")
    lines = {line.clip_id: line.text for line in clip_folder.ui_lines(kiosk.ui, "en")}
    assert (lines["pot-city"], lines["pot-north"], lines["pot-south"]) == \
        ("Whole city", "North district", "South district")
    made = _write_fake_clips(kiosk, "en")
    book = clip_folder.ClipBook(kiosk.ui, kiosk.ui.clips.folder)
    clips, missing = book.sequence("Part 1 of 2: Whole city. South district. 2 of 2.", "en")
    heard = [made[clip] for clip in clips]
    assert "Whole city" in heard and "South district" in heard and missing == [], missing
