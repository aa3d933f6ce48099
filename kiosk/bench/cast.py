"""`kiosk bench cast`: cast latency on an empty and on a pre-filled box, against the floor.

The floor is measured in the same run: the same crypto work (seal + sign) plus a bare durable
SQLite insert (WAL, synchronous=FULL) of a record of the same size, with nothing else around it.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.crypto.keys import SigningKey
from kiosk.crypto.sealing import Sealer
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService
from kiosk.sync.envelopes import PAD_BLOCK


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def _cast_latencies(service: StationService, samples: int, rng: random.Random) -> list[float]:
    election = service.election
    out = []
    for _ in range(samples):
        ticket = service.start_session()
        ballot = random_ballot(election, rng)
        started = time.perf_counter()
        service.cast_ballot(ticket, ballot)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _floor_latencies(folder: Path, samples: int, public_key: bytes, record_size: int) -> list:
    sealer = Sealer(public_key, "floor")
    key = SigningKey.generate()
    db = sqlite3.connect(folder / "floor.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE r (seq INTEGER PRIMARY KEY, body BLOB, sig BLOB)")
    plaintext = b" " * PAD_BLOCK
    filler = b"x" * max(0, record_size - 1200)
    out = []
    for seq in range(samples):
        started = time.perf_counter()
        sealed = sealer.seal("inner", plaintext)
        body = sealed + filler
        sig = key.sign(body)
        db.execute("BEGIN")
        db.execute("INSERT INTO r VALUES (?, ?, ?)", (seq, body, sig))
        db.execute("COMMIT")
        out.append((time.perf_counter() - started) * 1000)
    db.close()
    return out


def run(prefill: int, samples: int, seed: int) -> dict:
    from kiosk.demo.world import setup_demo_world

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        world = setup_demo_world(Path(tmp) / "world")
        with StationService.open(world["station"]) as service:
            service.open_polls()
            _cast_latencies(service, 20, rng)  # warm-up
            empty = _cast_latencies(service, samples, rng)
            record_size = len(service.box.last_record().body)
            started = time.perf_counter()
            remaining = prefill - service.status().ballots
            if remaining > 0:
                service.prefill_for_benchmark(remaining,
                                              lambda: random_ballot(service.election, rng))
            prefill_seconds = time.perf_counter() - started
            full = _cast_latencies(service, samples, rng)
            in_box = service.status().ballots
            floor = _floor_latencies(Path(tmp), samples, service.election.tally.seal_public,
                                     record_size)
    p99_empty, p99_full, p99_floor = (percentile(x, 99) for x in (empty, full, floor))
    return {
        "samples": samples, "prefill": prefill, "ballots_in_box": in_box,
        "p50_ms_empty": round(statistics.median(empty), 3), "p99_ms_empty": round(p99_empty, 3),
        "p50_ms_full": round(statistics.median(full), 3), "p99_ms_full": round(p99_full, 3),
        "floor_p50_ms": round(statistics.median(floor), 3), "floor_p99_ms": round(p99_floor, 3),
        "ratio_p99": round(p99_full / p99_empty, 3),
        "ratio_p99_to_floor": round(max(p99_empty, p99_full) / p99_floor, 3),
        "record_bytes": record_size, "prefill_seconds": round(prefill_seconds, 1),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk bench cast", description=__doc__)
    parser.add_argument("--prefill", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.prefill, args.samples, args.seed)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0
