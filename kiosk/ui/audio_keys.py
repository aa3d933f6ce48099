"""The audio ballot's key map: every key a voter who cannot see the screen uses, in one place.

A small USB keypad (arrow keys, Enter, Backspace, +, -, and a few letter or function keys) or
a full keyboard works; two switches (a sip-and-puff or two big buttons sending Space and Enter)
are enough for the whole ballot: Space moves to the next item (after the last it starts again
at the first), Enter selects. docs/speech.md lists the keys and a recommended keypad.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt

K = Qt.Key


class Action(Enum):
    START = "start"        # start the audio ballot (the welcome and language screens)
    PREVIOUS = "previous"
    NEXT = "next"
    SELECT = "select"      # choose / unchoose, or do what the item says
    BACK = "back"
    HELP = "help"
    REPEAT = "repeat"
    LOUDER = "louder"
    SOFTER = "softer"
    SLOWER = "slower"
    FASTER = "faster"
    COVER = "cover"        # cover or uncover the screen (privacy)


KEYS: dict[Action, tuple[Qt.Key, ...]] = {
    Action.START: (K.Key_Asterisk, K.Key_F2),
    Action.PREVIOUS: (K.Key_Up, K.Key_Left),
    Action.NEXT: (K.Key_Down, K.Key_Right, K.Key_Space, K.Key_Tab),
    Action.SELECT: (K.Key_Return, K.Key_Enter),
    Action.BACK: (K.Key_Backspace, K.Key_Escape),
    Action.HELP: (K.Key_H, K.Key_F1),
    Action.REPEAT: (K.Key_R, K.Key_5),
    Action.LOUDER: (K.Key_Plus,),
    Action.SOFTER: (K.Key_Minus,),
    Action.SLOWER: (K.Key_BracketLeft, K.Key_PageDown),
    Action.FASTER: (K.Key_BracketRight, K.Key_PageUp),
    Action.COVER: (K.Key_B, K.Key_Slash),
}

_BY_KEY = {key: action for action, keys in KEYS.items() for key in keys}
assert len(_BY_KEY) == sum(len(keys) for keys in KEYS.values()), "a key has two actions"


def action_for(key: int) -> Action | None:
    """The action of a key (Qt.Key or its int value), None for a key the audio ballot ignores."""
    try:
        return _BY_KEY.get(K(key))
    except ValueError:
        return None
