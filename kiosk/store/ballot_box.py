"""The ballot box: append-only records, audit log, exports and settings in one SQLite file.

Durability: WAL journal with synchronous=FULL, so a commit that returned survives a power cut.
Every method runs in the caller's thread; the station service calls them from its single writer
thread only. Errors SQLite reports for a full disk become BoxError("box.disk_full").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import StaticPool

from kiosk.domain.errors import BoxError
from kiosk.store import schema


@dataclass(frozen=True)
class StoredRecord:
    seq: int
    hash: bytes
    body: bytes
    sig: bytes
    outer: bytes | None = None  # ballot records: the sealed outer envelope, if any


class VoterAlreadyVoted(BoxError):
    def __init__(self) -> None:
        super().__init__("eligibility.already_voted_here",
                         "this voter has already voted at this station")


class SheetAlreadyKeyed(BoxError):
    def __init__(self) -> None:
        super().__init__("paper.sheet_keyed", "this paper ballot sheet has already been keyed "
                         "at this station")


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _disk_full(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "full" in message or "no space" in message


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except DatabaseError as error:
        message = str(error.orig).lower()
        if isinstance(error, OperationalError) and _disk_full(error):
            raise BoxError("box.disk_full", "the station's disk is full: the ballot was not "
                           "saved; ask staff for help") from None
        if "not a database" in message or "malformed" in message:
            raise BoxError("box.damaged", f"the ballot box file is damaged ({error.orig}); do "
                           "not delete it, ask the election administrator") from None
        raise BoxError("box.write_failed", f"the ballot box could not be used "
                       f"({error.orig})") from None


class BallotBox:
    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        with _translated_errors():
            self._conn: Connection = engine.connect()
            if not read_only:
                schema.metadata.create_all(self._conn)
                for statement in schema.APPEND_ONLY_TRIGGERS:
                    self._conn.execute(text(statement))
                self._migrate()
            self._conn.commit()
        self._raw = self._conn.connection.driver_connection

    def _migrate(self) -> None:
        """Bring boxes made by earlier versions up to the current schema (additive only)."""
        columns = {row[1] for row in self._conn.execute(text("PRAGMA table_info(exports)"))}
        if "test" not in columns:
            self._conn.execute(text("ALTER TABLE exports ADD COLUMN test INTEGER NOT NULL "
                                    "DEFAULT 0"))
        for table in ("records", "test_records"):  # boxes made before record version 2
            columns = {row[1] for row in self._conn.execute(text(f"PRAGMA table_info({table})"))}
            if "outer" not in columns:
                self._conn.execute(text(f'ALTER TABLE {table} ADD COLUMN "outer" BLOB'))

    def close(self) -> None:
        self._conn.close()
        self.engine.dispose()

    # -- settings -------------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        rows = self._conn.execute(select(schema.settings)).all()
        self._conn.rollback()
        return {row.key: row.value for row in rows}

    # -- writes (each is one transaction) -----------------------------------------------------
    def append_ballot(self, record: StoredRecord, audit_entry: StoredRecord,
                      register_tag: bytes | None, test: bool = False, *,
                      sheet_tag: bytes | None = None) -> None:
        """Record, voter register entry, paper sheet entry (keyed paper ballots) and audit
        entry: all or nothing, durably committed."""
        self._write_ballots([(record, audit_entry, register_tag, sheet_tag)], test, bulk=False)

    def append_ballots(self, items: list[tuple[StoredRecord, StoredRecord, bytes | None,
                                                bytes | None]], test: bool = False) -> None:
        """Many ballots (record, audit entry, voter register tag, paper sheet tag) in one
        transaction, all or nothing: the bulk paper import (kiosk.station.paper)."""
        self._write_ballots(items, test, bulk=True)

    def _write_ballots(self, items, test: bool, *, bulk: bool) -> None:
        """One transaction for `items`. This is the hot path of casting, so it uses the driver
        connection directly (still inside this store, still one transaction)."""
        table = "test_records" if test else "records"
        register = "test_voter_register" if test else "voter_register"
        cursor = self._raw.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            for record, entry, register_tag, sheet_tag in items:
                cursor.execute(f'INSERT INTO {table} (seq, hash, body, sig, "outer") '
                               "VALUES (?, ?, ?, ?, ?)",
                               (record.seq, record.hash, record.body, record.sig,
                                getattr(record, "outer", None)))
                if register_tag is not None:
                    cursor.execute(f"INSERT INTO {register} (tag) VALUES (?)", (register_tag,))
                if sheet_tag is not None:
                    cursor.execute("INSERT INTO paper_sheets (tag) VALUES (?)", (sheet_tag,))
                cursor.execute("INSERT INTO audit (seq, hash, body, sig) VALUES (?, ?, ?, ?)",
                               (entry.seq, entry.hash, entry.body, entry.sig))
            cursor.execute("COMMIT")
        except Exception as error:
            self._rollback_raw(cursor)
            name = type(error).__name__
            message = str(error).lower()
            if name == "IntegrityError" and register in message:
                raise VoterAlreadyVoted() from None
            if name == "IntegrityError" and "paper_sheets" in message:
                raise SheetAlreadyKeyed() from None
            if name == "OperationalError" and ("full" in message or "no space" in message):
                raise BoxError("box.disk_full", "the station's disk is full: "
                               + ("no ballot was saved" if bulk else "the ballot was not saved")
                               + "; ask staff for help") from None
            raise BoxError("box.write_failed", f"the {'ballots' if bulk else 'ballot'} could "
                           f"not be saved ({error})") from None
        finally:
            cursor.close()

    def append_many(self, entries: list[tuple[StoredRecord, StoredRecord]]) -> None:
        """Many (record, audit entry) pairs in one transaction: only for benchmark pre-filling."""
        cursor = self._raw.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            cursor.executemany('INSERT INTO records (seq, hash, body, sig, "outer") '
                               "VALUES (?, ?, ?, ?, ?)",
                               [(r.seq, r.hash, r.body, r.sig, getattr(r, "outer", None))
                                for r, _ in entries])
            cursor.executemany("INSERT INTO audit (seq, hash, body, sig) VALUES (?, ?, ?, ?)",
                               [(a.seq, a.hash, a.body, a.sig) for _, a in entries])
            cursor.execute("COMMIT")
        except Exception:
            self._rollback_raw(cursor)
            raise
        finally:
            cursor.close()

    @staticmethod
    def _rollback_raw(cursor) -> None:
        try:
            cursor.execute("ROLLBACK")
        except Exception:
            pass

    def _write(self, audit_entry: StoredRecord, settings: dict[str, str] | None,
               *statements) -> list:
        """Run `statements`, append the audit entry and set `settings`: one transaction."""
        with _translated_errors():
            try:
                results = [self._conn.execute(statement) for statement in statements]
                self._conn.execute(insert(schema.audit).values(
                    seq=audit_entry.seq, hash=audit_entry.hash, body=audit_entry.body,
                    sig=audit_entry.sig))
                for key, value in (settings or {}).items():
                    self._upsert_setting(key, value)
                self._conn.commit()
                return results
            except BaseException:
                self._conn.rollback()
                raise

    def append_audit(self, entry: StoredRecord, settings: dict[str, str] | None = None) -> None:
        """One audit entry, with the settings it changes, in one transaction."""
        self._write(entry, settings)

    def record_export(self, values: dict, audit_entry: StoredRecord) -> None:
        self._write(audit_entry, None, insert(schema.exports).values(**values))

    def record_sync(self, values: dict, audit_entry: StoredRecord,
                    settings: dict[str, str]) -> None:
        """A verified receipt, the new synced position and its audit entry, in one transaction."""
        self._write(audit_entry, settings, insert(schema.sync_receipts).values(**values))

    def wipe_test_records(self, audit_entry: StoredRecord, settings: dict[str, str]) -> int:
        deleted, _tags = self._write(audit_entry, settings, text("DELETE FROM test_records"),
                                     text("DELETE FROM test_voter_register"))
        return deleted.rowcount

    def _upsert_setting(self, key: str, value: str) -> None:
        self._conn.execute(
            text("INSERT INTO settings (key, value) VALUES (:k, :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"k": key, "v": value},
        )

    # -- reads ------------------------------------------------------------------------------------
    def _read(self, statement) -> list:
        try:
            return self._conn.execute(statement).all()
        finally:
            self._conn.rollback()

    def last_record(self, test: bool = False) -> StoredRecord | None:
        table = schema.test_records if test else schema.records
        rows = self._read(select(table).order_by(table.c.seq.desc()).limit(1))
        row = rows[0] if rows else None
        return StoredRecord(row.seq, row.hash, row.body, row.sig, row.outer) if row else None

    def last_audit(self) -> StoredRecord | None:
        rows = self._read(select(schema.audit).order_by(schema.audit.c.seq.desc()).limit(1))
        return StoredRecord(rows[0].seq, rows[0].hash, rows[0].body, rows[0].sig) if rows else None

    def count_records(self, test: bool = False) -> int:
        table = schema.test_records if test else schema.records
        return self._read(select(func.count()).select_from(table))[0][0]

    def iter_records(self, first_seq: int = 1, last_seq: int | None = None, test: bool = False,
                     chunk: int = 5000) -> Iterator[StoredRecord]:
        table = schema.test_records if test else schema.records
        seq = first_seq
        while True:
            query = select(table.c.seq, table.c.hash, table.c.body, table.c.sig,
                           table.c.outer).where(
                table.c.seq >= seq).order_by(table.c.seq).limit(chunk)
            if last_seq is not None:
                query = query.where(table.c.seq <= last_seq)
            rows = self._read(query)
            if not rows:
                return
            for row in rows:
                yield StoredRecord(row.seq, row.hash, row.body, row.sig, row.outer)
            seq = rows[-1].seq + 1

    def iter_audit(self) -> Iterator[StoredRecord]:
        for row in self._read(select(schema.audit).order_by(schema.audit.c.seq)):
            yield StoredRecord(row.seq, row.hash, row.body, row.sig)

    def iter_audit_newest_first(self, chunk: int = 500) -> Iterator[StoredRecord]:
        table = schema.audit
        before = None
        while True:
            query = select(table).order_by(table.c.seq.desc()).limit(chunk)
            if before is not None:
                query = query.where(table.c.seq < before)
            rows = self._read(query)
            if not rows:
                return
            for row in rows:
                yield StoredRecord(row.seq, row.hash, row.body, row.sig)
            before = rows[-1].seq

    def exports(self) -> list[dict]:
        rows = self._read(select(schema.exports).order_by(schema.exports.c.id))
        return [dict(row._mapping) for row in rows]

    def has_register_tag(self, tag: bytes, test: bool = False) -> bool:
        table = schema.test_voter_register if test else schema.voter_register
        return bool(self._read(select(table.c.tag).where(table.c.tag == tag)))

    def has_sheet_tag(self, tag: bytes) -> bool:
        return bool(self._read(select(schema.paper_sheets.c.tag).where(
            schema.paper_sheets.c.tag == tag)))

    def sheet_tags(self) -> set[bytes]:
        """Every paper sheet tag kept (test and official ones: the tag's label says which)."""
        return {row.tag for row in self._read(select(schema.paper_sheets.c.tag))}

    def register_size(self) -> int:
        return self._read(select(func.count()).select_from(schema.voter_register))[0][0]

    # -- test hooks ---------------------------------------------------------------------------
    def set_page_limit(self, pages: int | None) -> None:
        """Limit the database size (simulates a full disk in tests); None lifts the limit."""
        self._raw.execute(f"PRAGMA max_page_count = {int(pages or 1073741823)}")

    def page_count(self) -> int:
        return self._raw.execute("PRAGMA page_count").fetchone()[0]


def _engine(url: str) -> Engine:
    # The driver runs in autocommit mode and SQLAlchemy emits BEGIN itself: the recipe that gives
    # pysqlite real transactions (see SQLAlchemy's SQLite dialect notes).
    engine = create_engine(url, poolclass=StaticPool,
                           connect_args={"check_same_thread": False, "isolation_level": None})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def file_store(path: Path) -> BallotBox:
    return BallotBox(_engine(f"sqlite:///{Path(path)}"))


def read_only_store(path: Path) -> BallotBox:
    """A ballot box in a folder that cannot be written (a read-only USB stick or mount): only
    reads. SQLite cannot open a WAL database read-only without writing its shared-memory file,
    so a box whose changes are all in the main file (no or an empty -wal file: it was closed
    cleanly) is opened as immutable; one with unmerged changes in a -wal file is refused with
    a sentence, since reading it without them would show an older box."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BoxError("box.read_only_unmerged", f"{path}: the ballot box has changes not yet "
                       f"merged into it ({wal.name}) and its folder is read-only; copy the "
                       "station folder to a writable place and run the command there")
    engine = create_engine(f"sqlite:///file:{path.as_posix()}?mode=ro&immutable=1&uri=true",
                           poolclass=StaticPool,
                           connect_args={"check_same_thread": False, "isolation_level": None})
    event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only=ON"))
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return BallotBox(engine, read_only=True)


def memory_store() -> BallotBox:
    return BallotBox(_engine("sqlite://"))
