"""Participation statistics for the municipality's follow-up, with small cells suppressed.

The input is how many opened ballots share each combination of a few coarse facts (station,
channel, language, assisted, and each follow-up question's answer) — never a ballot's choices.
The output is the tables a report prints: one per fact (with its total), and each follow-up
question by station (with row and column totals).

Disclosure control, cell by cell (`min_cell`, the package's minimum, default 5):

- **primary**: a count from 1 to min_cell − 1 is not printed ("–");
- **complementary**: every printed total is the sum of a line of cells (a table's categories, a
  row, a column). No line may have exactly one hidden number (it would be the total minus the
  others), and where the line's total is printed, the hidden cells of the line must add up to
  0 or at least min_cell (otherwise "these few together" is itself a small cell). More cells
  are hidden — the smallest printed non-zero ones first, the total when none is left — until
  every line of every table holds. The same number printed in two tables (a station's total
  is both a row of the station table and a column total of each question-by-station table) is
  one cell: hidden in one, hidden everywhere.

Zeros are printed (a zero says nobody, which names no one) unless hidden as complements. Counts
the election record already publishes (`public` facts: a station's ballots, its languages and
assisted sessions are in results.json) are printed as they are and taken as known to an
attacker; where such a known total is itself small, every cell of its line is hidden.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

DEFAULT_MIN_CELL = 5

Cell = frozenset  # frozenset of (fact, value) pairs; the empty set is the grand total


@dataclass(frozen=True)
class Table:
    """A printed table: `rows` × `columns` (columns == ("",) for a one-way table)."""

    name: str  # e.g. "station" or "age_band by station"
    row_fact: str
    column_fact: str | None
    rows: tuple[str, ...]
    columns: tuple[str, ...]

    def cell(self, row: str | None, column: str | None) -> Cell:
        pairs = []
        if row is not None:
            pairs.append((self.row_fact, row))
        if column is not None and self.column_fact is not None:
            pairs.append((self.column_fact, column))
        return frozenset(pairs)

    def lines(self) -> list[tuple[list[Cell], Cell]]:
        """(cells, their total) for every sum the table prints."""
        if self.column_fact is None:
            return [([self.cell(r, None) for r in self.rows], self.cell(None, None))]
        out = [([self.cell(r, c) for c in self.columns], self.cell(r, None)) for r in self.rows]
        out += [([self.cell(r, c) for r in self.rows], self.cell(None, c)) for c in self.columns]
        out.append(([self.cell(r, None) for r in self.rows], self.cell(None, None)))
        out.append(([self.cell(None, c) for c in self.columns], self.cell(None, None)))
        return out

    def cells(self) -> set[Cell]:
        return {cell for line, total in self.lines() for cell in (*line, total)}


@dataclass(frozen=True)
class Statistics:
    tables: tuple[Table, ...]
    counts: Mapping[Cell, int]
    hidden: frozenset[Cell]
    min_cell: int
    known: frozenset[Cell] = frozenset()  # published elsewhere in the record

    def shown(self, cell: Cell) -> int | None:
        """The printed number, or None where it is suppressed."""
        return None if cell in self.hidden else self.counts.get(cell, 0)


def build(records: Iterable[tuple[Mapping[str, str], int]], facts: tuple[str, ...],
          by_station: tuple[str, ...] = (), categories: Mapping[str, tuple[str, ...]] | None
          = None, min_cell: int = DEFAULT_MIN_CELL, public: tuple[str, ...] = ()) -> Statistics:
    """`records`: ({fact: value}, ballots) with a value for every fact in `facts`; a one-way
    table per fact, and `fact` × station for each fact in `by_station`. `categories` fixes the
    rows a fact always prints (a follow-up question's answers, even those nobody gave).
    `public`: facts whose one-way counts the election record already publishes (a station's
    ballots, languages, assisted sessions): printed as they are, and taken as known by anyone
    trying to work out a hidden cell."""
    if min_cell < 1:
        raise ValueError("the minimum cell size must be a whole number >= 1")
    counts: Counter = Counter()
    seen: dict[str, set[str]] = {fact: set() for fact in facts}
    for values, n in records:
        items = [(fact, values[fact]) for fact in facts]
        for fact, value in items:
            seen[fact].add(value)
        counts[frozenset()] += n
        for fact, value in items:
            counts[frozenset({(fact, value)})] += n
        station = values.get("station")
        for fact in by_station:
            counts[frozenset({(fact, values[fact]), ("station", station)})] += n
    fixed = categories or {}
    order = {fact: tuple(fixed.get(fact, ())) + tuple(sorted(seen[fact] - set(fixed.get(fact, ()))))
             for fact in facts}
    tables = [Table(fact, fact, None, order[fact], ("",)) for fact in facts]
    tables += [Table(f"{fact} by station", fact, "station", order[fact], order["station"])
               for fact in by_station]
    known = {cell for table in tables if table.column_fact is None and table.row_fact in public
             for cell in table.cells()}
    return Statistics(tuple(tables), dict(counts),
                      frozenset(suppress(tables, counts, min_cell, known)), min_cell,
                      frozenset(known))


def suppress(tables: list[Table], counts: Mapping[Cell, int], min_cell: int,
             known: set[Cell] = frozenset()) -> set[Cell]:
    """The cells to hide: primary, then complementary until every line holds (module doc).
    `known` cells are published elsewhere: never hidden, never a complement, and counted on
    as known when deciding what else must go."""
    cells = set().union(*(t.cells() for t in tables)) if tables else set()
    hidden = {c for c in cells if 0 < counts.get(c, 0) < min_cell and c not in known}
    lines = [line for table in tables for line in table.lines()]
    changed = True
    while changed:
        changed = False
        for line, total in lines:
            unknown = [c for c in line if c in hidden]
            if total in hidden:
                if len(unknown) != 0:
                    continue  # two or more unknowns in this line (the total and a cell)
                # a hidden total with every cell printed is their sum: hide a cell too
                pick = _complement(line, hidden | known, counts)
                if pick is not None:
                    hidden.add(pick)
                    changed = True
                continue
            if not unknown:
                continue
            hidden_sum = sum(counts.get(c, 0) for c in unknown)
            if len(unknown) == 1 or 0 < hidden_sum < min_cell:
                pick = _complement(line, hidden | known, counts)
                if pick is None and total not in known:
                    pick = total
                if pick is not None:  # else: every cell of a line with a known total hidden
                    hidden.add(pick)
                    changed = True
        if changed:
            continue
        # sums and differences across lines (a hidden cell pinned by a chain of rows and
        # columns): hide one more number in a line of each small cell that is still pinned
        for cell in sorted(determined(lines, hidden), key=lambda c: sorted(c)):
            if not 0 < counts.get(cell, 0) < min_cell:
                continue
            for line, total in lines:
                if cell in line or cell == total:
                    pick = _complement(line, hidden | known, counts)
                    if pick is None and total not in hidden and total not in known:
                        pick = total
                    if pick is not None:
                        hidden.add(pick)
                        changed = True
                        break
            if changed:
                break
    return hidden


def determined(lines: list[tuple[list[Cell], Cell]], hidden: set[Cell]) -> set[Cell]:
    """The hidden cells whose value follows exactly from the printed numbers by any sums and
    differences of the lines (Gauss-Jordan over the rationals; a cell is determined when its
    unit vector lies in the span of the lines' equations over the hidden cells)."""
    index = {cell: i for i, cell in enumerate(sorted(hidden, key=lambda c: sorted(c)))}
    rows = []
    for line, total in lines:
        row = {index[c]: Fraction(1) for c in line if c in hidden}
        if total in hidden:
            row[index[total]] = row.get(index[total], Fraction(0)) - 1
        row = {k: v for k, v in row.items() if v}
        if row:
            rows.append(row)
    pivots: dict[int, dict[int, Fraction]] = {}
    for row in rows:
        for col, prow in pivots.items():  # reduce by the pivots found so far
            factor = row.get(col)
            if factor:
                for k, v in prow.items():
                    row[k] = row.get(k, Fraction(0)) - factor * v
                row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        col = min(row)
        lead = row[col]
        row = {k: v / lead for k, v in row.items()}
        for other in pivots.values():  # keep earlier pivot rows reduced
            factor = other.get(col)
            if factor:
                for k, v in row.items():
                    other[k] = other.get(k, Fraction(0)) - factor * v
                for k in [k for k, v in other.items() if not v]:
                    del other[k]
        pivots[col] = row
    cells = {i: cell for cell, i in index.items()}
    return {cells[col] for col, row in pivots.items() if len(row) == 1}


def _complement(line: list[Cell], hidden: set[Cell], counts: Mapping[Cell, int]) -> Cell | None:
    """The smallest printed non-zero cell of the line (None if there is none)."""
    candidates = [c for c in line if c not in hidden and counts.get(c, 0) > 0]
    if not candidates:
        candidates = [c for c in line if c not in hidden]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (counts.get(c, 0), sorted(c)))
