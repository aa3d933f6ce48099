"""Station-side sync: batches of unacknowledged records, signed receipts, backoff, resumption.

The fake tally verifies each batch exactly like an export file and signs receipts with the demo
tally key; the real HTTP server is tested with the tally.
"""

from __future__ import annotations

import random
import threading

import pytest

from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.export_file import verify_export
from kiosk.ledger.receipts import make_receipt
from kiosk.package.authority_keys import load_tally
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import Answer, FakeTransport
from kiosk.sync.worker import Backoff, SyncWorker


class FakeTally:
    def __init__(self, world: dict, signing_key: SigningKey | None = None) -> None:
        self.package = load_package(world["package"], world["authority_fingerprint"])
        self.key = signing_key or load_tally(world["tally_key"], world["passphrase"]).sign
        self.records: dict[tuple[str, int], bytes] = {}
        self.reachable = True

    def handle(self, election_id: str, data: bytes) -> Answer:
        if not self.reachable:
            return Answer(0, {"error": "sync.unreachable", "message": "connection refused"})
        verified = verify_export(data, self.package.election, self.package.authority)
        station = verified.station_id
        have = max((seq for (sid, seq) in self.records if sid == station), default=0)
        if verified.first_seq > have + 1:
            return Answer(409, {"error": "tally.gap", "message": "records are missing"})
        for record in verified.records:
            self.records.setdefault((station, record.seq), record.hash)
        return Answer(200, {"receipt": make_receipt(
            self.key, election=election_id, station=station, batch_hash=sha256(data).hex(),
            first_seq=verified.first_seq, last_seq=verified.last_seq,
            head_hash=verified.header["head_hash"], received_at="2027-04-02T10:00:00+00:00")})


def cast(station: StationService, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    if station.status().polls != "open":
        station.open_polls()
    for _ in range(n):
        station.cast_ballot(station.start_session(), random_ballot(station.election, rng))


def test_everything_arrives_once_with_receipts(example_world):
    tally = FakeTally(example_world)
    with StationService.open(example_world["station"]) as station:
        cast(station, 23)
        worker = SyncWorker(StationBatchSource(station), FakeTransport(tally.handle),
                            batch_size=10)
        assert worker.deliver_all() is True
        status = station.status()
        assert status.not_synced == 0 and status.last_sync is not None
        assert len(tally.records) == 23
        assert worker.state.delivered == 23 and worker.state.online is True
        assert station.verify_box().ok and status.ballots == 23  # nothing deleted


def test_forged_receipt_is_not_trusted(example_world):
    tally = FakeTally(example_world, signing_key=SigningKey.generate())
    with StationService.open(example_world["station"]) as station:
        cast(station, 5)
        worker = SyncWorker(StationBatchSource(station), FakeTransport(tally.handle))
        assert worker.deliver_all() is False
        assert station.status().not_synced == 5
        assert "does not verify" in worker.state.last_error


def test_receipt_for_another_batch_is_refused(example_world):
    tally = FakeTally(example_world)

    def replaying(election_id: str, data: bytes) -> Answer:
        answer = tally.handle(election_id, data)
        answer.body["receipt"]["signed"]["last_seq"] += 1  # claims more than was sent
        return answer

    with StationService.open(example_world["station"]) as station:
        cast(station, 3)
        worker = SyncWorker(StationBatchSource(station), FakeTransport(replaying))
        assert worker.deliver_all() is False
        assert station.status().not_synced == 3


def test_offline_then_online_and_resumption_after_restart(example_world):
    tally = FakeTally(example_world)
    tally.reachable = False
    with StationService.open(example_world["station"]) as station:
        cast(station, 8)
        worker = SyncWorker(StationBatchSource(station), FakeTransport(tally.handle),
                            batch_size=5)
        assert worker.deliver_all() is False
        assert worker.state.online is False and worker.state.failures_in_a_row == 1
        tally.reachable = True
        calls = []
        original = tally.handle

        def stop_after_one(election_id, data):
            calls.append(1)
            if len(calls) > 1:
                return Answer(0, {"message": "cable pulled"})
            return original(election_id, data)

        SyncWorker(StationBatchSource(station), FakeTransport(stop_after_one),
                   batch_size=5).deliver_all()
        assert station.status().not_synced == 3
    with StationService.open(example_world["station"]) as station:  # restart
        transport = FakeTransport(tally.handle)
        assert SyncWorker(StationBatchSource(station), transport).deliver_all() is True
        assert b'"first_seq":6' in transport.sent[0]  # it resumed where the receipts ended
        assert station.status().not_synced == 0
    assert len(tally.records) == 8


def test_backoff_grows_with_jitter_and_a_cap():
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [backoff.delay(n) for n in range(1, 12)]
    assert all(0.5 * min(60, 2 ** (n - 1)) <= d <= min(60, 2 ** (n - 1))
               for n, d in zip(range(1, 12), delays, strict=True))
    assert max(delays) <= 60


def test_background_worker_never_blocks_casting(example_world):
    tally = FakeTally(example_world)
    slow = threading.Event()

    def slow_tally(election_id, data):
        slow.wait(0.05)  # a slow network
        return tally.handle(election_id, data)

    with StationService.open(example_world["station"]) as station:
        station.open_polls()
        worker = SyncWorker(StationBatchSource(station), FakeTransport(slow_tally),
                            batch_size=7, poll_seconds=0.05)
        worker.start()
        try:
            cast(station, 60, seed=2)
            for _ in range(200):
                if station.status().not_synced == 0:
                    break
                worker.wake()
                slow.wait(0.05)
        finally:
            worker.stop()
        assert station.status().not_synced == 0
        assert len(tally.records) == 60
        assert station.verify_box().ok


@pytest.mark.parametrize("test_mode", [True])
def test_test_ballots_never_sync(example_world, test_mode):
    tally = FakeTally(example_world)
    with StationService.open(example_world["station"]) as station:
        station.set_test_mode(test_mode)
        cast(station, 4)
        assert SyncWorker(StationBatchSource(station), FakeTransport(tally.handle)).deliver_all()
        assert tally.records == {}
