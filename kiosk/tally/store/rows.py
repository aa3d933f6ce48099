"""Small SQL helpers shared by the tally store's transactions and queries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from kiosk.tally.record_blocks import RecordBlock
from kiosk.tally.store.schema import intake_log, meta


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def block_from_row(row: Iterable) -> RecordBlock:
    """A record block from its BLOCK_COLUMNS as the driver gives them."""
    return RecordBlock(*(bytes(v) if isinstance(v, memoryview) else v for v in row))


def param_mark(conn: Connection) -> str:
    """The driver's positional parameter marker (sqlite3: ?, psycopg: %s)."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def insert_many(conn: Connection, table: Table, columns: tuple[str, ...],
                 rows: list[tuple]) -> None:
    """A plain executemany of positional rows: the bulk paths (a million records, a million
    opened ballots) skip SQLAlchemy's per-row parameter processing, which cost more than the
    database's own work. Column names are quoted: `inner` and `outer` are SQL keywords."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([param_mark(conn)] * len(columns))
    conn.exec_driver_sql(f'INSERT INTO {table.name} ({names}) VALUES ({marks})', rows)


def log_attempt(conn: Connection, values: dict) -> None:
    conn.execute(insert(intake_log), {"at": now_iso(), **values})


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(meta.c.key).where(meta.c.key == key)).first() is None:
        conn.execute(insert(meta), {"key": key, "value": value})
    else:
        conn.execute(update(meta).where(meta.c.key == key), {"value": value})
