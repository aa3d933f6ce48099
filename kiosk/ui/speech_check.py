"""`kiosk speech-check --out DIR [--world DIR]`: what read-aloud says on every voter screen.

For every language of the election and every voter screen of the scripted tour (welcome,
language, howto, proposals, detail, review, help, idle warning, receipt, problem) it writes
`DIR/<language>/<screen>.txt` (the words, as the kiosk hands them to the engine) and
`DIR/<language>/<screen>.wav`: rendered by the same espeak-ng voice where the kiosk has one, else
the station's recorded clips (kiosk.ui.clips) in the order the kiosk plays them, with the words
no clip says in `DIR/<language>/<screen>.missing.txt`. It prints a table and exits 1 when a
screen of a language has nothing to play. A new demo world (no --world) gets the demo's
SYNTHETIC PLACEHOLDER clips for se, sma and fit; the table says so.

The tour casts one ballot, so it runs on a throwaway copy of the world's station (a new demo world
without --world); the given world is never changed.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.offscreen import use_offscreen_screens


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk speech-check",
                                     description="Write what read-aloud says on every screen.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--world", type=Path, help="an existing demo world (default: a new one)")
    parser.add_argument("--languages", default="", help="comma-separated tags (default: all "
                        "of the election's)")
    args = parser.parse_args(argv)
    wanted = [tag for tag in args.languages.split(",") if tag]
    if args.world is not None and not (args.world / "station").is_dir():
        print(f"kiosk speech-check: {args.world} has no station folder (make one with `kiosk "
              "demo setup DIR`)", file=sys.stderr)
        return 2
    use_offscreen_screens([(1280, 800)])

    from kiosk.ui.app import build_kiosk
    from kiosk.ui.speech import Speech
    from kiosk.ui.speech_engine import EspeakEngine
    from kiosk.ui.spoken import for_speech
    from kiosk.ui.tour import TourLost, station_for_tour, tour, wait_for

    engine = EspeakEngine()
    rows: list[tuple[str, str, int, float | None, str]] = []
    with tempfile.TemporaryDirectory(prefix="rostkiosk-speech-") as tmp:
        world = Path(tmp) / "world"
        if args.world is not None:  # a copy: the tour casts a ballot
            shutil.copytree(args.world / "station", world / "station")
        service = station_for_tour(world, speech_placeholders=args.world is None)
        try:
            kiosk = build_kiosk(service, speech=False)
            # The screens as a kiosk with this espeak-ng shows them (Listen where there is a
            # voice), with the sound going nowhere: only files are written here.
            kiosk.ui.speech = Speech(engine=EspeakEngine(player=["sh", "-c", "cat >/dev/null"]))
            wait_for(kiosk.window, "the speech engine", lambda: kiosk.ui.speech.state
                     != "starting", timeout=10)
            voices = kiosk.ui.speech.voices
            window = kiosk.window
            window.show()
            offered = kiosk.ui.content.languages()
            unknown = [tag for tag in wanted if tag not in offered]
            if unknown:
                print(f"kiosk speech-check: this election is not in {', '.join(unknown)} (it "
                      f"is in {', '.join(offered)})", file=sys.stderr)
                return 2
            for language in wanted or offered:
                folder = args.out / language
                folder.mkdir(parents=True, exist_ok=True)
                try:
                    for screen in tour(window, language):
                        text = for_speech(kiosk.ui, _words(window, screen))
                        (folder / f"{screen}.txt").write_text(text + "\n", encoding="utf-8")
                        spoken_in = kiosk.ui.language  # Welcome speaks the election's language
                        voice = LANGUAGES[spoken_in].espeak_voice
                        voice = voice if voice in voices else None
                        rows.append(_render(engine, text, voice, folder / f"{screen}.wav",
                                            language, screen, kiosk.ui, spoken_in))
                except TourLost as lost:
                    print(f"kiosk speech-check: {language}: {lost}", file=sys.stderr)
                    return 1
            window.close()
        finally:
            service.close()
    return _report(rows)


def _words(window, screen: str) -> str:
    if screen == "help":
        return window.help.spoken_text()
    if screen == "idle":
        return window.idle_warning.spoken_text()
    return window.page(screen).spoken_text()


def _render(engine, text: str, voice: str | None, path: Path, language: str, screen: str, ui,
            spoken_in: str):
    if voice is None:
        return _render_clips(ui, text, path, language, screen, spoken_in)
    if not text:
        path.unlink(missing_ok=True)
        return language, screen, 0, None, "nothing to say"
    engine.render(text, voice, path)
    with wave.open(str(path)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    return language, screen, len(text.split()), seconds, f"espeak-ng {voice}"


def _render_clips(ui, text: str, path: Path, language: str, screen: str, spoken_in: str):
    """The station's recorded clips for `text`, one after the other, as one WAV."""
    book = ui.clips
    clips, missing = book.sequence(text, spoken_in) if book and book.has_clips(spoken_in) \
        else ([], text.split())
    gaps = path.with_suffix(".missing.txt")
    if missing:
        gaps.write_text(" ".join(missing) + "\n", encoding="utf-8")
    else:
        gaps.unlink(missing_ok=True)
    if not clips:
        path.unlink(missing_ok=True)
        return language, screen, len(text.split()), None, "no voice, no clip"
    seconds = join_clips(clips, path)
    kind = "SYNTHETIC PLACEHOLDER clips" if book.placeholder(spoken_in) else "recorded clips"
    return language, screen, len(text.split()), seconds, \
        f"{kind} ({len(clips)}, {len(missing)} words without)"


def join_clips(clips: list[bytes], path: Path) -> float:
    """Decode each clip with sox to 22050 Hz mono WAV and write them one after the other."""
    frames = []
    for clip in clips:
        done = subprocess.run(["sox", "-q", "-", "-t", "wav", "-r", "22050", "-c", "1", "-b",
                               "16", "-"], input=clip, capture_output=True, check=True,
                              timeout=60)
        with wave.open(io.BytesIO(done.stdout)) as wav:
            frames.append(wav.readframes(wav.getnframes()))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        for chunk in frames:
            out.writeframes(chunk)
    return sum(len(chunk) for chunk in frames) / 2 / 22050


def _report(rows) -> int:
    print(f"{'language':<10}{'screen':<11}{'words':>6}{'seconds':>9}  source")
    missing = 0
    for language, screen, words, seconds, source in rows:
        shown = f"{seconds:9.1f}" if seconds is not None else f"{'-':>9}"
        print(f"{language:<10}{screen:<11}{words:>6}{shown}  {source}")
        missing += seconds is None
    if missing:
        print(f"{missing} screens have nothing to play (no voice and no recorded clip)")
    return 1 if missing else 0
