"""The bundled Noto fonts: registered with Qt at start, so every language renders in one family.

Noto Sans covers Latin including every Sami letter (á č đ ŋ š ŧ ž ï); Noto Sans Arabic covers
Arabic. The application font is Noto Sans with Noto Sans Arabic as its substitute, so Qt never
silently mixes in a system font for Sami text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont

from kiosk.qt_offscreen import (
    ARABIC_FAMILY,
    FONT_DIR,
    FONT_FILES,
    LATIN_FAMILY,
    register_bundled_fonts,
)

__all__ = ["ARABIC_FAMILY", "FONT_DIR", "FONT_FILES", "LATIN_FAMILY", "SAMI_LETTERS",
           "application_font", "missing_glyphs", "register_fonts"]
SAMI_LETTERS = "ÁáČčĐđŊŋŠšŦŧŽžÏïÅåÄäÖö"


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once per process, shared with the off-screen
    start-up in kiosk.qt_offscreen); return the families found."""
    return register_bundled_fonts()


def application_font(pixel_size: int = 22) -> QFont:
    font = QFont(LATIN_FAMILY)
    font.setPixelSize(pixel_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    return font


def missing_glyphs(font_file: str, text: str) -> list[str]:
    """Characters of `text` that the bundled font file has no glyph for (empty = all fine)."""
    raw = QRawFont(str(FONT_DIR / font_file), 24)
    return [ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
