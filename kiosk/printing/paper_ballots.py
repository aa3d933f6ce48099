"""Printable paper ballots: one A4 PDF per election language, one numbered sheet per ballot.

Each sheet shows the election's title, its sheet number in large digits and as a QR code (the
number only, so a hand scanner types it into the keying screen's sheet field), the rule in one
sentence, the budget, what makes a ballot invalid, and every proposal with its cost and a box
to cross (or, for cumulative points, a box to write points in). A sheet that does not fit one
page goes on over more pages, each with the sheet number and QR. Arabic is laid out right to
left (boxes on the right); the bundled Noto fonts carry every Sami letter.

Sheets are numbered in ranges (`--from`, `--to`) so each station or meeting hall is given its
own; a number is keyed once per election (kiosk.station.paper).

A package with pots (kiosk.domain.pots) prints one sheet per district: the district's name in
the top part, then one part per pot the district's voters vote in ("Part 1 of 2: <city pot>",
then the district's pot), each with its own rule sentence, budget, invalid note and proposals,
drawn from the pot's own view of the election (`Election.pot_view`), so any pot rule prints.
One PDF per language and district (only city-wide pots: one per language, all parts).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.domain.election import Election, Pot, RuleKind
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
                 language: str, district: Pot | None = None) -> None:
        self.painter, self.writer, self.election, self.language = (painter, writer, election,
                                                                   language)
        self.district = district  # the district pot the sheet is printed for (pots only)
        self.view = election  # the part being drawn: the election, or one pot's view of it
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
        if self.district is not None:
            name = self.district.name(lang, election.default_language)
            self.y += self.text(paper_text(lang, "district", name=name), LEFT, self.y, title_w,
                                13, bold=True) + 2
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

    def instructions(self, part: tuple[int, int, Pot] | None = None) -> None:
        """The rule, budget and invalid note of the election (or of part `(n, count, pot)`,
        headed by its name); the notes on secrecy and folding once, without a part."""
        election, lang, view = self.election, self.language, self.view
        rule = view.rule
        kind = rule.kind.value
        budget = self.number(format_kronor(rule.budget)) if rule.budget is not None else ""
        values = {"max": rule.max_choices, "total": rule.total_points,
                  "per": rule.max_per_proposal, "budget": budget}
        width = RIGHT - LEFT
        if part is not None:
            n, count, pot = part
            name = pot.name(lang, election.default_language)
            self.y += self.text(paper_text(lang, "part", n=n, count=count, name=name), LEFT,
                                self.y, width, 14, bold=True) + 1.5
        self.y += self.text(paper_text(lang, f"rule.{kind}", **values), LEFT, self.y, width,
                            11.5, bold=True) + 1.5
        if rule.budget is not None:  # knapsack; a pot may name a budget for another rule
            self.y += self.text(paper_text(lang, "budget", **values), LEFT, self.y, width, 12,
                                bold=True) + 1.5
        self.y += self.text(paper_text(lang, f"invalid.{kind}", **values), LEFT, self.y, width,
                            10.5) + 1
        if part is not None:
            self.y += 1.5
            return
        self.notes(width)

    def notes(self, width: float = RIGHT - LEFT, parts: bool = False) -> None:
        election, lang = self.election, self.language
        notes = [paper_text(lang, "parts")] if parts else []
        notes.append(paper_text(lang, "secret"))
        if election.eligibility.has_voter_token:
            notes.append(paper_text(lang, "identity"))
        notes.append(paper_text(lang, "fold"))
        self.y += self.text(" ".join(notes), LEFT, self.y, width, 9.5, color=GREY) + 3
        self.rule_line()

    def column_heads(self) -> None:
        lang = self.language
        points = self.view.rule.kind is RuleKind.CUMULATIVE
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
        points = self.view.rule.kind is RuleKind.CUMULATIVE
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

    # -- a sheet with pots ----------------------------------------------------------------------
    def part_block(self, parts: tuple[Pot, ...], index: int) -> None:
        """Part `index` of the sheet: its heading, rule and column heads."""
        pot = parts[index]
        self.view = self.election.pot_view(pot.id)
        self.instructions((index + 1, len(parts), pot))
        self.column_heads()

    def heads_of(self, parts: tuple[Pot, ...], index: int) -> None:
        """A page going on with part `index`: its column heads again."""
        self.view = self.election.pot_view(parts[index].id)
        self.column_heads()

    def pots_pages_needed(self, parts: tuple[Pot, ...]) -> list[list[tuple[str, int, object]]]:
        """The items of each page: ("part", i, None) starts part i, ("heads", i, None) repeats
        its column heads on a new page, ("proposal", i, proposal) one of its proposals. A part's
        heading is never left at the foot of a page without its first proposal."""
        self.header(1, 1, 1)
        self.notes(parts=True)
        first_top = self.y
        self.header(1, 2, 2)
        later_top = self.y
        heights = []
        for index in range(len(parts)):
            self.y = later_top
            self.part_block(parts, index)
            block = self.y - later_top
            self.y = later_top
            self.heads_of(parts, index)
            heights.append((block, self.y - later_top))
        pages: list[list[tuple[str, int, object]]] = []
        current: list[tuple[str, int, object]] = []
        y = first_top
        for index, pot in enumerate(parts):
            self.view = self.election.pot_view(pot.id)
            proposals = list(self.view.proposals)
            block, heads = heights[index]
            first = self.proposal_height(proposals[0]) if proposals else 0.0
            if current and y + block + first > BOTTOM:
                pages.append(current)
                current, y = [], later_top
            current.append(("part", index, None))
            y += block
            for proposal in proposals:
                h = self.proposal_height(proposal)
                if y + h > BOTTOM:
                    pages.append(current)
                    current, y = [("heads", index, None)], later_top + heads
                current.append(("proposal", index, proposal))
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
                        sheets: SheetRange, district: Pot | None = None) -> int:
    """Write the sheets of one language (and, with district pots, of one district) to `path`
    (whole, or nothing); the number of pages."""
    offscreen_application()
    title = f"{election.title(language)}: {sheets.first}–{sheets.last}"
    rtl = LANGUAGES[language].rtl if language in LANGUAGES else False
    parts = election.pots_for(district.id if district is not None else None)
    scratch = QBuffer()  # the layout is measured on a throwaway writer of the same resolution
    scratch.open(QIODevice.OpenModeFlag.WriteOnly)
    measuring = _pdf_writer(scratch, title)
    painter = _painter(measuring, rtl)
    measure = _Sheet(painter, measuring, election, language, district)
    layout = measure.pots_pages_needed(parts) if parts else measure.pages_needed()
    painter.end()
    part = path.with_name(path.name + ".part")
    writer = _pdf_writer(str(part), title)
    painter = _painter(writer, rtl)
    drawer = _Sheet(painter, writer, election, language, district)
    pages = 0
    try:
        for sheet in sheets:
            for number, items in enumerate(layout, start=1):
                if pages:
                    writer.newPage()
                pages += 1
                drawer.header(sheet, number, len(layout))
                if parts:
                    _draw_pots_page(drawer, parts, number, items)
                    continue
                if number == 1:
                    drawer.instructions()
                drawer.column_heads()
                for proposal in items:
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


def _draw_pots_page(drawer: _Sheet, parts: tuple[Pot, ...], number: int, items) -> None:
    if number == 1:
        drawer.notes(parts=True)
    for kind, index, proposal in items:
        if kind == "part":
            if index:
                drawer.rule_line(0.6)
            drawer.part_block(parts, index)
        elif kind == "heads":
            drawer.heads_of(parts, index)
        else:
            drawer.proposal(proposal)


def sheet_districts(election: Election) -> list[Pot | None]:
    """The sheets a package needs: one per district pot, or one sheet for all (None)."""
    return list(election.district_pots) or [None]


def write_all_languages(out_dir: Path, election: Election, sheets: SheetRange
                        ) -> list[tuple[Path, int]]:
    """One PDF per election language (and district, where the package has district pots):
    (path, pages) of each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in election.languages:
        for district in sheet_districts(election):
            where = f"-{district.id}" if district is not None else ""
            path = out_dir / (f"paper-ballots-{election.id}-{language}{where}-{sheets.first}-"
                              f"{sheets.last}.pdf")
            written.append((path, write_paper_ballots(path, election, language, sheets,
                                                      district)))
    return written
