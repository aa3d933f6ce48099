"""`TallyStore`: opening a tally database, and its write transactions (its queries are in
kiosk.tally.store.reading)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.engine import Connection

from kiosk.tally.store.count import CountTransaction
from kiosk.tally.store.engine import StoreError, guarded, make_engine, writer_queue
from kiosk.tally.store.fork_rows import note_fork
from kiosk.tally.store.intake import IntakeGroup, IntakeTransaction
from kiosk.tally.store.reading import StoreReader
from kiosk.tally.store.rows import log_attempt, now_iso, set_meta
from kiosk.tally.store.schema import (
    SCHEMA_VERSION,
    enrolled,
    files,
    issued_lists,
    md,
    meta,
    package_table,
    record_blocks,
)


class TallyStore(StoreReader):
    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, url: str, *, package_raw: bytes, election_id: str, package_hash: str,
               authority: str) -> TallyStore:
        store = cls(make_engine(url))
        with guarded("create the tally database"), store.engine.begin() as conn:
            if inspect(conn).has_table("tally_meta"):
                existing = conn.execute(select(meta.c.value).where(
                    meta.c.key == "election")).scalar()
                raise StoreError("tally.exists", f"this tally database already holds election "
                                 f"{existing!r}; use another --db")
            md.create_all(conn)
            conn.execute(insert(package_table), {"id": 1, "raw": package_raw})
            for key, value in (("schema", str(SCHEMA_VERSION)), ("election", election_id),
                               ("package_hash", package_hash), ("authority", authority),
                               ("state", "open"), ("created_at", now_iso())):
                conn.execute(insert(meta), {"key": key, "value": value})
        return store

    @classmethod
    def open(cls, url: str) -> TallyStore:
        engine = make_engine(url)
        database = engine.url.database
        if (engine.dialect.name == "sqlite" and database and database != ":memory:"
                and not database.startswith("file:") and not Path(database).is_file()):
            engine.dispose()  # never leave an empty file behind for a mistyped --db
            raise StoreError("tally.not_initialised", f"{url}: there is no such database file; "
                             "run `kiosk tally init --package FILE` first (or give the right "
                             "--db)")
        store = cls(engine)
        with guarded("open the tally database"), store.reader.connect() as conn:
            if not inspect(conn).has_table("tally_meta"):
                raise StoreError("tally.not_initialised", f"{url} holds no tally; run `kiosk "
                                 "tally init --package FILE` first (or give the right --db)")
            schema = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar()
        if schema != str(SCHEMA_VERSION):
            store.dispose()
            raise StoreError("tally.schema", f"{url} was made by another version of Röstkiosk "
                             f"(tally database schema {schema}, this version reads "
                             f"{SCHEMA_VERSION}); count it with that version, or import its "
                             "export files into a new tally database")
        return store

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def _writing(self, what: str) -> Iterator[Connection]:
        """One write transaction, after the queue of writers (see `writer_queue`)."""
        with guarded(what), writer_queue(self.engine), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def intake(self) -> Iterator[IntakeTransaction]:
        with self._writing("write to the tally database") as conn:
            yield IntakeTransaction(conn)

    @contextmanager
    def intake_group(self) -> Iterator[IntakeGroup]:
        with self._writing("write to the tally database") as conn:
            yield IntakeGroup(conn)

    @contextmanager
    def counting(self) -> Iterator[CountTransaction]:
        with self._writing("write the count to the tally database") as conn:
            yield CountTransaction(conn)

    def log_attempt(self, **values) -> None:
        with self._writing("write the intake log") as conn:
            log_attempt(conn, values)

    def note_fork(self, **values) -> None:
        """Two copies of a station's chain (kiosk.tally.forks): recorded even though the file
        that showed it is refused."""
        with self._writing("record a forked station") as conn:
            note_fork(conn, **values)

    @contextmanager
    def writing(self, what: str) -> Iterator[Connection]:
        """One write transaction for a caller that needs the connection (resolve-fork)."""
        with self._writing(what) as conn:
            yield conn

    def set_state(self, state: str) -> None:
        with self._writing("change the tally state") as conn:
            set_meta(conn, "state", state)

    def add_issued_list(self, raw: bytes) -> None:
        """Keep a (checked) list of issued codes; only until the count."""
        with self._writing("add the list of issued codes") as conn:
            if IntakeTransaction(conn).state() in ("deduplicated", "counted"):
                raise StoreError("tally.counted", "the duplicate check has been run already; "
                                 "no list of issued codes can be added")
            issued_lists.create(conn, checkfirst=True)  # tally databases made before lists
            conn.execute(insert(issued_lists), {"raw": raw})

    def add_enrolled(self, stations: list[tuple[str, str, str]]) -> int:
        """Keep (station id, label, canonical certificate) of checked certificates, all in one
        transaction; a station enrolled again keeps one row. Returns how many were new."""
        with self._writing("add the enrolled stations") as conn:
            enrolled.create(conn, checkfirst=True)  # tally databases made before enrolment
            known = set(conn.execute(select(enrolled.c.station_id)).scalars())
            new = 0
            for station_id, label, certificate in stations:
                if station_id in known:
                    conn.execute(delete(enrolled).where(enrolled.c.station_id == station_id))
                else:
                    new += 1
                known.add(station_id)
                conn.execute(insert(enrolled), {"station_id": station_id, "label": label,
                                                "certificate": certificate,
                                                "added_at": now_iso()})
            return new

    def destroy_outer(self, at: str, replace_block, strip_file, stripped_form: str,
                      as_received_form: str) -> int:
        """In one transaction: every block's outer envelopes replaced by `replace_block(outer,
        outer_ends, count)` -> (outer, outer_ends), every file kept as received by
        `strip_file(data)` in form `stripped_form`, and meta outer_destroyed_at; then (SQLite)
        VACUUM, so the freed pages leave the file. Returns the envelopes replaced."""
        b, f = record_blocks.c, files.c
        destroyed = 0
        with self._writing("destroy the outer envelopes") as conn:
            ids = conn.execute(select(b.id).where(b.outer.is_not(None))).scalars().all()
            for block_id in ids:
                row = conn.execute(select(b.outer, b.outer_ends, b.first_seq, b.last_seq)
                                   .where(b.id == block_id)).one()
                count = row.last_seq - row.first_seq + 1
                outer, ends = replace_block(bytes(row.outer), bytes(row.outer_ends), count)
                conn.execute(update(record_blocks).where(b.id == block_id).values(
                    outer=outer, outer_ends=ends))
                destroyed += count
            ids = conn.execute(select(f.id).where(f.form == as_received_form)).scalars().all()
            for file_id in ids:
                data = bytes(conn.execute(select(f.data).where(f.id == file_id)).scalar_one())
                conn.execute(update(files).where(f.id == file_id).values(
                    data=strip_file(data), form=stripped_form))
            set_meta(conn, "outer_destroyed_at", at)
        if self.engine.dialect.name == "sqlite":
            with guarded("compact the tally database"):
                raw = self.engine.raw_connection()
                try:
                    driver = raw.driver_connection
                    driver.commit()
                    before, driver.isolation_level = driver.isolation_level, None
                    try:
                        driver.execute("VACUUM")
                        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    finally:
                        driver.isolation_level = before
                finally:
                    raw.close()
        return destroyed

    def drop_everything(self) -> None:
        """Remove the tally tables (tests clean up PostgreSQL schemas with this)."""
        with self.engine.begin() as conn:
            md.drop_all(conn)

    def dispose(self) -> None:
        self.engine.dispose()
