"""The kiosk window and the voting flow: which screen comes next, sessions, reset.

welcome → language → (identify | staff-wait) → howto → proposals ⇄ detail → review
→ (survey, when the package asks follow-up questions) → receipt.
Screens that show anything of a voter are created for the session and destroyed when it ends
(cast, "stop", idle), so nothing of one voter can be seen by the next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.election import EligibilityMode
from kiosk.ui import screen_fit
from kiosk.ui.audio_ballot import AudioBallot
from kiosk.ui.audio_keys import Action, action_for
from kiosk.ui.context import Ui
from kiosk.ui.i18n import is_rtl
from kiosk.ui.idle import IdleWarning, IdleWatcher
from kiosk.ui.messages import message_for_error
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.detail import DetailScreen
from kiosk.ui.screens.eligibility import IdentifyScreen, StaffWaitScreen
from kiosk.ui.screens.help import HelpPanel
from kiosk.ui.screens.howto import HowItWorksScreen, ProblemScreen
from kiosk.ui.screens.pots import make_pot_screen, proposals_screen_id
from kiosk.ui.screens.proposals import ProposalsScreen
from kiosk.ui.screens.review import ReceiptScreen, ReviewScreen
from kiosk.ui.screens.start import LanguageScreen, WelcomeScreen
from kiosk.ui.screens.survey import SurveyScreen
from kiosk.ui.speech_focus import FocusReader
from kiosk.ui.spoken import read_aloud
from kiosk.ui.theme import BY_NAME, stylesheet
from kiosk.ui.widgets.topbar import TopBar

SCREENS: dict[str, type[Screen]] = {cls.screen_id: cls for cls in (
    WelcomeScreen, LanguageScreen, IdentifyScreen, StaffWaitScreen, HowItWorksScreen,
    ProposalsScreen, DetailScreen, ReviewScreen, SurveyScreen, ReceiptScreen, ProblemScreen)}


class KioskWindow(QWidget):
    def __init__(self, ui: Ui) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.in_session_language_change = False
        self.return_to = "howto"
        layout = QVBoxLayout(self)
        # The content never sizes the window (a window-level layout would raise the window's
        # minimum size to whatever the largest text needs, and Qt never shrinks it back): the
        # window is as big as its screen allows (fit_to_screen) and the screens scroll inside.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.topbar = TopBar(ui, self.open_language, self.open_help)
        self.stack = QStackedWidget()
        layout.addWidget(self.topbar)
        layout.addWidget(self.topbar.test_mode)
        layout.addWidget(self.stack, 1)
        self.screens: dict[str, Screen] = {}
        self._help: HelpPanel | None = None  # built when first opened: not on the start's path
        self.idle = IdleWatcher(ui.settings.idle_seconds, ui.settings.warning_seconds)
        self.idle_warning = IdleWarning(ui, self.more_time)
        self.idle_warning.setParent(self)
        self.idle.warn.connect(self._show_idle_warning)
        self.idle.tick.connect(self.idle_warning.show_seconds)
        self.idle.expired.connect(self.abandon)
        self.prebuild = QTimer(self)
        self.prebuild.setInterval(0)
        self.prebuild.timeout.connect(self._prebuild_step)
        ui.state.look_changed.connect(self.apply_look)
        ui.state.languages_changed.connect(self.apply_language)
        ui.state.assistance_changed.connect(self._assistance_changed)
        ui.state.choices_changed.connect(self._speak_choice_state)
        self.focus_reader = FocusReader(ui, self)
        self.audio = AudioBallot(ui, self)  # the audio ballot: its keys, voice and cover
        self.apply_look()
        self.apply_language()
        self.go("welcome")

    # -- screens -------------------------------------------------------------------------------
    def page(self, screen_id: str) -> Screen:
        if screen_id not in self.screens:
            screen = SCREENS[screen_id](self.ui, self) if screen_id in SCREENS else \
                make_pot_screen(self.ui, self, screen_id)
            self.screens[screen_id] = screen
            self.stack.addWidget(screen)
        return self.screens[screen_id]

    @property
    def current_id(self) -> str:
        current = self.stack.currentWidget()
        return current.screen_id if isinstance(current, Screen) else ""

    def go(self, screen_id: str) -> Screen:
        screen = self.page(screen_id)
        if screen is not self.stack.currentWidget():
            screen.before_show()
        self.stack.setCurrentWidget(screen)
        screen.on_show()
        self.topbar.show_language(screen_id not in ("welcome", "language"))
        # a plain attribute of the service: read without waiting on the writer thread
        self.topbar.show_test_mode(bool(getattr(self.ui.bridge.service, "test_mode", False)))
        self.idle.set_active(self.ui.state.session is not None and screen_id != "receipt",
                             self._quiet_seconds())
        if screen_id != "identify":
            screen.setFocus()
        if self.audio.active:
            self.audio.on_screen(screen_id)
        elif self.ui.state.assistance.read_aloud:  # the words only when they will be said
            self._speak(screen.spoken_text(), screen.spoken_clip())
        return screen

    def _speak(self, text: str, clip: bytes | None = None) -> None:
        """Read `text` aloud in the voter's language when the voter has turned read-aloud on
        (where the language has no voice, `clip` is played if there is one)."""
        if self.ui.state.assistance.read_aloud:
            read_aloud(self.ui, text, clip)

    def _speak_choice_state(self) -> None:
        """After a choice, what it changed (e.g. what is chosen and what is left)."""
        current = self.stack.currentWidget()
        if isinstance(current, Screen) and not self.audio.active:  # it says it itself
            self._speak(current.spoken_state())

    def _prebuild_step(self) -> None:
        """Build the proposal cards a few at a time between events, then the detail and review
        screens, so no tap has to wait."""
        proposals = self.screens.get(proposals_screen_id(self.ui.state))
        if self.ui.state.session is None or not isinstance(proposals, ProposalsScreen):
            self.prebuild.stop()
        elif proposals.build_some(3):
            later = [s for s in ("detail", "review") if s not in self.screens]
            if later:
                self.page(later[0])
            else:
                self.prebuild.stop()

    def _drop_session_screens(self, keep: tuple[str, ...] = ()) -> None:
        for screen_id in list(self.screens):
            screen = self.screens[screen_id]
            if screen.session_bound and screen_id not in keep:
                self.stack.removeWidget(screen)
                screen.hide()
                screen.deleteLater()
                del self.screens[screen_id]

    # -- look and language -----------------------------------------------------------------------
    def apply_look(self) -> None:
        look = self.ui.state.look
        QApplication.instance().setStyleSheet(
            stylesheet(BY_NAME[look.theme], look.text_size, self.ui.settings.target_px))
        for screen in self.screens.values():
            if isinstance(screen, ProposalsScreen):
                screen.relayout()
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            current.on_show()
        if self.help_shown():
            self.help.refresh()
        self.fit_to_screen()

    def apply_language(self) -> None:
        tag = self.ui.language
        self.ui.catalog.install(tag)
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(tag) else \
            Qt.LayoutDirection.LeftToRight
        QApplication.instance().setLayoutDirection(direction)
        self.topbar.retranslate()
        for screen in self.screens.values():
            screen.retranslate()
        if self.help_shown():
            self.help.refresh()
        if self.idle_warning.isVisible():
            self.idle_warning.show_seconds(self.idle.left)
        self.fit_to_screen()

    def _assistance_changed(self) -> None:
        for proposals in self.screens.values():
            if isinstance(proposals, ProposalsScreen):
                proposals.relayout()
        self.idle.quiet_seconds = self._quiet_seconds()

    def _quiet_seconds(self) -> int:
        s = self.ui.settings
        more = self.ui.state.assistance.more_time or self.ui.state.assistance.assisted \
            or self.audio.active  # listening to a long list is not being away
        return s.idle_assisted_seconds if more else s.idle_seconds

    # -- the flow ------------------------------------------------------------------------------
    def start_voting(self) -> None:
        welcome = self.page("welcome")
        welcome.start.setEnabled(False)
        self.ui.bridge.call(self.ui.bridge.service.start_session.later(self.ui.content.default),
                            on_ok=self._session_started, on_error=self._start_refused)

    def _start_refused(self, error) -> None:
        welcome = self.page("welcome")
        welcome.start.setEnabled(True)
        self.audio.pending = False
        welcome.show_message(message_for_error(error))

    def _session_started(self, ticket: str) -> None:
        self.ui.state.begin(ticket)
        self.in_session_language_change = False
        self.go("language")
        self.page(proposals_screen_id(self.ui.state))
        self.prebuild.start()
        if self.audio.pending:
            self.audio.start()

    def open_language(self) -> None:
        if self.ui.state.session is None:
            return
        self.close_help()
        self.in_session_language_change = True
        self.return_to = self.current_id
        self.go("language")

    def back_from_language(self) -> None:
        self.in_session_language_change = False
        self.go(self.return_to)

    def choose_language(self, tag: str) -> None:
        self.ui.state.set_language(tag)
        if self.in_session_language_change:
            self.back_from_language()
            return
        mode = self.ui.election.eligibility.mode
        if self.ui.state.voter.identified or mode is EligibilityMode.OPEN:
            self.go("howto")
        elif mode is EligibilityMode.STAFF_UNLOCK:
            self.go("staff-wait")
        else:
            self.go("identify")

    def identified(self) -> None:
        self.ui.state.voter.identified = True
        self.go("howto")

    def show_proposals(self) -> None:
        """The proposals (with pots: of the pot being voted, or first the district question)."""
        self.go(proposals_screen_id(self.ui.state))

    def choose_district(self, district: str) -> None:
        self.ui.state.set_district(district)
        self.show_pot(0)

    def show_pot(self, index: int) -> None:
        self.ui.state.go_to_pot(index)
        self.show_proposals()

    def show_detail(self, pid: str) -> None:
        self.page("detail").show_proposal(pid)
        self.go("detail")

    def show_review(self) -> None:
        self.go("review")

    def show_survey(self) -> None:
        self.go("survey")

    def cast(self, survey: dict | None = None) -> None:
        state = self.ui.state
        self.idle.set_active(False)
        self.ui.bridge.call(self.ui.bridge.service.cast_ballot.later(
                                state.voter.ticket, state.ballot,
                                language=state.language, assisted=state.assistance.assisted,
                                survey=survey or None),
                            on_ok=self._cast_done, on_error=self._cast_failed)

    def _cast_done(self, receipt) -> None:
        self.ui.state.voter.ticket = None
        self.ui.state.session.clear()
        if self.ui.state.voter.pots is not None:
            self.ui.state.voter.pots.clear()
        self._drop_session_screens(keep=("receipt",))
        self.page("receipt").show_receipt(receipt)  # the code first: read-aloud spells it
        self.go("receipt")

    def _cast_failed(self, error) -> None:
        message_id = getattr(error, "message_id", "")
        if message_id.startswith("ballot."):
            if self.current_id != "review":
                self.go("review")
            self.page("review").cast_failed(error)
            self.idle.set_active(True, self._quiet_seconds())
            return
        self.show_problem(message_for_error(error))

    def show_problem(self, say) -> None:
        self.page("problem").show_message(say)
        self.go("problem")

    def finish(self) -> None:
        """After the receipt: back to Welcome with nothing left of this voter."""
        self.reset()

    def abandon(self) -> None:
        """Stop (from Help), idle timeout or a problem: drop the session and wipe everything."""
        ticket = self.ui.state.voter.ticket
        if ticket:
            self.ui.bridge.call(self.ui.bridge.service.abandon_session.later(ticket))
        self.reset()

    def reset(self) -> None:
        self.ui.bridge.forget_pending()
        self.audio.stop()
        self.ui.speech.stop()
        session = self.ui.state.session
        if session is not None:
            session.clear()
        if self.ui.state.voter.pots is not None:
            self.ui.state.voter.pots.clear()
        if self._help is not None:
            self._help.hide()
        self.idle_warning.hide()
        self.idle.set_active(False)
        self.prebuild.stop()
        self.in_session_language_change = False
        self._drop_session_screens()
        self.ui.state.reset()
        self.go("welcome")

    # -- help and idle overlays ------------------------------------------------------------------
    @property
    def help(self) -> HelpPanel:
        if self._help is None:
            self._help = HelpPanel(self.ui, self)
            self._help.setParent(self)
        return self._help

    def help_shown(self) -> bool:
        return self._help is not None and self._help.isVisible()

    def open_help(self) -> None:
        self.help.refresh()
        self.help.setGeometry(self.rect())
        self.help.show()
        self.help.raise_()
        self.help.buttons["help-close"].setFocus()
        self._speak(self.help.spoken_text())

    def close_help(self) -> None:
        if self._help is not None:
            self._help.hide()
        self.ui.speech.stop()
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _show_idle_warning(self) -> None:
        self.idle_warning.setGeometry(self.rect())
        self.idle_warning.show()
        self.idle_warning.raise_()
        self.idle_warning.button.setFocus()
        self.idle_warning.show_seconds(self.idle.left)  # its words now, to be read aloud
        self._speak(self.idle_warning.spoken_text())

    def more_time(self) -> None:
        self.idle_warning.hide()
        self.idle.more_time()

    # -- the window's size: never larger than its screen -------------------------------------------
    def screen_limit(self) -> QRect:
        return screen_fit.screen_limit(self)

    def fit_to_screen(self) -> None:
        screen_fit.fit_to_screen(self)

    def keep_on_screen(self) -> None:
        screen_fit.keep_on_screen(self)

    def _watch_screen(self) -> None:
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_screen_watched", False):
            self._screen_watched = True
            handle.screenChanged.connect(lambda _s: self.fit_to_screen())
            # Touches, clicks and keys reach the window first: watching them there keeps the
            # idle watcher out of the many other events the widgets get (paint, layout, …).
            handle.installEventFilter(self.idle)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._watch_screen()
        self.fit_to_screen()
        self.keep_on_screen()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.fit_to_screen()
            self.keep_on_screen()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        for overlay in (self._help, self.idle_warning, self.audio.cover):
            if overlay is not None:
                overlay.setGeometry(self.rect())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.help_shown():
            self.close_help()
            return
        if action_for(event.key()) is Action.START and self.current_id in ("welcome", "language"):
            self.audio.start()
            return
        super().keyPressEvent(event)
