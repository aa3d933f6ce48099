"""Spelling checks for the tests: Finnish through Voikko (Debian voikko-fi + libvoikko1,
Python binding `libvoikko`), Swedish through the `hunspell` command with its sv_SE dictionary
(Debian hunspell, hunspell-sv). Each is used only here. Words a person accepted (place names,
proposal words) are listed in translations/spelling/accepted-<lang>.txt, one per line, # for
comments.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ACCEPTED = ROOT / "translations" / "spelling"
HUNSPELL_SV = Path("/usr/share/hunspell/sv_SE")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class NoChecker(Exception):
    """The system dictionary for a language is not installed."""


@cache
def _voikko():
    try:
        import libvoikko
    except ImportError:
        raise NoChecker("pip install libvoikko") from None
    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException) as error:
        raise NoChecker(f"Voikko for Finnish is not installed ({error}): apt-get install "
                        "voikko-fi libvoikko1; pip install libvoikko") from None


@cache
def _hunspell_sv_known(words: tuple[str, ...]) -> frozenset[str]:
    """The words Hunspell sv_SE knows, asked in one run of the `hunspell` command."""
    if shutil.which("hunspell") is None or not HUNSPELL_SV.with_suffix(".dic").exists():
        raise NoChecker("the hunspell command or its Swedish dictionary is not installed: "
                        "apt-get install hunspell hunspell-sv")
    result = subprocess.run(["hunspell", "-d", str(HUNSPELL_SV), "-l", "-i", "utf-8"],
                            input="\n".join(words), capture_output=True, text=True, check=True)
    return frozenset(words) - set(result.stdout.split())


def accepted(language: str) -> set[str]:
    path = ACCEPTED / f"accepted-{language}.txt"
    if not path.exists():
        return set()
    text = path.read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return {line.casefold() for line in lines if line}


def _checker(language: str, words: set[str]):
    if language == "fi":
        voikko = _voikko()
        return lambda word: bool(voikko.spell(word))
    if language in ("sv", "sv-simple"):
        candidates = set(words)
        candidates |= {p for w in words for p in re.split(r"[-'’]", w) if p}
        known = _hunspell_sv_known(tuple(sorted(candidates)))
        return known.__contains__
    raise NoChecker(f"no spelling checker for {language}")


def unknown_words(text: str, language: str) -> set[str]:
    """Words neither the dictionary nor the accepted list knows (each part of a hyphenated word
    is checked on its own when the whole is unknown)."""
    ok = accepted("sv" if language == "sv-simple" else language)
    words = set(_WORD.findall(text))
    is_spelled = _checker(language, words)
    found = set()
    for word in words:
        if word.casefold() in ok or is_spelled(word):
            continue
        parts = [p for p in re.split(r"[-'’]", word) if p]
        if len(parts) > 1 and all(p.casefold() in ok or is_spelled(p) for p in parts):
            continue
        found.add(word)
    return found


def election_texts(language: str) -> str:
    doc = tomllib.loads((ROOT / "kiosk" / "demo" / "election" / "texts" / f"{language}.toml")
                        .read_text(encoding="utf-8"))
    parts = list(doc["election"].values()) + list(doc["categories"].values())
    for proposal in doc["proposals"].values():
        parts += [str(v) for v in proposal.values()]
    return "\n".join(parts)


def ts_texts(name: str) -> str:
    root = ET.parse(ROOT / "translations" / name).getroot()
    return "\n".join((m.findtext("translation") or "") for m in root.iter("message"))
