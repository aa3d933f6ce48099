"""Tables of a station's ballot box. Records and audit entries are append-only (SQL triggers)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

SCHEMA_VERSION = 1

settings = Table(
    "settings", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

# One row per sealed ballot: the canonical record body (the sealed inner envelope and the hash
# of the outer one), its signature, and the sealed outer envelope (kiosk.ledger.records).
records = Table(
    "records", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False, unique=True),
    Column("body", LargeBinary, nullable=False),
    Column("sig", LargeBinary, nullable=False),
    Column("outer", LargeBinary, nullable=True),
    sqlite_with_rowid=True,
)

# Test-mode ballots: the same shape, kept apart, wiped when the station goes official.
test_records = Table(
    "test_records", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False, unique=True),
    Column("body", LargeBinary, nullable=False),
    Column("sig", LargeBinary, nullable=False),
    Column("outer", LargeBinary, nullable=True),
)

# Keyed hashes (under a station secret) of voter tokens that have voted here.
voter_register = Table(
    "voter_register", metadata,
    Column("tag", LargeBinary, primary_key=True),
    sqlite_with_rowid=False,
)

# Keyed hashes (under the station secret) of the paper ballot sheets keyed here: a UNIQUE key
# refuses a sheet keyed twice (kiosk.station.paper).
paper_sheets = Table(
    "paper_sheets", metadata,
    Column("tag", LargeBinary, primary_key=True),
    sqlite_with_rowid=False,
)

# The same for test-mode ballots: kept apart and wiped with them, so an identity used while
# testing (a real code, a staff member's own personnummer) is never "already voted" later.
test_voter_register = Table(
    "test_voter_register", metadata,
    Column("tag", LargeBinary, primary_key=True),
    sqlite_with_rowid=False,
)

audit = Table(
    "audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("sig", LargeBinary, nullable=False),
)

exports = Table(
    "exports", metadata,
    Column("id", Integer, primary_key=True),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("head_hash", LargeBinary, nullable=False),
    Column("file_hash", String, nullable=False),
    Column("file_name", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("full", Integer, nullable=False),
    Column("test", Integer, nullable=False, default=0),
)

# Signed receipts from the tally: records up to last_seq are held by the tally.
sync_receipts = Table(
    "sync_receipts", metadata,
    Column("id", Integer, primary_key=True),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("batch_hash", String, nullable=False),
    Column("receipt", Text, nullable=False),
    Column("received_at", String, nullable=False),
)

APPEND_ONLY_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS {table}_no_{verb} BEFORE {verb.upper()} ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
    for table in ("records", "audit")
    for verb in ("update", "delete")
]
