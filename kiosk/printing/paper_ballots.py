"""Printable paper ballots: one A4 PDF per election language, one numbered sheet per ballot.

Each sheet shows the election's title, its sheet number in large digits and as a QR code (the
number only, so a hand scanner types it into the keying screen's sheet field), the rule in one
sentence, the budget, what makes a ballot invalid, and every proposal with its cost and a box
to cross (or, for cumulative points, a box to write points in). A sheet that does not fit one
page goes on over more pages, each with the sheet number and QR. Arabic is laid out right to
left (boxes on the right); the bundled Noto fonts carry every Sami letter.

Sheets are numbered in ranges (`--from`, `--to`) so each station or meeting hall is given its
own; a number is keyed once per election (kiosk.station.paper).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.domain.election import Election, RuleKind
from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.money import format_kronor
from kiosk.domain.paper import MAX_SHEET
from kiosk.printing.paper_texts import paper_text
from kiosk.printing.qr import draw_qr
from kiosk.qt_offscreen import LATIN_FAMILY, offscreen_application

MAX_SHEETS_PER_FILE = 5000
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 16.0, 194.0, 14.0, 282.0
QR_MM = 24.0
GREY = QColor("#4A4A4A")


@dataclass(frozen=True)
class SheetRange:
    first: int
    last: int

    @classmethod
    def of(cls, first: int, last: int) -> SheetRange:
        if not 1 <= first <= last <= MAX_SHEET:
            raise KioskError("paper.range", f"sheet numbers run from 1 to {MAX_SHEET} and "
                             f"--from must not be above --to (got {first} to {last})")
        if last - first + 1 > MAX_SHEETS_PER_FILE:
            raise KioskError("paper.range_size", f"at most {MAX_SHEETS_PER_FILE} sheets per "
                             f"run; {first} to {last} is {last - first + 1}")
        return cls(first, last)

    def __iter__(self):
        return iter(range(self.first, self.last + 1))


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(LATIN_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Sheet:
    """Drawing one sheet (over one or more pages) of one language."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, election: Election,
                 language: str) -> None:
        self.painter, self.writer, self.election, self.language = (painter, writer, election,
                                                                   language)
        self.rtl = LANGUAGES[language].rtl if language in LANGUAGES else False
        self.dpi = writer.resolution()
        self.y = TOP

    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle in millimetres, mirrored left to right for a right-to-left language."""
        if self.rtl:
            x = PAGE_W - x - w
        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def height(self, text: str, points: float, bold: bool, width: float) -> float:
        self.painter.setFont(_font(points, bold))
        box = self.painter.boundingRect(QRectF(0, 0, self.px(width), self.px(500)),
                                        int(Qt.TextFlag.TextWordWrap), text)
        return box.height() * 25.4 / self.dpi

    def text(self, text: str, x: float, y: float, width: float, points: float,
             bold: bool = False, align_end: bool = False, color: QColor | None = None) -> float:
        """Draw wrapped text; its height in mm."""
        h = self.height(text, points, bold, width)
        self.painter.setFont(_font(points, bold))
        self.painter.setPen(color or QColor("black"))
        start = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        end = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight
        self.painter.drawText(self.rect(x, y, width, h + 1),
                              int((end if align_end else start) | Qt.TextFlag.TextWordWrap),
                              text)
        self.painter.setPen(QColor("black"))
        return h

    def number(self, text: str) -> str:
        """Digits and amounts kept left to right inside right-to-left text."""
        return f"\u2066{text}\u2069" if self.rtl else text

    # -- the parts of a sheet ----------------------------------------------------------------
    def header(self, sheet: int, page: int, pages: int) -> None:
        election, lang = self.election, self.language
        self.y = TOP
        title_w = RIGHT - LEFT - QR_MM - 6
        self.y += self.text(election.title(lang), LEFT, self.y, title_w, 15, bold=True) + 1
        self.y += self.text(election.district, LEFT, self.y, title_w, 10, color=GREY) + 2
        label = paper_text(lang, "sheet")
        pages_text = f"  ({page}/{pages})" if pages > 1 else ""
        self.text(f"{label} {self.number(str(sheet))}{pages_text}", LEFT, self.y, title_w, 16,
                  bold=True)
        draw_qr(self.painter, self.rect(RIGHT - QR_MM, TOP, QR_MM, QR_MM), str(sheet))
        self.painter.setFont(_font(7))
        self.painter.drawText(self.rect(RIGHT - QR_MM, TOP + QR_MM + 0.5, QR_MM, 4),
                              int(Qt.AlignmentFlag.AlignHCenter), str(sheet))
        self.y = max(self.y + 9, TOP + QR_MM + 6)
        self.rule_line()

    def rule_line(self, weight: float = 0.3) -> None:
        self.painter.setPen(QPen(GREY, self.px(weight)))
        self.painter.drawLine(self.rect(LEFT, self.y, RIGHT - LEFT, 0).topLeft(),
                              self.rect(LEFT, self.y, RIGHT - LEFT, 0).topRight())
        self.painter.setPen(QColor("black"))
        self.y += 2.5

    def instructions(self) -> None:
        election, lang = self.election, self.language
        rule = election.rule
        kind = rule.kind.value
        budget = self.number(format_kronor(rule.budget)) if rule.budget is not None else ""
        values = {"max": rule.max_choices, "total": rule.total_points,
                  "per": rule.max_per_proposal, "budget": budget}
        width = RIGHT - LEFT
        self.y += self.text(paper_text(lang, f"rule.{kind}", **values), LEFT, self.y, width,
                            11.5, bold=True) + 1.5
        if rule.kind is RuleKind.KNAPSACK:
            self.y += self.text(paper_text(lang, "budget", **values), LEFT, self.y, width, 12,
                                bold=True) + 1.5
        self.y += self.text(paper_text(lang, f"invalid.{kind}", **values), LEFT, self.y, width,
                            10.5) + 1
        notes = [paper_text(lang, "secret")]
        if election.eligibility.has_voter_token:
            notes.append(paper_text(lang, "identity"))
        notes.append(paper_text(lang, "fold"))
        self.y += self.text(" ".join(notes), LEFT, self.y, width, 9.5, color=GREY) + 3
        self.rule_line()

    def column_heads(self) -> None:
        lang = self.language
        points = self.election.rule.kind is RuleKind.CUMULATIVE
        box = paper_text(lang, "points") if points else ""
        self.text(box, LEFT, self.y, 22, 8.5, bold=True, color=GREY)
        self.text(paper_text(lang, "proposal"), LEFT + 24, self.y, 110, 8.5, bold=True,
                  color=GREY)
        self.text(paper_text(lang, "cost"), RIGHT - 40, self.y, 40, 8.5, bold=True,
                  align_end=True, color=GREY)
        self.y += 6

    def proposal_height(self, proposal) -> float:
        title = proposal.text(self.language, self.election.default_language)[0].title
        return max(12.0, self.height(f"{proposal.id}  {title}", 11, False, 110) + 4)

    def proposal(self, proposal) -> None:
        points = self.election.rule.kind is RuleKind.CUMULATIVE
        title = proposal.text(self.language, self.election.default_language)[0].title
        h = self.proposal_height(proposal)
        box_w = 20.0 if points else 9.0
        self.painter.setPen(QPen(QColor("black"), self.px(0.5)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(LEFT, self.y + 1, box_w, 9))
        self.text(f"{proposal.id}  {title}", LEFT + 24, self.y + 1.5, 110, 11)
        self.text(self.number(format_kronor(proposal.cost)), RIGHT - 40, self.y + 1.5, 40, 11,
                  align_end=True)
        self.y += h
        self.painter.setPen(QPen(QColor("#BBBBBB"), self.px(0.2)))
        self.painter.drawLine(self.rect(LEFT, self.y - 1, RIGHT - LEFT, 0).topLeft(),
                              self.rect(LEFT, self.y - 1, RIGHT - LEFT, 0).topRight())
        self.painter.setPen(QColor("black"))

    def pages_needed(self) -> list[list]:
        """The proposals of each page (measured with a throwaway header and instructions)."""
        self.header(1, 1, 1)
        self.instructions()
        self.column_heads()
        first_top = self.y
        self.header(1, 2, 2)
        self.column_heads()
        later_top = self.y
        pages, current, y = [], [], first_top
        for proposal in self.election.proposals:
            h = self.proposal_height(proposal)
            if current and y + h > BOTTOM:
                pages.append(current)
                current, y = [], later_top
            current.append(proposal)
            y += h
        pages.append(current)
        return pages


def _pdf_writer(target, title: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Röstkiosk")
    return writer


def _painter(writer: QPdfWriter, rtl: bool) -> QPainter:
    painter = QPainter()
    if not painter.begin(writer):
        raise KioskError("paper.pdf", "the PDF could not be started")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rtl:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return painter


def write_paper_ballots(path: Path, election: Election, language: str,
                        sheets: SheetRange) -> int:
    """Write the sheets of one language to `path` (whole, or nothing); the number of pages."""
    offscreen_application()
    title = f"{election.title(language)}: {sheets.first}–{sheets.last}"
    rtl = LANGUAGES[language].rtl if language in LANGUAGES else False
    scratch = QBuffer()  # the layout is measured on a throwaway writer of the same resolution
    scratch.open(QIODevice.OpenModeFlag.WriteOnly)
    measuring = _pdf_writer(scratch, title)
    painter = _painter(measuring, rtl)
    layout = _Sheet(painter, measuring, election, language).pages_needed()
    painter.end()
    part = path.with_name(path.name + ".part")
    writer = _pdf_writer(str(part), title)
    painter = _painter(writer, rtl)
    drawer = _Sheet(painter, writer, election, language)
    pages = 0
    try:
        for sheet in sheets:
            for number, proposals in enumerate(layout, start=1):
                if pages:
                    writer.newPage()
                pages += 1
                drawer.header(sheet, number, len(layout))
                if number == 1:
                    drawer.instructions()
                drawer.column_heads()
                for proposal in proposals:
                    drawer.proposal(proposal)
    finally:
        painter.end()
    try:
        part.replace(path)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise KioskError("paper.pdf", f"{path}: the PDF could not be written "
                         f"({error.strerror})") from None
    return pages


def write_all_languages(out_dir: Path, election: Election, sheets: SheetRange
                        ) -> list[tuple[Path, int]]:
    """One PDF per election language: (path, pages) of each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in election.languages:
        path = out_dir / f"paper-ballots-{election.id}-{language}-{sheets.first}-{sheets.last}.pdf"
        written.append((path, write_paper_ballots(path, election, language, sheets)))
    return written
