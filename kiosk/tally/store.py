"""The tally database (SQLAlchemy Core): the only tally module that speaks SQL.

SQLite by default (one file), PostgreSQL for production. Tables:

    tally_meta        key/value: election id, package hash, authority, state, results
    tally_package     the signed election package as received
    tally_stations    one row per certified station: chain head, files, ballots
    tally_files       every export file that added records: packed, or as received
                      (kiosk.tally.stored_files; either way published byte for byte)
    tally_record_blocks  ballot records, a block of consecutive records of one station per
                      row: hashes and sealed envelopes (kiosk.tally.record_blocks)
    tally_intake_log  every import attempt, accepted or not (the ballot tables stay untouched
                      by a rejection; this log says what was refused and why)
    tally_excluded    records (station, seq) set aside before opening (duplicate voter, no
                      outer envelope...)
    tally_conflicts   duplicate-voter conflicts: the records involved and which one was kept
    tally_opened      opened inner envelopes in shuffled order, as blocks of ballots.jsonl
                      lines (kiosk.tally.record_format); nothing links them to a record
    tally_issued_lists  (codes elections) the authority's signed lists of issued codes, as
                      received (kiosk.package.codes); created when the first one is added

Intake and counting each run in one transaction: all or nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from kiosk.domain.errors import KioskError
from kiosk.tally.record_blocks import RecordBlock, numbered_hashes

try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy handler does the waiting
    fcntl = None

DEFAULT_URL = "sqlite:///tally.db"
# 2: export files may be stored packed (tally_files.form), opened ballots as blocks of
# ballots.jsonl lines (tally_opened)
# 3: records in blocks (tally_record_blocks); exclusions and conflicts name (station, seq)
SCHEMA_VERSION = 3

md = MetaData()
meta = Table("tally_meta", md, Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))
package_table = Table("tally_package", md, Column("id", Integer, primary_key=True),
                      Column("raw", LargeBinary, nullable=False))
stations = Table(
    "tally_stations", md,
    Column("station_id", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("certificate", Text, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("head_hash", LargeBinary, nullable=False),
    Column("files", Integer, nullable=False),
    Column("ballots", Integer, nullable=False),
)
files = Table(
    "tally_files", md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("file_hash", String(64), nullable=False, unique=True),
    Column("station_id", String(40), nullable=False),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("new_records", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("form", String(16), nullable=False),  # kiosk.tally.stored_files: packed | as-received
    Column("data", LargeBinary, nullable=False),
)
record_blocks = Table(  # kiosk.tally.record_blocks
    "tally_record_blocks", md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_id", String(40), nullable=False),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("file_id", Integer, nullable=False),
    Column("hashes", LargeBinary, nullable=False),
    Column("inner", LargeBinary, nullable=False),
    Column("inner_ends", LargeBinary, nullable=False),
    Column("outer", LargeBinary, nullable=True),
    Column("outer_ends", LargeBinary, nullable=True),
    # a backstop: two imports of one station that both store its next records collide here
    UniqueConstraint("station_id", "first_seq", name="tally_record_blocks_station_seq"),
)
_BLOCK_COLUMNS = ("station_id", "first_seq", "hashes", "inner", "inner_ends", "outer",
                  "outer_ends")
intake_log = Table(
    "tally_intake_log", md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("file_hash", String(64), nullable=False),
    Column("station_id", String(40), nullable=True),
    Column("first_seq", Integer, nullable=True),
    Column("last_seq", Integer, nullable=True),
    Column("status", String(20), nullable=False),
    Column("message_id", String(64), nullable=True),
    Column("reason", Text, nullable=True),
)
excluded = Table("tally_excluded", md,
                 Column("station_id", String(40), primary_key=True),
                 Column("seq", Integer, primary_key=True),
                 Column("reason", String(40), nullable=False))
conflicts = Table(
    "tally_conflicts", md,
    Column("conflict", Integer, nullable=False),
    Column("station_id", String(40), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("cast_at", String(40), nullable=False),
    Column("kept", Integer, nullable=False),
)
opened = Table(  # ballots.jsonl in blocks: the lines of positions start, start + 1, ...
    "tally_opened", md,
    Column("start", Integer, primary_key=True, autoincrement=False),
    Column("lines", LargeBinary, nullable=False),
)
issued_lists = Table(
    "tally_issued_lists", md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("raw", LargeBinary, nullable=False),
)
BALLOT_TABLES = (meta, package_table, stations, files, record_blocks, excluded, conflicts,
                 opened)


class StoreError(KioskError):
    """The tally database cannot be opened or used."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def normalize_url(url: str) -> str:
    """Accept `postgresql://…` (psycopg 3 is the driver) and plain file paths (SQLite)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    return url


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        # 16 KiB pages (new databases only; an existing file keeps its own): the tally stores
        # export files of megabytes, and a million ballots pass through one writer. Measured
        # importing 1M ballots: the writer's CPU 20.6 s instead of 26.6 s with 4 KiB pages
        # (64 KiB: 18.9 s, but small sync batches then wrote more per commit).
        cursor.execute("PRAGMA page_size=16384")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # a writer takes the lock at once: no upgrade deadlocks
        reading = conn.get_execution_options().get("tally_read")
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


@contextmanager
def writer_queue(engine: Engine) -> Iterator[None]:
    """For a SQLite file: wait in the kernel's queue (flock on `<db>.writer-lock`) to write.

    SQLite lets one writer in at a time, and a writer that finds the database locked sleeps and
    polls (1, 2, 5, 10 … ms). With several server processes writing at once that leaves cores
    idle; an flock wakes the next writer the moment the last one finishes (measured: the sync
    intake took in ~12 % more ballots per second). Elsewhere (PostgreSQL, Windows, in-memory
    databases) this does nothing. The lock is released by the kernel if a process dies.
    """
    database = engine.url.database
    if fcntl is None or engine.dialect.name != "sqlite" or not database or \
            database == ":memory:" or database.startswith("file:"):
        yield
        return
    fd = os.open(f"{database}.writer-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ModuleNotFoundError) as error:
        raise StoreError("tally.db_url", f"cannot use the database {url!r} ({error})") from None
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    return engine


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
            _insert_many(self.conn, record_blocks, (
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
        _log_attempt(self.conn, values)


class CountTransaction:
    """What counting writes, in one transaction: exclusions, conflicts, opened ballots."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_excluded(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """(station id, seq, reason) of records set aside."""
        batch = list(rows)
        if batch:
            _insert_many(self.conn, excluded, ("station_id", "seq", "reason"), batch)

    def add_conflicts(self, rows: Iterable[tuple[int, str, int, str, bool]]) -> None:
        """(conflict number, station id, seq, cast_at, kept) of each record in a conflict."""
        batch = [(c, station, seq, at, int(kept)) for c, station, seq, at, kept in rows]
        if batch:
            _insert_many(self.conn, conflicts, ("conflict", "station_id", "seq", "cast_at",
                                                "kept"), batch)

    def add_opened(self, start: int, lines: bytes) -> None:
        """The ballots.jsonl lines of positions start, start + 1, ..."""
        _insert_many(self.conn, opened, ("start", "lines"), [(start, lines)])

    def set_meta(self, key: str, value: str) -> None:
        _set_meta(self.conn, key, value)


def _block(row: Iterable) -> RecordBlock:
    """A record block from its _BLOCK_COLUMNS as the driver gives them."""
    return RecordBlock(*(bytes(v) if isinstance(v, memoryview) else v for v in row))


def _mark(conn: Connection) -> str:
    """The driver's positional parameter marker (sqlite3: ?, psycopg: %s)."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _insert_many(conn: Connection, table: Table, columns: tuple[str, ...],
                 rows: list[tuple]) -> None:
    """A plain executemany of positional rows: the bulk paths (a million records, a million
    opened ballots) skip SQLAlchemy's per-row parameter processing, which cost more than the
    database's own work. Column names are quoted: `inner` and `outer` are SQL keywords."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([_mark(conn)] * len(columns))
    conn.exec_driver_sql(f'INSERT INTO {table.name} ({names}) VALUES ({marks})', rows)


def _log_attempt(conn: Connection, values: dict) -> None:
    conn.execute(insert(intake_log), {"at": now_iso(), **values})


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(meta.c.key).where(meta.c.key == key)).first() is None:
        conn.execute(insert(meta), {"key": key, "value": value})
    else:
        conn.execute(update(meta).where(meta.c.key == key), {"value": value})


class TallyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = engine.execution_options(tally_read=True)  # never takes a write lock

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, url: str, *, package_raw: bytes, election_id: str, package_hash: str,
               authority: str) -> TallyStore:
        store = cls(make_engine(url))
        with store._guard("create the tally database"), store.engine.begin() as conn:
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
        with store._guard("open the tally database"), store.reader.connect() as conn:
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

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        try:
            yield
        except KioskError:
            raise
        except IntegrityError:
            raise StoreError("tally.retry", "another import for the same station ran at the "
                             "same moment; import this file again") from None
        except (SQLAlchemyError, DBAPIError, OSError) as error:
            cause = getattr(error, "orig", None) or error
            raise StoreError("tally.db_failed", f"cannot {what}: "
                             f"{str(cause).strip().splitlines()[0]}") from None

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def _writing(self, what: str) -> Iterator[Connection]:
        """One write transaction, after the queue of writers (see `writer_queue`)."""
        with self._guard(what), writer_queue(self.engine), self.engine.begin() as conn:
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
            _log_attempt(conn, values)

    def set_state(self, state: str) -> None:
        with self._writing("change the tally state") as conn:
            _set_meta(conn, "state", state)

    def add_issued_list(self, raw: bytes) -> None:
        """Keep a (checked) list of issued codes; only until the count."""
        with self._writing("add the list of issued codes") as conn:
            if IntakeTransaction(conn).state() == "counted":
                raise StoreError("tally.counted", "this election has been counted already; "
                                 "no list of issued codes can be added")
            issued_lists.create(conn, checkfirst=True)  # tally databases made before lists
            conn.execute(insert(issued_lists), {"raw": raw})

    def issued_lists(self) -> list[bytes]:
        with self._guard("read the tally database"), self.reader.connect() as conn:
            if not inspect(conn).has_table(issued_lists.name):
                return []
            return [bytes(r) for r in conn.execute(select(issued_lists.c.raw).order_by(
                issued_lists.c.id)).scalars()]

    # -- reading -------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return dict(conn.execute(select(meta.c.key, meta.c.value)).all())

    def package_raw(self) -> bytes:
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return bytes(conn.execute(select(package_table.c.raw)).scalar_one())

    def station_rows(self) -> list[dict]:
        with self._guard("read the tally database"), self.reader.connect() as conn:
            rows = conn.execute(select(stations).order_by(stations.c.station_id)).mappings()
            return [dict(row) | {"head_hash": bytes(row["head_hash"]).hex()} for row in rows]

    def intake_rows(self, status: str | None = None) -> list[dict]:
        query = select(intake_log).order_by(intake_log.c.id)
        if status:
            query = query.where(intake_log.c.status == status)
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def last_received(self) -> dict[str, str]:
        """{station id: when its latest accepted file arrived} (the officials' dashboard)."""
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return dict(conn.execute(select(files.c.station_id, func.max(files.c.received_at))
                                     .group_by(files.c.station_id)).all())

    def last_intake(self) -> dict | None:
        with self._guard("read the tally database"), self.reader.connect() as conn:
            row = conn.execute(select(intake_log).order_by(intake_log.c.id.desc()).limit(1)) \
                .mappings().first()
            return None if row is None else dict(row)

    def file_rows(self) -> Iterator[dict]:
        """Every stored export file, with its bytes (one at a time)."""
        with self._guard("read the tally database"), self.reader.connect() as conn:
            ids = conn.execute(select(files.c.id).order_by(files.c.id)).scalars().all()
            for file_id in ids:
                row = conn.execute(select(files).where(files.c.id == file_id)).mappings().one()
                yield dict(row) | {"data": bytes(row["data"])}

    def record_count(self) -> int:
        b = record_blocks.c
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return int(conn.execute(select(func.coalesce(
                func.sum(b.last_seq - b.first_seq + 1), 0))).scalar_one())

    def iter_record_index(self) -> Iterator[list[tuple[str, int, bytes]]]:
        """(station_id, seq, hash) of every record in (station, sequence) order — the
        bulletin's order, which the record's verifier rebuilds from the export files — a block
        at a time. (Not the order files arrived in: interleaved across stations when they come
        by sync or by several imports.)"""
        b = record_blocks.c
        with self._guard("read the tally database"), self.reader.connect() as conn:
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
        with self._guard("read the tally database"), self.reader.connect() as conn, \
                conn.begin():  # one snapshot for every page
            mark = _mark(conn)
            names = ", ".join(f'"{c}"' for c in _BLOCK_COLUMNS)
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
                        yield _block(row[1:])
            finally:
                cursor.close()

    def file_records(self, station_id: str, first: int,
                     last: int) -> list[tuple[int, bytes, bytes, bytes | None]]:
        """(seq, hash, inner, outer) of a station's records first..last, in sequence order."""
        b = record_blocks.c
        with self._guard("read the tally database"), self.reader.connect() as conn:
            rows = conn.execute(select(*(b[c] for c in _BLOCK_COLUMNS)).where(
                b.station_id == station_id, b.last_seq >= first, b.first_seq <= last)
                .order_by(b.first_seq))
            out = []
            for row in rows:
                out += [r for r in _block(row).rows() if first <= r[0] <= last]
            return out

    def excluded_rows(self) -> list[tuple[str, int, str]]:
        """(station id, seq, reason) of every record set aside, in (station, seq) order."""
        with self._guard("read the tally database"), self.reader.connect() as conn:
            return [tuple(r) for r in conn.execute(select(
                excluded.c.station_id, excluded.c.seq, excluded.c.reason).order_by(
                excluded.c.station_id, excluded.c.seq))]

    def iter_opened(self) -> Iterator[bytes]:
        """The opened ballots' ballots.jsonl lines, block by block in position order."""
        with self._guard("read the tally database"), self.reader.connect() as conn:
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
        with self._guard("read the tally database"), self.reader.connect() as conn:
            for table in BALLOT_TABLES:
                key = list(table.primary_key.columns) or list(table.columns)
                out[table.name] = [tuple(bytes(v) if isinstance(v, memoryview) else v
                                         for v in row)
                                   for row in conn.execute(select(table).order_by(*key))]
        return out

    def drop_everything(self) -> None:
        """Remove the tally tables (tests clean up PostgreSQL schemas with this)."""
        with self.engine.begin() as conn:
            md.drop_all(conn)

    def dispose(self) -> None:
        self.engine.dispose()

