"""schemathesis against the intake's OpenAPI description: whatever it is sent, never a 5xx.

The app runs in-process over the real tally store (SQLite) and the real receipt key; the number
of examples is bounded so this stays well under a minute.
"""

from __future__ import annotations

import random

import pytest

schemathesis = pytest.importorskip("schemathesis")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kiosk.domain.random_ballots import random_ballot  # noqa: E402
from kiosk.package.authority_keys import load_tally  # noqa: E402
from kiosk.package.signed_package import load_package  # noqa: E402
from kiosk.station import StationService  # noqa: E402
from kiosk.station.syncing import StationBatchSource  # noqa: E402
from kiosk.tally.server.app import create_app  # noqa: E402
from kiosk.tally.server.limits import CONTENT_TYPE  # noqa: E402
from kiosk.tally.server.store_intake import StoreIntake  # noqa: E402
from kiosk.tally.store import TallyStore  # noqa: E402


@schemathesis.serializer("application/vnd.rostkiosk.export")
def _serialize(_ctx, value) -> bytes:  # lets schemathesis generate this media type
    return _raw(value)


def _raw(body) -> bytes:
    """The generated body as bytes (schemathesis wraps binary bodies)."""
    if body is None:
        return b""
    data = getattr(body, "data", body)
    return data if isinstance(data, bytes) else str(data).encode()


@pytest.fixture
def intake_app(example_world, tmp_path):
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    store = TallyStore.create(f"sqlite:///{tmp_path / 'tally.db'}", package_raw=package.raw,
                              election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    key = load_tally(example_world["tally_key"], example_world["passphrase"]).sign
    app = create_app(StoreIntake(store, package), key, max_bytes=100_000)
    app.state.world = example_world
    yield app
    store.dispose()


def test_no_server_errors_whatever_is_sent(intake_app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", intake_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/health", "/v1/elections/{election_id}/batches"}
    seen: dict[int, int] = {}
    client = TestClient(intake_app)
    election = client.get("/v1/health").json()["election"]

    for operation in operations:
        @given(case=operation.as_strategy(), ours=st.integers(0, 3))
        @settings(max_examples=200, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case, ours):
            if case.path_parameters and ours:  # mostly this tally's election, so the body counts
                case.path_parameters["election_id"] = election
            if case.method == "POST":  # sent as generated, byte for byte
                response = client.post(case.formatted_path, content=_raw(case.body),
                                       headers={"Content-Type": case.media_type or ""})
            else:
                response = client.request(case.method, case.formatted_path)
            seen[response.status_code] = seen.get(response.status_code, 0) + 1
            assert response.status_code < 500, (case.path, response.status_code,
                                                 response.text[:300])
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error", "message"} and body["message"]

        check()
    # Hostile variants of a genuine batch: flipped, cut, spliced bytes.
    genuine = _genuine_batch(intake_app.state.world)

    @given(position=st.integers(0, len(genuine) - 1), cut=st.booleans(),
           junk=st.binary(max_size=40))
    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def mutated(position, cut, junk):
        data = genuine[:position] + junk + (b"" if cut else genuine[position + 1:])
        response = client.post(f"/v1/elections/{election}/batches", content=data,
                               headers={"Content-Type": CONTENT_TYPE})
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        assert response.status_code < 500, (response.status_code, response.text[:300])
        assert response.status_code in (200, 400, 409, 413, 415, 422), response.json()

    mutated()
    response = client.post(f"/v1/elections/{election}/batches", content=genuine,
                           headers={"Content-Type": CONTENT_TYPE})
    assert response.status_code == 200 and response.json()["receipt"]
    print("statuses seen:", seen)
    assert seen and all(status < 500 for status in seen)


def _genuine_batch(world: dict) -> bytes:
    with StationService.open(world["station"]) as station:
        station.open_polls()
        rng = random.Random(1)
        for _ in range(5):
            station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
        return StationBatchSource(station).next_batch(500).data
