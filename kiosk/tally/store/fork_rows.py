"""The tally database's record of forked stations (kiosk.tally.forks decides; this stores).

`tally_forks` holds one row per station whose chain was claimed by two copies; `tally_fork_files`
the export files of a copy the officials ruled not genuine, taken out of `tally_files` (and their
records out of `tally_record_blocks`) as they were, so the published record still shows them.
Both tables are created when first needed, so tally databases made before them keep working.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.engine import Connection

from kiosk.tally.store.rows import now_iso
from kiosk.tally.store.schema import files, fork_files, forks, record_blocks, stations

OPEN = None
KEPT_A, KEPT_B, KEPT_NEITHER = "kept-a", "kept-b", "kept-neither"


@dataclass(frozen=True)
class ForkRow:
    station_id: str
    fork_seq: int
    stored_hash: str
    other_hash: str
    detected_at: str
    file_hash: str
    resolution: str | None = None
    kept_file: str | None = None
    evidence: str | None = None
    resolved_at: str | None = None

    @property
    def is_open(self) -> bool:
        return self.resolution is None

    @property
    def sets_aside(self) -> bool:
        """Records from fork_seq on stay out of the count (open, or neither copy kept)."""
        return self.resolution in (OPEN, KEPT_NEITHER)


_HAVE_TABLES: set[str] = set()  # databases known to hold tally_forks (it is never dropped)


def has_fork_tables(conn: Connection) -> bool:
    """Every intake asks; a catalog query each time would cost a round trip per batch."""
    key = conn.engine.url.render_as_string(hide_password=True)
    if key in _HAVE_TABLES:
        return True
    found = inspect(conn).has_table(forks.name)
    if found:
        _HAVE_TABLES.add(key)
    return found


def fork_of(conn: Connection, station_id: str) -> ForkRow | None:
    if not has_fork_tables(conn):
        return None
    row = conn.execute(select(forks).where(forks.c.station_id == station_id)).first()
    return ForkRow(**row._mapping) if row else None


def all_forks(conn: Connection) -> list[ForkRow]:
    if not has_fork_tables(conn):
        return []
    return [ForkRow(**row._mapping) for row in
            conn.execute(select(forks).order_by(forks.c.station_id))]


def note_fork(conn: Connection, station_id: str, fork_seq: int, stored_hash: str,
              other_hash: str, file_hash: str) -> None:
    """A new fork, or an earlier fork point of an open one (a later file showed more)."""
    forks.create(conn, checkfirst=True)
    fork_files.create(conn, checkfirst=True)
    known = fork_of(conn, station_id)
    if known is None:
        conn.execute(insert(forks), {
            "station_id": station_id, "fork_seq": fork_seq, "stored_hash": stored_hash,
            "other_hash": other_hash, "detected_at": now_iso(), "file_hash": file_hash})
    elif known.is_open and fork_seq < known.fork_seq:
        conn.execute(update(forks).where(forks.c.station_id == station_id), {
            "fork_seq": fork_seq, "stored_hash": stored_hash, "other_hash": other_hash})


def resolve(conn: Connection, station_id: str, resolution: str, kept_file: str | None,
            evidence: str) -> None:
    conn.execute(update(forks).where(forks.c.station_id == station_id), {
        "resolution": resolution, "kept_file": kept_file, "evidence": evidence,
        "resolved_at": now_iso()})


def take_out_files(conn: Connection, station_id: str, from_seq: int,
                   as_received: dict[str, bytes]) -> tuple[int, int]:
    """Move the station's files holding any record from `from_seq` on (and all their records)
    out of the ballot tables into tally_fork_files, each as received (`as_received`: file
    hash -> bytes, rebuilt by the caller while the records were still there). Returns (files
    moved, the first record no longer held: the station's chain now ends just before it)."""
    fork_files.create(conn, checkfirst=True)
    f = files.c
    rows = conn.execute(select(f.id, f.file_hash, f.first_seq, f.last_seq, f.name, f.form,
                               f.data).where(f.station_id == station_id,
                                             f.last_seq >= from_seq)).all()
    if not rows:
        return 0, from_seq
    ids = [row.id for row in rows]
    cut = conn.execute(select(record_blocks.c.first_seq).where(
        record_blocks.c.file_id.in_(ids)).order_by(record_blocks.c.first_seq)).scalars().first()
    cut = from_seq if cut is None else min(cut, from_seq)
    for row in rows:
        conn.execute(insert(fork_files), {
            "file_hash": row.file_hash, "station_id": station_id, "first_seq": row.first_seq,
            "last_seq": row.last_seq, "name": row.name, "form": "as-received",
            "data": as_received[row.file_hash]})
    conn.execute(delete(record_blocks).where(record_blocks.c.file_id.in_(ids)))
    conn.execute(delete(files).where(f.id.in_(ids)))
    return len(rows), cut


def rewind_station(conn: Connection, station_id: str, last_seq: int, head_hash: bytes) -> None:
    """After records were taken out: the station's chain ends at `last_seq` again."""
    s = record_blocks.c
    ballots = sum(last - first + 1 for first, last in conn.execute(
        select(s.first_seq, s.last_seq).where(s.station_id == station_id)))
    held = conn.execute(select(files.c.id).where(files.c.station_id == station_id)).all()
    conn.execute(update(stations).where(stations.c.station_id == station_id), {
        "last_seq": last_seq, "head_hash": head_hash, "ballots": ballots, "files": len(held)})


def fork_file_rows(conn: Connection) -> list[dict]:
    if not inspect(conn).has_table(fork_files.name):
        return []
    return [dict(row._mapping) for row in conn.execute(
        select(fork_files).order_by(fork_files.c.station_id, fork_files.c.first_seq))]
