"""Drawn pictures: the tracking code's QR code and the "how it works" illustration."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.election import RuleKind
from kiosk.ui.theme import BY_NAME


class QrCode(QWidget):
    """A QR code drawn from `qrcode`'s module matrix; always dark on white with a quiet zone."""

    def __init__(self, size: int = 260) -> None:
        super().__init__()
        self.setObjectName("ReceiptQr")
        self.matrix: list[list[bool]] = []
        self.data = ""  # what a phone reads from it
        self.setFixedSize(size, size)

    def set_data(self, data: str) -> None:
        self.data = data
        code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
        code.add_data(data)
        code.make(fit=True)
        self.matrix = code.get_matrix()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.matrix:
            return
        n = len(self.matrix)
        cell = min(self.width(), self.height()) / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x * cell, y * cell, cell + 0.3, cell + 0.3))


class RuleIllustration(QWidget):
    """A simple picture of the rule: coins into a purse, ticks on a list, or points on cards."""

    def __init__(self, kind: RuleKind) -> None:
        super().__init__()
        self.kind = kind
        self.theme = BY_NAME["default"]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(150)
        self.setAccessibleName("")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 150)

    def paintEvent(self, _event) -> None:  # noqa: N802
        t = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(t.line), 3)
        width = 480
        left = (self.width() - width) / 2
        boxes = 4
        box_w = (width - (boxes - 1) * 16) / boxes
        font = QFont(painter.font())
        font.setPixelSize(48)
        font.setBold(True)
        painter.setFont(font)
        for i in range(boxes):
            rect = QRectF(left + i * (box_w + 16), 20, box_w, 110)
            chosen = i in (0, 2)
            painter.setPen(pen)
            painter.setBrush(QColor(t.chosen if chosen else t.surface))
            painter.drawRoundedRect(rect, 12, 12)
            painter.setPen(QColor(t.chosen_text if chosen else t.surface_text))
            if self.kind is RuleKind.CUMULATIVE:
                mark = ["3", "", "2", ""][i]
            else:
                mark = "\u2713" if chosen else ""
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, mark)
