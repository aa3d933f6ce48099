"""The printed logic-and-accuracy test deck: A4, one line per ballot, so staff can cast the deck
by hand on a station in test mode and tick each line; then the proposals' ids with their titles
and costs, and the expected result. Labels in Swedish and English (like the station reports).

A deck with district pots is printed in one group per district, each headed by who casts it (a
station placed in that district casts only its group; a station without a district casts every
group), and the expected result is given for the whole deck and for each district's group.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.money import format_kronor
from kiosk.domain.test_deck import Deck, ballot_text
from kiosk.domain.test_deck_pots import number_ranges
from kiosk.qt_offscreen import offscreen_application

STEPS = ("1. Stäng röstningen och sätt stationen i testläge. / Close the polls and switch the "
         "station to test mode.",
         "2. Öppna röstningen. Lägg varje rad nedan som en röst: välj språket, skriv identiteten "
         "(om valet har det), välj förslagen (och poängen), lägg rösten, bocka av raden. / Open "
         "the polls. Cast every line below as a ballot: choose the language, type the identity "
         "(if the election has one), choose the proposals (and points), cast it, tick the line.",
         "3. Stäng röstningen, exportera testfilen, lämna den till valadministratören "
         "(kiosk tally lna). / Close the polls, export the test file, give it to the election "
         "administrator (kiosk tally lna).")
COLUMNS = (("", 7), ("Nr", 12), ("Språk / Language", 38), ("Identitet / Identity", 50),
           ("Val / Choices", 0))


def _font(points: float, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "Noto Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Page:
    """A cursor down A4 pages at 300 dpi, starting a new page when a line does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer, self.painter, self.footer = writer, painter, footer
        self.dpi = writer.resolution()
        self.left, self.width = self.mm(15), self.mm(180)
        self.number = 1
        self.y = self.mm(15)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def need(self, height_mm: float) -> None:
        if self.y + self.mm(height_mm) > self.mm(282):
            self._footer()
            self.writer.newPage()
            self.number += 1
            self.y = self.mm(15)

    def _footer(self) -> None:
        self.painter.setFont(_font(7))
        self.painter.drawText(QRectF(self.left, self.mm(287), self.width, self.mm(5)),
                              Qt.AlignmentFlag.AlignLeft, f"{self.footer} · sida / page "
                              f"{self.number}")

    def text(self, text: str, points: float, height_mm: float, *, bold: bool = False,
             mono: bool = False, wrap: bool = False) -> None:
        font = _font(points, bold, mono)
        flags = Qt.AlignmentFlag.AlignLeft | (Qt.TextFlag.TextWordWrap if wrap else 0)
        height = self.mm(height_mm)
        if wrap:  # as high as the wrapped lines need
            needed = QFontMetricsF(font, self.painter.device()).boundingRect(
                QRectF(0, 0, self.width, 10 * height), int(flags), text).height()
            height = max(height, needed + self.mm(1.5))
        self.need(height * 25.4 / self.dpi)
        self.painter.setFont(font)
        self.painter.drawText(QRectF(self.left, self.y, self.width, height), flags, text)
        self.y += height

    def finish(self) -> None:
        self._footer()


def write_deck_pdf(path: Path, election: Election, deck: Deck, expected: dict) -> Path:
    offscreen_application()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(f"Testlek / Test deck: {election.id}")
    writer.setCreator("Röstkiosk")
    painter = QPainter(writer)
    if not painter.isActive():
        raise KioskError("deck.write_failed", f"{path}: the deck PDF could not be written")
    default = election.default_language
    page = _Page(writer, painter, f"Testlek / Test deck · {election.id} · deck.csv sha256 "
                 f"{expected['deck_sha256'][:16]}…")
    try:
        page.text("TESTLEK – inga riktiga röster · TEST DECK – not real ballots", 15, 9,
                  bold=True)
        page.text(f"{election.title(default)} ({election.id})", 12, 7)
        page.text(f"Valpaket / Election package: {expected['package_hash'][:32]}…", 8, 5,
                  mono=True)
        for step in STEPS:
            page.text(step, 9, 5, wrap=True)
        page.y += page.mm(2)
        _ballot_lines(page, election, deck)
        _legend(page, election, expected)
        page.finish()
    finally:
        painter.end()
    return Path(path)


