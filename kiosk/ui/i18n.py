"""UI translations: English source strings, Qt Linguist `.ts` files, `.qm` built on demand.

Every piece of UI chrome is written as `translate("Context", "English source")`, which pyside6-
lupdate recognises. It returns a lazy `Text`; `Catalog.render(text, language)` turns it into the
string for one language, so an assisted session can show two languages side by side.

`.qm` files are not committed: `compile_translations()` runs Qt's `lrelease` on
`translations/rostkiosk_<tag>.ts` into a cache folder keyed by the `.ts` contents (a few
milliseconds each, once). They are loaded by explicit file name from the project's language table
because Qt knows neither Meänkieli nor lättläst.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.domain.languages import LANGUAGES

REPO_TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
PACKAGED_QM = Path(__file__).resolve().parent / "qm"  # filled by a packaging step, if any
_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class Text:
    """A translatable UI string with its arguments, rendered later in one or two languages."""

    context: str
    source: str
    args: tuple = ()

    def arg(self, *values: object) -> Text:
        return replace(self, args=self.args + values)


# Content from the election package: a function language -> string.
Content = Callable[[str], str]
Say = Text | Content


def translate(context: str, source: str) -> Text:
    """Mark a UI string (lupdate finds these calls) and make it lazily translatable."""
    return Text(context, source)


def ts_path(tag: str, folder: Path = REPO_TRANSLATIONS) -> Path:
    return folder / f"rostkiosk_{tag}.ts"


def lrelease_binary() -> str:
    import PySide6

    binary = Path(PySide6.__file__).parent / "lrelease"
    return str(binary) if binary.exists() else "pyside6-lrelease"


def cache_root() -> Path:
    base = os.environ.get("KIOSK_CACHE") or os.environ.get("XDG_CACHE_HOME") or \
        str(Path.home() / ".cache")
    return Path(base) / "rostkiosk" / "qm"


def compile_translations(source: Path = REPO_TRANSLATIONS, cache: Path | None = None) -> Path:
    """Build every `.ts` in `source` into `.qm` files (cached by content); return their folder."""
    ts_files = sorted(source.glob("rostkiosk_*.ts")) if source.is_dir() else []
    if not ts_files:
        return PACKAGED_QM
    digest = hashlib.sha256()
    for path in ts_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    out = (cache or cache_root()) / digest.hexdigest()[:20]
    if all((out / f"{p.stem}.qm").exists() for p in ts_files):
        return out
    out.mkdir(parents=True, exist_ok=True)
    for path in ts_files:
        target = out / f"{path.stem}.qm"
        tmp = out / f"{path.stem}.qm.tmp"
        subprocess.run([lrelease_binary(), "-silent", str(path), "-qm", str(tmp)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.replace(tmp, target)
    return out


def substitute(template: str, values: list[str]) -> str:
    """Qt-style %1..%9 in one pass (a value containing '%2' is never substituted again)."""
    def one(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)
    return _PLACEHOLDER.sub(one, template)


class Catalog:
    """The loaded translators, one per language; renders `Text` in any of them."""

    def __init__(self, qm_folder: Path | None = None) -> None:
        self.folder = qm_folder if qm_folder is not None else compile_translations()
        self._translators: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None

    def translator(self, tag: str) -> QTranslator | None:
        if tag not in self._translators:
            translator = QTranslator()
            path = self.folder / f"rostkiosk_{tag}.qm"
            if path.exists() and translator.load(str(path)):
                self._translators[tag] = translator
            else:
                self._translators[tag] = None
        return self._translators[tag]

    def install(self, tag: str) -> None:
        """Make `tag` the application's language for QCoreApplication.translate()."""
        app = QCoreApplication.instance()
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = self.translator(tag)
        if self._installed is not None:
            app.installTranslator(self._installed)

    def lookup(self, context: str, source: str, tag: str) -> str:
        translator = self.translator(tag)
        found = translator.translate(context, source) if translator is not None else ""
        return found or source

    def render(self, say: Say, tag: str) -> str:
        if isinstance(say, Text):
            values = [self.render(v, tag) if isinstance(v, Text) else str(v) for v in say.args]
            return substitute(self.lookup(say.context, say.source, tag), values)
        return say(tag)

    def is_complete(self, tag: str) -> bool:
        return self.translator(tag) is not None


def is_rtl(tag: str) -> bool:
    return LANGUAGES[tag].rtl if tag in LANGUAGES else False
