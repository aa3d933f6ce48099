"""Recorded clips for languages without a voice: what to record, the clip folder, and playing a
screen's words as a row of clips.

Two kinds of clip:
- the UI's own strings, one clip per string id and language, in a clip folder the station keeps
  beside its data (`<station>/speech-clips/<language>/<id>.ogg`, or .wav/.opus/.mp3). A string
  with placeholders ("Cost: %1") is recorded in pieces around them (`<id>-1`, `<id>-2`); every
  language's own name is `lang-<tag>`; a package with pots names each pot (`pot-<id>`: "Part 1
  of 2: Whole city", the district question's choices); the letters and digits of tracking
  codes and amounts are `char-<X>` (amounts are said digit by digit: there is no number
  grammar for recorded clips).
  `<language>/clips.json` says what each clip must say ({"clips": {id: text}}): a clip whose
  text no longer matches the translation is not played (it would say something else);
- proposal texts, one per proposal, in the election package (`audio/<language>/<proposal>.ogg`,
  hashed and signed like every asset): title, cost, place and summary.

`kiosk election recording-script` writes both lists per language (this module's `lines`); the
demo makes SYNTHETIC PLACEHOLDER clips with espeak-ng's nearest voice (`write_placeholders`),
marked as such in clips.json and in each Ogg file's comment; they are never recordings.

At run time `ClipBook.sequence(text)` cuts the words a screen would say into the longest known
pieces (UI strings, proposal texts, language names) and letters and digits, and returns the
clips to play in order, and the words that have no clip (for `kiosk speech-check`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import ts_path

FOLDER_NAME = "speech-clips"
INDEX = "clips.json"
SUFFIXES = (".ogg", ".opus", ".wav", ".mp3")
CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # digits, and the tracking codes' letters
PLACEHOLDER = "SYNTHETIC PLACEHOLDER"
PLACEHOLDER_NOTE = (f"{PLACEHOLDER}: these clips were made by the espeak-ng voice '{{voice}}' "
                    "reading {language} text. They are not recordings and no {language} speaker "
                    "has heard them; replace them with recordings (kiosk election "
                    "recording-script) before voters use them.\n")
NEAREST_VOICE = {"se": "fi", "sma": "fi", "fit": "fi", "smj": "smj"}
_PIECE = re.compile(r"%\d")
_TOKEN = re.compile(r"[0-9]|\b[A-Z]\b")


@dataclass(frozen=True)
class Line:
    """One text to record: its id, the file to save it as, and the words."""

    clip_id: str
    file: str       # relative to the clip folder (UI) or the election folder (package)
    text: str
    where: str      # "ui" or "package"


def _ui_strings(language: str) -> list[tuple[str, str]]:
    """(context, source) of every voter UI string, from the language's .ts file."""
    path = ts_path(language)
    if not path.exists():
        path = ts_path("en")
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")]


def _pieces(text: str) -> list[str]:
    """A translation cut at its placeholders, without pieces that are only punctuation."""
    pieces = (" ".join(piece.split()).lstrip(" .,:;!?–—-") for piece in _PIECE.split(text))
    return [piece for piece in pieces if re.search(r"\w", piece)]


def ui_lines(ui, language: str) -> list[Line]:
    lines = []
    for context, source in _ui_strings(language):
        translated = ui.catalog.lookup(context, source, language)
        base = "ui-" + hashlib.sha256(f"{context}\0{source}".encode()).hexdigest()[:10]
        pieces = _pieces(translated)
        for index, piece in enumerate(pieces, 1):
            clip_id = base if len(pieces) == 1 and not _PIECE.search(translated) \
                else f"{base}-{index}"
            lines.append(Line(clip_id, f"{language}/{clip_id}.ogg", piece, "ui"))
    lines += [Line(f"lang-{tag}", f"{language}/lang-{tag}.ogg", LANGUAGES[tag].native_name, "ui")
              for tag in ui.content.languages()]
    lines += [Line(f"pot-{pot.id}", f"{language}/pot-{pot.id}.ogg",
                   pot.name(language, ui.content.default), "ui") for pot in ui.election.pots]
    lines += [Line(f"char-{c}", f"{language}/char-{c}.ogg", c, "ui") for c in CHARS]
    return lines


def package_lines(ui, language: str) -> list[Line]:
    """The proposals' clips: title, cost, place and summary as read aloud in `language`."""
    from kiosk.ui.spoken import for_speech, proposal_words

    voter = ui.state.voter
    shown, voter.language = voter.language, language  # the words as that voter would hear
    try:
        return [Line(p.id, f"audio/{language}/{p.id}.ogg",
                     for_speech(ui, proposal_words(ui, p)), "package")
                for p in ui.election.proposals]
    finally:
        voter.language = shown


def lines(ui, language: str) -> list[Line]:
    """Everything to record for `language`: the UI's strings, then the proposals."""
    return ui_lines(ui, language) + package_lines(ui, language)


