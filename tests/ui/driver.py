"""Drive the kiosk like a voter: find controls by objectName, click them, wait for the station."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from kiosk.ui.app import build_kiosk
from kiosk.ui.context import Settings


class Driver:
    def __init__(self, qtbot, service, world, kiosk) -> None:
        self.qtbot = qtbot
        self.service = service
        self.world = world
        self.kiosk = kiosk
        self.window = kiosk.window
        self.ui = kiosk.ui

    @classmethod
    def start(cls, qtbot, service, world, **settings) -> Driver:
        kiosk = build_kiosk(service, Settings(**settings), speech=False)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        return cls(qtbot, service, world, kiosk)

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self.window.idle)
        self.window.idle.set_active(False)
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        self.service.close()

    # -- finding and clicking ------------------------------------------------------------------
    def find(self, name: str) -> QWidget:
        found = [w for w in self.window.findChildren(QWidget, name) if w.isVisible()]
        assert found, f"no visible control named {name!r} on {self.window.current_id}"
        return found[0]

    def click(self, name: str) -> None:
        widget = self.find(name)
        assert isinstance(widget, QAbstractButton), name
        assert widget.isEnabled(), f"{name} is disabled"
        self.bring_into_view(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    @staticmethod
    def bring_into_view(widget: QWidget) -> None:
        """Scroll every scroll area around `widget` so it is on screen, as a voter would: a
        finger can only tap what it sees (and drag scrolling replays a tap where it lands)."""
        QApplication.processEvents()  # pending layouts first: a just-shown button has a place
        node = widget.parentWidget()
        while node is not None:
            if isinstance(node, QScrollArea):
                node.ensureWidgetVisible(widget, 0, 0)
            node = node.parentWidget()
        QApplication.processEvents()

    def settle(self) -> None:
        """Wait until every station call has answered and its callback has run."""
        self.qtbot.waitUntil(lambda: self.ui.bridge.idle, timeout=10000)
        QApplication.processEvents()

    @property
    def screen(self) -> str:
        return self.window.current_id

    # -- the flow ------------------------------------------------------------------------------
    def start_voting(self, language: str) -> None:
        self.click("welcome-start")
        assert self.screen == "language"
        self.click(f"lang-{language}")

    def to_proposals(self, language: str) -> None:
        self.start_voting(language)
        assert self.screen == "howto", self.screen
        self.click("howto-start")
        assert self.screen == "proposals"

    def cast_from_proposals(self) -> str:
        self.click("proposals-review")
        assert self.screen == "review"
        self.click("review-cast")
        assert self.screen == "receipt", self.screen
        return self.find("receipt-code").text()
