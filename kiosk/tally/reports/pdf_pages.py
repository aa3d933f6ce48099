"""A small flowing-page PDF writer over Qt's QPdfWriter (offscreen, A4, millimetres).

Text and tables flow down the page and continue on a new one; table headers repeat; every page
gets a footer "page n of N" (the document is laid out twice to know N).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.domain.errors import KioskError
from kiosk.qt_offscreen import ARABIC_FAMILY, LATIN_FAMILY, offscreen_application

LATIN, ARABIC = LATIN_FAMILY, ARABIC_FAMILY
GREY = QColor("#5A5A5A")


def font(points: float, bold: bool = False, family: str = LATIN) -> QFont:
    result = QFont(family)
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


class Page:
    """Drawing state of one pass: painter, cursor y (mm), page number."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, total: int | None,
                 footer: str, rtl: bool) -> None:
        self.painter, self.writer, self.total, self.footer = painter, writer, total, footer
        self.dpi = writer.resolution()
        self.left, self.width, self.top, self.bottom = 18.0, 174.0, 16.0, 280.0
        self.y = self.top
        self.number = 1
        self.rtl = rtl
        self.scale = 1.0  # write_pdf shrinks every font when a page limit is exceeded
        self.repeat_header: Callable[[], None] | None = None
        self.page_word = "Sida/Page"  # a document in other languages sets its own

    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def measure(self, text: str, points: float, bold: bool, width: float,
                family: str = LATIN) -> float:
        self.painter.setFont(font(points * self.scale, bold, family))
        box = self.painter.boundingRect(self.rect(0, 0, width, 1000),
                                        int(Qt.TextFlag.TextWordWrap), text)
        return box.height() * 25.4 / self.dpi

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.draw_footer()
        self.writer.newPage()
        self.number += 1
        self.y = self.top
        if self.repeat_header:
            self.repeat_header()

    def draw_footer(self) -> None:
        self.painter.setPen(GREY)
        self.painter.setFont(font(8))
        total = f" / {self.total}" if self.total else ""
        self.painter.drawText(self.rect(self.left, 286, self.width, 5),
                              int(Qt.AlignmentFlag.AlignLeft), self.footer)
        if self.total != 1:  # a one-page poster needs no (Swedish/English) page number
            self.painter.drawText(self.rect(self.left, 286, self.width, 5),
                                  int(Qt.AlignmentFlag.AlignRight),
                                  f"{self.page_word} {self.number}{total}")
        self.painter.setPen(QColor("black"))

    def text(self, value: str, points: float = 10, bold: bool = False, gap: float = 1.5,
             color: QColor | None = None, family: str = LATIN, x: float | None = None,
             width: float | None = None) -> None:
        x = self.left if x is None else x
        width = self.width if width is None else width
        height = self.measure(value, points, bold, width, family)
        self.ensure(height)
        self.painter.setPen(color or QColor("black"))
        self.painter.setFont(font(points * self.scale, bold, family))
        align = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        self.painter.drawText(self.rect(x, self.y, width, height + 1),
                              int(align | Qt.TextFlag.TextWordWrap), value)
        self.painter.setPen(QColor("black"))
        self.y += height + gap

    def rule(self, gap: float = 2.0, weight: float = 0.2) -> None:
        self.painter.setPen(QPen(GREY, self.px(weight)))
        self.painter.drawLine(int(self.px(self.left)), int(self.px(self.y)),
                              int(self.px(self.left + self.width)), int(self.px(self.y)))
        self.painter.setPen(QColor("black"))
        self.y += gap

    def table(self, columns: list[tuple[str, float, str]], rows: list[list[str]],
              points: float = 8.5, caption: str | None = None) -> None:
        """columns: (title, width mm, 'l' | 'r'); the header repeats on every new page.

        A table that fits on one page is kept together on one page."""
        def height(cells: list[str], bold: bool = False) -> float:
            return max(self.measure(c, points, bold, w - 1.5) for c, (_t, w, _a) in
                       zip(cells, columns, strict=True)) + 1.2

        whole = height([c[0] for c in columns], True) + sum(height(r) for r in rows) + 3
        if caption:
            whole += self.measure(caption, 13, True, self.width) + 1
        if whole <= self.bottom - self.top and self.y + whole > self.bottom:
            self.new_page()
        if caption:
            self.text(caption, 13, bold=True, gap=1)

        def header() -> None:
            self.row([c[0] for c in columns], columns, points, bold=True)
            self.rule(1.0, 0.3)

        header()
        previous, self.repeat_header = self.repeat_header, header
        for cells in rows:
            self.row(cells, columns, points)
        self.repeat_header = previous
        self.y += 2

    def row(self, cells: list[str], columns: list[tuple[str, float, str]], points: float,
            bold: bool = False) -> None:
        height = max(self.measure(c, points, bold, w - 1.5) for c, (_t, w, _a) in
                     zip(cells, columns, strict=True)) + 1.2
        self.ensure(height)
        x = self.left
        self.painter.setFont(font(points * self.scale, bold))
        for cell, (_title, width, align) in zip(cells, columns, strict=True):
            flag = Qt.AlignmentFlag.AlignRight if align == "r" else Qt.AlignmentFlag.AlignLeft
            self.painter.drawText(self.rect(x, self.y, width - 1.5, height),
                                  int(flag | Qt.TextFlag.TextWordWrap), cell)
            x += width
        self.y += height


def _render(target: Path, title: str, footer: str, draw: Callable[[Page], None], rtl: bool,
            total: int | None, scale: float) -> int:
    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Röstkiosk")
    painter = QPainter(writer)
    if not painter.isActive():
        raise KioskError("report.write_failed", f"{target}: the PDF could not be written")
    page = Page(painter, writer, total, footer, rtl)
    page.scale = scale
    try:
        draw(page)
        page.draw_footer()
    finally:
        painter.end()
    return page.number


def write_pdf(path: Path, title: str, footer: str, draw: Callable[[Page], None],
              rtl: bool = False, max_pages: int | None = None) -> Path:
    """Lay the document out first (to learn the page count, and to shrink every font until
    it fits in max_pages), then write it; returns the path."""
    offscreen_application()
    trial = path.with_name(path.name + ".layout")
    scale = 1.0
    try:
        pages = _render(trial, title, footer, draw, rtl, None, scale)
        while max_pages is not None and pages > max_pages and scale > 0.5:
            scale *= 0.9
            pages = _render(trial, title, footer, draw, rtl, None, scale)
    finally:
        trial.unlink(missing_ok=True)
    _render(path, title, footer, draw, rtl, pages, scale)
    return path
