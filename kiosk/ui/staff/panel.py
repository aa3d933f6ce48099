"""The staff panel: the PIN pad first, then polls, test mode, status, export, audit log, voter
support, paper ballots and sync; leaves staff mode by itself after a few quiet minutes.

    panel = StaffPanel(service, voter=hooks, settings=StaffSettings(idle_seconds=180))
    panel.closed.connect(...)   # hide it, give the screen back to the voter UI
    panel.open()                # shows the PIN pad; nothing else is reachable without the PIN
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.staff.background import Background
from kiosk.ui.staff.context import StaffContext, StaffSettings
from kiosk.ui.staff.languages import LanguageChooser, layout_direction, native_name
from kiosk.ui.staff.pages_export import AuditPage, ExportPage
from kiosk.ui.staff.pages_paper import PaperPage
from kiosk.ui.staff.pages_polls import PollsPage, TestModePage
from kiosk.ui.staff.pages_status import StatusPage, SyncPage
from kiosk.ui.staff.pages_voters import VoterHooks, VotersPage
from kiosk.ui.staff.pinpad import PinPad
from kiosk.ui.staff.texts import StaffCatalog, staff_text
from kiosk.ui.staff.theme import staff_stylesheet
from kiosk.ui.staff.widgets import ConfirmOverlay, StaffPage
from kiosk.ui.widgets.basic import Button, make_label, scroll_area

TITLE = staff_text("StaffPanel", "Staff mode – %1")
LEAVE = staff_text("StaffPanel", "Leave staff mode")
TEST_BANNER = staff_text("StaffPanel", "TEST MODE – ballots cast now are test ballots and are "
                         "never counted")
NAV = {
    "polls": staff_text("StaffPanel", "Polls"),
    "status": staff_text("StaffPanel", "Status"),
    "export": staff_text("StaffPanel", "Export to USB"),
    "voters": staff_text("StaffPanel", "Voter support"),
    "paper": staff_text("StaffPanel", "Paper ballots"),
    "audit": staff_text("StaffPanel", "Audit log"),
    "sync": staff_text("StaffPanel", "Sync"),
    "mode": staff_text("StaffPanel", "Test mode"),
}
NAV_WIDTH = 270
ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel}


class StaffPanel(QWidget):
    closed = Signal()
    logged_in_changed = Signal(bool)

    def __init__(self, service, voter: VoterHooks | None = None,
                 settings: StaffSettings | None = None, catalog: StaffCatalog | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = StaffContext(service, settings or StaffSettings(), catalog, self)
        self.background = Background(self, "staff-reports")
        self.logged_in = False
        self._voter = voter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.root = QStackedWidget()
        self.root.setObjectName("staff-root")
        layout.addWidget(self.root)
        self.pin = PinPad(self.ctx)
        self.pin.accepted.connect(self._logged_in)
        self.pin.cancelled.connect(self.leave)
        self.root.addWidget(self.pin)
        self.main = QWidget()
        self.main.setObjectName("staff-main")
        self.root.addWidget(self.main)
        self.confirm = ConfirmOverlay(self.ctx, self)
        self.languages = LanguageChooser("staff", self.ctx.settings.target_px, self)
        self.languages.chosen.connect(self.ctx.set_language)
        self._build_main()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        QApplication.instance().installEventFilter(self)
        self.ctx.status_changed.connect(self._show_status)
        self.ctx.language_changed.connect(self.retranslate)
        self.apply_look(self.ctx.settings.theme)
        self.retranslate()
        self.root.setCurrentWidget(self.pin)

    # -- building ------------------------------------------------------------------------------
    def _build_main(self) -> None:
        ctx = self.ctx
        px = ctx.settings.target_px
        column = QVBoxLayout(self.main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("StaffBar")
        bar_row = QHBoxLayout(bar)
        bar_row.setContentsMargins(16, 8, 16, 8)
        bar_row.setSpacing(16)
        self.title = make_label("title", wrap=True, name="staff-title")
        self.language = Button("staff-language", "bar", min_px=px)
        self.language.clicked.connect(self.toggle_language)
        self.leave_button = Button("staff-leave", "bar", min_px=px)
        self.leave_button.clicked.connect(self.leave)
        bar_row.addWidget(self.title, 1)
        bar_row.addWidget(self.language)
        bar_row.addWidget(self.leave_button)
        column.addWidget(bar)
        self.banner = make_label("banner", name="staff-test-banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        column.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(16, 8, 0, 0)
        body.setSpacing(8)
        nav = QVBoxLayout()
        nav.setSpacing(6)
        self.nav: dict[str, Button] = {}
        for page_id in NAV:
            button = Button(f"staff-nav-{page_id}", min_px=px,
                            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setCheckable(True)
            button.setProperty("nav", True)
            button.clicked.connect(lambda _=False, p=page_id: self.show_page(p))
            nav.addWidget(button)
            self.nav[page_id] = button
        nav.addStretch(1)
        nav_box = QWidget()
        nav_box.setObjectName("staff-nav")
        nav_box.setLayout(nav)
        nav_area = scroll_area(nav_box, "staff-nav-scroll")
        nav_box.setObjectName("staff-nav")
        nav_area.setFixedWidth(NAV_WIDTH)
        nav_area.installEventFilter(self)
        self.nav_area, self.nav_box = nav_area, nav_box
        body.addWidget(nav_area)
        self.pages_stack = QStackedWidget()
        self.pages_stack.setObjectName("staff-pages")
        body.addWidget(self.pages_stack, 1)
        column.addLayout(body, 1)
        polls = PollsPage(ctx, self.confirm, self.background)
        voters = VotersPage(ctx, self.confirm, self._voter)
        voters.on_unlocked = self._after_unlock
        self.voters = voters
        self.pages: dict[str, StaffPage] = {
            "polls": polls, "status": StatusPage(ctx, self._voter), "export": ExportPage(ctx),
            "voters": voters, "paper": PaperPage(ctx), "audit": AuditPage(ctx),
            "sync": SyncPage(ctx),
            "mode": TestModePage(ctx, self.confirm),
        }
        self.scrolls = {}
        for page_id, page in self.pages.items():
            area = scroll_area(page, f"staff-scroll-{page_id}")
            page.setObjectName(f"staff-page-{page_id}")
            self.scrolls[page_id] = area
            self.pages_stack.addWidget(area)

    def set_voter(self, voter: VoterHooks | None) -> None:
        self.voters.voter = voter
        self.pages["status"].voter = voter

    # -- look and language ---------------------------------------------------------------------
    def apply_look(self, theme: str) -> None:
        self.ctx.settings.theme = theme
        self.setStyleSheet(staff_stylesheet(theme))

    def toggle_language(self) -> None:
        """Offers every election language (the button shows the current one)."""
        self.languages.open(self.ctx.language)

    def retranslate(self) -> None:
        ctx = self.ctx
        status = ctx.status
        self.title.setText(ctx.text(TITLE.arg(status.label if status else "")))
        self.setLayoutDirection(layout_direction(ctx.language))
        self.language.set_texts(native_name(ctx.language))
        self.leave_button.set_texts(ctx.text(LEAVE))
        self.banner.setText(ctx.text(TEST_BANNER))
        self._nav_texts()
        self.pin.retranslate()
        for page in self.pages.values():
            page.retranslate()

    def _nav_texts(self) -> None:
        """The chosen page's button says so with a ▸ and a thick border, not colour alone."""
        for page_id, button in self.nav.items():
            name = self.ctx.text(NAV[page_id])
            button.set_texts(f"▸ {name}" if button.isChecked() else name, accessible=name)

    def _show_status(self, status) -> None:
        self.title.setText(self.ctx.text(TITLE.arg(status.label)))
        self.banner.setVisible(status.mode == "test")

    # -- opening and leaving -------------------------------------------------------------------
    def open(self) -> None:
        """Show the PIN pad (staff mode always starts there)."""
        self.confirm.cancel()
        self.root.setCurrentWidget(self.pin)
        self.pin.reset()
        self.pin.on_show()

    def _logged_in(self) -> None:
        self.logged_in = True
        self.logged_in_changed.emit(True)
        self.root.setCurrentWidget(self.main)
        self.ctx.refresh_status()
        self.show_page("polls")
        self._restart_idle()

    def show_page(self, page_id: str) -> None:
        if not self.logged_in:
            return
        for name, button in self.nav.items():
            button.setChecked(name == page_id)
        self._nav_texts()
        self.pages_stack.setCurrentWidget(self.scrolls[page_id])
        self.pages[page_id].on_show()
        self.nav[page_id].setFocus()

    @property
    def current_page(self) -> str:
        if not self.logged_in:
            return "pin"
        widget = self.pages_stack.currentWidget()
        return next((p for p, area in self.scrolls.items() if area is widget), "")

    def leave(self) -> None:
        """Leave staff mode (button, idle time or Back on the PIN pad)."""
        self.idle.stop()
        self.confirm.cancel()
        if self.logged_in:
            self.logged_in = False
            self.ctx.bridge.call(self.ctx.service.staff_logout.later())
            self.logged_in_changed.emit(False)
        self.root.setCurrentWidget(self.pin)
        self.pin.reset()
        self.closed.emit()

    def _after_unlock(self) -> None:
        self.leave()

    # -- idle ----------------------------------------------------------------------------------
    def _restart_idle(self) -> None:
        if self.logged_in:
            self.idle.start(self.ctx.settings.idle_seconds * 1000)

    def _idle_timeout(self) -> None:
        if self.logged_in:
            self.leave()

    def _fit_nav(self) -> None:
        """Room for the navigation's scroll bar only while the buttons do not fit its height
        (eight pages under the test-mode banner), so the bar never narrows their words."""
        area = self.nav_area
        needs_bar = self.nav_box.minimumSizeHint().height() > area.height()
        width = NAV_WIDTH + (area.verticalScrollBar().sizeHint().width() if needs_bar else 0)
        if area.width() != width:
            area.setFixedWidth(width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is getattr(self, "nav_area", None) and event.type() == QEvent.Type.Resize:
            self._fit_nav()
        if self.logged_in and event.type() in ACTIVITY and isinstance(watched, QWidget) \
                and (watched is self or self.isAncestorOf(watched)):
            self._restart_idle()
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            if self.confirm.isVisible():
                self.confirm.cancel()
                return
            if not self.logged_in:
                self.leave()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.confirm.isVisible():
            self.confirm.setGeometry(self.rect())

    def shutdown(self) -> None:
        """Stop timers and background threads (before the service is closed)."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.background.shutdown()
        for page in self.pages.values():
            for chooser in page.findChildren(QWidget):
                if hasattr(chooser, "background") and hasattr(chooser, "timer"):
                    chooser.timer.stop()
                    chooser.background.shutdown()
