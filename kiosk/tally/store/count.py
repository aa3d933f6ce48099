"""What counting writes to the tally database, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.engine import Connection

from kiosk.tally.store.rows import insert_many, set_meta
from kiosk.tally.store.schema import conflicts, excluded, opened, turnout_hours


class CountTransaction:
    """What counting writes, in one transaction: exclusions, conflicts, opened ballots."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_excluded(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """(station id, seq, reason) of records set aside."""
        batch = list(rows)
        if batch:
            insert_many(self.conn, excluded, ("station_id", "seq", "reason"), batch)

    def add_conflicts(self, rows: Iterable[tuple[int, str, int, str, bool]]) -> None:
        """(conflict number, station id, seq, cast_at, kept) of each record in a conflict."""
        batch = [(c, station, seq, at, int(kept)) for c, station, seq, at, kept in rows]
        if batch:
            insert_many(self.conn, conflicts, ("conflict", "station_id", "seq", "cast_at",
                                                "kept"), batch)

    def add_turnout_hours(self, rows: Iterable[tuple[str, str, int, int]]) -> None:
        """(station id, local date, local hour, ballots) from the duplicate check
        (kiosk.tally.turnout). Databases made before this table existed get it here."""
        turnout_hours.create(self.conn, checkfirst=True)
        batch = list(rows)
        if batch:
            insert_many(self.conn, turnout_hours, ("station_id", "day", "hour", "ballots"),
                        batch)

    def add_opened(self, start: int, lines: bytes) -> None:
        """The ballots.jsonl lines of positions start, start + 1, ..."""
        insert_many(self.conn, opened, ("start", "lines"), [(start, lines)])

    def set_meta(self, key: str, value: str) -> None:
        set_meta(self.conn, key, value)
