"""The building blocks: word-wrapping buttons and labels that can show a second language.

`Button` is a QPushButton (activates on release, keyboard focus, Enter/Space) whose text is a
word-wrapping label, so long Sami or Finnish words are never cut off; it always has an
accessible name, and it is never smaller than the kiosk's touch-target size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.touch_scroll import enable_touch_scrolling

CHECK = "\u2713"


def set_shown(widget: QWidget, shown: bool) -> None:
    """`widget.setVisible(shown)`, skipped when it already shows: Qt lays out again every layout
    above a widget told to show even when it is showing, and sixty cards each doing that made
    the proposals screen wait."""
    if shown and not widget.isHidden():
        return
    widget.setVisible(shown)


def make_label(role: str = "text", wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role or "text")
    if name:
        label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class BiLabel(QWidget):
    """A text in the voter's language with, in an assisted session, the second language below
    (its line is made the first time a second language is shown: most never need one)."""

    def __init__(self, role: str = "text", name: str = "", align=None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.align = align
        self.primary = make_label(role, name=name)
        if align is not None:
            self.primary.setAlignment(align)
        layout.addWidget(self.primary)
        self._secondary: QLabel | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    @property
    def secondary(self) -> QLabel:
        if self._secondary is None:
            self._secondary = make_label("second")
            if self.align is not None:
                self._secondary.setAlignment(self.align)
            self._secondary.hide()
            self.layout().addWidget(self._secondary)
        return self._secondary

    def set_texts(self, primary: str, secondary: str | None = None) -> None:
        self.primary.setText(primary)
        if secondary or self._secondary is not None:
            self.secondary.setText(secondary or "")
            set_shown(self.secondary, bool(secondary))

    def text(self) -> str:
        return self.primary.text()


class Button(QPushButton):
    """A big, word-wrapping, accessible button. `kind`: "primary", "secondary" or "bar"."""

    def __init__(self, name: str, kind: str = "secondary", min_px: int = 64,
                 align=Qt.AlignmentFlag.AlignCenter) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("kind", kind)
        self.kind = kind
        self.min_px = min_px
        self.align = align
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(0)
        self.label = make_label(f"btn-{kind}")
        self.label.setAlignment(align)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label)
        self._second: QLabel | None = None  # the second language's line, made when first needed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    @property
    def second(self) -> QLabel:
        if self._second is None:
            self._second = make_label(f"btn-{self.kind}-second")
            self._second.setAlignment(self.align)
            self._second.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._second.hide()
            self.layout().addWidget(self._second)
        return self._second

    def second_text(self) -> str:
        return self._second.text() if self._second is not None else ""

    def set_texts(self, primary: str, secondary: str | None = None,
                  accessible: str | None = None) -> None:
        changed = (primary, secondary or "") != (self.label.text(), self.second_text())
        self.label.setText(primary)
        if secondary or self._second is not None:
            self.second.setText(secondary or "")
            set_shown(self.second, bool(secondary))
        self.setAccessibleName(accessible or primary.replace("\n", " "))
        if changed:  # the same words keep the size: no layout pass over the whole screen
            self.updateGeometry()

    def set_kind(self, kind: str) -> None:
        if kind == self.kind:
            return
        self.kind = kind
        self.setProperty("kind", kind)
        self.label.setProperty("role", f"btn-{kind}")
        widgets = [self, self.label]
        if self._second is not None:
            self._second.setProperty("role", f"btn-{kind}-second")
            widgets.append(self._second)
        for widget in widgets:
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def text_shown(self) -> str:
        return self.label.text()

    # the layout, not QPushButton's own text metrics, decides the size
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Wide enough for the text on one line (up to 560 px); layouts may make it wrap."""
        margins = self.layout().contentsMargins()
        widest = max((self.label.fontMetrics().horizontalAdvance(line)
                      for line in self.label.text().splitlines()), default=0)
        if self._second is not None and self._second.isVisibleTo(self):
            widest = max(widest, self.second.fontMetrics().horizontalAdvance(self.second.text()))
        width = min(560, widest + margins.left() + margins.right() + 12)
        height = self.heightForWidth(width)
        return QSize(max(width, self.min_px), max(height, self.min_px))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().minimumSize()
        return QSize(max(hint.width(), self.min_px), max(hint.height(), self.min_px))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(self.min_px, self.layout().totalHeightForWidth(width))


class Panel(QFrame):
    """A card or panel with a border (`panel` property styled by the theme)."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setProperty("panel", True)
        if name:
            self.setObjectName(name)


def set_flag(widget: QWidget, prop: str, value: bool) -> None:
    """Set a style property and re-polish only when it changed."""
    if widget.property(prop) != value:
        widget.setProperty(prop, value)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        for child in widget.findChildren(QLabel):
            style.unpolish(child)
            style.polish(child)


def scroll_area(body: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body.setObjectName("ScrollBody")
    area.setWidget(body)
    enable_touch_scrolling(area)
    return area