def _ballot_lines(page: _Page, election: Election, deck: Deck) -> None:
    painter = page.painter
    row_h = 7.0

    def columns(values: list[str], bold: bool) -> None:
        page.need(row_h)
        x = page.left
        for index, ((_label, width), value) in enumerate(zip(COLUMNS, values, strict=True)):
            w = page.mm(width) if width else page.left + page.width - x
            font = _font(9, bold, mono=not bold and index in (3, 4))
            painter.setFont(font)
            shown = QFontMetricsF(font, painter.device()).elidedText(
                value, Qt.TextElideMode.ElideRight, w - page.mm(1))
            painter.drawText(QRectF(x, page.y, w, page.mm(row_h)),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += w
        painter.setPen(QColor("#6B6B6B"))
        painter.drawLine(int(page.left), int(page.y + page.mm(row_h)),
                         int(page.left + page.width), int(page.y + page.mm(row_h)))
        painter.setPen(QColor("black"))
        page.y += page.mm(row_h)

    columns([label for label, _w in COLUMNS], True)
    group: object = False
    for entry in deck.ballots:
        if entry.district != group and entry.district is not None:
            group = entry.district
            _group_heading(page, election, deck, entry.district)
        choices = ballot_text(election, entry.ballot, entry.district) or "(tom / empty)"
        language = LANGUAGES[entry.language].native_name if entry.language in LANGUAGES \
            else entry.language
        columns(["", str(entry.number), language, entry.identity or "–", choices], False)
        box = QRectF(page.left + page.mm(1), page.y - page.mm(row_h - 1.5), page.mm(4),
                     page.mm(4))
        painter.drawRect(box)


def _group_heading(page: _Page, election: Election, deck: Deck, district: str) -> None:
    default = election.default_language
    pot = next(pot for pot in election.district_pots if pot.id == district)
    numbers = number_ranges([e.number for e in deck.ballots if e.district == district])
    page.y += page.mm(1.5)
    page.need(18)
    page.text(f"Distrikt / District {district}: {pot.name(default, default)} — röster / "
              f"ballots {numbers}", 10.5, 6.5, bold=True)
    page.text(f"Stationer i {district} lägger bara dessa rader; en station utan distrikt "
              f"lägger alla rader. / Stations placed in {district} cast only these lines; a "
              "station without a district casts every line.", 8.5, 5, wrap=True)


def _legend(page: _Page, election: Election, expected: dict) -> None:
    default = election.default_language
    page.y += page.mm(4)
    page.text("Förslagen / The proposals — och förväntat resultat / and the expected result "
              f"({expected['measure']})", 11, 8, bold=True)
    if election.pots:
        if expected.get("by_district"):
            page.text("Hela leken, vid en station utan distrikt / The whole deck, at a station "
                      "without a district", 9, 5.5)
        _pots_legend(page, election, expected)
        return
    for proposal in election.proposals:
        title = proposal.text(default, default)[0].title
        page.text(f"{proposal.id}: {title} – {format_kronor(proposal.cost, ' ')} · "
                  f"{expected['totals'][proposal.id]}", 9, 5.5)
    funded = " ".join(expected["funded"]) or "–"
    page.text(f"Röster / Ballots: {expected['ballots']} · regel / rule {expected['rule']}, "
              f"budget {format_kronor(expected['budget'], ' ')} · får pengar / funded: {funded}",
              9, 6, bold=True)


def _pots_legend(page: _Page, election: Election, expected: dict) -> None:
    """Each pot on its own: its proposals with their expected totals, ballots, rule, funded."""
    default = election.default_language
    for pot in election.pots:
        want = expected["pots"][pot.id]
        page.y += page.mm(1.5)
        page.text(f"Pott / Pot {pot.id}: {pot.name(default, default)} ({want['measure']})", 10,
                  6.5, bold=True)
        for proposal in election.pot_view(pot.id).proposals:
            title = proposal.text(default, default)[0].title
            page.text(f"{proposal.id}: {title} – {format_kronor(proposal.cost, ' ')} · "
                      f"{want['totals'][proposal.id]}", 9, 5.5)
        funded = " ".join(want["funded"]) or "–"
        page.text(f"Röster / Ballots: {want['ballots']} · regel / rule {want['rule']}, budget "
                  f"{format_kronor(want['budget'], ' ')} · får pengar / funded: {funded}", 9, 6,
                  bold=True)
    for district, want in expected.get("by_district", {}).items():
        _district_legend(page, election, district, want)


def _district_legend(page: _Page, election: Election, district: str, want: dict) -> None:
    """What a station placed in `district` must give: its group's totals, pot by pot."""
    page.y += page.mm(3)
    page.text(f"Förväntat vid en station i distrikt {district} (röster {want['rows']}) / "
              f"Expected at a station placed in district {district} (ballots {want['rows']}): "
              f"{want['ballots']} röster / ballots", 10, 6.5, bold=True, wrap=True)
    for pot_id, pot in want["pots"].items():
        totals = " · ".join(f"{pid} {n}" for pid, n in pot["totals"].items())
        funded = " ".join(pot["funded"]) or "–"
        page.text(f"Pott / Pot {pot_id}: {pot['ballots']} röster / ballots; {totals}; får "
                  f"pengar / funded: {funded}", 9, 5.5, wrap=True)
