"""The station's two ballot chains (official and test): their heads, genesis and next record.

Handed to casting, exporting, sync and box verification instead of the whole service: the one
place that knows where each chain ends. Runs on the station's writer thread only.
"""

from __future__ import annotations

from kiosk.crypto.keys import SigningKey
from kiosk.ledger.chain import ChainHead, SignedEntry, record_genesis
from kiosk.ledger.records import RecordShape, seal_record
from kiosk.store.ballot_box import BallotBox


class BallotChain:
    def __init__(self, box: BallotBox, key: SigningKey, election_id: str) -> None:
        self.box = box
        self.key = key
        self.election_id = election_id
        self.station_id = key.public.fingerprint
        self._shapes = {test: RecordShape(election_id, self.station_id, test)
                        for test in (False, True)}
        self._heads = {test: self._stored_head(test) for test in (False, True)}

    def _stored_head(self, test: bool) -> ChainHead:
        last = self.box.last_record(test)
        return ChainHead(last.seq, last.hash) if last else ChainHead(0, self.genesis(test))

    def genesis(self, test: bool = False) -> bytes:
        """The hash "before" record 1."""
        return record_genesis(self.election_id, self.station_id, test)

    def head(self, test: bool = False) -> ChainHead:
        return self._heads[test]

    def hash_before(self, seq: int, test: bool = False) -> bytes:
        """The hash record `seq` chains to: the genesis or the stored record `seq - 1`."""
        if seq == 1:
            return self.genesis(test)
        return next(self.box.iter_records(seq - 1, seq - 1, test=test)).hash

    def next_record(self, inner: bytes, outer: bytes | None, test: bool) -> SignedEntry:
        """The signed record after the head (not stored: `advance` once it is committed)."""
        return seal_record(self.key, self._shapes[test], self._heads[test], inner, outer)

    def advance(self, record: SignedEntry, test: bool) -> None:
        self._heads[test] = ChainHead(record.seq, record.hash)

    def reload(self, test: bool) -> None:
        """Read the head again from the box (after test records were wiped)."""
        self._heads[test] = self._stored_head(test)
