"""One row of filter chips that scrolls sideways (finger drag or keyboard focus) when it is wider
than the screen, instead of wrapping onto a second row that pushes the proposals down."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QWidget

from kiosk.ui.widgets.touch_scroll import enable_touch_scrolling


class _Row(QWidget):
    """Never narrower than its chips on one line each: the strip scrolls instead of squeezing."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class ChipStrip(QScrollArea):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        host = _Row()
        host.setObjectName("ScrollBody")
        self.row = QHBoxLayout(host)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.setWidget(host)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        enable_touch_scrolling(self)

    def add(self, widget: QWidget) -> None:
        self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def finish(self) -> None:
        self.row.addStretch(1)

    def refit(self) -> None:
        """Height = the chips' own height plus the sideways scroll bar, after a look change."""
        self.widget().adjustSize()
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().sizeHint()
        bar = self.horizontalScrollBar().sizeHint().height()
        return QSize(inner.width(), inner.height() + bar + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())
