"""The results chart (PNG): one bar per proposal, funded ones dark green, the others grey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.domain.election import Election, RuleKind
from kiosk.qt_offscreen import offscreen_application
from kiosk.tally.reports.labels import CHART_WORDS as W
from kiosk.tally.reports.order import report_order
from kiosk.tally.reports.pdf_pages import font
from kiosk.tally.summary import kronor

WIDTH, ROW, TOP, LABEL = 1800, 64, 170, 720
FUNDED, NOT_FUNDED = QColor("#1B5E20"), QColor("#9E9E9E")


def write_chart(path: Path, election: Election, results: dict) -> Path:
    offscreen_application()
    projects = report_order(results)
    height = TOP + ROW * len(projects) + 80
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        unit = W["points"] if election.rule.kind is RuleKind.CUMULATIVE else W["votes"]
        painter.setFont(font(26, bold=True))
        painter.drawText(QRectF(40, 24, WIDTH - 80, 60), 0,
                         election.title(election.default_language))
        painter.setFont(font(14))
        painter.drawText(QRectF(40, 84, WIDTH - 80, 40), 0,
                         f"{unit} · {W['rule']} {results['rule']} · {W['budget']} "
                         f"{kronor(results['budget'])} · {W['used']} {kronor(results['spent'])}")
        top = max([p["score"] for p in projects] + [1])
        bar_space = WIDTH - LABEL - 260
        for index, project in enumerate(projects):
            y = TOP + index * ROW
            title = election.proposal(project["id"]).texts[election.default_language].title
            painter.setPen(QColor("black"))
            painter.setFont(font(13))
            painter.drawText(QRectF(40, y, LABEL - 60, ROW - 10),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             f"{title} ({project['id']})")
            width = bar_space * project["score"] / top
            painter.fillRect(QRectF(LABEL, y + 8, max(width, 2), ROW - 24),
                             FUNDED if project["funded"] else NOT_FUNDED)
            painter.setFont(font(13, bold=project["funded"]))
            painter.drawText(QRectF(LABEL + width + 14, y, 240, ROW - 10),
                             int(Qt.AlignmentFlag.AlignVCenter),
                             f"{project['score']}" + ("  ✓" if project["funded"] else ""))
        y = TOP + ROW * len(projects) + 24
        painter.fillRect(QRectF(LABEL, y + 6, 36, 24), FUNDED)
        painter.setFont(font(12))
        painter.drawText(QRectF(LABEL + 48, y, 500, 36), int(Qt.AlignmentFlag.AlignVCenter),
                         W["funded"])
        painter.fillRect(QRectF(LABEL + 420, y + 6, 36, 24), NOT_FUNDED)
        painter.drawText(QRectF(LABEL + 468, y, 500, 36), int(Qt.AlignmentFlag.AlignVCenter),
                         W["not_funded"])
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        from kiosk.domain.errors import KioskError

        raise KioskError("report.write_failed", f"{path}: the chart could not be written")
    return path
