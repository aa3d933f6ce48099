"""Choosing a file for the set-up wizard: what USB sticks hold, "Look again", "Choose a file…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from kiosk.station.media import Medium
from kiosk.ui.staff.background import Background
from kiosk.ui.staff.media_qt import find_media
from kiosk.ui.staff.setup_texts import CHOSEN, OTHER_FILE, RESCAN
from kiosk.ui.staff.widgets import StaffPage
from kiosk.ui.widgets.basic import Button, make_label


def files_on(media: list[Medium], accept) -> list[Path]:
    """Files on the sticks' top level and one folder down that `accept(path)` likes."""
    found = []
    for medium in media:
        try:
            children = sorted(medium.path.iterdir())
        except OSError:
            continue
        for child in children:
            candidates = [child]
            if child.is_dir() and not child.name.startswith("."):
                try:
                    candidates = sorted(child.iterdir())
                except OSError:
                    candidates = []
            found += [c for c in candidates if c.is_file() and accept(c)]
    return found


def is_package(path: Path) -> bool:
    return path.suffix == ".pkg"


def is_certificate(path: Path) -> bool:
    return path.suffix == ".json" and "cert" in path.name.lower()


class FileChooser(QWidget):
    """Files found on USB sticks (one button each), "Look again" and "Choose a file…"."""

    chosen_changed = Signal(object)

    def __init__(self, page: StaffPage, prefix: str, accept, none_text, pattern: str) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.prefix = prefix
        self.accept = accept
        self.none_text = none_text
        self.pattern = pattern
        self.files: list[Path] = []
        self.chosen: Path | None = None
        self.background = Background(self, f"setup-{prefix}-scan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.none = make_label("warn", name=f"setup-{prefix}-none")
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        layout.addWidget(self.none)
        layout.addLayout(self.list)
        self.buttons: list[Button] = []
        self.rescan = page.button(f"setup-{prefix}-rescan", RESCAN, slot=self.scan)
        self.browse = page.button(f"setup-{prefix}-browse", OTHER_FILE, slot=self._browse)
        layout.addLayout(page.row(self.rescan, self.browse))
        self.label = make_label("strong", name=f"setup-{prefix}-chosen")
        layout.addWidget(self.label)

    def scan(self) -> None:
        settings = self.ctx.settings
        finder = settings.find_media or (lambda: find_media(settings.extra_folders))
        self.background.run(lambda: files_on(finder(), self.accept), on_ok=self._found,
                            on_error=lambda _e: self._found([]))

    def _found(self, files: list[Path]) -> None:
        self.files = files
        self.render()

    def render(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for index, path in enumerate(self.files):
            button = Button(f"setup-{self.prefix}-file-{index}",
                            min_px=self.ctx.settings.target_px,
                            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setCheckable(True)
            button.setChecked(path == self.chosen)
            button.set_texts(str(path))
            button.clicked.connect(lambda _=False, p=path: self.choose(p))
            self.list.addWidget(button)
            self.buttons.append(button)
        self.none.setText("" if self.files else self.ctx.text(self.none_text))
        self.none.setVisible(not self.files)
        self.label.setText(self.ctx.text(CHOSEN.arg(str(self.chosen))) if self.chosen else "")

    def choose(self, path: Path) -> None:
        self.chosen = Path(path)
        for button, file in zip(self.buttons, self.files, strict=True):
            button.setChecked(file == self.chosen)
        self.label.setText(self.ctx.text(CHOSEN.arg(str(self.chosen))))
        self.chosen_changed.emit(self.chosen)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.ctx.text(OTHER_FILE), str(Path.home()), self.pattern,
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.choose(Path(path))
