"""The tally database (SQLAlchemy Core): the only tally package that speaks SQL.

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
    tally_turnout_hours  counted records per (station, local date, hour), from the duplicate
                      check (kiosk.tally.turnout); no record id, no finer time; created by the
                      duplicate check in databases made before it existed
    tally_opened      opened inner envelopes in shuffled order, as blocks of ballots.jsonl
                      lines (kiosk.tally.record_format); nothing links them to a record
    tally_issued_lists  (codes elections) the authority's signed lists of issued codes, as
                      received (kiosk.package.codes); created when the first one is added
    tally_enrolled    stations whose authority-signed certificates the tally was given before
                      they delivered (kiosk.tally.enrolled), so the officials' dashboard lists
                      every station; created when the first one is added

Intake and counting each run in one transaction: all or nothing.

The parts: `schema` (the tables), `engine` (URLs, the SQLite set-up, the queue of writers, SQL
errors as StoreError), `intake` and `count` (what an import and a count may write), `reading`
(the queries), `tally_store` (`TallyStore`: opening, and the transactions); `rows` holds the
small SQL helpers they share. Import from this package, not from the parts.
"""

from kiosk.tally.store.count import CountTransaction
from kiosk.tally.store.engine import (
    DEFAULT_URL,
    StoreError,
    make_engine,
    normalize_url,
    writer_queue,
)
from kiosk.tally.store.intake import IntakeGroup, IntakeTransaction, StationRow
from kiosk.tally.store.rows import now_iso
from kiosk.tally.store.schema import BALLOT_TABLES, SCHEMA_VERSION
from kiosk.tally.store.tally_store import TallyStore

__all__ = [
    "BALLOT_TABLES",
    "DEFAULT_URL",
    "SCHEMA_VERSION",
    "CountTransaction",
    "IntakeGroup",
    "IntakeTransaction",
    "StationRow",
    "StoreError",
    "TallyStore",
    "make_engine",
    "normalize_url",
    "now_iso",
    "writer_queue",
]
