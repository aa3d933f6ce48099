"""Intake junk against a real `kiosk tally serve` process: huge names, huge bodies, slow bodies,
many connections. What a stranger can make the server store or hold stays small and bounded;
the figures are measured (database bytes, the server's resident memory) and printed."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kiosk.crypto.canonical import canonical, decode_canonical
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.tally.server.limits import CONTENT_TYPE
from tests.conftest import make_world

PASS_ENV = "KIOSK_TEST_LIMITS_PASS"
MAX_BYTES = 8 * 1024 * 1024
MiB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    world = make_world(tmp, stations=1)
    db = tmp / "tally.db"
    url = f"sqlite:///{db}"
    subprocess.run([sys.executable, "-m", "kiosk", "tally", "init", "--package", world["package"],
                    "--db", url, "--authority", world["authority_fingerprint"]], check=True,
                   capture_output=True)
    with StationService.open(world["station"]) as station:
        station.open_polls()
        rng = random.Random(3)
        for _ in range(3):
            station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
        genuine = StationBatchSource(station).next_batch(500).data
    port = free_port()
    log = open(tmp / "server.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "tally", "serve", "--db", url, "--key",
         world["receipt_key"], "--passphrase-env", PASS_ENV, "--port", str(port),
         "--max-bytes", str(MAX_BYTES), "--body-timeout", "2", "--max-connections", "60"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, PASS_ENV: world["passphrase"]})
    log.close()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/v1/health", timeout=1):
                break
        except OSError:
            assert proc.poll() is None, (tmp / "server.log").read_text()
            time.sleep(0.2)
    info = {"proc": proc, "base": base, "port": port, "db": db, "world": world,
            "genuine": genuine, "election": world["election"]}
    yield info
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(20)


def post(server: dict, body: bytes, content_type: str = CONTENT_TYPE) -> tuple[int, dict]:
    request = urllib.request.Request(f"{server['base']}/v1/elections/{server['election']}/batches",
                                     data=body, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except urllib.error.URLError as error:  # refused before its body was read: the server
        if isinstance(error.reason, ConnectionError):  # answered and closed while we sent
            return 0, {}
        raise


def declared_only(server: dict, length: int) -> bytes:
    """Send only the headers of a request declaring `length` bytes; the answer's first bytes."""
    with socket.create_connection(("127.0.0.1", server["port"]), timeout=10) as conn:
        conn.sendall((f"POST /v1/elections/{server['election']}/batches HTTP/1.1\r\nHost: x\r\n"
                      f"Content-Type: {CONTENT_TYPE}\r\nContent-Length: {length}\r\n\r\n")
                     .encode())
        return conn.recv(200)


def with_election_name(batch: bytes, name: str) -> bytes:
    header, rest = batch.split(b"\n", 1)
    doc = decode_canonical(header)
    doc["election"] = name
    return canonical(doc) + b"\n" + rest


def intake_log(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT file_name, file_hash, message_id, reason FROM "
                            "tally_intake_log").fetchall()


def test_huge_names_store_a_short_reason_and_a_hash(server, capsys):
    before = db_bytes(server["db"])
    sent = 0
    for size in (7 * MiB, 7 * MiB, 7 * MiB, *(MiB + n for n in range(20))):
        body = with_election_name(server["genuine"], "x" * size)
        sent += len(body)
        status, answer = post(server, body)
        assert status == 422 and answer["error"] == "export.wrong_election"
        assert len(answer["message"]) <= 300
    rows = intake_log(server["db"])
    assert len(rows) == 21  # the same batch three times is logged once
    assert all(len(reason) <= 300 and len(name) <= 300 for name, _h, _m, reason in rows)
    grown = db_bytes(server["db"]) - before
    with capsys.disabled():
        print(f"\nhuge names: {sent / MiB:.0f} MiB sent in 23 requests; database grew by "
              f"{grown / 1024:.0f} KiB (with its WAL); {len(rows)} log rows")
    assert grown < 512 * 1024


