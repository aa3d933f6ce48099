"""What an import may read and write in the tally database, inside its one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kiosk.tally.record_blocks import RecordBlock, numbered_hashes
from kiosk.tally.store.engine import StoreError
from kiosk.tally.store.fork_rows import ForkRow, fork_of, note_fork
from kiosk.tally.store.rows import insert_many, log_attempt, now_iso
from kiosk.tally.store.schema import files, meta, record_blocks, stations


@dataclass
class StationRow:
    station_id: str
    label: str
    last_seq: int
    head_hash: bytes
    files: int
    ballots: int


class IntakeTransaction:
    """What an import may read and write, inside its one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def state(self) -> str:
        query = select(meta.c.value).where(meta.c.key == "state")
        if self.conn.dialect.name == "postgresql":
            query = query.with_for_update(read=True)  # `close` waits for running imports
        return self.conn.execute(query).scalar_one()

    def has_file(self, file_hash: str) -> bool:
        return self.conn.execute(select(files.c.id).where(files.c.file_hash == file_hash)) \
            .first() is not None

    def station(self, station_id: str) -> StationRow | None:
        query = select(stations).where(stations.c.station_id == station_id)
        if self.conn.dialect.name == "postgresql":
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        if row is None:
            return None
        return StationRow(row.station_id, row.label, row.last_seq, bytes(row.head_hash),
                          row.files, row.ballots)

    def fork(self, station_id: str) -> ForkRow | None:
        return fork_of(self.conn, station_id)

    def record_hashes(self, station_id: str, first: int, last: int) -> dict[int, bytes]:
        b = record_blocks.c
        rows = self.conn.execute(select(b.first_seq, b.hashes).where(
            b.station_id == station_id, b.last_seq >= first, b.first_seq <= last))
        return {seq: digest for block_first, hashes in rows
                for seq, digest in numbered_hashes(block_first, bytes(hashes))
                if first <= seq <= last}

    def add_file(self, *, file_hash: str, station_id: str, first_seq: int, last_seq: int,
                 new_records: int, name: str, data: bytes, form: str) -> int:
        return self.conn.execute(insert(files).returning(files.c.id), {
            "file_hash": file_hash, "station_id": station_id, "first_seq": first_seq,
            "last_seq": last_seq, "new_records": new_records, "name": name,
            "received_at": now_iso(), "form": form, "data": data}).scalar_one()

    def add_blocks(self, file_id: int, blocks: list[RecordBlock]) -> None:
        """New records, in blocks (kiosk.tally.record_blocks.make_blocks)."""
        batch = [(b.station_id, b.first_seq, b.last_seq, file_id, b.hashes, b.inner,
                  b.inner_ends, b.outer, b.outer_ends) for b in blocks]
        if batch:
            insert_many(self.conn, record_blocks, (
                "station_id", "first_seq", "last_seq", "file_id", "hashes", "inner",
                "inner_ends", "outer", "outer_ends"), batch)

    def save_station(self, row: StationRow, certificate: str, new: bool) -> None:
        values = {"label": row.label, "last_seq": row.last_seq, "head_hash": row.head_hash,
                  "files": row.files, "ballots": row.ballots}
        if new:
            self.conn.execute(insert(stations), {**values, "station_id": row.station_id,
                                                 "certificate": certificate})
        else:
            self.conn.execute(update(stations).where(stations.c.station_id == row.station_id),
                              values)


class IntakeGroup:
    """Several intakes in one transaction (group commit): one savepoint, and one outcome, each.

    A refusal inside `item()` rolls back that item's savepoint only; the others still commit
    together, with one durable write for the whole group.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._tx = IntakeTransaction(conn)

    def state(self) -> str:
        return self._tx.state()

    @contextmanager
    def item(self) -> Iterator[IntakeTransaction]:
        try:
            with self.conn.begin_nested():
                yield self._tx
        except IntegrityError:  # another worker stored the same batch or station first
            raise StoreError("tally.retry", "another import for the same station ran at the "
                             "same moment; import this file again") from None

    def log_attempt(self, **values) -> None:
        log_attempt(self.conn, values)

    def note_fork(self, **values) -> None:
        note_fork(self.conn, **values)
