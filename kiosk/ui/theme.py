"""Colours, text sizes and the application style sheet.

Every text colour is paired with the background it is drawn on in `Theme.text_pairs()`, and the
tests check each pair's contrast (WCAG 2.x formula): at least 7:1 in every theme (the default,
high contrast light-on-dark, and dark-on-cream for low-vision reading comfort). Widgets carry a
`role` (labels) or `kind` (buttons) property; the style sheet gives each one exactly one of those
pairs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

THEMES = ("default", "contrast", "cream")
TEXT_SIZES = ("normal", "large", "larger", "largest")
BODY_PX = {"normal": 22, "large": 27, "larger": 30, "largest": 33}
LARGER_SIZES = ("larger", "largest")  # where the proposal cards go compact
MIN_TARGET_PX = 44        # WCAG 2.5.5 at 96 dpi
MIN_TARGET_MM = 11.0      # EN 301 549 closed-kiosk target on the real screen
COMFORT_TARGET_PX = 64    # what the kiosk actually aims for


@dataclass(frozen=True)
class Theme:
    name: str
    window: str        # page background
    text: str          # ordinary text on the page
    muted: str         # secondary text (second language, notes) on the page
    surface: str       # cards and panels
    surface_text: str
    line: str          # borders of cards (non-text, ≥ 3:1)
    bar: str           # top bar background
    bar_text: str
    primary: str       # main action button
    primary_text: str
    secondary: str     # other buttons
    secondary_text: str
    chosen: str        # chosen card's background
    chosen_text: str
    warn: str          # "does not fit", error messages (on surface and on window)
    focus: str         # keyboard focus ring
    meter_fill: str
    meter_empty: str
    overlay: str       # dimmed backdrop behind help / idle panels

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text colour, background) pair the style sheet uses, by name."""
        return {
            "page": (self.text, self.window),
            "page-muted": (self.muted, self.window),
            "page-warn": (self.warn, self.window),
            "card": (self.surface_text, self.surface),
            "card-muted": (self.muted, self.surface),
            "card-warn": (self.warn, self.surface),
            "chosen": (self.chosen_text, self.chosen),
            "chosen-muted": (self.muted, self.chosen),
            "bar": (self.bar_text, self.bar),
            "primary": (self.primary_text, self.primary),
            "secondary": (self.secondary_text, self.secondary),
        }


DEFAULT = Theme(
    name="default", window="#F7F5F0", text="#1B1B1B", muted="#3F3F3F", surface="#FFFFFF",
    surface_text="#1B1B1B", line="#6B6B6B", bar="#123F6B", bar_text="#FFFFFF",
    primary="#0A4A82", primary_text="#FFFFFF", secondary="#FFFFFF", secondary_text="#0A3D6B",
    chosen="#E6F2E8", chosen_text="#0F3D1C", warn="#8A1F00", focus="#B34700",
    meter_fill="#1D6B35", meter_empty="#D9D4CA", overlay="#F7F5F0",
)

CONTRAST = Theme(
    name="contrast", window="#000000", text="#FFFFFF", muted="#F0F0F0", surface="#000000",
    surface_text="#FFFFFF", line="#FFFFFF", bar="#000000", bar_text="#FFFF00",
    primary="#FFFF00", primary_text="#000000", secondary="#000000", secondary_text="#FFFF00",
    chosen="#003300", chosen_text="#FFFFFF", warn="#FFB3A0", focus="#00FFFF",
    meter_fill="#FFFF00", meter_empty="#444444", overlay="#000000",
)

CREAM = Theme(
    name="cream", window="#FBF3DC", text="#1A1A1A", muted="#3A3A3A", surface="#FFF9E8",
    surface_text="#1A1A1A", line="#5C5040", bar="#3B2F1E", bar_text="#FFF9E8",
    primary="#3B2F1E", primary_text="#FFF9E8", secondary="#FFF9E8", secondary_text="#3B2F1E",
    chosen="#E0EDD3", chosen_text="#1E3B10", warn="#8A1F00", focus="#0047B3",
    meter_fill="#2D5A1B", meter_empty="#DDD2B8", overlay="#FBF3DC",
)

BY_NAME = {"default": DEFAULT, "contrast": CONTRAST, "cream": CREAM}