def write_index(folder: Path, language: str, ui_only: list[Line], placeholder_voice: str = ""):
    """`<folder>/<language>/clips.json`: what each clip must say; whether they are synthetic."""
    target = folder / language
    target.mkdir(parents=True, exist_ok=True)
    index = {"language": language, "clips": {line.clip_id: line.text for line in ui_only}}
    if placeholder_voice:
        index["placeholder"] = PLACEHOLDER_NOTE.format(voice=placeholder_voice,
                                                      language=LANGUAGES[language].english_name)
    (target / INDEX).write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")


def render_placeholder(text: str, voice: str, target: Path) -> None:
    """One SYNTHETIC PLACEHOLDER clip: espeak-ng's `voice` into Ogg Vorbis, labelled inside."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    if espeak is None or sox is None:
        raise RuntimeError("placeholder clips need espeak-ng and sox "
                           "(packaging/system-packages.txt)")
    target.parent.mkdir(parents=True, exist_ok=True)
    wav = subprocess.run([espeak, "-v", voice, "--stdin", "--stdout"], input=text.encode(),
                         capture_output=True, check=True, timeout=60).stdout
    subprocess.run([sox, "-q", "-t", "wav", "-", "-C", "0", "--comment",
                    f"{PLACEHOLDER} (espeak-ng {voice}), not a recording", str(target)],
                   input=wav, capture_output=True, check=True, timeout=60)


def write_placeholders(ui, language: str, clip_folder: Path, election_folder: Path | None,
                       voice: str | None = None) -> int:
    """Synthetic placeholder clips for every line of `language` (UI clips into `clip_folder`,
    proposal clips into `election_folder`'s audio/ when given). Returns how many."""
    voice = voice or NEAREST_VOICE.get(language) or LANGUAGES[language].espeak_voice or "fi"
    made = 0
    todo = ui_lines(ui, language)
    write_index(clip_folder, language, todo, placeholder_voice=voice)
    (clip_folder / language / "README.txt").write_text(
        PLACEHOLDER_NOTE.format(voice=voice, language=LANGUAGES[language].english_name),
        encoding="utf-8")
    targets = [(line, clip_folder / line.file) for line in todo]
    if election_folder is not None:
        targets += [(line, election_folder / line.file) for line in package_lines(ui, language)]
    for line, target in targets:
        render_placeholder(line.text, voice, target)
        made += 1
    return made


class ClipBook:
    """The clips of one station for the languages without a voice."""

    def __init__(self, ui, folder: Path | None) -> None:
        self.ui = ui
        self.folder = folder
        self._books: dict[str, tuple[re.Pattern | None, dict[str, object]]] = {}

    def index(self, language: str) -> dict:
        path = self.folder / language / INDEX if self.folder else None
        try:
            return json.loads(path.read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            return {}

    def placeholder(self, language: str) -> bool:
        return bool(self.index(language).get("placeholder"))

    def _file(self, language: str, clip_id: str) -> Path | None:
        for suffix in SUFFIXES:
            path = self.folder / language / f"{clip_id}{suffix}"
            if path.is_file():
                return path
        return None

    def has_clips(self, language: str) -> bool:
        """UI clips for `language` exist (its screens can be read out)."""
        return bool(self.folder and self.index(language).get("clips"))

    def _book(self, language: str):
        if language in self._books:
            return self._books[language]
        recorded = self.index(language).get("clips", {})
        phrases: dict[str, object] = {}
        if self.folder is not None:
            for line in ui_lines(self.ui, language):
                path = self._file(language, line.clip_id)
                if path is not None and recorded.get(line.clip_id) == line.text:
                    phrases.setdefault(line.text, path)
        for line in package_lines(self.ui, language):
            phrases.setdefault(line.text.rstrip("."), ("package", line.clip_id))
        for proposal in self.ui.election.proposals:  # a title alone (review): the whole clip
            title = self.ui.content.proposal_text(proposal, language)[0].title
            phrases.setdefault(" ".join(title.split()), ("package", proposal.id))
        words = sorted((p for p in phrases if len(p) > 1), key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") \
            if words else None
        self._books[language] = pattern, phrases
        return pattern, phrases

    def _load(self, language: str, source) -> bytes | None:
        if isinstance(source, tuple):
            return self.ui.content.audio_clip(source[1], language)
        try:
            return source.read_bytes()
        except OSError:
            return None

    def sequence(self, text: str, language: str) -> tuple[list[bytes], list[str]]:
        """The clips that say `text`, in order, and the words nothing says."""
        pattern, phrases = self._book(language)
        clips: list[bytes] = []
        missing: list[str] = []
        position = 0

        def gap(stretch: str) -> None:
            for token in re.findall(r"[0-9]|\b[A-Z]\b|\w+", stretch):
                source = self._file(language, f"char-{token}") if _TOKEN.fullmatch(token) \
                    and self.folder else None
                clip = self._load(language, source) if source else None
                if clip:
                    clips.append(clip)
                else:
                    missing.append(token)

        for match in pattern.finditer(text) if pattern else ():
            gap(text[position:match.start()])
            clip = self._load(language, phrases[match.group(0)])
            if clip:
                clips.append(clip)
            else:
                missing.append(match.group(0))
            position = match.end()
        gap(text[position:])
        return clips, missing
