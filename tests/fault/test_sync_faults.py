"""Sync under faults, on loopback, against a real `kiosk tally serve` process and the real store.

Stations cast and sync in the background while the server is killed (SIGKILL) and restarted,
behind proxies that cut connections or answer slowly, with batches re-delivered and re-ordered,
forged receipts and a server signing with the wrong key. Afterwards every cast ballot is at the
tally exactly once (per `kiosk tally status --json` and the store itself) and every station's box
still verifies. The same runs over PostgreSQL with two server workers when KIOSK_TEST_POSTGRES_URL
names a server. Every test is bounded in time and kills what it started.
"""

from __future__ import annotations

import concurrent.futures
import json
import random
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.receipts import check_receipt
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import Answer, HttpTransport
from kiosk.sync.worker import Backoff, PendingBatch, SyncWorker
from kiosk.tally.store import TallyStore
from tests.conftest import fresh_postgres_schema, make_world
from tests.tally_server import Server, free_port, init_tally, kiosk

DEADLINE = 75.0  # seconds for every station to be fully acknowledged after the faults stop
# The slow proxy: answers held back up to SLOW_DELAY seconds, stations giving up after
# SLOW_TIMEOUT (was 2 s and 1 s: the same ratio, half the waiting; docs/testing.md)
SLOW_DELAY, SLOW_TIMEOUT = 1.0, 0.5


# -- databases -----------------------------------------------------------------------------------

@pytest.fixture
def postgres_url():
    """A fresh schema on the test server (dropped afterwards), as a URL for `--db`."""
    with fresh_postgres_schema("sync_test", "the PostgreSQL sync tests") as url:
        yield url


# -- the server process (tests/tally_server.py) ---------------------------------------------------

@pytest.fixture
def servers(tmp_path):
    started: list[Server] = []

    def make(*args, **kwargs) -> Server:
        server = Server(*args, logdir=tmp_path, **kwargs)
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.kill()


# -- stations --------------------------------------------------------------------------------------

class SimStation:
    """A station in this process: casting on its writer thread, syncing on its worker thread."""

    def __init__(self, path: str, url: str, seed: int, batch_size: int = 7,
                 timeout: float = 5.0) -> None:
        self.service = StationService.open(Path(path))
        self.seed = seed
        self.transport = HttpTransport(url, timeout=timeout)
        self.worker = SyncWorker(StationBatchSource(self.service), self.transport,
                                 batch_size=batch_size, poll_seconds=0.2,
                                 backoff=Backoff(base=0.05, cap=0.5, rng=random.Random(seed)))
        self.cast_count = 0

    def cast(self, n: int, pause: float = 0.0) -> None:
        rng = random.Random(self.seed)
        if self.service.status().polls != "open":
            self.service.open_polls()
        for _ in range(n):
            self.service.cast_ballot(self.service.start_session(),
                                     random_ballot(self.service.election, rng))
            self.cast_count += 1
            self.worker.wake()
            if pause:
                time.sleep(rng.uniform(0, pause))

    def batch(self, first: int, last: int) -> PendingBatch:
        """The sync batch of records first..last, built by the station's own code."""
        def build() -> PendingBatch:
            saved = self.service.settings.get("synced_to")
            self.service.settings["synced_to"] = str(first - 1)
            try:
                return self.service.sync.next_batch(last - first + 1)
            finally:
                self.service.settings["synced_to"] = saved or "0"
        return self.service._run(build)

    def hashes(self) -> dict[int, bytes]:
        return self.service._run(lambda: {r.seq: r.hash for r in
                                          self.service.box.iter_records(1)})

    def close(self) -> None:
        self.worker.stop()
        self.service.close()


@pytest.fixture
def stations():
    opened: list[SimStation] = []

    def make(*args, **kwargs) -> SimStation:
        station = SimStation(*args, **kwargs)
        opened.append(station)
        return station

    try:
        yield make
    finally:
        for station in opened:
            station.close()


