"""Draw a QR code with QPainter from the `qrcode` package's module matrix."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    matrix = qr_matrix(text)
    size = len(matrix)
    cell = min(rect.width(), rect.height()) / size
    painter.save()
    painter.setPen(QColor("black"))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(rect.x() + x * cell, rect.y() + y * cell, cell + 0.2,
                                        cell + 0.2), QColor("black"))
    painter.restore()
