"""Reading the tally database: every query of `TallyStore`, none of which takes a write lock."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import Engine

from kiosk.tally.record_blocks import RecordBlock, numbered_hashes
from kiosk.tally.store.engine import guarded
from kiosk.tally.store.fork_rows import ForkRow, all_forks, fork_file_rows
from kiosk.tally.store.rows import block_from_row, param_mark
from kiosk.tally.store.schema import (
    BALLOT_TABLES,
    BLOCK_COLUMNS,
    conflicts,
    enrolled,
    excluded,
    files,
    intake_log,
    issued_lists,
    meta,
    opened,
    package_table,
    record_blocks,
    stations,
    turnout_hours,
)


class StoreReader:
    """The queries of a tally database (`TallyStore` adds opening and writing)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = engine.execution_options(tally_read=True)  # never takes a write lock

    # -- reading -------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        with guarded("read the tally database"), self.reader.connect() as conn:
            return dict(conn.execute(select(meta.c.key, meta.c.value)).all())

    def package_raw(self) -> bytes:
        with guarded("read the tally database"), self.reader.connect() as conn:
            return bytes(conn.execute(select(package_table.c.raw)).scalar_one())

    def station_rows(self) -> list[dict]:
        with guarded("read the tally database"), self.reader.connect() as conn:
            rows = conn.execute(select(stations).order_by(stations.c.station_id)).mappings()
            return [dict(row) | {"head_hash": bytes(row["head_hash"]).hex()} for row in rows]

    def intake_rows(self, status: str | None = None) -> list[dict]:
        query = select(intake_log).order_by(intake_log.c.id)
        if status:
            query = query.where(intake_log.c.status == status)
        with guarded("read the tally database"), self.reader.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def last_received(self) -> dict[str, str]:
        """{station id: when its latest accepted file arrived} (the officials' dashboard)."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            return dict(conn.execute(select(files.c.station_id, func.max(files.c.received_at))
                                     .group_by(files.c.station_id)).all())

    def last_intake(self) -> dict | None:
        with guarded("read the tally database"), self.reader.connect() as conn:
            row = conn.execute(select(intake_log).order_by(intake_log.c.id.desc()).limit(1)) \
                .mappings().first()
            return None if row is None else dict(row)

    def file_rows(self) -> Iterator[dict]:
        """Every stored export file, with its bytes (one at a time)."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            ids = conn.execute(select(files.c.id).order_by(files.c.id)).scalars().all()
            for file_id in ids:
                row = conn.execute(select(files).where(files.c.id == file_id)).mappings().one()
                yield dict(row) | {"data": bytes(row["data"])}

    def file_index(self) -> list[dict]:
        """Every stored export file without its bytes: hash, station, records, name."""
        f = files.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(
                select(f.file_hash, f.station_id, f.first_seq, f.last_seq, f.name,
                       f.received_at).order_by(f.id))]

    def record_count(self) -> int:
        b = record_blocks.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            return int(conn.execute(select(func.coalesce(
                func.sum(b.last_seq - b.first_seq + 1), 0))).scalar_one())

    def iter_record_index(self) -> Iterator[list[tuple[str, int, bytes]]]:
        """(station_id, seq, hash) of every record in (station, sequence) order — the
        bulletin's order, which the record's verifier rebuilds from the export files — a block
        at a time. (Not the order files arrived in: interleaved across stations when they come
        by sync or by several imports.)"""
        b = record_blocks.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            # byte order on PostgreSQL too, whatever the database's collation says
            station = b.station_id.collate("C") if conn.dialect.name == "postgresql" \
                else b.station_id
            result = conn.execution_options(stream_results=True, max_row_buffer=16).execute(
                select(b.station_id, b.first_seq, b.hashes).order_by(station, b.first_seq))
            for station_id, first, hashes in result:
                yield [(station_id, seq, digest)
                       for seq, digest in numbered_hashes(first, bytes(hashes))]

    def iter_blocks(self, batch: int = 4) -> Iterator[RecordBlock]:
        """Every record block in the order they were stored: everything a count needs of
        each record, in one scan.

        Keyset pages on id: bounded memory on SQLite and PostgreSQL alike. Plain SQL on the
        driver's own cursor, rows as the driver gives them (SQLite and psycopg 3 give bytes for
        blobs)."""
        last = 0
        with guarded("read the tally database"), self.reader.connect() as conn, \
                conn.begin():  # one snapshot for every page
            mark = param_mark(conn)
            names = ", ".join(f'"{c}"' for c in BLOCK_COLUMNS)
            sql = (f"SELECT id, {names} FROM {record_blocks.name} WHERE id > {mark} "
                   f"ORDER BY id LIMIT {mark}")
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                while True:
                    cursor.execute(sql, (last, batch))
                    rows = cursor.fetchall()
                    if not rows:
                        return
                    last = rows[-1][0]
                    for row in rows:
                        yield block_from_row(row[1:])
            finally:
                cursor.close()

    def file_records(self, station_id: str, first: int,
                     last: int) -> list[tuple[int, bytes, bytes, bytes | None]]:
        """(seq, hash, inner, outer) of a station's records first..last, in sequence order."""
        b = record_blocks.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            rows = conn.execute(select(*(b[c] for c in BLOCK_COLUMNS)).where(
                b.station_id == station_id, b.last_seq >= first, b.first_seq <= last)
                .order_by(b.first_seq))
            out = []
            for row in rows:
                out += [r for r in block_from_row(row).rows() if first <= r[0] <= last]
            return out

    def fork_rows(self) -> list[ForkRow]:
        """Every station two copies claimed (kiosk.tally.forks), open or resolved."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            return all_forks(conn)

    def fork_file_rows(self) -> list[dict]:
        """Export files of copies ruled not genuine, with their bytes."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            return [row | {"data": bytes(row["data"])} for row in fork_file_rows(conn)]

    def excluded_rows(self) -> list[tuple[str, int, str]]:
        """(station id, seq, reason) of every record set aside, in (station, seq) order."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            return [tuple(r) for r in conn.execute(select(
                excluded.c.station_id, excluded.c.seq, excluded.c.reason).order_by(
                excluded.c.station_id, excluded.c.seq))]

    def conflict_rows(self) -> list[tuple[int, str, int, str, bool]]:
        """(conflict number, station id, seq, cast_at, kept) of every record in a conflict,
        by conflict number (the members' order is the caller's: kiosk.tally.dedup)."""
        c = conflicts.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in conn.execute(select(
                c.conflict, c.station_id, c.seq, c.cast_at, c.kept).order_by(
                c.conflict, c.station_id, c.seq))]

    def turnout_hour_rows(self) -> list[tuple[str, str, int, int]] | None:
        """(station id, local date, local hour, ballots) the duplicate check counted
        (kiosk.tally.turnout); None if this database has no such table (made before it
        existed, and not deduplicated since)."""
        t = turnout_hours.c
        with guarded("read the tally database"), self.reader.connect() as conn:
            if not inspect(conn).has_table(turnout_hours.name):
                return None
            return [tuple(r) for r in conn.execute(select(
                t.station_id, t.day, t.hour, t.ballots).order_by(t.station_id, t.day, t.hour))]

    def iter_opened(self) -> Iterator[bytes]:
        """The opened ballots' ballots.jsonl lines, block by block in position order."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            starts = conn.execute(select(opened.c.start).order_by(opened.c.start)) \
                .scalars().all()
            for start in starts:
                yield bytes(conn.execute(select(opened.c.lines).where(
                    opened.c.start == start)).scalar_one())

    def results(self) -> dict | None:
        """The signed results envelope {"signed": results, "sig": …}, once counted."""
        value = self.meta().get("results")
        return json.loads(value) if value else None

    def dump(self) -> dict[str, list]:
        """Every row of the ballot tables (not the intake log), for tests and audits."""
        out = {}
        with guarded("read the tally database"), self.reader.connect() as conn:
            for table in BALLOT_TABLES:
                if table is turnout_hours and not inspect(conn).has_table(table.name):
                    continue  # a database made before the table existed
                key = list(table.primary_key.columns) or list(table.columns)
                out[table.name] = [tuple(bytes(v) if isinstance(v, memoryview) else v
                                         for v in row)
                                   for row in conn.execute(select(table).order_by(*key))]
        return out

    def issued_lists(self) -> list[bytes]:
        with guarded("read the tally database"), self.reader.connect() as conn:
            if not inspect(conn).has_table(issued_lists.name):
                return []
            return [bytes(r) for r in conn.execute(select(issued_lists.c.raw).order_by(
                issued_lists.c.id)).scalars()]

    def enrolled_rows(self) -> list[dict]:
        """The certified stations the tally was told of (`kiosk tally enrol`), delivered or not."""
        with guarded("read the tally database"), self.reader.connect() as conn:
            if not inspect(conn).has_table(enrolled.name):  # made before enrolment existed
                return []
            return [dict(row) for row in conn.execute(
                select(enrolled.c.station_id, enrolled.c.label, enrolled.c.added_at)
                .order_by(enrolled.c.station_id)).mappings()]