def wait_all_synced(sims: list[SimStation], seconds: float = DEADLINE) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(s.service.status().not_synced == 0 for s in sims):
            return
        for s in sims:
            s.worker.wake()
        time.sleep(0.2)
    waiting = {s.service.station_id[:4]: (s.service.status().not_synced,
                                          s.worker.state.last_error) for s in sims}
    raise AssertionError(f"not everything was acknowledged in {seconds} s: {waiting}")


def assert_exactly_once(db: str, sims: list[SimStation]) -> None:
    """The tally holds every cast ballot once (status and the store agree); boxes verify."""
    status = json.loads(kiosk("tally", "status", "--json", "--db", db).stdout)
    by_station = {s["id"]: s for s in status["stations"]}
    assert status["ballots"] == sum(s.cast_count for s in sims)
    store = TallyStore.open(db)
    try:
        held: dict[str, dict[int, bytes]] = {}
        for chunk in store.iter_record_index():
            for station_id, seq, digest in chunk:
                assert seq not in held.setdefault(station_id, {}), "a record was stored twice"
                held[station_id][seq] = digest
    finally:
        store.dispose()
    for sim in sims:
        sid = sim.service.station_id
        status_row = by_station[sid]
        assert status_row["ballots"] == status_row["last_seq"] == sim.cast_count
        assert held[sid] == sim.hashes()  # the very records, each once, nothing else
        assert sim.service.status().not_synced == 0
        report = sim.service.verify_box()
        assert report.ok and report.ballots == sim.cast_count


def cast_in_background(sims: list[SimStation], n: int, pause: float) -> list[threading.Thread]:
    threads = [threading.Thread(target=s.cast, args=(n, pause), daemon=True) for s in sims]
    for thread in threads:
        thread.start()
    for sim in sims:
        sim.worker.start()
    return threads


def chaos(server: Server, kills: int, seed: int) -> int:
    """SIGKILL the server at random moments while the stations cast and upload; restart it."""
    rng = random.Random(seed)
    done = 0
    for _ in range(kills):
        time.sleep(rng.uniform(0.2, 1.2))
        server.kill(signal.SIGKILL)
        done += 1
        time.sleep(rng.uniform(0.0, 0.6))
        server.start()
    return done


def run_chaos(db: str, world: dict, servers, stations, *, workers: int, kills: int,
              per_station: int) -> None:
    init_tally(world, db)
    server = servers(db, world, workers=workers)
    server.start()
    sims = [stations(path, server.url, seed=i) for i, path in enumerate(world["stations"])]
    casting = cast_in_background(sims, per_station, pause=0.06)
    assert chaos(server, kills, seed=7) == kills
    for thread in casting:
        thread.join(60)
    wait_all_synced(sims)
    assert "Traceback" not in server.log_text()
    assert_exactly_once(db, sims)


# -- the tests -------------------------------------------------------------------------------------

@pytest.fixture
def world4(tmp_path):
    return make_world(tmp_path, stations=4)


def test_server_killed_and_restarted_during_uploads(world4, servers, stations, tmp_path):
    run_chaos(f"sqlite:///{tmp_path / 'tally.db'}", world4, servers, stations, workers=1,
              kills=5, per_station=120)


@pytest.mark.postgres
def test_two_workers_over_postgres_killed_and_restarted(world4, servers, stations,
                                                        postgres_url):
    run_chaos(postgres_url, world4, servers, stations, workers=2, kills=4, per_station=100)


def _storm(db: str, world: dict, servers, stations, workers: int) -> None:
    """Many deliveries of the same and of consecutive batches of one station, all at once."""
    init_tally(world, db)
    server = servers(db, world, workers=workers)
    server.start()
    sim = stations(world["stations"][0], server.url, seed=3)
    sim.cast(60)
    batches = [sim.batch(a, a + 9) for a in range(1, 61, 10)]
    sends = [b for b in batches for _ in range(4)]
    random.Random(5).shuffle(sends)
    transport = HttpTransport(server.url, timeout=30)
    tally_key = VerifyKey(sim.service.election.tally.sign_public)
    pending = list(sends)
    deadline = time.monotonic() + 60
    while pending and time.monotonic() < deadline:  # refused for a gap: send again later
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(
                lambda b: transport.send_batch(sim.service.election.id, b.data), pending))
        again = []
        for batch, answer in zip(pending, answers, strict=True):
            if answer.status == 409 and answer.body["error"] == "tally.gap":
                again.append(batch)
                continue
            assert answer.status == 200, answer.body
            assert check_receipt(answer.body["receipt"], tally_key,
                                 election=sim.service.election.id,
                                 station=sim.service.station_id,
                                 batch_hash=batch.batch_hash, last_seq=batch.last_seq,
                                 head_hash=batch.head_hash) is not None
        pending = again
    assert not pending
    assert sim.worker.deliver_all()  # the station learns it all arrived (already present)
    assert_exactly_once(db, [sim])


