"""What a text in an election may hold: something visible, and no hidden direction controls.

Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a text
show something else than it says (a title that reads one way and sorts or compares another);
a proposal text never needs them, so they are refused anywhere. The plain direction marks
(U+200E LRM, U+200F RLM, U+061C ALM) that Arabic text can need are allowed, but a text made
only of marks, spaces and other invisible characters is refused: voters would see nothing.
Control characters other than line breaks and tabs are refused too.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
ALLOWED_CONTROLS = {"\n", "\t", "\r"}
FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}  # letters that show nothing
INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me", "Cn", "Co", "Cs"}


def text_problem(value: str) -> str | None:
    """None if the text is fine, else the reason in words (with the character's code point)."""
    for ch in value:
        if ch in BIDI_CONTROLS:
            return (f"contains a hidden text-direction control (U+{ord(ch):04X}); remove it")
        if unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS:
            return f"contains a control character (U+{ord(ch):04X}); remove it"
    if not any(unicodedata.category(ch) not in INVISIBLE_CATEGORIES and ch not in FILLERS
               for ch in value):
        return "has no visible characters"
    return None
