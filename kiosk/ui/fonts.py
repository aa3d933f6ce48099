"""The bundled Noto fonts: registered with Qt at start, so every language renders in one family.

Noto Sans covers Latin including every Sami letter (á č đ ŋ š ŧ ž ï); Noto Sans Arabic covers
Arabic. The application font is Noto Sans with Noto Sans Arabic as its substitute, so Qt never
silently mixes in a system font for Sami text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf")
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
SAMI_LETTERS = "ÁáČčĐđŊŋŠšŦŧŽžÏïÅåÄäÖö"

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once); return the families found."""
    if not _registered:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
        QFont.insertSubstitution(LATIN_FAMILY, ARABIC_FAMILY)
    return sorted(set(_registered))


def application_font(pixel_size: int = 22) -> QFont:
    font = QFont(LATIN_FAMILY)
    font.setPixelSize(pixel_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    return font


def missing_glyphs(font_file: str, text: str) -> list[str]:
    """Characters of `text` that the bundled font file has no glyph for (empty = all fine)."""
    raw = QRawFont(str(FONT_DIR / font_file), 24)
    return [ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
