"""The station's zero (opening) and closing reports as A4 PDF, labels in Swedish and English.

The data is what `StationService.polls_report(kind)` returns (plus `not_synced` from the status
for a closing report). `report_rows` gives the same rows to the staff screen, so what is printed
and what is shown can never differ. Test-mode reports carry a band saying so on every page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.domain.errors import KioskError
from kiosk.printing.qr import draw_qr
from kiosk.qt_offscreen import offscreen_application

TITLES = {
    "zero": ("Nollrapport", "Zero report (polls opened)"),
    "closing": ("Slutrapport", "Closing report (polls closed)"),
}
TEST_BAND = ("TESTLÄGE – inga riktiga röster", "TEST MODE – not real ballots")
POLLS = {"open": "öppen / open", "paused": "pausad / paused", "closed": "stängd / closed",
         "suspended": "avbruten (fel) / suspended (fault)"}


def local_time(iso: str) -> str:
    """'2026-11-25 08:39:12 (UTC 07:39:12)' from an ISO time with an offset."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return f"{moment.astimezone():%Y-%m-%d %H:%M:%S} (UTC {moment.astimezone(UTC):%H:%M:%S})"


def grouped(value: str | None, size: int = 16) -> str:
    """A long hash in groups, so a person can compare it by eye: 'ab12… cd34…'."""
    if not value:
        return ""
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


def report_rows(report: dict) -> list[tuple[str, str, str]]:
    """(Swedish label, English label, value) rows of a report, in print order."""
    kind = report.get("kind", "zero")
    rows = [
        ("Val", "Election", f"{report.get('election_title', '')} ({report.get('election_id')})"),
        ("Station", "Station", report.get("label") or "–"),
        ("Stationens fingeravtryck", "Station fingerprint", report.get("station_id", "")),
        ("Valmyndighetens fingeravtryck", "Authority fingerprint", report.get("authority", "")),
        ("Valpaketets hash (SHA-256)", "Election package hash (SHA-256)",
         grouped(report.get("package_hash"))),
        ("Läge", "Mode", "TEST" if report.get("mode") == "test" else "officiellt / official"),
        ("Röstningen", "Polls", POLLS.get(str(report.get("polls")), str(report.get("polls")))),
        ("Tid", "Time", local_time(report.get("time", ""))),
    ]
    if kind == "zero":
        rows.append(("Röster i valurnan", "Ballots in the ballot box", str(report.get("ballots"))))
        rows.append(("Testlek (L&A-test)", "Logic and accuracy test", lna_text(report.get("lna"))))
    else:
        not_synced = report.get("not_synced")
        rows += [
            ("Avgivna röster", "Ballots cast", str(report.get("ballots"))),
            ("Sista postens hash", "Last record hash",
             grouped(report.get("last_record_hash")) or "inget / none"),
            ("Gjorda exporter", "Exports made", str(report.get("exports"))),
            ("Ej exporterade röster", "Ballots not exported", str(report.get("not_exported"))),
            ("Ej synkade röster", "Ballots not synced",
             "–" if not_synced is None else str(not_synced)),
        ]
    return rows


def lna_text(lna: object) -> str:
    """The recorded L&A test in one line: passed or failed, when, how many test ballots."""
    if not isinstance(lna, dict):
        return "inte registrerat / not recorded"
    verdict = "GODKÄNT / PASSED" if lna.get("passed") else "UNDERKÄNT / FAILED"
    return (f"{verdict} {local_time(str(lna.get('checked_at', '')))}, "
            f"{lna.get('ballots')} teströster / test ballots")


def report_file_name(report: dict) -> str:
    stamp = str(report.get("time", "")).replace(":", "").replace("-", "")[:15]
    test = "-TEST" if report.get("mode") == "test" else ""
    station = str(report.get("station_id", ""))[:4]
    return f"rostkiosk-{report.get('kind', 'report')}-report-{station}-{stamp}{test}.pdf"


def _mm(value: float, dpi: int) -> float:
    return value * dpi / 25.4


