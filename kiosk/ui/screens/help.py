"""Help: "ask a möjliggörare", the look (text size, contrast), read-aloud and assisted options.

Everything set here belongs to the current voter and is reset when the session ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import ScrollingPage
from kiosk.ui.spoken import read_aloud_offered, sentences
from kiosk.ui.widgets.basic import CHECK, BiLabel, Button, Panel
from kiosk.ui.widgets.display_settings import COLOURS, SIZES, TEXT_SIZE
from kiosk.ui.widgets.display_settings import THEME_NAMES as THEMES
from kiosk.ui.widgets.flow_layout import FlowLayout

HEADING = translate("Help", "Help")
ASK = translate("Help", "Ask a möjliggörare for help. A möjliggörare works here and can sit "
                "beside you while you vote.")
READ_ALOUD = translate("Help", "Read the screen aloud")
FOR_HELPER = translate("Help", "For the möjliggörare")
ASSISTED = translate("Help", "A möjliggörare is helping me")
SECOND_LANGUAGE = translate("Help", "Show a second language:")
NO_SECOND = translate("Help", "No second language")
MORE_TIME = translate("Help", "More time before the screen clears")
START_OVER = translate("Help", "Stop and clear my choices")
CLOSE = translate("Help", "Close help")


class HelpPanel(ScrollingPage):
    """An overlay over the whole window: its options scroll, "Close help" stays at the bottom."""

    def __init__(self, ui, flow) -> None:
        super().__init__("help", (24, 16, 24, 16))
        self.ui = ui
        self.flow = flow
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = self.outer
        self.column.setSpacing(14)
        self.labels: list[tuple[BiLabel, object]] = []
        self.buttons: dict[str, Button] = {}
        self._label(HEADING, "huge", "help-heading")
        self._label(ASK, "strong", "help-ask")
        self._label(TEXT_SIZE, "title")
        self._row([(f"help-size-{s}", lambda _=False, s=s: ui.state.set_look(text_size=s))
                   for s in SIZES])
        self._label(COLOURS, "title")
        self._row([(f"help-theme-{t}", lambda _=False, t=t: ui.state.set_look(theme=t))
                   for t in THEMES])
        self._row([("help-read-aloud", self._toggle_read_aloud)])
        self.helper_panel = Panel("help-helper")
        helper = QVBoxLayout(self.helper_panel)
        helper.setContentsMargins(16, 12, 16, 12)
        self.column.addWidget(self.helper_panel)
        self._label(FOR_HELPER, "title", layout=helper)
        self._row([("help-assisted", self._toggle_assisted)], helper)
        self.second_label = self._label(SECOND_LANGUAGE, "strong", layout=helper)
        self.second_row = self._row(
            [("help-second-none", lambda _=False: self._second(None))] +
            [(f"help-second-{tag}", lambda _=False, t=tag: self._second(t))
             for tag in ui.content.languages()], helper)
        self.more_row = self._row([("help-more-time", self._toggle_more_time)], helper)
        self._row([("help-start-over", flow.abandon)])
        self.column.addStretch(1)
        close = Button("help-close", "primary", min_px=ui.settings.target_px)
        close.clicked.connect(flow.close_help)
        self.buttons["help-close"] = close
        self.add_actions(close)
        self.hide()

    def _label(self, say, role: str, name: str = "", layout=None) -> BiLabel:
        label = BiLabel(role, name=name)
        (layout or self.column).addWidget(label)
        self.labels.append((label, say))
        return label

    def _row(self, specs, layout=None) -> QWidget:
        host = QWidget()
        flow = FlowLayout(host)
        for name, slot in specs:
            button = Button(name, min_px=self.ui.settings.target_px)
            button.clicked.connect(slot)
            flow.addWidget(button)
            self.buttons[name] = button
        (layout or self.column).addWidget(host)
        return host

    # -- actions ---------------------------------------------------------------------------------
    def _toggle_read_aloud(self) -> None:
        a = self.ui.state.assistance
        self.ui.state.set_assistance(read_aloud=not a.read_aloud)

    def _toggle_assisted(self) -> None:
        self.ui.state.set_assistance(assisted=not self.ui.state.assistance.assisted)

    def _toggle_more_time(self) -> None:
        self.ui.state.set_assistance(more_time=not self.ui.state.assistance.more_time)

    def spoken_text(self) -> str:
        """The heading, the advice, then the name of every option shown (which are on is not
        said yet)."""
        words = [label.text() for label, _say in self.labels if not label.isHidden()]
        buttons = [button.accessibleName() for button in self.buttons.values()
                   if button.isVisibleTo(self)]
        return sentences(*words[:2], *buttons)

    def _second(self, tag: str | None) -> None:
        self.ui.state.set_assistance(second_language=tag)

    # -- texts -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        state = ui.state
        for label, say in self.labels:
            label.set_texts(*ui.texts(say))

        def mark(name: str, say, on: bool) -> None:
            primary, secondary = ui.texts(say)
            self.buttons[name].set_texts(f"{CHECK} {primary}" if on else primary, secondary,
                                         accessible=primary)
            self.buttons[name].setProperty("selected", on)

        for size, say in SIZES.items():
            mark(f"help-size-{size}", say, state.look.text_size == size)
        for theme, say in THEMES.items():
            mark(f"help-theme-{theme}", say, state.look.theme == theme)
        speech_ok = read_aloud_offered(ui)
        self.buttons["help-read-aloud"].parentWidget().setVisible(speech_ok)
        mark("help-read-aloud", READ_ALOUD, state.assistance.read_aloud)
        in_session = state.session is not None
        self.helper_panel.setVisible(in_session)
        self.buttons["help-start-over"].parentWidget().setVisible(in_session)
        mark("help-start-over", START_OVER, False)
        assisted = state.assistance.assisted
        mark("help-assisted", ASSISTED, assisted)
        self.second_label.setVisible(assisted)
        self.second_row.setVisible(assisted)
        self.more_row.setVisible(assisted)
        mark("help-second-none", NO_SECOND, state.second_language is None)
        for tag in ui.content.languages():
            name = LANGUAGES[tag].native_name
            button = self.buttons[f"help-second-{tag}"]
            button.setVisible(tag != ui.language)
            on = state.second_language == tag
            button.set_texts(f"{CHECK} {name}" if on else name, accessible=name)
        mark("help-more-time", MORE_TIME, state.assistance.more_time)
        mark("help-close", CLOSE, False)
