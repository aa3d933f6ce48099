"""Building blocks of the staff screens: a page base, a confirmation overlay, a QR code, a table
of facts. Buttons are the voter UI's big word-wrapping `Button` (≥ the touch-target size)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.printing.qr import draw_qr
from kiosk.ui.i18n import Text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.widgets.basic import Button, Panel, make_label

YES = staff_text("StaffCommon", "Yes")
CANCEL = staff_text("StaffCommon", "Cancel")


class StaffPage(QWidget):
    """One staff screen: `page_id`, bound texts redone by `retranslate()`, `on_show()`."""

    page_id = "page"

    def __init__(self, ctx: StaffContext, page_id: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        if page_id is not None:
            self.page_id = page_id
        self.setObjectName(f"staff-page-{self.page_id}")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(32, 12, 24, 12)
        self.outer.setSpacing(14)
        self._bound: list[tuple[QWidget, Text | Callable[[], str]]] = []

    def heading(self, text: Text, name: str = "") -> QLabel:
        return self.label(text, "title", name or f"staff-{self.page_id}-heading")

    def label(self, text: Text | None = None, role: str = "", name: str = "") -> QLabel:
        label = make_label(role, name=name)
        if text is not None:
            self.bind(label, text)
        return label

    def button(self, name: str, text: Text, kind: str = "secondary",
               slot: Callable | None = None) -> Button:
        button = Button(name, kind, min_px=self.ctx.settings.target_px)
        self.bind(button, text)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def bind(self, widget: QWidget, text: Text | Callable[[], str]) -> None:
        self._bound = [(w, t) for w, t in self._bound if w is not widget]
        self._bound.append((widget, text))
        self._show_text(widget, text)

    def _show_text(self, widget: QWidget, text) -> None:
        value = text() if callable(text) else self.ctx.text(text)
        if isinstance(widget, Button):
            widget.set_texts(value)
        else:
            widget.setText(value)

    def tell(self, label: QLabel, text: Text | Callable[[], str], ok: bool = True) -> None:
        """A message: bold when all is well, in the warning colour when something failed."""
        set_role(label, "strong" if ok else "warn")
        self.bind(label, text)

    def retranslate(self) -> None:
        for widget, text in self._bound:
            self._show_text(widget, text)

    def on_show(self) -> None:
        """Called each time the page becomes the current one."""

    def row(self, *widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for widget in widgets:
            row.addWidget(widget)
        if stretch:
            row.addStretch(1)
        return row


def set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class FactTable(QWidget):
    """Rows of "label: value" (labels bold); values are selectable plain text."""

    def __init__(self, ctx: StaffContext, name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}

    def set_row(self, key: str, label: str, value: str, warn: bool = False) -> None:
        if key not in self.rows:
            name = f"{self.objectName()}-{key}"
            left = make_label("strong", name=f"{name}-label")
            right = make_label("", name=name)
            right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            index = len(self.rows)
            self.grid.addWidget(left, index, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(right, index, 1, Qt.AlignmentFlag.AlignTop)
            self.rows[key] = (left, right)
        left, right = self.rows[key]
        left.setText(label)
        right.setText(value)
        set_role(right, "warn" if warn else "")

    def value(self, key: str) -> str:
        return self.rows[key][1].text()

    def clear(self) -> None:
        for left, right in self.rows.values():
            left.deleteLater()
            right.deleteLater()
        self.rows.clear()


class QrCode(QWidget):
    """A QR code drawn black on white with a quiet zone (scannable from the screen)."""

    def __init__(self, name: str, size: int = 180) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFixedSize(size, size)
        self.payload = ""

    def set_payload(self, payload: str, accessible: str) -> None:
        self.payload = payload
        self.setAccessibleName(accessible)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.payload:
            quiet = self.width() * 0.08
            draw_qr(painter, QRectF(quiet, quiet, self.width() - 2 * quiet,
                                    self.height() - 2 * quiet), self.payload)
        painter.end()


class ConfirmOverlay(QWidget):
    """A question over the staff panel with a safe default (Cancel has the focus)."""

    def __init__(self, ctx: StaffContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(140, 80, 140, 80)
        panel = Panel("staff-confirm")
        outer.addStretch(1)
        outer.addWidget(panel)
        outer.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(20)
        self.question = make_label("cardtitle", name="staff-confirm-question")
        self.detail = make_label("warn", name="staff-confirm-detail")
        px = ctx.settings.target_px
        self.yes = Button("staff-confirm-yes", "primary", min_px=px)
        self.no = Button("staff-confirm-no", "secondary", min_px=px)
        self.yes.clicked.connect(self._accept)
        self.no.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(self.no)
        row.addStretch(1)
        row.addWidget(self.yes)
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self._on_yes: Callable[[], None] | None = None
        self.hide()

    def ask(self, question: Text, yes: Text, on_yes: Callable[[], None],
            detail: Text | None = None) -> None:
        self.question.setText(self.ctx.text(question))
        self.detail.setText(self.ctx.text(detail) if detail is not None else "")
        self.detail.setVisible(detail is not None)
        self.yes.set_texts(self.ctx.text(yes))
        self.no.set_texts(self.ctx.text(CANCEL))
        self._on_yes = on_yes
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.no.setFocus()

    def _accept(self) -> None:
        on_yes, self._on_yes = self._on_yes, None
        self.hide()
        if on_yes is not None:
            on_yes()

    def cancel(self) -> None:
        self._on_yes = None
        self.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
