"""`kiosk election recording-script FOLDER --out DIR`: what a municipality records, per language.

For every language of the election folder (or `--languages`), it writes
`DIR/<language>/recording-script.txt` (numbered lines: the file name to save the clip as, then
the words to say), `DIR/<language>/clips.json` (what each UI clip must say; the kiosk plays a
clip only while its words still match the translation) and `DIR/<language>/missing.txt`. The
UI clips are saved in `DIR/<language>/` and the whole of DIR is copied to the station as
`<station>/speech-clips/`; the proposal clips go into the election folder's `audio/<language>/`,
so that they are hashed and signed with the package (`kiosk election build` says which are
missing).

`--placeholders` fills every line with a SYNTHETIC PLACEHOLDER clip from espeak-ng's nearest
voice (the demo does this for se, sma and fit); they are labelled as such and are not recordings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.manifest import election_from_manifest
from kiosk.ui import clips as clip_folder


def offline_ui(election, assets: dict[str, bytes]):
    """A Ui without a station or a window: enough to render texts and speech words."""
    from kiosk.ui.content import ElectionContent
    from kiosk.ui.context import Settings, Ui
    from kiosk.ui.i18n import Catalog
    from kiosk.ui.speech import Speech
    from kiosk.ui.state import KioskState

    return Ui(None, ElectionContent(election, assets), Catalog(), KioskState(election),
              Speech(enabled=False), Settings())


def demo_placeholders(package, election_folder: Path, out: Path) -> None:
    """The demo's SYNTHETIC PLACEHOLDER clips for every language without a voice: UI clips in
    `out`, proposal clips in `election_folder`/audio (to be signed into the package)."""
    ui = offline_ui(package.election, package.assets)
    for language in package.election.languages:
        if LANGUAGES[language].espeak_voice is None:
            ui.state.set_language(language)
            clip_folder.write_placeholders(ui, language, out, election_folder)
            write_script(ui, language, out, election_folder)


def write_script(ui, language: str, out: Path, election_folder: Path | None = None) -> int:
    """The script of one language; returns how many lines still have no clip."""
    ui.state.set_language(language)
    lines = clip_folder.lines(ui, language)
    ui_only = [line for line in lines if line.where == "ui"]
    target = out / language
    target.mkdir(parents=True, exist_ok=True)
    clip_folder.write_index(out, language, ui_only,
                            placeholder_voice=_placeholder_voice(out, language))
    name = LANGUAGES[language].english_name
    text = [f"Röstkiosk recording script: {name} ({language}), {len(lines)} clips.",
            "Say each text as written, clearly, with a short pause at the end. Save each clip "
            "as Ogg, Opus, MP3 or WAV under the file name given (another of these endings is "
            "fine). UI clip files are named from the clip folder (the one above this file); "
            "proposal clips go into the election folder (audio/<language>/).",
            ""]
    missing = []
    for number, line in enumerate(lines, 1):
        hint = " (one letter or digit, as read in a code)" if line.clip_id.startswith("char-") \
            else ""
        place = "election folder: " if line.where == "package" else ""
        text += [f"{number}. {place}{line.file}{hint}", f"   {line.text}", ""]
        if not _exists(out if line.where == "ui" else election_folder, line.file):
            missing.append(f"{line.file}\t{line.text}")
    (target / "recording-script.txt").write_text("\n".join(text), encoding="utf-8")
    (target / "missing.txt").write_text("\n".join(missing) + ("\n" if missing else ""),
                                        encoding="utf-8")
    return len(missing)


def _placeholder_voice(out: Path, language: str) -> str:
    """Keep the placeholder mark of an existing folder (it is still synthetic)."""
    import json

    try:
        index = json.loads((out / language / clip_folder.INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    note = index.get("placeholder", "")
    return note.split("'")[1] if note.count("'") >= 2 else ""


def _exists(folder: Path | None, file: str) -> bool:
    if folder is None:
        return False
    stem = (folder / file).with_suffix("")
    return any(stem.with_suffix(suffix).is_file() for suffix in clip_folder.SUFFIXES)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk election recording-script",
                                     description="Write, per language, every text to record "
                                                 "for read-aloud without a voice.")
    parser.add_argument("dir", type=Path, help="the election folder")
    parser.add_argument("--out", type=Path, required=True, help="the clip folder to write")
    parser.add_argument("--languages", default="", help="comma-separated tags (default: the "
                        "election's languages that have no espeak-ng voice)")
    parser.add_argument("--placeholders", action="store_true",
                        help="make SYNTHETIC PLACEHOLDER clips with espeak-ng (demo only)")
    args = parser.parse_args(argv)
    from kiosk.package.source import read_source

    try:
        source = read_source(args.dir)
        election = election_from_manifest(source.manifest)
    except KioskError as error:
        print(f"kiosk election recording-script: {error}", file=sys.stderr)
        return 2
    wanted = [tag for tag in args.languages.split(",") if tag] or \
        [tag for tag in election.languages if LANGUAGES[tag].espeak_voice is None]
    unknown = [tag for tag in wanted if tag not in election.languages]
    if unknown:
        print(f"kiosk election recording-script: this election is not in {', '.join(unknown)} "
              f"(it is in {', '.join(election.languages)})", file=sys.stderr)
        return 2
    ui = offline_ui(election, source.assets)
    for language in wanted:
        if args.placeholders:
            ui.state.set_language(language)
            clip_folder.write_placeholders(ui, language, args.out, args.dir)
        missing = write_script(ui, language, args.out, args.dir)
        print(f"{language}: {args.out / language / 'recording-script.txt'} "
              f"({missing} clips missing)")
    return 0
