"""Read-aloud: an engine (kiosk.ui.speech_engine) driven from one worker thread.

The GUI thread never waits on speech. `read()` only hands the newest utterance to the worker
(an older one not yet started is dropped: the voter has moved on); `stop()` cuts the sound off
through the engine's non-blocking stop. The engine is probed on the worker thread; a watchdog on
the GUI thread gives up after a few seconds. A failing engine is logged for staff (message id and
reason, never the words) and read-aloud turns itself off; the voter sees the honest "no voice"
line, never an error.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.speech_engine import EngineError, EspeakEngine, Probe, SpeechEngine

log = logging.getLogger("kiosk.ui.speech")

CLIP_PROBLEMS = {"speech.clip_format"}
RATES = (110, 140, 175, 210, 250)      # words a minute; the middle one is espeak-ng's own
VOLUMES = (40, 70, 100, 140, 190)      # espeak-ng amplitude; 100 is its default


@dataclass(frozen=True)
class _Request:
    generation: int
    text: str = ""
    voice: str = ""
    clip: bytes | None = None
    clips: tuple[bytes, ...] = ()  # played one after the other (a screen from UI clips)
    rate: int = 175
    volume: int = 100


class Speech(QObject):
    """The GUI thread's handle on read-aloud. `available(lang, clip)` decides the buttons.

    `state` is "off" (disabled), "starting", "ready", or "unavailable" (no engine, it failed,
    or it did not start in time); `problem` then holds the reason for staff.
    """

    ready = Signal()
    _probed = Signal(object)  # Probe, or EngineError: emitted on the worker thread
    _failed = Signal(object)  # EngineError while speaking

    def __init__(self, enabled: bool = True, watchdog_seconds: float = 8.0,
                 engine: SpeechEngine | None = None) -> None:
        super().__init__()
        self.voices: frozenset[str] = frozenset()
        self.clips = False
        self.problem = ""
        self.state = "starting" if enabled else "off"
        self._thread: threading.Thread | None = None
        self._engine = engine
        self._wake = threading.Condition()
        self._pending: _Request | None = None
        self._generation = 0
        self._quit = False
        self.rate_step = self.volume_step = 2  # RATES and VOLUMES: the defaults
        if not enabled:
            return
        self._engine = engine or EspeakEngine()
        self._probed.connect(self._on_probed)
        self._failed.connect(self._on_failed)
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()
        QTimer.singleShot(int(watchdog_seconds * 1000), self._watchdog)

    # -- GUI thread ----------------------------------------------------------------------------
    def _on_probed(self, result: Probe | EngineError) -> None:
        if self.state != "starting":
            return  # the watchdog already gave up on it
        if isinstance(result, EngineError):
            self._give_up(result.message_id, str(result))
            return
        self.voices, self.clips = result.voices, result.clips
        self.state = "ready"
        self.ready.emit()

    def _on_failed(self, error: EngineError) -> None:
        if error.message_id in CLIP_PROBLEMS:  # one clip the player cannot take: that clip only
            log.warning("a recorded clip could not be played (%s: %s)", error.message_id, error)
        elif self.state == "ready":
            self._give_up(error.message_id, str(error))

    def _watchdog(self) -> None:
        if self.state == "starting":
            self._give_up("speech.start_timeout", "the speech engine did not start in time")

    def _give_up(self, message_id: str, reason: str) -> None:
        self.problem = f"{message_id}: {reason}"
        log.warning("read-aloud is off (%s)", self.problem)
        self.state = "unavailable"
        self.ready.emit()

    def has_voice(self, language: str) -> bool:
        lang = LANGUAGES.get(language)
        if self.state != "ready" or lang is None or lang.espeak_voice is None:
            return False
        return lang.espeak_voice in self.voices

    @property
    def plays_clips(self) -> bool:
        return self.state == "ready" and self.clips

    def available(self, language: str, clip: bytes | None = None) -> bool:
        return self.has_voice(language) or (self.state == "ready" and self.clips and bool(clip))

    def adjust(self, rate: int = 0, volume: int = 0) -> None:
        """One step slower/faster (`rate` -1/+1) or softer/louder (`volume`), within bounds."""
        self.rate_step = max(0, min(len(RATES) - 1, self.rate_step + rate))
        self.volume_step = max(0, min(len(VOLUMES) - 1, self.volume_step + volume))

    def reset_prosody(self) -> None:
        """Back to the normal rate and volume (for the next voter)."""
        self.rate_step = self.volume_step = 2

    def read(self, text: str, language: str, clip: bytes | None = None) -> None:
        """Say `text` in `language` (or play `clip` where there is no voice); never waits."""
        text = " ".join(text.split())  # (kiosk.ui.spoken.for_speech does the rest for voters)
        if self.has_voice(language) and text:
            self._hand_over(text=text, voice=LANGUAGES[language].espeak_voice,
                            **self._prosody())
        elif clip and self.clips and self.state == "ready":
            self._hand_over(clip=clip, **self._prosody())

    def play_all(self, clips: list[bytes]) -> None:
        """Play recorded clips one after the other (the words of a screen); never waits."""
        if clips and self.clips and self.state == "ready":
            self._hand_over(clips=tuple(clips), **self._prosody())

    def _prosody(self) -> dict:
        return {"rate": RATES[self.rate_step], "volume": VOLUMES[self.volume_step]}

    def stop(self) -> None:
        if self.state != "ready":
            return
        with self._wake:
            self._generation += 1
            self._pending = None
            self._engine.stop()  # returns at once (it only kills processes)

    def shutdown(self) -> bool:
        """Stop the speech thread; False if it is stuck inside the engine, so the caller can
        exit without waiting (the thread is a daemon)."""
        if self._thread is None:
            return True
        with self._wake:
            self._quit = True
            self._pending = None
            self._wake.notify()
        if self._engine is not None:
            self._engine.stop()
        self._thread.join(2.0)
        return not self._thread.is_alive()

    def _hand_over(self, **what) -> None:
        with self._wake:
            # Cut off what is sounding now. Under the lock, so that the worker cannot have
            # begun the new request yet: this stop is never taken for the new one.
            self._engine.stop()
            self._generation += 1
            self._pending = _Request(self._generation, **what)
            self._wake.notify()

    # -- worker thread -------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._probed.emit(self._engine.probe())
        except EngineError as error:
            self._probed.emit(error)
            return
        while True:
            with self._wake:
                while self._pending is None and not self._quit:
                    self._wake.wait()
                if self._quit:
                    return
                request, self._pending = self._pending, None
                if request.generation != self._generation:
                    continue
                self._engine.begin()  # under the lock: a later stop() is for this request
            try:
                for clip in request.clips:
                    with self._wake:
                        if request.generation != self._generation or self._quit:
                            break  # stopped, or a newer request: the rest is not wanted
                    try:
                        self._engine.play(clip, request.rate, request.volume)
                    except EngineError as error:
                        if error.message_id not in CLIP_PROBLEMS:
                            raise
                        self._failed.emit(error)  # that clip only: go on with the next
                if request.clip is not None:
                    self._engine.play(request.clip, request.rate, request.volume)
                elif request.text:
                    self._engine.speak(request.text, request.voice, request.rate,
                                       request.volume)
            except EngineError as error:
                self._failed.emit(error)
