"""`kiosk bench sync`: how fast the tally's HTTP intake takes in ballots, with full verification.

1. Generate (or reuse from the cache shared with `kiosk bench tally`) a world of sealed, signed
   records: S certified stations, N ballots, one batch per station (a station's whole box, as a
   station delivers after a day offline).
2. Start a real `kiosk tally serve` on loopback (W workers, default: one per core) over a fresh
   database (a temporary SQLite file, or --db), and upload every batch concurrently over HTTP.
3. Time from the first request to the last answer; then check that every answer was "accepted"
   with a receipt that verifies under the tally's key and that the tally holds every ballot.
4. Repeat (--repeat, each time a new server over a new database) and report the median.

The uploading client runs on the same machine and takes CPU from the server: the figure is a
floor for a server with the machine to itself. Before each run the bench also times one core's
Ed25519 verify (`ed25519_verify_us`, median): a shared virtual machine's speed drifts (seen
here: 76–112 µs for the same verify within minutes), and the figure says which machine the rate
was measured on. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kiosk.crypto.keys import SealKeyPair, SigningKey, write_key_file
from kiosk.domain.errors import KioskError
from kiosk.ledger.receipts import check_receipt
from kiosk.package.authority_keys import TALLY_KEY
from kiosk.package.signed_package import load_package_bytes
from kiosk.sync.transport import HttpTransport
from kiosk.tally.parallel import cpu_count

PASSPHRASE = "bench"
PASSPHRASE_ENV = "KIOSK_BENCH_SYNC_PASSPHRASE"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kiosk bench sync: the server exited: {log.read_text()[-800:]}")
        try:
            with urllib.request.urlopen(url + "/v1/health", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("kiosk bench sync: the server did not come up in time")


def _key_file(folder: Path, secret_hex: str) -> Path:
    secret = bytes.fromhex(secret_hex)
    seal, sign = SealKeyPair.from_bytes(secret[:32]), SigningKey.from_bytes(secret[32:])
    path = folder / "tally.key"
    write_key_file(path, TALLY_KEY, {"seal": seal.to_bytes(), "sign": sign.to_bytes()},
                   {"seal": seal.public, "sign": sign.public.raw}, PASSPHRASE)
    return path


def run(args) -> dict:
    from kiosk.bench.tally import _world_dir, cache_root, generate

    folder = _world_dir(args.cache or cache_root(), args.ballots, args.stations)
    info = generate(folder, args.ballots, args.stations,
                    log=lambda *a, **k: None if args.json else print(*a, **k))
    package_raw = Path(info["package"]).read_bytes()
    package = load_package_bytes(package_raw)
    batches = [p.read_bytes() for p in sorted(Path(info["exports"]).glob("*.export"))]
    workers = args.workers or cpu_count()
    runs, speeds = [], []
    for _ in range(args.repeat):
        speeds.append(_verify_us())
        runs.append(_one_run(args, info, package, batches, workers))
    seconds = sorted(r["seconds"] for r in runs)
    median = seconds[len(seconds) // 2]
    problems = [p for r in runs for p in r["problems"]]
    out = {"ballots": args.ballots, "stations": args.stations, "batches": len(batches),
           "seconds": round(median, 3), "ballots_per_s": round(args.ballots / median),
           "runs": args.repeat, "ballots_per_s_each": [round(args.ballots / r["seconds"])
                                                       for r in runs],
           "workers": workers, "concurrency": args.concurrency, "cores": cpu_count(),
           "ed25519_verify_us": round(sorted(speeds)[len(speeds) // 2], 1),
           "db": "postgresql" if (args.db or "").startswith("postgres") else "sqlite",
           "held_by_tally": min(r["held"] for r in runs), "problems": problems[:3],
           "cache": str(folder)}
    return out


def _verify_us(rounds: int = 400) -> float:
    """One core's Ed25519 verify of a record-sized message, in microseconds."""
    key = SigningKey.generate()
    message = os.urandom(1700)
    signature, public = key.sign(message), key.public
    started = time.perf_counter()
    for _ in range(rounds):
        public.verify(signature, message)
    return (time.perf_counter() - started) / rounds * 1e6


def _one_run(args, info: dict, package, batches: list[bytes], workers: int) -> dict:
    """One timed upload into a fresh database by a freshly started server."""
    from kiosk.tally.store import TallyStore

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-sync-") as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'tally.db'}"
        TallyStore.create(db, package_raw=package.raw, election_id=package.election.id,
                          package_hash=package.package_hash,
                          authority=package.authority_fingerprint).dispose()
        key = _key_file(Path(tmp), info["tally_secret"])
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = Path(tmp) / "server.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "tally", "serve", "--db", db, "--key", str(key),
                 "--passphrase-env", PASSPHRASE_ENV, "--port", str(port),
                 "--workers", str(workers)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                env={**os.environ, PASSPHRASE_ENV: PASSPHRASE})
        try:
            _wait_healthy(url, proc, log)
            transport = HttpTransport(url, timeout=600)
            election = package.election.id
            started = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
                answers = list(pool.map(lambda data: transport.send_batch(election, data),
                                        batches))
            seconds = time.perf_counter() - started
        finally:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
        problems = _check_answers(package, batches, answers)
        store = TallyStore.open(db)
        try:
            held = store.record_count()
            if args.db:
                store.drop_everything()  # the tables this run made: the next run starts empty
        finally:
            store.dispose()
    return {"seconds": seconds, "problems": problems, "held": held}


def _check_answers(package, batches: list[bytes], answers) -> list[str]:
    from kiosk.crypto.hashing import sha256
    from kiosk.crypto.keys import VerifyKey

    tally_key = VerifyKey(package.election.tally.sign_public)
    problems = []
    for data, answer in zip(batches, answers, strict=True):
        if answer.status != 200 or answer.body.get("status") != "accepted":
            problems.append(f"{answer.status}: {answer.body}")
            continue
        header = json.loads(data.split(b"\n", 1)[0])
        if check_receipt(answer.body["receipt"], tally_key, election=package.election.id,
                         station=header["station"], batch_hash=sha256(data).hex(),
                         last_seq=header["last_seq"], head_hash=header["head_hash"]) is None:
            problems.append("a receipt does not verify")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk bench sync", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--ballots", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=0, help="server workers (default: cores)")
    parser.add_argument("--concurrency", type=int, default=32,
                        help="uploads at once (default 32: many stations come online together)")
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite "
                        "file); the bench removes the tables it made after each run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed runs, each into a fresh database (default 3; the median "
                        "is reported)")
    parser.add_argument("--cache", type=Path, default=None, help="where generated batches are kept")
    args = parser.parse_args(argv)
    if not 1 <= args.stations <= args.ballots:
        parser.error("need 1 <= stations <= ballots")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    try:
        out = run(args)
    except KioskError as error:  # e.g. --db already holds a tally
        print(f"kiosk bench sync: {error.text}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{out['ballots']} ballots from {out['stations']} stations in {out['seconds']} s "
              f"(median of {out['runs']}): {out['ballots_per_s']} ballots/s "
              f"(each run: {out['ballots_per_s_each']}; {out['workers']} workers, {out['db']})")
    if out["problems"] or out["held_by_tally"] != args.ballots:
        print(f"kiosk bench sync: not every ballot arrived: {out['problems']}", file=sys.stderr)
        return 1
    return 0