def test_same_and_consecutive_batches_at_once_sqlite(tmp_path, servers, stations):
    world = make_world(tmp_path, stations=1)
    _storm(f"sqlite:///{tmp_path / 'tally.db'}", world, servers, stations, workers=2)


@pytest.mark.postgres
def test_same_and_consecutive_batches_at_once_postgres(tmp_path, servers, stations,
                                                       postgres_url):
    world = make_world(tmp_path, stations=1)
    _storm(postgres_url, world, servers, stations, workers=2)


def test_duplicated_and_reordered_deliveries(tmp_path, servers, stations):
    world = make_world(tmp_path, stations=1)
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    init_tally(world, db)
    server = servers(db, world)
    server.start()
    sim = stations(world["stations"][0], server.url, seed=4)
    sim.cast(30)
    b1, b2, b3, overlap = (sim.batch(1, 10), sim.batch(11, 20), sim.batch(21, 30),
                           sim.batch(5, 15))
    election = sim.service.election.id
    send = HttpTransport(server.url).send_batch

    def outcome(batch: PendingBatch) -> tuple:
        answer = send(election, batch.data)
        return answer.status, answer.body.get("status") or answer.body.get("error")

    assert outcome(b2) == (409, "tally.gap")  # re-ordered: the earlier batch first
    assert outcome(b1) == (200, "accepted")
    assert outcome(b1) == (200, "already_present")  # duplicated: nothing added
    assert outcome(b2) == (200, "accepted")
    assert outcome(overlap) == (200, "already_present")  # old records again, in a new batch
    forged = bytearray(b3.data)
    forged[len(forged) // 2] ^= 1
    answer = send(election, bytes(forged))
    assert answer.status == 422 and answer.body["error"].startswith("export.")
    assert outcome(b3) == (200, "accepted")
    assert outcome(b1) == (200, "already_present")
    # The station never heard any of it; its own delivery is answered with receipts anyway.
    assert sim.service.status().not_synced == 30
    assert sim.worker.deliver_all()
    assert_exactly_once(db, [sim])


class Proxy:
    """TCP proxy on loopback that cuts some connections mid-request or mid-answer, or is slow."""

    def __init__(self, upstream: int, *, cut: float = 0.0, delay: float = 0.0,
                 seed: int = 0) -> None:
        self.upstream, self.cut, self.delay = upstream, cut, delay
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.listener.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopped = threading.Event()
        self.cuts = {"request": 0, "answer": 0}
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        with self.lock:
            fate = self.rng.random()
            pause = self.rng.uniform(0, self.delay)
        cut_request = fate < self.cut / 2
        cut_answer = self.cut / 2 <= fate < self.cut
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream), timeout=10)
        except OSError:
            client.close()
            return
        client.settimeout(10)

        def close() -> None:
            for sock in (client, upstream):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

        def requests() -> None:
            sent = 0
            try:
                while chunk := client.recv(65536):
                    if cut_request and sent + len(chunk) > 300:
                        upstream.sendall(chunk[: max(0, 300 - sent)])
                        self.cuts["request"] += 1
                        close()
                        return
                    upstream.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass

        def answers() -> None:
            try:
                first = True
                while chunk := upstream.recv(65536):
                    if first:
                        first = False
                        if cut_answer:  # the server has committed; the station never hears
                            self.cuts["answer"] += 1
                            close()
                            return
                        time.sleep(pause)
                    client.sendall(chunk)
            except OSError:
                pass
            close()

        threading.Thread(target=requests, daemon=True).start()
        answers()

    def stop(self) -> None:
        self.stopped.set()
        self.listener.close()
        self.thread.join(5)


