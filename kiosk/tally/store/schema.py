"""The tally database's tables (the on-disk schema; see kiosk.tally.store for what each holds)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# 2: export files may be stored packed (tally_files.form), opened ballots as blocks of
# ballots.jsonl lines (tally_opened)
# 3: records in blocks (tally_record_blocks); exclusions and conflicts name (station, seq)
SCHEMA_VERSION = 4  # 4: record version 2 (outer envelopes by hash; destroy-outer)

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
BLOCK_COLUMNS = ("station_id", "first_seq", "hashes", "inner", "inner_ends", "outer",
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
forks = Table(  # kiosk.tally.forks: two chains claim one station
    "tally_forks", md,
    Column("station_id", String(40), primary_key=True),
    Column("fork_seq", Integer, nullable=False),  # the first record the two copies disagree on
    Column("stored_hash", String(64), nullable=False),  # copy A (imported first) at fork_seq
    Column("other_hash", String(64), nullable=False),  # copy B (refused) at fork_seq
    Column("detected_at", String(40), nullable=False),
    Column("file_hash", String(64), nullable=False),  # the file that revealed the fork
    Column("resolution", String(16), nullable=True),  # None open | kept-a | kept-b | kept-neither
    Column("kept_file", String(64), nullable=True),
    Column("evidence", Text, nullable=True),
    Column("resolved_at", String(40), nullable=True),
)
fork_files = Table(  # files of a copy ruled not genuine, taken out of tally_files as they were
    "tally_fork_files", md,
    Column("file_hash", String(64), primary_key=True),
    Column("station_id", String(40), nullable=False),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("form", String(16), nullable=False),
    Column("data", LargeBinary, nullable=False),
)
enrolled = Table(  # kiosk.tally.enrolled: certified stations made known before they deliver
    "tally_enrolled", md,
    Column("station_id", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("certificate", Text, nullable=False),  # canonical JSON, as tally_stations holds it
    Column("added_at", String(40), nullable=False),
)
turnout_hours = Table(  # kiosk.tally.turnout: counted records per station and local hour
    "tally_turnout_hours", md,
    Column("station_id", String(40), primary_key=True),
    Column("day", String(10), primary_key=True),  # local date (Europe/Stockholm); "" unknown
    Column("hour", Integer, primary_key=True, autoincrement=False),  # 0-23 local; -1 unknown
    Column("ballots", Integer, nullable=False),
)
BALLOT_TABLES = (meta, package_table, stations, files, record_blocks, excluded, conflicts,
                 opened, turnout_hours)


