"""evaluation.pdf: the follow-up report for the municipality's "uppföljning", in Swedish, for a
reader who is not a statistician: what it shows, one table per fact with counts and shares,
each follow-up question per polling place, why some numbers are a dash, and (where the
duplicate check counted them) the votes per hour of day — a small bar chart — and per day.

Every number comes from kiosk.tally.statistics (suppressed there); a share is printed only
beside a printed count (a share of a hidden count would give the count away).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.domain.election import Election
from kiosk.tally.evaluation import HIDDEN, POTS_TITLE, hour_tables, table_title, value_name
from kiosk.tally.reports.pdf_pages import GREY, Page, font, write_pdf
from kiosk.tally.statistics import Statistics, Table

WIDTH = 174.0  # mm between the margins
BAR = QColor("#2E6B8A")


def write_evaluation_pdf(path: Path, election: Election, stats: Statistics,
                         hours: Statistics | str | None = None,
                         pots: list[tuple[str, int]] = ()) -> Path:
    title = election.title("sv" if "sv" in election.texts else election.default_language)
    total = stats.shown(frozenset())

    def draw(page: Page) -> None:
        page.page_word = "Sida"
        page.text("Uppföljning – vilka röstade", 20, bold=True, gap=0.5)
        page.text(f"{title} ({election.id}), {election.district}", 12, bold=True, gap=1)
        page.text(f"Röstningsperiod {election.opens:%Y-%m-%d} – {election.closes:%Y-%m-%d}. "
                  f"Öppnade röster: {HIDDEN if total is None else total}.", 10, gap=3)
        page.text(
            "Rapporten visar hur många som röstade per röstplats, på vilket sätt, på vilket "
            "språk och med eller utan möjliggörare"
            + (", och vad de svarade på de frivilliga uppföljningsfrågorna" if
               election.survey.asks else "")
            + ". Den visar aldrig vad någon röstade på. Svaren på frågorna låg i samma "
            "förseglade kuvert som rösten och räknades först när kuverten öppnats i "
            "slumpad ordning.", 10, gap=2)
        page.text(
            f"Ett streck ({HIDDEN}) betyder att antalet är dolt: det är färre än "
            f"{stats.min_cell}, eller så är det dolt för att ett litet antal inte ska kunna "
            "räknas fram genom att dra de andra talen från summan. Då kan man inte heller "
            "räkna ut det strukna talet ur tabellerna.", 10, gap=4, color=GREY)
        for table in stats.tables:
            if table.column_fact is None:
                _one_way(page, election, stats, table)
            else:
                _by_station(page, election, stats, table)
        if pots:
            _pots(page, pots, total)
        if hours is not None:
            _hours(page, election, hours)

    return write_pdf(path, f"Uppföljning: {title}", f"Röstkiosk · {election.id} · uppföljning",
                     draw)


def _share(value: int | None, whole: int | None) -> str:
    if value is None or not whole:
        return ""
    return f"{100 * value / whole:.0f} %"


def _one_way(page: Page, election: Election, stats: Statistics, table: Table) -> None:
    whole = stats.shown(table.cell(None, None))
    rows = []
    for row in table.rows:
        value = stats.shown(table.cell(row, None))
        rows.append([value_name(election, table.row_fact, row),
                     HIDDEN if value is None else str(value), _share(value, whole)])
    rows.append(["Totalt", HIDDEN if whole is None else str(whole), ""])
    page.table([("", 110, "l"), ("Antal", 32, "r"), ("Andel", 32, "r")], rows, 9.5,
               caption=table_title(election, table))


def _by_station(page: Page, election: Election, stats: Statistics, table: Table) -> None:
    columns = list(table.columns)
    first = 44.0
    each = (WIDTH - first) / (len(columns) + 1)
    head = [("", first, "l")] + [(value_name(election, "station", c), each, "r")
                                 for c in columns] + [("Totalt", each, "r")]
    rows = []
    for row in (*table.rows, None):
        name = "Totalt" if row is None else value_name(election, table.row_fact, row)
        cells = [stats.shown(table.cell(row, c)) for c in (*columns, None)]
        rows.append([name] + [HIDDEN if v is None else str(v) for v in cells])
    page.table(head, rows, 8.5 if len(columns) < 6 else 7.5,
               caption=table_title(election, table))


def _pots(page: Page, pots: list[tuple[str, int]], total: int | None) -> None:
    """Turnout per pot: every voter votes in the city-wide pots, and in one district's."""
    rows = [[name, str(ballots), _share(ballots, total)] for name, ballots in pots]
    page.table([("", 110, "l"), ("Antal", 32, "r"), ("Andel", 32, "r")], rows, 9.5,
               caption=POTS_TITLE)
    page.text("Varje väljare röstar i delarna för hela staden och i sitt eget områdes del, så "
              "områdenas tal tillsammans blir alla röster. Andelen är av alla öppnade röster.",
              9, gap=3, color=GREY)


