"""Read-aloud, optional: QtTextToSpeech where a voice exists, recorded clips where not.

QtTextToSpeech and QtMultimedia live in PySide6-Addons (the `speech` extra), which a kiosk may not
have. Creating a speech engine can block for tens of seconds when audio is broken, so the engine
is created and used only on a worker thread; a watchdog on the GUI thread gives up after a few
seconds and the kiosk simply shows no read-aloud button. Nothing here ever blocks the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, Signal, Slot

from kiosk.domain.languages import LANGUAGES

log = logging.getLogger("kiosk.ui.speech")


class _Worker(QObject):
    """Lives on the speech thread; owns the engine and the clip player."""

    initialised = Signal(list, bool)  # locale names with a voice, clips playable

    def __init__(self) -> None:
        super().__init__()
        self.engine = None
        self.player = None
        self.output = None
        self.buffer = None

    @Slot()
    def init(self) -> None:
        locales: list[str] = []
        clips = False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self.engine = QTextToSpeech()
            locales = [loc.name() for loc in self.engine.availableLocales()]
        except Exception as error:  # Addons missing or no engine: no voice, that is all
            log.info("no text-to-speech: %s", error)
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player = QMediaPlayer()
            self.output = QAudioOutput()
            self.player.setAudioOutput(self.output)
            clips = True
        except Exception as error:
            log.info("no audio clips: %s", error)
        self.initialised.emit(locales, clips)

    @Slot(str, str)
    def say(self, text: str, locale: str) -> None:
        if self.engine is not None:
            self.engine.stop()
            self.engine.setLocale(QLocale(locale))
            self.engine.say(text)

    @Slot(bytes)
    def play(self, data: bytes) -> None:
        if self.player is None:
            return
        from PySide6.QtCore import QBuffer, QByteArray

        self.player.stop()
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.player.setSourceDevice(self.buffer)
        self.player.play()

    @Slot()
    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
        if self.player is not None:
            self.player.stop()


class Speech(QObject):
    """The GUI thread's handle on read-aloud. `available(lang, clip)` decides the button."""

    ready = Signal()
    _say = Signal(str, str)
    _play = Signal(bytes)
    _stop = Signal()
    _init = Signal()

    def __init__(self, enabled: bool = True, watchdog_seconds: float = 8.0) -> None:
        super().__init__()
        self.voices: set[str] = set()
        self.clips = False
        self.state = "off" if not enabled else "starting"
        self._thread: QThread | None = None
        if not enabled or not _addons_present():
            self.state = "unavailable"
            return
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._init.connect(self._worker.init)
        self._say.connect(self._worker.say)
        self._play.connect(self._worker.play)
        self._stop.connect(self._worker.stop)
        self._worker.initialised.connect(self._on_initialised)
        self._thread.start()
        self._init.emit()
        QTimer.singleShot(int(watchdog_seconds * 1000), self._watchdog)

    def _on_initialised(self, locales: list, clips: bool) -> None:
        if self.state != "starting":
            return  # the watchdog already gave up on it
        self.voices = {name.split("_")[0] for name in locales}
        self.clips = clips
        self.state = "ready"
        self.ready.emit()

    def _watchdog(self) -> None:
        if self.state == "starting":
            log.warning("speech engine did not start in time: read-aloud is off")
            self.state = "unavailable"
            self.ready.emit()

    def has_voice(self, language: str) -> bool:
        lang = LANGUAGES.get(language)
        if self.state != "ready" or lang is None or lang.espeak_voice is None:
            return False
        return lang.qt_locale.split("_")[0] in self.voices

    def available(self, language: str, clip: bytes | None = None) -> bool:
        return self.has_voice(language) or (self.state == "ready" and self.clips and bool(clip))

    def read(self, text: str, language: str, clip: bytes | None = None) -> None:
        if self.has_voice(language):
            self._say.emit(text, LANGUAGES[language].qt_locale)
        elif clip and self.clips and self.state == "ready":
            self._play.emit(clip)

    def stop(self) -> None:
        if self.state == "ready":
            self._stop.emit()

    def shutdown(self) -> bool:
        """Stop the speech thread; False if it is stuck inside the engine (seen with
        speech-dispatcher without an audio server), so the caller can exit without waiting."""
        if self._thread is None:
            return True
        self._stop.emit()
        self._thread.quit()
        return self._thread.wait(2000)


def _addons_present() -> bool:
    import importlib.util

    return importlib.util.find_spec("PySide6.QtTextToSpeech") is not None or \
        importlib.util.find_spec("PySide6.QtMultimedia") is not None
