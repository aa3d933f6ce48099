"""A4 sheets of voting-code cards: 10 cards (85 × 54 mm) a page, cut marks, code, QR code and one
line of instructions in each of the election's languages.

The instruction lines were written by an AI model and need native-speaker review (see
translations/STATUS.md), like every other text in languages other than Swedish and English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from kiosk.domain.languages import LANGUAGES
from kiosk.domain.voting_codes import display
from kiosk.printing.qr import draw_qr
from kiosk.qt_offscreen import offscreen_application

INSTRUCTIONS = {
    "sv": "Skriv in koden på röstkiosken. Koden gäller en gång.",
    "sv-simple": "Skriv koden på skärmen när du röstar.",
    "fi": "Kirjoita koodi äänestyskioskiin. Koodi toimii kerran.",
    "fit": "Kirjota koodi äänestyskioskhiin. Koodi käypi yhen kerran.",
    "se": "Čális koda jienastanbáikkis. Koda doaibmá oktii.",
    "smj": "Tjále koda jienastimsajen. Koda doajmmá akti.",
    "sma": "Tjaelieh koodem stemmemesijjesne. Koode akte aejkien.",
    "en": "Enter the code at the voting station. It works once.",
    "ar": "أدخل الرمز في جهاز التصويت. يعمل الرمز مرة واحدة.",
}

CARD_W, CARD_H = 85.0, 54.0  # millimetres
COLUMNS, ROWS = 2, 5
MARK = 4.0  # length of a cut mark


def _mm(value: float, dpi: int) -> float:
    return value * dpi / 25.4


def write_code_cards(path: Path, codes: list[str], title: str, languages: list[str]) -> int:
    """Write the PDF; returns the number of pages."""
    offscreen_application()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(f"{title}: voting codes")
    dpi = writer.resolution()
    left = (210.0 - COLUMNS * CARD_W) / 2
    top = (297.0 - ROWS * CARD_H) / 2
    lines = [(INSTRUCTIONS[lang], LANGUAGES[lang].rtl) for lang in languages
             if lang in INSTRUCTIONS]
    painter = QPainter(writer)
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(codes) // per_page))
    for page in range(pages):
        if page:
            writer.newPage()
        _cut_marks(painter, left, top, dpi)
        for slot, code in enumerate(codes[page * per_page:(page + 1) * per_page]):
            x = left + (slot % COLUMNS) * CARD_W
            y = top + (slot // COLUMNS) * CARD_H
            _card(painter, QRectF(_mm(x, dpi), _mm(y, dpi), _mm(CARD_W, dpi),
                                  _mm(CARD_H, dpi)), code, title, lines, dpi)
    painter.end()
    return pages


def _cut_marks(painter: QPainter, left: float, top: float, dpi: int) -> None:
    painter.setPen(QColor("black"))
    xs = [left + i * CARD_W for i in range(COLUMNS + 1)]
    ys = [top + j * CARD_H for j in range(ROWS + 1)]
    for x in xs:
        for edge, direction in ((top, -1), (ys[-1], 1)):
            painter.drawLine(QPointF(_mm(x, dpi), _mm(edge + direction * 1, dpi)),
                             QPointF(_mm(x, dpi), _mm(edge + direction * (1 + MARK), dpi)))
    for y in ys:
        for edge, direction in ((left, -1), (xs[-1], 1)):
            painter.drawLine(QPointF(_mm(edge + direction * 1, dpi), _mm(y, dpi)),
                             QPointF(_mm(edge + direction * (1 + MARK), dpi), _mm(y, dpi)))


def _fitting_font(painter: QPainter, text: str, width: float) -> QFont:
    """The largest bold monospace font (13 pt down to 7 pt) in which `text` fits `width`."""
    size = 13.0
    while True:
        font = QFont("DejaVu Sans Mono", 1)
        font.setPointSizeF(size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        if QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= width or size <= 7:
            return font
        size -= 0.5


def _card(painter: QPainter, rect: QRectF, code: str, title: str,
          lines: list[tuple[str, bool]], dpi: int) -> None:
    pad = _mm(4, dpi)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    qr_size = _mm(24, dpi)
    painter.setPen(QColor("black"))
    title_font = QFont("Noto Sans", 7)
    painter.setFont(title_font)
    painter.drawText(QRectF(inner.x(), inner.y(), inner.width(), _mm(4, dpi)),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    code_rect = QRectF(inner.x(), inner.y() + _mm(5, dpi), inner.width() - qr_size - pad,
                       _mm(9, dpi))
    painter.setFont(_fitting_font(painter, display(code), code_rect.width()))
    painter.drawText(code_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     display(code))
    draw_qr(painter, QRectF(inner.right() - qr_size, inner.y() + _mm(4.5, dpi), qr_size,
                            qr_size), display(code))
    text_font = QFont("Noto Sans", 5)
    painter.setFont(text_font)
    line_h = _mm(2.7, dpi)
    y = inner.y() + _mm(15, dpi)
    width = inner.width() - qr_size - pad
    for line, rtl in lines:
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(inner.x(), y, width, line_h),
                         side | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, line)
        y += line_h
