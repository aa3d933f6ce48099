"""What every screen needs: the station bridge, the election content, the translations, the state.

`ui.texts(x)` renders a UI string or a piece of election content in the voter's language and, in
an assisted session with a second language, in that language too.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.money import format_kronor
from kiosk.ui.content import ElectionContent
from kiosk.ui.i18n import Catalog, Say, is_rtl
from kiosk.ui.service_bridge import StationBridge
from kiosk.ui.speech import Speech
from kiosk.ui.state import KioskState


@dataclass
class Settings:
    idle_seconds: int = 60          # quiet time before the warning
    idle_assisted_seconds: int = 180
    warning_seconds: int = 30       # countdown on the warning (at least 20)
    receipt_seconds: int = 30       # the receipt returns to Welcome by itself
    target_px: int = 64             # minimum touch target on this screen


class Ui:
    def __init__(self, bridge: StationBridge, content: ElectionContent, catalog: Catalog,
                 state: KioskState, speech: Speech, settings: Settings) -> None:
        self.bridge = bridge
        self.content = content
        self.catalog = catalog
        self.state = state
        self.speech = speech
        self.settings = settings
        self.clips = None  # kiosk.ui.clips.ClipBook: recorded UI clips, where the station has any

    @property
    def election(self):
        return self.content.election

    @property
    def language(self) -> str:
        return self.state.language

    def text(self, say: Say, language: str | None = None) -> str:
        return self.catalog.render(say, language or self.state.language)

    def texts(self, say: Say) -> tuple[str, str | None]:
        """(primary, secondary or None) for the current language(s)."""
        primary = self.catalog.render(say, self.state.language)
        second = self.state.second_language
        if second is None:
            return primary, None
        secondary = self.catalog.render(say, second)
        return primary, (secondary if secondary != primary else None)

    def money(self, amount: int) -> str:
        """Kronor the Swedish way; kept left-to-right as one unit inside Arabic text."""
        return self.left_to_right(format_kronor(amount))

    def left_to_right(self, text: str, keep_whole: bool = False) -> str:
        """An amount, an ISO date or an address inside right-to-left text: isolated so it reads
        left to right (bidi would otherwise show 2027-04-28 as 28-04-2027); `keep_whole` adds
        word joiners after an address's slashes so its halves do not trade places on a wrap."""
        if not is_rtl(self.state.language):
            return text
        if keep_whole:
            text = text.replace("/", "/\u2060")
        return f"\u2066{text}\u2069"