def write_station_report(path: Path, report: dict) -> Path:
    """Write one report as a one-page A4 PDF; returns the path."""
    offscreen_application()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    sv, en = TITLES.get(report.get("kind"), ("Rapport", "Report"))
    writer.setTitle(f"{sv} / {en}: {report.get('label', '')}")
    writer.setCreator("Röstkiosk")
    dpi = writer.resolution()
    painter = QPainter(writer)
    if not painter.isActive():
        raise KioskError("report.write_failed", f"{path}: the report PDF could not be written")
    try:
        _draw(painter, report, dpi, sv, en)
    finally:
        painter.end()
    if not path.exists():
        raise KioskError("report.write_failed", f"{path}: the report PDF could not be written")
    return path


def _font(points: float, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "Noto Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def _draw(painter: QPainter, report: dict, dpi: int, sv: str, en: str) -> None:
    mm = lambda v: _mm(v, dpi)  # noqa: E731
    left, width = mm(20), mm(170)
    y = mm(18)
    black = QColor("black")
    painter.setPen(black)
    if report.get("mode") == "test":
        band = QRectF(left, y, width, mm(12))
        painter.fillRect(band, QColor("#8A1F00"))
        painter.setPen(QColor("white"))
        painter.setFont(_font(14, bold=True))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, f"{TEST_BAND[0]}  ·  {TEST_BAND[1]}")
        painter.setPen(black)
        y += mm(16)
    painter.setFont(_font(22, bold=True))
    painter.drawText(QRectF(left, y, width, mm(11)), Qt.AlignmentFlag.AlignLeft, sv)
    y += mm(10)
    painter.setFont(_font(14))
    painter.drawText(QRectF(left, y, width, mm(8)), Qt.AlignmentFlag.AlignLeft, en)
    y += mm(10)
    painter.setFont(_font(10))
    painter.drawText(QRectF(left, y, width - mm(42), mm(22)),
                     Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                     "Röstkiosk – rapport från röststationen. Jämför fingeravtrycken med dem på "
                     "papper från valmyndigheten.\nRöstkiosk station report. Compare the "
                     "fingerprints with the ones on paper from the election authority.")
    qr_size = mm(32)
    qr_top = mm(20) + (mm(16) if report.get("mode") == "test" else 0)
    draw_qr(painter, QRectF(left + width - qr_size, qr_top, qr_size, qr_size),
            str(report.get("station_id", "")))
    painter.setFont(_font(7))
    painter.drawText(QRectF(left + width - mm(40), qr_top + qr_size + mm(1), mm(40), mm(4)),
                     Qt.AlignmentFlag.AlignRight, "Station (QR) / station fingerprint")
    y += mm(26)
    label_w = mm(62)
    for label_sv, label_en, value in report_rows(report):
        painter.setPen(QPen(QColor("#6B6B6B"), mm(0.2)))
        painter.drawLine(int(left), int(y), int(left + width), int(y))
        painter.setPen(black)
        painter.setFont(_font(10, bold=True))
        painter.drawText(QRectF(left, y + mm(1.5), label_w, mm(5)), Qt.AlignmentFlag.AlignLeft,
                         label_sv)
        painter.setFont(_font(9))
        painter.drawText(QRectF(left, y + mm(6), label_w, mm(5)), Qt.AlignmentFlag.AlignLeft,
                         label_en)
        mono = label_en.endswith(("hash (SHA-256)", "hash", "fingerprint"))
        painter.setFont(_font(10 if mono else 11, bold=not mono, mono=mono))
        value_rect = QRectF(left + label_w, y + mm(1.5), width - label_w, mm(10))
        painter.drawText(value_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, value)
        y += mm(11.5)
    painter.setPen(QPen(QColor("#6B6B6B"), mm(0.2)))
    painter.drawLine(int(left), int(y), int(left + width), int(y))
    y += mm(8)
    painter.setPen(black)
    painter.setFont(_font(9))
    column = (width - mm(10)) / 2
    for row in (("Funktionär, namn / Staff member, name", "Underskrift / Signature"),
                ("Vittne, namn / Witness, name", "Underskrift / Signature")):
        for index, label in enumerate(row):
            x = left + index * (column + mm(10))
            painter.drawLine(int(x), int(y + mm(10)), int(x + column), int(y + mm(10)))
            painter.drawText(QRectF(x, y + mm(11), column, mm(5)), Qt.AlignmentFlag.AlignLeft,
                             label)
        y += mm(18)
