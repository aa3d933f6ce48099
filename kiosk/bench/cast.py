"""`kiosk bench cast`: cast latency on an empty and on a pre-filled box, against the floor.

The floor is measured in the same run, one floor operation after each cast so both see the same
machine noise: the same crypto work (seal + sign) plus a bare durable SQLite insert (WAL,
synchronous=FULL) of a record of the same size, with nothing else around it.
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
from kiosk.ledger.envelopes import PAD_BLOCK
from kiosk.station import StationService


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


class _Floor:
    """The floor: seal + sign + a bare durable SQLite insert of a record of the same size."""

    def __init__(self, folder: Path, public_key: bytes) -> None:
        self.sealer = Sealer(public_key, "floor")
        self.key = SigningKey.generate()
        self.db = sqlite3.connect(folder / "floor.db", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE r (seq INTEGER PRIMARY KEY, body BLOB, sig BLOB)")
        self.seq = 0
        self.plaintext = b" " * PAD_BLOCK
        self.filler = b""

    def match_record_size(self, size: int) -> None:
        sealed = len(self.sealer.seal("inner", self.plaintext))
        self.filler = b"x" * max(0, size - sealed)

    def sample(self) -> float:
        self.seq += 1
        started = time.perf_counter()
        body = self.sealer.seal("inner", self.plaintext) + self.filler
        sig = self.key.sign(body)
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO r VALUES (?, ?, ?)", (self.seq, body, sig))
        self.db.execute("COMMIT")
        return (time.perf_counter() - started) * 1000


def _interleaved(service: StationService, floor: _Floor, samples: int,
                 rng: random.Random) -> tuple[list[float], list[float]]:
    """Alternate one cast and one floor operation, so both see the same machine noise."""
    casts, floors = [], []
    election = service.election
    for _ in range(samples):
        ticket = service.start_session()
        ballot = random_ballot(election, rng)
        started = time.perf_counter()
        service.cast_ballot(ticket, ballot)
        casts.append((time.perf_counter() - started) * 1000)
        floors.append(floor.sample())
    return casts, floors


def run(prefill: int, samples: int, seed: int) -> dict:
    from kiosk.demo.world import setup_demo_world

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        world = setup_demo_world(Path(tmp) / "world")
        with StationService.open(world["station"]) as service:
            service.open_polls()
            floor = _Floor(Path(tmp), service.election.tally.seal_public)
            _interleaved(service, floor, 200, rng)  # warm-up: files, caches, allocator
            record_size = len(service.box.last_record().body)
            floor.match_record_size(record_size)
            empty, floor_empty = _interleaved(service, floor, samples, rng)
            started = time.perf_counter()
            remaining = prefill - service.status().ballots
            if remaining > 0:
                service.prefill_for_benchmark(remaining,
                                              lambda: random_ballot(service.election, rng))
            prefill_seconds = time.perf_counter() - started
            full, floor_full = _interleaved(service, floor, samples, rng)
            in_box = service.status().ballots
            floor.db.close()
    floor_all = floor_empty + floor_full
    p99_empty, p99_full, p99_floor = (percentile(x, 99) for x in (empty, full, floor_all))
    return {
        "samples": samples, "prefill": prefill, "ballots_in_box": in_box,
        "p50_ms_empty": round(statistics.median(empty), 3), "p99_ms_empty": round(p99_empty, 3),
        "p50_ms_full": round(statistics.median(full), 3), "p99_ms_full": round(p99_full, 3),
        "floor_p50_ms": round(statistics.median(floor_all), 3),
        "floor_p99_ms": round(p99_floor, 3),
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
