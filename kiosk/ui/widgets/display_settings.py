"""Text size, colours and "Listen", where a voter sees them first (the language screen) and in
Help. Every choice belongs to the current voter: the kiosk's state resets it for the next one.

"Listen" turns read-aloud on and reads the screen at once when the kiosk has a voice for the
voter's language. When it has none (no speech engine, or no voice for the language), the button
is not shown and a line says read-aloud is not available here, so nothing pretends to work.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.i18n import translate
from kiosk.ui.spoken import read_aloud_offered
from kiosk.ui.theme import TEXT_SIZES, THEMES
from kiosk.ui.widgets.basic import CHECK, BiLabel, Button, Panel
from kiosk.ui.widgets.flow_layout import FlowLayout

TEXT_SIZE = translate("Help", "Text size")
SIZES = {"normal": translate("Help", "Normal text"), "large": translate("Help", "Large text"),
         "larger": translate("Help", "Larger text"),
         "largest": translate("Help", "Largest text")}
COLOURS = translate("Help", "Colours")
THEME_NAMES = {"default": translate("Help", "Normal colours"),
               "contrast": translate("Help", "High contrast"),
               "cream": translate("Help", "Dark text on cream")}
LISTEN = translate("Display", "Listen")
NO_VOICE = translate("Display", "Read-aloud is not available on this kiosk in this language.")

assert tuple(SIZES) == TEXT_SIZES and tuple(THEME_NAMES) == THEMES


class DisplaySettings(Panel):
    """Buttons named `<prefix>-size-<size>`, `<prefix>-theme-<theme>` and `<prefix>-listen`."""

    def __init__(self, ui, prefix: str, read_screen) -> None:
        super().__init__(f"{prefix}-display")
        self.ui = ui
        self.prefix = prefix
        self.read_screen = read_screen  # () -> None: say what the current screen shows
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.buttons: dict[str, Button] = {}
        # Listen first: on the language screen at 1280x800 it (and "Audio ballot" beside it)
        # must be on screen without scrolling, above text size and colours.
        self.listen = Button(f"{prefix}-listen", "primary", min_px=ui.settings.target_px + 24)
        self.listen.label.setProperty("big", True)
        self.listen.clicked.connect(self.toggle_listen)
        self.listen_row = QHBoxLayout()  # the language screen adds "Audio ballot" beside it
        self.listen_row.setSpacing(16)
        self.listen_row.addWidget(self.listen, 1)
        column.addLayout(self.listen_row)
        self.no_voice = BiLabel("muted", name=f"{prefix}-no-voice")
        column.addWidget(self.no_voice)
        self.size_label = BiLabel("strong", name=f"{prefix}-size-label")
        column.addWidget(self.size_label)
        column.addWidget(self._row({f"size-{s}": (lambda _=False, s=s: ui.state.set_look(
            text_size=s)) for s in TEXT_SIZES}))
        self.theme_label = BiLabel("strong", name=f"{prefix}-theme-label")
        column.addWidget(self.theme_label)
        column.addWidget(self._row({f"theme-{t}": (lambda _=False, t=t: ui.state.set_look(
            theme=t)) for t in THEMES}))
        ui.speech.ready.connect(self.refresh)
        self.refresh()

    def _row(self, slots: dict) -> QWidget:
        host = QWidget()
        flow = FlowLayout(host)
        for key, slot in slots.items():
            button = Button(f"{self.prefix}-{key}", min_px=self.ui.settings.target_px)
            button.clicked.connect(slot)
            flow.addWidget(button)
            self.buttons[key] = button
        return host

    def toggle_listen(self) -> None:
        on = not self.ui.state.assistance.read_aloud
        self.ui.state.set_assistance(read_aloud=on)
        if on:
            self.read_screen()
        else:
            self.ui.speech.stop()
        self.refresh()

    def refresh(self) -> None:
        ui, look = self.ui, self.ui.state.look
        self.size_label.set_texts(*ui.texts(TEXT_SIZE))
        self.theme_label.set_texts(*ui.texts(COLOURS))
        for size, say in SIZES.items():
            self._mark(self.buttons[f"size-{size}"], say, look.text_size == size)
        for theme, say in THEME_NAMES.items():
            self._mark(self.buttons[f"theme-{theme}"], say, look.theme == theme)
        voice = read_aloud_offered(ui)
        self._mark(self.listen, LISTEN, ui.state.assistance.read_aloud)
        self.listen.setVisible(voice)
        self.no_voice.set_texts(*ui.texts(NO_VOICE))
        self.no_voice.setVisible(not voice and ui.speech.state != "starting")

    def _mark(self, button: Button, say, on: bool) -> None:
        """The chosen option carries a check mark and words, never colour alone."""
        primary, secondary = self.ui.texts(say)
        button.set_texts(f"{CHECK} {primary}" if on else primary, secondary, accessible=primary)
        button.setCheckable(True)
        button.setChecked(on)
