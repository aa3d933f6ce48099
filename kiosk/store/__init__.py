"""The station's persistence (SQLAlchemy on SQLite): ballot box, audit log, exports, settings.

`memory_store()` for tests, `file_store(path)` for a real station.
"""

from kiosk.store.ballot_box import BallotBox, file_store, memory_store, read_only_store

__all__ = ["BallotBox", "file_store", "memory_store", "read_only_store"]