@pytest.mark.parametrize("kind", ["cutting", "slow"])
def test_connections_cut_or_slow(tmp_path, servers, stations, kind):
    world = make_world(tmp_path, stations=3)
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    init_tally(world, db)
    server = servers(db, world)
    server.start()
    # The slow proxy holds each answer back up to SLOW_DELAY, twice the stations' timeout:
    # about half the answers come too late, whatever the two figures are.
    proxy = (Proxy(server.port, cut=0.5, seed=11) if kind == "cutting"
             else Proxy(server.port, delay=SLOW_DELAY, seed=12))
    try:
        # Against the slow proxy the stations give up after SLOW_TIMEOUT, often after the tally
        # stored the batch: the next delivery must be answered "already_present" with a receipt.
        sims = [stations(path, proxy.url, seed=20 + i,
                         timeout=SLOW_TIMEOUT if kind == "slow" else 5.0)
                for i, path in enumerate(world["stations"])]
        casting = cast_in_background(sims, 30, pause=0.02)
        for thread in casting:
            thread.join(60)
        wait_all_synced(sims)
        if kind == "cutting":
            assert proxy.cuts["request"] > 0 and proxy.cuts["answer"] > 0
    finally:
        proxy.stop()
    assert "Traceback" not in server.log_text()
    assert_exactly_once(db, sims)


def test_forged_receipts_and_a_server_with_the_wrong_key(tmp_path, servers, stations):
    import uvicorn

    from kiosk.tally.server.app import create_app
    from kiosk.tally.server.store_intake import StoreIntake

    world = make_world(tmp_path, stations=1)
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    init_tally(world, db)
    # 1. `kiosk tally serve` refuses a key file whose receipt key the package does not pin.
    other = tmp_path / "other"
    (tmp_path / "pp").write_text("another long passphrase\n", encoding="utf-8")
    kiosk("keys", "tally", "--out", str(other), "--passphrase-file", str(tmp_path / "pp"),
          "--outer-passphrase-file", str(tmp_path / "pp"))
    refused = kiosk("tally", "serve", "--db", db, "--key", str(other / "tally.key"),
                    "--passphrase-file", str(tmp_path / "pp"), "--port", str(free_port()),
                    check=False)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "receipt key" in refused.stderr
    # 2. A server that stores batches but signs receipts with another key: nothing is marked.
    store = TallyStore.open(db)
    package = load_package(world["package"], world["authority_fingerprint"])
    port = free_port()
    rogue = uvicorn.Server(uvicorn.Config(
        create_app(StoreIntake(store, package), SigningKey.generate()), host="127.0.0.1",
        port=port, log_level="warning"))
    thread = threading.Thread(target=rogue.run, daemon=True)
    thread.start()
    try:
        sim = stations(world["stations"][0], f"http://127.0.0.1:{port}", seed=9)
        deadline = time.monotonic() + 30
        while not rogue.started and time.monotonic() < deadline:
            time.sleep(0.05)
        sim.cast(12)
        assert sim.worker.deliver_all() is False
        assert sim.service.status().not_synced == 12
        assert "does not verify" in sim.worker.state.last_error
    finally:
        rogue.should_exit = True
        thread.join(15)
        store.dispose()
    # 3. A genuine server, but a receipt altered on the way (claims more than was sent).
    server = servers(db, world)
    server.start()
    honest = HttpTransport(server.url)

    class Tampering:
        def send_batch(self, election_id: str, data: bytes) -> Answer:
            answer = honest.send_batch(election_id, data)
            if answer.status == 200:
                answer.body["receipt"]["signed"]["last_seq"] += 1
            return answer

    tampered = SyncWorker(StationBatchSource(sim.service), Tampering(), batch_size=5)
    assert tampered.deliver_all() is False
    assert sim.service.status().not_synced == 12
    # 4. The genuine receipts: the records the rogue server stored are already present.
    sim.worker.transport = honest
    assert sim.worker.deliver_all() is True
    assert_exactly_once(db, [sim])
    assert sim.service.verify_box().ok
