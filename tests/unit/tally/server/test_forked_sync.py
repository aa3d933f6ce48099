"""A forked station over sync: a copied station folder syncs first, then the genuine one. The
intake (the real store, the app in process) answers both with a clear 409 once their chains
part — never first-come — and each station's staff status says to call the election office."""

from __future__ import annotations

import shutil

from fastapi.testclient import TestClient

from kiosk.package.authority_keys import load_tally
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import CONTENT_TYPE, Answer
from kiosk.sync.worker import Backoff, SyncWorker
from kiosk.tally.fork_resolve import resolve_fork
from kiosk.tally.server.app import create_app
from kiosk.tally.server.store_intake import StoreIntake
from kiosk.tally.status import tally_status
from tests.conftest import make_world
from tests.tally_worlds import cast, export, new_tally


class ClientTransport:
    def __init__(self, client: TestClient) -> None:
        self.client = client

    def send_batch(self, election_id: str, data: bytes) -> Answer:
        response = self.client.post(f"/v1/elections/{election_id}/batches", content=data,
                                    headers={"Content-Type": CONTENT_TYPE})
        return Answer(response.status_code, response.json())


def sync(folder: str, client: TestClient) -> tuple[bool, object, object]:
    """(everything delivered, the worker's state, the station's status) after one pass."""
    with StationService.open(folder) as station:
        worker = SyncWorker(StationBatchSource(station), ClientTransport(client),
                            batch_size=2, backoff=Backoff(base=0.01))
        done = worker.deliver_all()
        return done, worker.state, station.status()


def test_a_copied_station_that_syncs_first_does_not_lock_the_genuine_one_out(db_url, tmp_path):
    world = make_world(tmp_path, stations=1, demo=True)
    genuine = world["stations"][0]
    cast(world, 0, 2)
    copied = genuine + "-copy"
    shutil.copytree(genuine, copied)
    copy = dict(world, stations=[copied])
    cast(world, 0, 3, seed=2)
    cast(copy, 0, 2, seed=3)
    store, package = new_tally(db_url, world)
    keys = load_tally(world["tally_key"], world["passphrase"])
    intake = StoreIntake(store, package)
    client = TestClient(create_app(intake, keys.sign))
    try:
        done, state, status = sync(copied, client)  # the copy first: 1..4 accepted
        assert done and not state.tally_conflict and not status.tally_conflict
        done, state, status = sync(genuine, client)  # 1..2 already there, 3..4 differ
        assert not done and state.tally_conflict and status.tally_conflict
        assert state.last_error.startswith("409: ") and "two copies" in state.last_error
        cast(copy, 0, 1, seed=4)  # the copy is refused from the fork point on as well
        done, state, status = sync(copied, client)
        assert not done and status.tally_conflict
        assert "disagree from record 3" in state.last_error
        answer = client.post(f"/v1/elections/{package.election.id}/batches",
                             content=export(world, 0, tmp_path / "b", full=True).read_bytes(),
                             headers={"Content-Type": CONTENT_TYPE})
        assert answer.status_code == 409 and answer.json()["error"] == "tally.forked"
        [fork] = tally_status(store)["forks"]
        assert fork["fork_seq"] == 3 and len(fork["refused_files"]) >= 3
        # the audit log of each station says so once
        with StationService.open(genuine) as station:
            events = [e["event"] for e in station.audit_entries(50)]
        assert events.count("sync_refused") == 1
        # the office keeps the genuine station; it syncs again and its warning goes away
        full = export(world, 0, tmp_path / "full", full=True)
        resolve_fork(store, package, fork["station"], str(full), "box verify at the library")
        cast(world, 0, 1, seed=5)
        done, state, status = sync(genuine, client)
        assert done and not state.tally_conflict and not status.tally_conflict
        done, _state, status = sync(copied, client)
        assert not done and status.tally_conflict
        assert store.station_rows()[0]["last_seq"] == 6
    finally:
        intake.close()
        store.dispose()
