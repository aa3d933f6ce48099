"""A4 sheets of voting-code cards: 8 cards (98 × 68 mm) a page, cut marks; on each card the
election's title, the code and its QR code, the voting period and the voting places from the
package (drawn after a calendar and a map-pin sign, so they need no words in any language), and
one line of instructions in each of the election's languages.

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
    QPainterPath,
    QPdfWriter,
    QPen,
)

from kiosk.domain.election import Election
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

CARD_W, CARD_H = 98.0, 68.0  # millimetres
COLUMNS, ROWS = 2, 4
MARK = 4.0  # length of a cut mark
QR = 24.0
MAX_PLACE_LINES = 3


def _mm(value: float, dpi: int) -> float:
    return value * dpi / 25.4


def period_text(election: Election) -> str:
    """'2027-04-01 08:00 – 2027-04-21 20:00', in the package's own time zone."""
    return f"{election.opens:%Y-%m-%d %H:%M} – {election.closes:%Y-%m-%d %H:%M}"


def place_lines(election: Election) -> list[str]:
    """At most three lines; '+ N' stands for the places that do not fit."""
    lines = [place.line() for place in election.places]
    if len(lines) > MAX_PLACE_LINES:
        lines = lines[:MAX_PLACE_LINES - 1] + [f"+ {len(lines) - MAX_PLACE_LINES + 1}"]
    return lines


def write_code_cards(path: Path, codes: list[str], election: Election) -> int:
    """Write the PDF; returns the number of pages."""
    offscreen_application()
    title = election.title(election.default_language)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(f"{title}: voting codes")
    dpi = writer.resolution()
    left = (210.0 - COLUMNS * CARD_W) / 2
    top = (297.0 - ROWS * CARD_H) / 2
    card = _CardText(title, period_text(election), place_lines(election),
                     [(INSTRUCTIONS[lang], LANGUAGES[lang].rtl) for lang in election.languages
                      if lang in INSTRUCTIONS])
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
                                  _mm(CARD_H, dpi)), code, card, dpi)
    painter.end()
    return pages


class _CardText:
    """What every card of one election says besides its code."""

    def __init__(self, title: str, period: str, places: list[str],
                 lines: list[tuple[str, bool]]) -> None:
        self.title, self.period, self.places, self.lines = title, period, places, lines


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


def _fitting_font(painter: QPainter, text: str, width: float, largest: float, smallest: float,
                  *, mono: bool = False, bold: bool = False) -> QFont:
    """The largest font (from `largest` down to `smallest` points) in which `text` fits."""
    size = largest
    while True:
        font = QFont("DejaVu Sans Mono" if mono else "Noto Sans", 1)
        font.setPointSizeF(size)
        font.setBold(bold)
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        if QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= width or \
                size <= smallest:
            return font
        size -= 0.5


def _calendar(painter: QPainter, box: QRectF) -> None:
    """A small calendar sign: a sheet with two rings and a header bar."""
    painter.save()
    pen = QPen(QColor("black"), box.width() / 10)
    painter.setPen(pen)
    painter.drawRect(box.adjusted(0, box.height() * 0.15, 0, 0))
    painter.fillRect(QRectF(box.x(), box.y() + box.height() * 0.15, box.width(),
                            box.height() * 0.25), QColor("black"))
    for share in (0.3, 0.7):
        x = box.x() + box.width() * share
        painter.drawLine(QPointF(x, box.y()), QPointF(x, box.y() + box.height() * 0.3))
    painter.restore()


def _pin(painter: QPainter, box: QRectF) -> None:
    """A small map-pin sign: a circle that narrows to a point."""
    painter.save()
    outline = QPainterPath()
    radius = box.width() / 2
    centre = QPointF(box.center().x(), box.y() + radius)
    outline.moveTo(box.center().x(), box.bottom())
    outline.arcTo(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                  -60, 300)
    outline.closeSubpath()
    painter.fillPath(outline, QColor("black"))
    painter.setBrush(QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(centre, radius * 0.4, radius * 0.4)
    painter.restore()


def _line(painter: QPainter, rect: QRectF, text: str, font: QFont,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    painter.setFont(font)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                     text)


def _card(painter: QPainter, rect: QRectF, code: str, card: _CardText, dpi: int) -> None:
    mm = lambda v: _mm(v, dpi)  # noqa: E731
    inner = rect.adjusted(mm(4), mm(4), -mm(4), -mm(4))
    qr_size = mm(QR)
    column = inner.width() - qr_size - mm(3)
    painter.setPen(QColor("black"))
    x, y = inner.x(), inner.y()
    _line(painter, QRectF(x, y, column, mm(5)), card.title,
          _fitting_font(painter, card.title, column, 9, 7, bold=True))
    y += mm(5.5)
    _line(painter, QRectF(x, y, column, mm(8)), display(code),
          _fitting_font(painter, display(code), column, 15, 9, mono=True, bold=True))
    draw_qr(painter, QRectF(inner.right() - qr_size, inner.y(), qr_size, qr_size), display(code))
    y += mm(9)
    icon = mm(3)
    text_x, text_w = x + icon + mm(1.5), column - icon - mm(1.5)
    _calendar(painter, QRectF(x, y + mm(0.5), icon, icon))
    _line(painter, QRectF(text_x, y, text_w, mm(4)), card.period,
          _fitting_font(painter, card.period, text_w, 8.5, 6.5, bold=True))
    y += mm(4.5)
    if card.places:
        _pin(painter, QRectF(x + mm(0.4), y + mm(0.3), icon - mm(0.8), icon))
    if card.places:  # one size for all: the one the longest place needs
        longest = max(card.places, key=lambda text: QFontMetricsF(
            _fitting_font(painter, text, 10 ** 9, 8, 6), painter.device()).horizontalAdvance(
                text))
        place_font = _fitting_font(painter, longest, text_w, 8, 6)
    for place in card.places:
        _line(painter, QRectF(text_x, y, text_w, mm(3.6)), place, place_font)
        y += mm(3.6)
    y = max(y, inner.y() + qr_size) + mm(1.5)
    painter.setPen(QPen(QColor("#6B6B6B"), mm(0.2)))
    painter.drawLine(QPointF(x, y - mm(0.8)), QPointF(inner.right(), y - mm(0.8)))
    painter.setPen(QColor("black"))
    line_h = min(mm(3.4), (inner.bottom() - y) / max(1, len(card.lines)))
    for text, rtl in card.lines:
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        _line(painter, QRectF(x, y, inner.width(), line_h), text,
              _fitting_font(painter, text, inner.width(), 7.5, 6), side)
        y += line_h
