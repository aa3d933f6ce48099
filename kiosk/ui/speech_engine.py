"""The speech engines read-aloud can drive: a small protocol, espeak-ng, and a fake for tests.

An engine is used only from the speech worker thread, except `stop()`, which the GUI thread
calls and which must return at once. `speak` and `play` block until the sound has finished or
`stop()` cut it short, and raise EngineError when the engine or the audio output is broken.

espeak-ng is run as a subprocess writing WAV to its standard output, piped into a player
(aplay, or paplay where PulseAudio/PipeWire is there). docs/speech.md has the measurements that
chose this path over QtTextToSpeech with speech-dispatcher (which hung without an audio device).
The text goes to espeak-ng on standard input, so it appears in no process list and no log.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import time
import wave
from dataclasses import dataclass, field
from typing import Protocol


class _Cancelled(Exception):
    """stop() came before the sound started: nothing to play."""


class EngineError(Exception):
    """The engine or the audio output failed; `message_id` names the failure for staff."""

    def __init__(self, message_id: str, message: str) -> None:
        super().__init__(message)
        self.message_id = message_id


@dataclass(frozen=True)
class Probe:
    """What an engine found when it started: the espeak voice names it can speak."""

    voices: frozenset[str]
    clips: bool  # whether it can play recorded WAV clips


class SpeechEngine(Protocol):
    def probe(self) -> Probe: ...

    def begin(self) -> None: ...

    def speak(self, text: str, voice: str, rate: int = 175, volume: int = 100) -> None: ...

    def play(self, clip: bytes, rate: int = 175, volume: int = 100) -> None: ...

    def stop(self) -> None: ...


# A generous bound on one utterance, so a wedged player can never keep the worker forever:
# espeak-ng speaks about 15 characters a second at its default rate.
def _utterance_limit(characters: int) -> float:
    return 10.0 + characters / 5.0


class EspeakEngine:
    """espeak-ng piped into aplay/paplay; every call has a timeout, stop kills the processes."""

    PROBE_SECONDS = 5.0

    def __init__(self, espeak: str | None = None, player: list[str] | None = None) -> None:
        self.espeak = espeak or shutil.which("espeak-ng")
        self.player = player or _find_player()
        self._lock = threading.Lock()
        self._running: list[subprocess.Popen] = []
        self._stopped = False

    def probe(self) -> Probe:
        if self.espeak is None:
            raise EngineError("speech.no_espeak", "espeak-ng is not installed")
        if self.player is None:
            raise EngineError("speech.no_player", "no audio player (aplay or paplay) is installed")
        try:
            listing = subprocess.run([self.espeak, "--voices"], capture_output=True, text=True,
                                     timeout=self.PROBE_SECONDS, check=True).stdout
        except (OSError, subprocess.SubprocessError) as error:
            raise EngineError("speech.espeak_broken",
                              f"espeak-ng does not start: {error}") from None
        voices = set()
        for line in listing.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 2:
                voices.add(parts[1])
                voices.add(parts[1].split("-")[0])
        # A moment of silence through the player: no sound card, no audio server or a player
        # that hangs shows here, at start-up, and not when a voter taps Listen.
        self.begin()
        player = self._start(self.player, stdin=subprocess.PIPE)
        try:
            player.stdin.write(_silence())
            player.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        self._wait([player], self.PROBE_SECONDS)
        return Probe(frozenset(voices), clips=True)

    def begin(self) -> None:
        """A new utterance: forget an earlier stop(). Called by the speech worker while the GUI
        thread cannot hand over a newer one, so a stop() meant for this one is never lost."""
        with self._lock:
            self._stopped = False

    def speak(self, text: str, voice: str, rate: int = 175, volume: int = 100) -> None:
        """`rate` in words a minute, `volume` espeak-ng's amplitude (100 normal, 200 loudest)."""
        try:
            self._speak(text, voice, rate, volume)
        except _Cancelled:
            self._reap()

    def _speak(self, text: str, voice: str, rate: int, volume: int) -> None:
        synth = self._start([self.espeak, "-v", voice, "-s", str(rate), "-a", str(volume),
                             "--stdin", "--stdout"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        player = self._start(self.player, stdin=synth.stdout)
        synth.stdout.close()  # the player owns the pipe now
        try:
            synth.stdin.write(text.encode("utf-8"))
            synth.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        self._wait([synth, player], _utterance_limit(len(text)))

    def render(self, text: str, voice: str, path) -> None:
        """What `speak` would play, as a WAV file at `path` (for `kiosk speech-check`)."""
        if self.espeak is None:
            raise EngineError("speech.no_espeak", "espeak-ng is not installed")
        try:
            subprocess.run([self.espeak, "-v", voice, "--stdin", "-w", str(path)],
                           input=text.encode("utf-8"), capture_output=True, check=True,
                           timeout=_utterance_limit(len(text)))
        except (OSError, subprocess.SubprocessError) as error:
            raise EngineError("speech.espeak_broken", f"espeak-ng failed: {error}") from None

    def play(self, clip: bytes, rate: int = 175, volume: int = 100) -> None:
        """A WAV clip as it is; Ogg, Opus or MP3 decoded by sox where it is installed. `rate`
        and `volume` as for speak(): sox's tempo (pitch kept) and vol effects."""
        try:
            self._play(clip, _clip_effects(rate, volume))
        except _Cancelled:
            self._reap()

    def _play(self, clip: bytes, effects: list[str]) -> None:
        processes = []
        source = subprocess.PIPE
        if effects or not (clip[:4] == b"RIFF" and clip[8:12] == b"WAVE"):
            sox = shutil.which("sox")
            if sox is None:
                raise EngineError("speech.clip_format",
                                  "only WAV clips can be played without sox installed")
            decoder = self._start([sox, "-q", "-", "-t", "wav", "-", *effects],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            processes.append(decoder)
            source = decoder.stdout
        player = self._start(self.player, stdin=source)
        processes.append(player)
        feed = processes[0].stdin
        if processes[0] is not player:
            processes[0].stdout.close()
        try:
            feed.write(clip)
            feed.close()
        except (BrokenPipeError, OSError):
            pass
        self._wait(processes, 10.0 + len(clip) / 4000)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            running = list(self._running)
        for process in running:
            if process.poll() is None:
                process.kill()

    def _reap(self) -> None:
        """Kill and collect whatever a cancelled utterance had started."""
        self.stop()
        with self._lock:
            running, self._running = self._running, []
        for process in running:
            process.wait()
            if process.stderr:
                process.stderr.close()

    def _start(self, argv: list[str], **streams) -> subprocess.Popen:
        with self._lock:  # started and registered under the lock: stop() sees it or came before
            if self._stopped:
                raise _Cancelled()
            try:
                process = subprocess.Popen(argv, stderr=subprocess.PIPE, **streams)
            except OSError as error:
                raise EngineError("speech.cannot_start",
                                  f"cannot start {argv[0]}: {error}") from None
            self._running.append(process)
        return process

    def _wait(self, processes: list[subprocess.Popen], limit: float) -> None:
        deadline = time.monotonic() + limit
        try:
            for process in processes:
                try:
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    self.stop()
                    raise EngineError("speech.timeout", f"{process.args[0]} did not finish "
                                      f"in {limit:.0f} s") from None
            if self._stopped:
                return
            for process in processes:
                if process.returncode != 0:
                    detail = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
                    raise EngineError("speech.audio_failed",
                                      f"{process.args[0]} failed ({process.returncode}): "
                                      f"{detail[-1] if detail else 'no message'}")
        finally:
            with self._lock:
                for process in processes:
                    if process in self._running:
                        self._running.remove(process)
                    if process.stderr:
                        process.stderr.close()


def _clip_effects(rate: int, volume: int) -> list[str]:
    effects = []
    if volume != 100:
        effects += ["vol", f"{volume / 100:.2f}"]
    if rate != 175:
        effects += ["tempo", "-s", f"{rate / 175:.2f}"]
    return effects


def _silence() -> bytes:
    """A twentieth of a second of silence as a WAV file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\0\0" * 1102)
    return out.getvalue()


def _find_player() -> list[str] | None:
    if shutil.which("aplay"):  # ALSA; on a desktop with PipeWire/PulseAudio it goes through them
        return ["aplay", "-q", "-"]
    if shutil.which("paplay"):
        return ["paplay"]
    return None


@dataclass
class FakeEngine:
    """Records what would be said; `hang` makes speak() block until stop() (or the test ends)."""

    voices: frozenset[str] = frozenset({"sv", "fi", "en", "ar", "smj"})
    hang: bool = False
    broken: bool = False
    said: list[tuple[str, str]] = field(default_factory=list)
    played: list[bytes] = field(default_factory=list)
    prosody: list[tuple[int, int]] = field(default_factory=list)  # (rate, volume) per speak
    stops: int = 0

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self.spoken = threading.Event()

    def probe(self) -> Probe:
        if self.broken:
            raise EngineError("speech.espeak_broken", "fake engine is broken")
        return Probe(self.voices, clips=True)

    def begin(self) -> None:
        pass

    def speak(self, text: str, voice: str, rate: int = 175, volume: int = 100) -> None:
        self.said.append((text, voice))
        self.prosody.append((rate, volume))
        self.spoken.set()
        if self.hang:
            self._release.wait(30)

    def play(self, clip: bytes, rate: int = 175, volume: int = 100) -> None:
        self.played.append(clip)
        self.prosody.append((rate, volume))
        self.spoken.set()

    def stop(self) -> None:
        self.stops += 1

    def release(self) -> None:
        self._release.set()
