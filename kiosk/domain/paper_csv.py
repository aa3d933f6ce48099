"""The bulk paper import's CSV files: one row per keyed sheet, read and written here only.

    sheet,choices,identity,language,spoiled
    101,p1 p3,,sv,
    102,p2:3 p1:2,,fi,          (cumulative: id:points)
    103,,,sv,yes                (a spoiled sheet: counted as invalid)

`sheet` and `choices` are required columns; `identity` (personnummer or voting code, where the
election identifies voters), `language` (default: the election's) and `spoiled` (`yes` or empty)
are optional. UTF-8 (a BOM is allowed), comma-separated, a header row first. Line numbers in
every message count the header as line 1, as a spreadsheet shows them.

A package with pots (kiosk.domain.pots) has one choices column per pot instead of `choices`,
named `choices:<pot id>`, and a `district` column where it has district pots (the district pot
the sheet was printed for). A row gives choices in the city-wide pots' columns and in its own
district's column; the other districts' columns stay empty:

    sheet,district,choices:city,choices:north,choices:south,identity,language,spoiled
    101,north,c1 c3,n2,,,sv,
    102,south,c2,,s1 s2,,en,
    103,,,,,,sv,yes             (a spoiled sheet: its district may be left empty)

Two people key the same pile into two files; `compare` lists the sheets the files disagree on.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from kiosk.domain.election import Election
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.paper import (
    PaperEntry,
    PaperError,
    checked_entry,
    choices_text,
    choices_texts,
    parse_choices,
    parse_pots_choices,
)
from kiosk.domain.paper import parse_sheet as _parse_sheet

REQUIRED = ("sheet", "choices")
OPTIONAL = ("identity", "language", "spoiled")
MAX_ROWS = 200_000
CHOICES_OF = "choices:"  # a package with pots: one column `choices:<pot id>` per pot


def required_columns(election: Election) -> tuple[str, ...]:
    """The columns every file for this election names (see the module's docstring)."""
    if not election.pots:
        return REQUIRED
    district = ("district",) if election.district_pots else ()
    return ("sheet", *district, *(CHOICES_OF + pot.id for pot in election.pots))


@dataclass(frozen=True)
class Row:
    line: int
    entry: PaperEntry


@dataclass(frozen=True)
class BadRow:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file} line {self.line}: {self.reason}"


def read_rows(election: Election, name: str, data: bytes) -> tuple[list[Row], list[BadRow]]:
    """Every row of one file: the good ones as entries, the bad ones with line and reason.
    A file that is not a CSV of this form at all raises KioskError (one sentence)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KioskError("paper.csv_encoding", f"{name} is not UTF-8 text; save it from the "
                         "spreadsheet as CSV UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    required = required_columns(election)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise KioskError("paper.csv_empty", f"{name} is empty; it needs a header row "
                         f"({','.join(required + OPTIONAL)})") from None
    except csv.Error as error:
        raise KioskError("paper.csv_format", f"{name} line 1 is not CSV ({error})") from None
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required + OPTIONAL]
    if missing or unknown or len(set(header)) != len(header):
        raise KioskError("paper.csv_header", f"{name}: the header row must name the columns "
                         f"{', '.join(required)} and optionally {', '.join(OPTIONAL)}, each once "
                         f"(found: {', '.join(header) or 'nothing'})")
    rows, bad, seen = [], [], {}
    try:
        for line, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue  # an empty line
            if len(rows) + len(bad) >= MAX_ROWS:
                raise KioskError("paper.csv_size", f"{name} has more than {MAX_ROWS} rows; "
                                 "split it into smaller files")
            if len(values) != len(header):
                bad.append(BadRow(name, line, f"{len(values)} columns, the header has "
                                  f"{len(header)}"))
                continue
            try:
                entry = _entry(election, dict(zip(header, values, strict=True)))
            except (BallotError, PaperError) as error:
                bad.append(BadRow(name, line, error.text))
                continue
            if entry.sheet in seen:
                bad.append(BadRow(name, line, f"sheet {entry.sheet} is on line "
                                  f"{seen[entry.sheet]} already"))
                continue
            seen[entry.sheet] = line
            rows.append(Row(line, entry))
    except csv.Error as error:
        raise KioskError("paper.csv_format", f"{name} line {reader.line_num} is not CSV "
                         f"({error})") from None
    return rows, bad


def _entry(election: Election, row: dict[str, str]) -> PaperEntry:
    sheet = _parse_sheet(row["sheet"])
    spoiled_text = row.get("spoiled", "").strip().lower()
    if spoiled_text not in ("", "no", "yes"):
        raise PaperError("paper.spoiled_value", f"spoiled is 'yes' or empty, not "
                         f"{row['spoiled']!r}")
    texts = {column.removeprefix(CHOICES_OF): value for column, value in row.items()
             if column == "choices" or column.startswith(CHOICES_OF)}
    district = row.get("district", "").strip() or None
    if spoiled_text == "yes":
        if any(text.strip() for text in texts.values()):
            raise PaperError("paper.spoiled_with_choices", "a spoiled sheet has no choices; "
                             "leave choices empty")
        ballot = None
    elif election.pots:
        ballot = parse_pots_choices(election, district, texts)
    else:
        ballot = parse_choices(election, row["choices"])
    return checked_entry(election, sheet, ballot, row.get("language", "").strip() or None,
                         row.get("identity", ""), district)


def compare(first: list[Row], second: list[Row]) -> list[str]:
    """One sentence per sheet the two files disagree on (missing from one, or differing)."""
    one = {row.entry.sheet: row for row in first}
    two = {row.entry.sheet: row for row in second}
    out = []
    for sheet in sorted(one.keys() | two.keys()):
        a, b = one.get(sheet), two.get(sheet)
        if a is None:
            out.append(f"sheet {sheet}: only in the second file (line {b.line})")
        elif b is None:
            out.append(f"sheet {sheet}: only in the first file (line {a.line})")
        else:
            fields = a.entry.differences(b.entry)
            if fields:
                out.append(f"sheet {sheet}: the files differ in {', '.join(fields)} (first "
                           f"file line {a.line}, second file line {b.line})")
    return out


def write_rows(election: Election, entries: list[PaperEntry]) -> bytes:
    """A file `read_rows` reads back as the same entries (tests, and keying elsewhere)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    required = required_columns(election)
    writer.writerow(required + OPTIONAL)
    for entry in entries:
        if election.pots:
            texts = choices_texts(entry.ballot, election)
            district = (entry.district or "",) if election.district_pots else ()
            choices = [entry.sheet, *district, *(texts.get(pot.id, "") for pot in election.pots)]
        else:
            choices = [entry.sheet, "" if entry.spoiled else choices_text(entry.ballot,
                                                                           election)]
        writer.writerow([*choices, entry.identity, entry.language,
                         "yes" if entry.spoiled else ""])
    return out.getvalue().encode("utf-8")
