"""What every staff page needs: the station bridge, the staff translations, settings, the look."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.station import StationService
from kiosk.station.media import Medium
from kiosk.ui.i18n import Text
from kiosk.ui.service_bridge import StationBridge
from kiosk.ui.staff.texts import StaffCatalog, error_text


@dataclass
class StaffSettings:
    idle_seconds: int = 180          # staff mode leaves by itself after this quiet time
    language: str = "sv"             # staff language ("sv" or "en" are complete)
    theme: str = "default"           # "default" or "contrast" (kiosk.ui.theme)
    target_px: int = 64              # smallest touch target
    reports_dir: Path | None = None  # default: <station data folder>/reports
    status_refresh_ms: int = 5000    # how often the status numbers are refreshed while shown
    # Where USB sticks are looked for; default: kiosk.ui.staff.media_qt.find_media.
    find_media: Callable[[], list[Medium]] | None = None
    extra_folders: list[Path] = field(default_factory=list)  # offered like sticks (tests, kiosk)


class StaffContext(QObject):
    """Shared by the panel and its pages; `language_changed` makes every page retranslate."""

    language_changed = Signal()
    status_changed = Signal(object)  # a fresh StationStatus after any change

    def __init__(self, service: StationService, settings: StaffSettings,
                 catalog: StaffCatalog | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.catalog = catalog or StaffCatalog()
        # Its own bridge: the voter window drops late answers of its bridge on every session
        # reset (forget_pending), which must never swallow a staff operation's answer.
        self.bridge = StationBridge(service, self)
        self.status = None

    @property
    def language(self) -> str:
        return self.settings.language

    def set_language(self, tag: str) -> None:
        if tag != self.settings.language:
            self.settings.language = tag
            self.language_changed.emit()

    def text(self, text: Text | str) -> str:
        return self.catalog.render(text, self.settings.language)

    def error(self, error: BaseException) -> str:
        return self.text(error_text(error))

    @property
    def reports_dir(self) -> Path:
        return self.settings.reports_dir or Path(self.service.paths.root) / "reports"

    def refresh_status(self) -> None:
        self.bridge.call(self.service.status.later(), on_ok=self._got_status)

    def _got_status(self, status) -> None:
        self.status = status
        self.status_changed.emit(status)
