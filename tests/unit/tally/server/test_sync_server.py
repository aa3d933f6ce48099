"""The tally's HTTP intake: receipts a station trusts, clear 4xx answers to bad requests.

These tests run the app in-process over an intake that verifies batches like the tally does;
`tests/fault/test_sync_faults.py` runs the real server process with the real tally store.
"""

from __future__ import annotations

import random

import pytest
from fastapi.testclient import TestClient

from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KioskError
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.export_file import verify_export
from kiosk.package.authority_keys import load_tally
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import CONTENT_TYPE, Answer
from kiosk.sync.worker import SyncWorker
from kiosk.tally.server.app import create_app
from kiosk.tally.server.intake import IntakeOutcome


class VerifyingIntake:
    def __init__(self, world: dict) -> None:
        self.package = load_package(world["package"], world["authority_fingerprint"])
        self.election_id = self.package.election.id
        self.have: dict[str, dict[int, bytes]] = {}

    def ingest(self, data: bytes) -> IntakeOutcome:
        verified = verify_export(data, self.package.election, self.package.authority)
        records = self.have.setdefault(verified.station_id, {})
        if verified.first_seq > len(records) + 1:
            raise KioskError("tally.gap", "records are missing before this batch")
        if any(records.get(r.seq, r.hash) != r.hash for r in verified.records):
            raise KioskError("tally.conflict", "this batch forks the station's chain")
        new = sum(1 for r in verified.records if r.seq not in records)
        records.update({r.seq: r.hash for r in verified.records})
        return IntakeOutcome("accepted", verified.station_id, verified.first_seq,
                             verified.last_seq, verified.header["head_hash"],
                             sha256(data).hex(), new)


class ClientTransport:
    def __init__(self, client: TestClient) -> None:
        self.client = client

    def send_batch(self, election_id: str, data: bytes) -> Answer:
        response = self.client.post(f"/v1/elections/{election_id}/batches", content=data,
                                    headers={"Content-Type": CONTENT_TYPE})
        return Answer(response.status_code, response.json())


@pytest.fixture
def served(example_world):
    intake = VerifyingIntake(example_world)
    keys = load_tally(example_world["tally_key"], example_world["passphrase"])
    client = TestClient(create_app(intake, keys.sign, max_bytes=200_000))
    return example_world, intake, client


def test_station_delivers_and_trusts_the_receipts(served):
    world, intake, client = served
    with StationService.open(world["station"]) as station:
        station.open_polls()
        rng = random.Random(3)
        for _ in range(17):
            station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
        worker = SyncWorker(StationBatchSource(station), ClientTransport(client), batch_size=5)
        assert worker.deliver_all()
        assert station.status().not_synced == 0
        station_id = station.station_id
    assert sorted(intake.have[station_id]) == list(range(1, 18))


def test_health_and_openapi(served):
    _world, intake, client = served
    assert client.get("/v1/health").json() == {"ok": True, "election": intake.election_id}
    spec = client.get("/openapi.json").json()
    assert "/v1/elections/{election_id}/batches" in spec["paths"]


@pytest.mark.parametrize(("path", "body", "status", "message_id"), [
    ("/v1/elections/{e}/batches", b"", 400, "http.empty"),
    ("/v1/elections/{e}/batches", b"garbage", 422, "export.truncated"),
    ("/v1/elections/{e}/batches", b"{}\n{}\n{}\n", 422, "export.not_an_export"),
    ("/v1/elections/{e}/batches", b"x" * 300_000, 413, "http.too_large"),
    ("/v1/elections/another/batches", b"x", 404, "tally.unknown_election"),
    ("/v1/nothing", b"", 404, "http.404"),
])
def test_bad_requests_get_clear_json_errors(served, path, body, status, message_id):
    _world, intake, client = served
    response = client.post(path.format(e=intake.election_id), content=body,
                           headers={"Content-Type": CONTENT_TYPE})
    assert response.status_code == status
    assert response.json()["error"] == message_id and response.json()["message"]


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json",
                                          "application/vnd.rostkiosk.export-not"])
