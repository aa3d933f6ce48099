"""Welcome (the attract screen) and the language picker with the display settings.

The language screen is the first screen of every voter's session, so text size, colours and
"Listen" sit there, visible without Help, and go back to the defaults when the session ends.
Its Back button returns to Welcome (ending the session that "Tap here to vote" started), or,
when the voter came from a later screen to change language, to that screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.spoken import read_aloud, sentences
from kiosk.ui.widgets.basic import CHECK, Button, make_label
from kiosk.ui.widgets.display_settings import DisplaySettings

TAP_TO_VOTE = translate("Welcome", "Tap here to vote")
WHAT_THIS_IS = translate("Welcome", "Here you can vote on ideas for your area.")
STARTING = translate("Welcome", "One moment…")
CHOOSE_LANGUAGE = translate("Language", "Choose your language")
BACK = translate("Common", "Back")
AUDIO_BALLOT = translate("AudioBallot", "Audio ballot")


class WelcomeScreen(Screen):
    """Shown between voters: the election, and "Tap here to vote" in every language."""

    screen_id = "welcome"
    session_bound = False

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.title = make_label("huge", name="welcome-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what = make_label("", name="welcome-what")
        self.what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = Button("welcome-start", "primary", min_px=ui.settings.target_px * 3)
        self.start.clicked.connect(flow.start_voting)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.start.layout().addLayout(grid)
        self.lines = []
        seen: set[str] = set()
        tags = []
        for tag in ui.content.languages():  # one line per different wording (sv = sv-simple)
            wording = ui.text(TAP_TO_VOTE, tag)
            if wording not in seen:
                seen.add(wording)
                tags.append(tag)
        for index, tag in enumerate(tags):
            line = make_label("btn-primary")
            line.setProperty("big", True)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            line.setLayoutDirection(Qt.LayoutDirection.RightToLeft if LANGUAGES[tag].rtl
                                    else Qt.LayoutDirection.LeftToRight)
            grid.addWidget(line, index // 2, index % 2)
            self.lines.append((tag, line))
        self.message = make_label("warn", name="welcome-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.outer.addWidget(self.title)
        self.outer.addWidget(self.what)
        self.outer.addWidget(self.start, 1)
        self.outer.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        default = self.ui.content.default
        self.title.setText(self.ui.content.title(default))
        self.what.setText(self.ui.text(WHAT_THIS_IS, default))
        for tag, line in self.lines:
            line.setText(self.ui.text(TAP_TO_VOTE, tag))
        first = self.lines[0][1].text() if self.lines else ""
        self.start.set_texts("", accessible=" / ".join(
            line.text() for _t, line in self.lines) or first)
        self.start.label.hide()

    @property
    def primary_actions(self) -> list[Button]:
        """The big start button is the screen's content and its one action."""
        return [self.start]

    def show_message(self, say) -> None:
        self.message.setText(self.ui.text(say, self.ui.content.default))
        self.message.setVisible(bool(say))

    def spoken_text(self) -> str:
        """The election, what this is and "Tap here to vote", in the election's language."""
        message = self.message.text() if not self.message.isHidden() else ""
        return sentences(self.title.text(), self.what.text(), message,
                         self.ui.text(TAP_TO_VOTE, self.ui.content.default))

    def on_show(self) -> None:
        self.message.hide()
        self.start.setEnabled(True)


class LanguageScreen(Screen):
    """Big buttons with each language's own name. Reachable from every later screen."""

    screen_id = "language"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addWidget(self.heading(CHOOSE_LANGUAGE))
        grid = QGridLayout()
        grid.setSpacing(18)
        self.buttons: dict[str, Button] = {}
        tags = ui.content.languages()
        columns = 3
        for index, tag in enumerate(tags):
            button = Button(f"lang-{tag}", min_px=ui.settings.target_px + 24)
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if LANGUAGES[tag].rtl
                                      else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, t=tag: flow.choose_language(t))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[tag] = button
        self.outer.addLayout(grid)
        self.display = DisplaySettings(ui, "look", self._read_screen)
        self.outer.addWidget(self.display)
        # Next to Listen: the whole ballot by ear and keypad (kiosk.ui.audio_ballot)
        self.audio = self.button("language-audio-ballot", AUDIO_BALLOT, "primary",
                                 slot=lambda: flow.audio.start())
        self.audio.setMinimumHeight(ui.settings.target_px + 24)
        self.audio.label.setProperty("big", True)
        self.display.listen_row.addWidget(self.audio, 1)
        ui.speech.ready.connect(self.refresh)
        self.outer.addStretch(1)
        self.back = self.button("language-back", BACK, slot=self._back)
        self.add_actions(start=(self.back,))
        self.refresh()

    def refresh(self) -> None:
        current = self.ui.language
        for tag, button in self.buttons.items():
            name = LANGUAGES[tag].native_name
            mark = f"{CHECK} " if tag == current and self.flow.in_session_language_change else ""
            button.set_texts(mark + name, accessible=name)
        self.display.refresh()
        self.audio.setVisible(not self.flow.in_session_language_change
                              and self.flow.audio.offered())

    def _back(self) -> None:
        if self.flow.in_session_language_change:
            self.flow.back_from_language()
        else:
            self.flow.abandon()

    def spoken_text(self) -> str:
        """The heading, every language by its own name, then Listen (or that there is no voice)
        and Back."""
        display = self.display
        listen = display.listen.accessibleName() if not display.listen.isHidden() else \
            display.no_voice.text()
        return sentences(self.ui.text(CHOOSE_LANGUAGE),
                         *(LANGUAGES[tag].native_name for tag in self.buttons), listen,
                         self.ui.text(BACK))

    def _read_screen(self) -> None:
        read_aloud(self.ui, self.spoken_text())

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def on_show(self) -> None:
        self.refresh()
