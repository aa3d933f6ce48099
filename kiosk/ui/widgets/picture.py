"""A proposal's picture: a label that draws its pixmap itself.

QLabel.setPixmap keeps the picture as a QIcon, whose drawn copies go into Qt's global pixmap
cache and stay there after the label shows another picture (up to 10 MB, a proposal read after
another). `Picture` keeps only the pixmap it shows and draws it where QLabel would.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QStyle


class Picture(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self._pixmap = QPixmap()

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 (Qt API)
        self._pixmap = pixmap
        self.updateGeometry()
        self.update()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._pixmap.isNull():
            return super().sizeHint()
        margins = self.contentsMargins()
        return self._pixmap.deviceIndependentSize().toSize() + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._pixmap.isNull():
            super().paintEvent(event)
            return
        size = self._pixmap.deviceIndependentSize().toSize()
        target = QStyle.alignedRect(self.layoutDirection(), self.alignment(), size,
                                    self.contentsRect())
        QPainter(self).drawPixmap(target, self._pixmap)
