"""The bar on top of every screen: language (start side), the election's title, Help (end side).

Help is always in the same place; the language button appears once a language has been chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import translate
from kiosk.ui.widgets.basic import BiLabel, Button

LANGUAGE = translate("TopBar", "Language: %1")
CHANGE_LANGUAGE = translate("TopBar", "Change language. Now: %1")
HELP = translate("TopBar", "Help")
TEST_MODE = translate("TopBar", "TEST MODE: votes are not counted")


class TopBar(QFrame):
    def __init__(self, ui, on_language, on_help) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("TopBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        px = ui.settings.target_px
        self.language = Button("topbar-language", "bar", min_px=px)
        self.language.clicked.connect(on_language)
        self.title = BiLabel("title", name="topbar-title")
        self.help = Button("topbar-help", "bar", min_px=px)
        self.help.clicked.connect(on_help)
        # A strip under the bar on every screen while the station is in test mode (the window
        # places it); black on yellow, about 15:1.
        self.test_mode = QLabel()
        self.test_mode.setObjectName("topbar-test-mode")
        self.test_mode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.test_mode.setStyleSheet("QLabel#topbar-test-mode { background: #ffd400; "
                                     "color: #000000; font-weight: bold; padding: 6px; }")
        self.test_mode.setVisible(False)
        layout.addWidget(self.language)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.help)

    def retranslate(self) -> None:
        ui = self.ui
        native = LANGUAGES[ui.language].native_name
        self.language.set_texts(ui.text(LANGUAGE.arg(native)),
                                accessible=ui.text(CHANGE_LANGUAGE.arg(native)))
        self.title.set_texts(*ui.texts(ui.content.title))
        self.test_mode.setText("   |   ".join(t for t in ui.texts(TEST_MODE) if t))
        self.test_mode.setAccessibleName(ui.text(TEST_MODE))
        primary, secondary = ui.texts(HELP)
        self.help.set_texts(f"?  {primary}", secondary, accessible=primary)

    def show_test_mode(self, visible: bool) -> None:
        self.test_mode.setVisible(visible)

    def show_language(self, visible: bool) -> None:
        self.language.setVisible(visible)