def test_huge_bodies_keep_memory_bounded(server, capsys):
    pid = server["proc"].pid
    baseline = rss_bytes(pid)
    peak = baseline
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, rss_bytes(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    junk = [bytes([65 + n]) * (MAX_BYTES - 1) for n in range(12)]
    try:
        with ThreadPoolExecutor(12) as pool:
            statuses = list(pool.map(lambda body: post(server, body)[0], junk))
    finally:
        stop.set()
        sampler.join()
    time.sleep(1.0)
    after = rss_bytes(pid)  # the allocator may keep freed memory for reuse: at most the peak
    too_big = declared_only(server, MAX_BYTES + 1)
    with capsys.disabled():
        print(f"\nhuge bodies: 12 parallel bodies of {MAX_BYTES / MiB:.0f} MiB; server RSS "
              f"{baseline / MiB:.0f} MiB before, peak {peak / MiB:.0f} MiB, "
              f"{after / MiB:.0f} MiB after; statuses {sorted(set(statuses))}")
    assert set(statuses) <= {0, 422, 503}  # 0: answered 503 and closed while we still sent
    assert statuses.count(422) >= 4  # at least the budget's worth were read and checked
    assert too_big.startswith(b"HTTP/1.1 413")  # refused on its declared length alone
    # the body budget is 64 MiB (four 8 MiB batches at least): peak growth stays near twice it
    assert peak - baseline < 200 * MiB
    assert after - baseline < 200 * MiB


def test_a_slow_body_times_out_and_stores_nothing(server):
    before = len(intake_log(server["db"]))
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server["port"]), timeout=30) as conn:
        conn.sendall((f"POST /v1/elections/{server['election']}/batches HTTP/1.1\r\n"
                      f"Host: x\r\nContent-Type: {CONTENT_TYPE}\r\nContent-Length: 65536\r\n"
                      "\r\n").encode())
        answer = b""
        conn.settimeout(0.5)
        while time.monotonic() - started < 20:
            try:
                conn.sendall(b"x")
            except OSError:
                break
            try:
                data = conn.recv(4096)
            except TimeoutError:
                continue
            if not data:
                break
            answer += data
            if b"\r\n\r\n" in answer:
                break
    waited = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert waited < 8  # 2 s + one second per 64 KiB reserved, and a little slack
    assert len(intake_log(server["db"])) == before


def test_many_connections_are_bounded_and_the_server_recovers(server, capsys):
    pid = server["proc"].pid
    baseline = rss_bytes(pid)
    idle = []
    try:
        for _ in range(400):
            conn = socket.create_connection(("127.0.0.1", server["port"]), timeout=5)
            conn.sendall(b"POST /v1/elections/x/batches HTTP/1.1\r\nHost: x\r\n")  # never ends
            idle.append(conn)
        time.sleep(1.0)
        held = rss_bytes(pid)
        try:
            with urllib.request.urlopen(server["base"] + "/v1/health", timeout=10) as answer:
                status = answer.status
        except urllib.error.HTTPError as error:
            status = error.code
    finally:
        for conn in idle:
            conn.close()
    with capsys.disabled():
        print(f"\nmany connections: 400 half-open requests; server RSS {baseline / MiB:.0f} MiB "
              f"before, {held / MiB:.0f} MiB while held; health answered {status}")
    assert status in (200, 503)
    assert held - baseline < 40 * MiB
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(server["base"] + "/v1/health", timeout=2) as answer:
                assert answer.status == 200
                break
        except OSError:
            time.sleep(0.2)
    else:
        raise AssertionError("the server did not recover after the connections closed")
    status, answer = post(server, server["genuine"])
    assert status == 200 and answer["receipt"], answer


def test_the_byte_budget_makes_later_bodies_wait_then_gives_up():
    import asyncio

    from kiosk.tally.server.limits import ByteBudget, Limits

    async def scenario() -> list[bool]:
        budget = ByteBudget(1000)
        first = await budget.reserve(800, 0.1)
        blocked = await budget.reserve(300, 0.1)  # 200 free: waits, then gives up
        small = await budget.reserve(200, 0.1)
        waiter = asyncio.create_task(budget.reserve(500, 2.0))
        await asyncio.sleep(0.05)
        await budget.release(800)  # the waiting request gets in
        return [first, blocked, small, await waiter, budget.free == 300]

    assert asyncio.run(scenario()) == [True, False, True, True, True]
    assert Limits.for_max_bytes(32 * MiB).budget_bytes == 128 * MiB
    assert Limits().seconds_for(1024 * 1024) == 30 + 16


def test_bodies_held_at_once_stay_within_the_budget():
    """In process, with a slow intake: 20 bodies of 1 MiB at once against a 4 MiB budget are
    held (read and being checked) at most four at a time; the rest wait, then get their turn."""
    import asyncio

    import httpx

    from kiosk.crypto.keys import SigningKey
    from kiosk.domain.errors import KioskError
    from kiosk.tally.server.app import create_app
    from kiosk.tally.server.limits import Limits

    class SlowIntake:
        election_id = "e"

        def __init__(self) -> None:
            self.lock = threading.Lock()
            self.now = self.most = self.seen = 0

        def ingest(self, data: bytes):
            with self.lock:
                self.now += 1
                self.seen += 1
                self.most = max(self.most, self.now)
            time.sleep(0.05)
            with self.lock:
                self.now -= 1
            raise KioskError("export.invalid", "not a batch")

    def run(budget: int) -> SlowIntake:
        intake = SlowIntake()
        app = create_app(intake, SigningKey.generate(), limits=Limits(
            max_bytes=MiB, budget_bytes=budget, budget_wait=30))

        async def go():
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                answers = await asyncio.gather(*(client.post(
                    "/v1/elections/e/batches", content=b"x" * MiB,
                    headers={"Content-Type": CONTENT_TYPE}) for _ in range(20)))
            assert {a.status_code for a in answers} == {422}

        asyncio.run(go())
        return intake

    bounded = run(4 * MiB)
    assert bounded.seen == 20 and bounded.most <= 4
    unbounded = run(64 * MiB)  # the same load with room for all: they are held together
    assert unbounded.most > 4