def relative_luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    c = colour.lstrip("#")
    r, g, b = (channel(c[i:i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def min_target_px(physical_dpi: float | None) -> int:
    """The larger of 44 px and 11 mm on the real screen, never less than the comfort size."""
    mm_px = math.ceil(MIN_TARGET_MM / 25.4 * physical_dpi) if physical_dpi else 0
    return max(MIN_TARGET_PX, COMFORT_TARGET_PX, mm_px)


def sizes(text_size: str) -> dict[str, int]:
    body = BODY_PX[text_size]
    return {"body": body, "small": round(body * 0.86), "title": round(body * 1.45),
            "card": round(body * 1.2),
            "huge": round(body * 2.0), "code": round(body * 1.7)}


def stylesheet(theme: Theme, text_size: str, target_px: int) -> str:
    """Labels carry a `role`; button labels carry `btn-<kind>` so no page rule can reach them."""
    t, s = theme, sizes(text_size)
    buttons = {"primary": (t.primary_text, t.primary, t.primary),
               "secondary": (t.secondary_text, t.secondary, t.secondary_text),
               "bar": (t.bar_text, t.bar, t.bar_text)}
    button_rules = "".join(f"""
QPushButton[kind="{k}"] {{ background: {bg}; border: 3px solid {border}; }}
QPushButton[kind] QLabel[role="btn-{k}"] {{ color: {fg}; font-weight: bold; }}
QPushButton[kind] QLabel[role="btn-{k}-second"] {{ color: {fg}; font-style: italic;
    font-size: {s['small']}px; }}""" for k, (fg, bg, border) in buttons.items())
    return f"""
* {{ font-size: {s['body']}px; }}
QWidget#KioskWindow, QStackedWidget, QWidget[screen="true"], QScrollArea, QWidget#ScrollBody
    {{ background: {t.window}; color: {t.text}; }}
QLabel {{ color: {t.text}; background: transparent; }}
QLabel[role="title"] {{ font-size: {s['title']}px; font-weight: bold; }}
QLabel[role="cardtitle"] {{ font-size: {s['card']}px; font-weight: bold; }}
QLabel[role="huge"] {{ font-size: {s['huge']}px; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {s['code']}px; font-weight: bold; }}
QLabel[role="second"] {{ color: {t.muted}; font-style: italic; font-size: {s['small']}px; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="warn"] {{ color: {t.warn}; font-weight: bold; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QFrame[panel="true"] {{ background: {t.surface}; border: 2px solid {t.line};
    border-radius: 12px; }}
QFrame[panel="true"] QLabel {{ color: {t.surface_text}; }}
QFrame[panel="true"] QLabel[role="second"], QFrame[panel="true"] QLabel[role="muted"]
    {{ color: {t.muted}; }}
QFrame[panel="true"] QLabel[role="warn"] {{ color: {t.warn}; }}
QFrame[panel="true"][chosen="true"] {{ background: {t.chosen}; border: 5px solid {t.meter_fill}; }}
QFrame[panel="true"][chosen="true"] QLabel {{ color: {t.chosen_text}; }}
QFrame#TopBar {{ background: {t.bar}; }}
QFrame#TopBar QLabel {{ color: {t.bar_text}; font-weight: bold; }}
QWidget#Overlay {{ background: {t.overlay}; }}
QPushButton {{ min-height: {target_px}px; min-width: {target_px}px; border-radius: 10px;
    padding: 4px 14px; }}
{button_rules}
QPushButton[kind] QLabel[big="true"] {{ font-size: {s['card']}px; }}
QPushButton:checked {{ border-width: 6px; }}
QPushButton:disabled {{ border-style: dashed; background: {t.secondary};
    border-color: {t.secondary_text}; }}
QPushButton[kind] QLabel:disabled {{ color: {t.secondary_text}; font-weight: normal; }}
QPushButton:focus {{ border: 6px solid {t.focus}; }}
QPushButton:pressed {{ border-width: 7px; }}
QLineEdit {{ font-size: {s['title']}px; min-height: {target_px}px; background: {t.surface};
    color: {t.surface_text}; border: 3px solid {t.line}; border-radius: 8px; padding: 4px 10px; }}
QLineEdit:focus {{ border: 6px solid {t.focus}; }}
QScrollBar:vertical {{ width: {target_px}px; background: {t.meter_empty}; }}
QScrollBar::handle:vertical {{ background: {t.line}; min-height: {target_px}px;
    border-radius: 8px; }}
QScrollBar:horizontal {{ height: 14px; background: {t.meter_empty}; }}
QScrollBar::handle:horizontal {{ background: {t.line}; min-width: {target_px}px;
    border-radius: 6px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; width: 0px; }}
QFrame[badge="chosen"] {{ background: {t.chosen}; border: 5px solid {t.meter_fill};
    border-radius: 10px; min-height: {target_px}px; min-width: {target_px}px; }}
QFrame[badge="chosen"]:focus {{ border: 6px solid {t.focus}; }}
QFrame[badge="chosen"] QLabel {{ color: {t.chosen_text}; font-weight: bold; }}
"""
