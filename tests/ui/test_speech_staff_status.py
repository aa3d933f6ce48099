"""Read-aloud's state is reported to staff on the status page, never to the voter."""

from __future__ import annotations

import json

from kiosk.ui.clips import INDEX
from kiosk.ui.speech import Speech
from kiosk.ui.speech_engine import FakeEngine
from kiosk.ui.staff import attach_staff_mode


def _status_row(kiosk, engine) -> tuple[str, str]:
    speech = Speech(engine=engine, watchdog_seconds=5)
    kiosk.qtbot.waitUntil(lambda: speech.state != "starting", timeout=5000)
    kiosk.ui.speech = speech
    staff = attach_staff_mode(kiosk.window, kiosk.service)
    page = staff.panel.pages["status"]
    page.show_status(kiosk.service.status())
    label = page.table.rows["read_aloud"][1]
    return label.text(), label.property("role")


def test_a_broken_engine_is_on_the_staff_status_page(make_kiosk):
    kiosk = make_kiosk("knapsack")
    text, role = _status_row(kiosk, FakeEngine(broken=True))
    assert text.startswith("Fungerar inte") and "speech.espeak_broken" in text  # staff: Swedish
    assert role == "warn"
    kiosk.click("welcome-start")  # the voter: no Listen, no audio ballot, no error
    screen = kiosk.window.screens["language"]
    screen.refresh()
    assert screen.display.listen.isHidden() and screen.audio.isHidden()


def test_a_working_engine_names_voices_clips_and_placeholders(make_kiosk):
    kiosk = make_kiosk("knapsack")
    folder = kiosk.ui.clips.folder / "se"
    folder.mkdir(parents=True)
    (folder / INDEX).write_text(json.dumps({"clips": {"x": "y"}, "placeholder": "SYNTHETIC"}))
    text, role = _status_row(kiosk, FakeEngine())
    voiced, clips, nothing = text.split(". ")[1:4]
    assert voiced.startswith("Röst: ") and {"sv", "fi", "en", "ar", "smj"} <= set(
        voiced[6:].split(", "))
    assert clips == "Inspelade klipp: se"
    assert nothing.startswith("Inget: ") and set(nothing[7:].split(", ")) == {"fit", "sma"}
    assert "SYNTETISKA PLATSHÅLLARE, inte inspelningar: se" in text and role == "warn"