def test_another_content_type_is_415(served, content_type):
    _world, intake, client = served
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(f"/v1/elections/{intake.election_id}/batches", content=b"{}\n",
                           headers=headers)
    assert response.status_code == 415 and response.json()["error"] == "http.content_type"
    response = client.post(f"/v1/elections/{intake.election_id}/batches", content=b"{}\n",
                           headers={"Content-Type": CONTENT_TYPE.upper() + "; charset=x"})
    assert response.status_code == 422  # the type matched (case and parameters aside)


def test_echoed_values_are_cut_short(served):
    _world, intake, client = served
    response = client.post("/v1/elections/" + "x" * 5000 + "/batches", content=b"x",
                           headers={"Content-Type": CONTENT_TYPE})
    assert response.status_code == 404 and len(response.json()["message"]) <= 300


def test_wrong_method_is_a_4xx(served):
    _world, intake, client = served
    response = client.get(f"/v1/elections/{intake.election_id}/batches")
    assert response.status_code == 405 and response.json()["error"] == "http.405"


def test_store_intake_refusals_gap_and_closed(example_world, tmp_path):
    """The intake over the real store: a gap is 409, closed intake is 423, nothing is stored."""
    from kiosk.tally.server.store_intake import StoreIntake
    from kiosk.tally.store import TallyStore

    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    store = TallyStore.create(f"sqlite:///{tmp_path / 'tally.db'}", package_raw=package.raw,
                              election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    keys = load_tally(example_world["tally_key"], example_world["passphrase"])
    client = TestClient(create_app(StoreIntake(store, package), keys.sign))
    url = f"/v1/elections/{package.election.id}/batches"
    with StationService.open(example_world["station"]) as station:
        station.open_polls()
        rng = random.Random(5)
        for _ in range(6):
            station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
        source = StationBatchSource(station)
        first = source.next_batch(3)
        assert station.acknowledge_sync(first, _receipt_for(keys.sign, package, first))
        second = source.next_batch(3)
    kind = {"Content-Type": CONTENT_TYPE}
    answer = client.post(url, content=second.data, headers=kind)
    assert answer.status_code == 409 and answer.json()["error"] == "tally.gap"
    assert client.post(url, content=first.data, headers=kind).json()["status"] == "accepted"
    store.set_state("closed")
    answer = client.post(url, content=second.data, headers=kind)
    assert answer.status_code == 423 and answer.json()["error"] == "tally.closed"
    assert store.record_count() == 3
    store.dispose()


def _receipt_for(key, package, batch):
    from kiosk.ledger.receipts import make_receipt

    header = verify_export(batch.data, package.election, package.authority)
    return make_receipt(key, election=package.election.id, station=header.station_id,
                        batch_hash=batch.batch_hash, first_seq=batch.first_seq,
                        last_seq=batch.last_seq, head_hash=batch.head_hash,
                        received_at="2027-04-02T10:00:00+00:00")


def test_the_server_needs_only_the_receipt_key_which_cannot_open_ballots(example_world):
    """`kiosk keys tally` writes receipt.key beside tally.key: it signs receipts exactly like
    the whole tally key, and it is refused where the ballot-opening key is needed."""
    from kiosk.domain.errors import KeyFileError
    from kiosk.package.authority_keys import load_receipt_key

    receipt_key = example_world["receipt_key"]
    passphrase = example_world["passphrase"]
    whole = load_tally(example_world["tally_key"], passphrase)
    assert load_receipt_key(receipt_key, passphrase).public.raw == whole.sign.public.raw
    assert load_receipt_key(example_world["tally_key"], passphrase).public.raw == \
        whole.sign.public.raw
    with pytest.raises(KeyFileError) as error:
        load_tally(receipt_key, passphrase)
    assert error.value.message_id == "key.wrong_kind"
    with pytest.raises(KeyFileError) as error:
        load_receipt_key(receipt_key, "not the passphrase")
    assert "passphrase" in str(error.value)