def _hours(page: Page, election: Election, hours: Statistics | str) -> None:
    first = next((t for t in hour_tables(hours) if t.row_fact == "hour"), None) \
        if not isinstance(hours, str) else None
    # the heading, the text and the chart of the hours together on one page (the sentence
    # why there are none needs only a few lines)
    page.ensure(30 if isinstance(hours, str) else
                min(70 + 5.2 * (len(first.rows) if first else 0), page.bottom - page.top))
    page.y += 4
    page.text("När röstade man?", 16, bold=True, gap=1.5)
    if isinstance(hours, str):
        page.text(hours, 10, gap=2)
        return
    page.text(
        "Tiden kommer från stationens klocka när rösten lades, och den låg i det yttre "
        "kuvertet, som bara öppnades för dubblettkontrollen. Där räknades bara hur många "
        "röster varje röstplats tog emot under varje timme, aldrig vilken röst som lades "
        "när. Klockslagen är svensk tid. Varje väljare räknas en gång: röster som lades åt "
        "sidan i dubblettkontrollen är inte med. Pappersröster räknas den timme de matades "
        "in på röstplatsen.", 10, gap=2)
    page.text(f"Ett streck ({HIDDEN}) betyder även här att antalet är dolt.", 10, gap=3,
              color=GREY)
    for table in hour_tables(hours):
        if table.column_fact is not None:
            _by_station(page, election, hours, table)
        elif table.row_fact == "hour":
            _bars(page, election, hours, table)
        else:
            _one_way(page, election, hours, table)


def _bars(page: Page, election: Election, stats: Statistics, table: Table) -> None:
    """The one-way hour table with a bar per hour (none where the count is hidden)."""
    whole = stats.shown(table.cell(None, None))
    values = [stats.shown(table.cell(row, None)) for row in table.rows]
    top = max([v for v in values if v] + [1])
    columns = [("", 30, "l"), ("Antal", 20, "r"), ("Andel", 20, "r"), ("", 104, "l")]
    rows = [[value_name(election, table.row_fact, row), HIDDEN if v is None else str(v),
             _share(v, whole), ""] for row, v in zip(table.rows, values, strict=True)]
    rows.append(["Totalt", HIDDEN if whole is None else str(whole), "", ""])
    page.text(table_title(election, table), 13, bold=True, gap=1)
    page.row([c[0] for c in columns], columns, 9.5, bold=True)
    page.rule(1.0, 0.3)
    for cells, value in zip(rows, [*values, None], strict=True):
        height = page.measure(cells[0], 9.5, False, 28) + 1.2
        page.ensure(height)
        y = page.y
        page.row(cells, columns, 9.5)
        if value:
            page.painter.fillRect(page.rect(page.left + 72, y + 0.8, 100 * value / top,
                                            height - 1.8), BAR)
    page.y += 2
    page.painter.setFont(font(8 * page.scale))
    page.painter.setPen(GREY)
    page.painter.drawText(page.rect(page.left + 72, page.y, 100, 4),
                          int(Qt.AlignmentFlag.AlignLeft),
                          "Stapeln visar antalet röster den timmen (ingen stapel: dolt).")
    page.painter.setPen(QColor("black"))
    page.y += 7
