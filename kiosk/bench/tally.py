"""`kiosk bench tally`: the whole tally (import, verify, dedup, open, count) against its floor.

1. Generate (or reuse from the cache) a world and its signed, sealed export files: the demo
   election with personnummer eligibility, S certified stations, N ballots, one file per
   station, about 0.1 % of voters voting at two stations. Generation runs on all cores and
   builds records directly with the crypto primitives and `build_export`.
2. Run the pipeline over a fresh SQLite database as an official would, in two fresh processes:
   `init, import, close`, then `count` (with the key). Each step times itself and reports its
   peak RSS and its workers'. The figure is the sum of the two.
3. Measure the crypto floor in the same run: every record's Ed25519 verify and every HPKE open
   (inner and outer) the count does, spread over all cores. Each worker times only its crypto
   calls; floor = the sum of those times / cores (a perfect spread, so a strict floor).
   A shared virtual machine's speed drifts (seen here: the same Ed25519 verify took 73–112 µs
   within minutes, and whole stretches of 20 % slower), so the floor is measured three times:
   before the import, between import and count, and after the count — for worlds of 200,000
   ballots and more on every 4th file, scaled up — and each step is held against the mean of
   the two samples around it (weighted by the step's time).

Prints one JSON object: ballots, stations, seconds, floor_seconds, ratio, peak_rss_mb, ...
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from kiosk.crypto.canonical import unb64, unb64url
from kiosk.crypto.codes import token_for
from kiosk.crypto.keys import SealKeyPair, SigningKey, VerifyKey
from kiosk.crypto.sealing import Sealer, open_sealed
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.chain import ChainHead, record_genesis
from kiosk.ledger.envelopes import inner_envelope, outer_envelope
from kiosk.ledger.export_file import build_export
from kiosk.ledger.records import RecordShape, seal_record
from kiosk.package.authority_keys import TallyKeys
from kiosk.package.certificates import certify, make_request
from kiosk.package.signed_package import build_package, load_stored_package
from kiosk.tally.parallel import cpu_count, process_pool

FORMAT = 3  # 3: record version 2, outer envelopes sealed to their own key
DUPLICATE_SHARE = 0.001
PASSPHRASE = "bench"

BENCH_TOKEN_KEY = bytes(32)  # the bench's made-up voters; the tally never needs it


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rostkiosk" / "bench-tally"


def _world_dir(root: Path, ballots: int, stations: int) -> Path:
    key = hashlib.sha256(f"{FORMAT}/{ballots}/{stations}/{DUPLICATE_SHARE}".encode()).hexdigest()
    return root / f"{ballots}-ballots-{stations}-stations-{key[:8]}"


# -- generation --------------------------------------------------------------------------------

def _make_package(folder: Path, authority: SigningKey, tally: TallyKeys,
                  outer: SealKeyPair) -> bytes:
    from kiosk.demo.world import DEMO_ELECTION

    source = folder / "election-source"
    shutil.copytree(DEMO_ELECTION, source)
    toml = (source / "election.toml").read_text(encoding="utf-8")
    toml = re.sub(r'\[eligibility\]\nmode = "open"',
                  '[eligibility]\nmode = "personnummer"\nminimum_age = 16', toml)
    (source / "election.toml").write_text(toml, encoding="utf-8")
    (source / "tally.pub").write_text(json.dumps(tally.public_doc(outer.public)), encoding="utf-8")
    return build_package(source, authority)


def _station_file(task: tuple) -> str:
    """Write one station's export file; returns its path."""
    (out, package_raw, tally_seal_public, outer_public, key_raw, certificate, index, count,
     voters, duplicates) = task
    package = load_stored_package(package_raw)
    election = package.election
    key = SigningKey.from_bytes(key_raw)
    station_id = key.public.fingerprint
    sealer = Sealer(tally_seal_public, election.id)
    outer_sealer = Sealer(outer_public, election.id)
    rng = random.Random(index)
    shape = RecordShape(election.id, station_id, test=False)
    head = ChainHead(0, record_genesis(election.id, station_id, test=False))
    rows = []
    for seq in range(1, count + 1):
        voter = duplicates[seq - 1] if seq <= len(duplicates) else voters + seq
        token = token_for(BENCH_TOKEN_KEY, election.id, "personnummer", f"bench-voter-{voter}")
        inner = sealer.seal("inner", inner_envelope(
            election, random_ballot(election, rng), rng.choice(election.languages),
            rng.random() < 0.05, None, False))
        outer = outer_sealer.seal("outer", outer_envelope(election, token))
        record = seal_record(key, shape, head, inner, outer)
        rows.append((record.seq, record.hash, record.body, record.sig, record.outer))
        head = ChainHead(record.seq, record.hash)
    data = build_export(election_id=election.id, package_hash=package.package_hash,
                        certificate=certificate, key=key, records=rows,
                        prev_hash=record_genesis(election.id, station_id, test=False),
                        created=datetime.now(UTC).replace(microsecond=0).isoformat(), full=True)
    path = Path(out) / f"station-{index:04d}.export"
    path.write_bytes(data)
    return str(path)


def generate(folder: Path, ballots: int, stations: int, log=print) -> dict:
    """The cached world: keys, package and export files (built once per parameter set)."""
    info_path = folder / "world.json"
    if info_path.exists():
        return json.loads(info_path.read_text(encoding="utf-8"))
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted generation
    exports = folder / "exports"
    exports.mkdir(parents=True)
    authority = SigningKey.generate()
    tally = TallyKeys(SealKeyPair.generate(), SigningKey.generate())
    outer = SealKeyPair.generate()
    package_raw = _make_package(folder, authority, tally, outer)
    package = load_stored_package(package_raw)
    (folder / "election.pkg").write_bytes(package_raw)
    per_station = [ballots // stations + (1 if i < ballots % stations else 0)
                   for i in range(stations)]
    rng = random.Random(7)
    tasks, voters = [], 0
    for index, count in enumerate(per_station):
        key = SigningKey.generate()
        request = make_request(key, package.election.id, f"Bench station {index + 1}")
        certificate = certify(request, authority, package.election.id)
        # a few voters of earlier stations vote here again (cross-station duplicates)
        repeats = [rng.randrange(1, voters + 1) for _ in range(int(count * DUPLICATE_SHARE))] \
            if voters else []
        tasks.append((str(exports), package_raw, tally.seal.public, outer.public,
                      key.to_bytes(), certificate, index, count, voters, repeats))
        voters += count
    started = time.perf_counter()
    with process_pool() as pool:
        for done, _path in enumerate(pool.map(_station_file, tasks), start=1):
            if done % max(1, stations // 10) == 0:
                log(f"generated {done}/{stations} station files", file=sys.stderr)
    info = {"package": str(folder / "election.pkg"), "exports": str(exports),
            "tally_secret": (tally.seal.to_bytes() + tally.sign.to_bytes()).hex(),
            "outer_secret": outer.to_bytes().hex(),
            "ballots": ballots, "stations": stations,
            "generation_seconds": round(time.perf_counter() - started, 1)}
    info_path.write_text(json.dumps(info), encoding="utf-8")
    return info


# -- the timed pipeline (two fresh processes: import, then count) -----------------------------

def run_import(info: dict, db_url: str) -> dict:
    from kiosk.tally.file_import import import_files
    from kiosk.tally.store import TallyStore

    files = sorted(str(p) for p in Path(info["exports"]).glob("*.export"))
    started = time.perf_counter()
    package = load_stored_package(Path(info["package"]).read_bytes())
    store = TallyStore.create(db_url, package_raw=package.raw, election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    outcomes = import_files(store, package, files, show_progress=False)
    store.set_state("closed")
    finished = time.perf_counter()
    store.dispose()
    return {"seconds": finished - started,
            "refused_files": [o.error for o in outcomes if o.error],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def run_count(info: dict, db_url: str) -> dict:
    from kiosk.package.authority_keys import tally_keys_from_secret
    from kiosk.tally.counting import count_election
    from kiosk.tally.store import TallyStore

    started = time.perf_counter()
    package = load_stored_package(Path(info["package"]).read_bytes())
    store = TallyStore.open(db_url)
    keys = tally_keys_from_secret(bytes.fromhex(info["tally_secret"]))
    outer = SealKeyPair.from_bytes(bytes.fromhex(info["outer_secret"]))
    results = count_election(store, package, keys, rule="greedy", show_progress=False,
                             outer=outer)
    finished = time.perf_counter()
    store.dispose()
    return {"seconds": finished - started, "records": results["records"],
            "valid": results["valid"],
            "duplicates_set_aside": results["excluded"].get("duplicate", 0),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def _step(folder: Path, step: str, db: str) -> dict:
    child = subprocess.run(
        [sys.executable, "-m", "kiosk", "bench", "tally", "--pipeline", str(folder / "world.json"),
         "--step", step, "--db", db], capture_output=True, text=True)
    if child.returncode != 0:
        raise RuntimeError(child.stderr.strip() or f"the {step} step failed")
    return json.loads(child.stdout.strip().splitlines()[-1])


# -- the floor --------------------------------------------------------------------------------

def _floor_task(task: tuple) -> float:
    """Crypto seconds for one file: each record's signature, each envelope's HPKE open."""
    path, secret_hex, outer_hex, election_id = task
    seal = SealKeyPair.from_bytes(bytes.fromhex(secret_hex)[:32])
    outer_key = SealKeyPair.from_bytes(bytes.fromhex(outer_hex))
    lines = Path(path).read_bytes().split(b"\n")
    header = json.loads(lines[0])
    station_key = VerifyKey(unb64(header["certificate"]["signed"]["station_key"]))
    lines = lines[1:-2]  # the records: not the header, the signature line, the last newline
    work = []
    for line in lines:
        body_text, sig_text, outer_text = line.split(b".")
        body = unb64url(body_text)
        fields = json.loads(body)
        work.append((body, unb64url(sig_text), unb64(fields["inner"]), unb64url(outer_text)))
    started = time.perf_counter()
    for body, sig, inner, outer in work:
        station_key.verify(sig, body)
        open_sealed(seal, "inner", election_id, inner)
        open_sealed(outer_key, "outer", election_id, outer)
    return time.perf_counter() - started


SAMPLE_FROM = 200_000  # worlds this large measure the floor on a quarter of their files


def measure_floor(info: dict) -> float:
    """The floor for the whole world; from every 4th file (scaled up) for a large world, so it
    can be measured three times: before, between and after the pipeline's two steps."""
    election_id = load_stored_package(Path(info["package"]).read_bytes()).election.id
    files = sorted(str(p) for p in Path(info["exports"]).glob("*.export"))
    sample = files[::4] if info["ballots"] >= SAMPLE_FROM and len(files) >= 8 else files
    with process_pool() as pool:
        seconds = sum(pool.map(_floor_task, [(f, info["tally_secret"], info["outer_secret"],
                                              election_id)
                                             for f in sample]))
    sampled = sum(_record_count(f) for f in sample)
    return seconds / cpu_count() * info["ballots"] / sampled


def _record_count(path: str) -> int:
    with open(path, "rb") as handle:
        return int(json.loads(handle.readline())["count"])


# -- command ----------------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk bench tally", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--ballots", type=int, default=100_000)
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=None,
                        help=f"where generated files are kept (default {cache_root()})")
    parser.add_argument("--db", help="database URL for the timed run (default: a temporary "
                        "SQLite file)")
    parser.add_argument("--pipeline", help=argparse.SUPPRESS)  # internal: a timed step
    parser.add_argument("--step", choices=("import", "count"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pipeline:
        info = json.loads(Path(args.pipeline).read_text(encoding="utf-8"))
        run = run_import if args.step == "import" else run_count
        print(json.dumps(run(info, args.db)))
        return 0
    if not 1 <= args.stations <= args.ballots:
        parser.error("need 1 <= stations <= ballots")
    folder = _world_dir(args.cache or cache_root(), args.ballots, args.stations)
    info = generate(folder, args.ballots, args.stations)
    floors = [measure_floor(info)]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-tally-") as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'tally.db'}"
        try:
            imported = _step(folder, "import", db)
            floors.append(measure_floor(info))
            counted = _step(folder, "count", db)
        except RuntimeError as error:
            print(f"kiosk bench tally: {error}", file=sys.stderr)
            return 1
    floors.append(measure_floor(info))
    # the host's speed drifts: the floor is taken before, between and after the two steps,
    # and weighted by the time each stretch covers (trapezoids over import and count)
    floor = (floors[0] + floors[1]) / 2 * imported["seconds"] / (
        imported["seconds"] + counted["seconds"]) + (floors[1] + floors[2]) / 2 * counted[
        "seconds"] / (imported["seconds"] + counted["seconds"])
    seconds = imported["seconds"] + counted["seconds"]
    out = {"ballots": args.ballots, "stations": args.stations, "cores": cpu_count(),
           "rule": "greedy",
           "seconds": round(seconds, 2), "floor_seconds": round(floor, 2),
           "ratio": round(seconds / floor, 3),
           "floor_samples_seconds": [round(f, 2) for f in floors],
           "peak_rss_mb": round(max(imported["peak_rss_mb"], counted["peak_rss_mb"]), 1),
           "worker_peak_rss_mb": round(max(imported["worker_peak_rss_mb"],
                                           counted["worker_peak_rss_mb"]), 1),
           "import_seconds": round(imported["seconds"], 2),
           "count_seconds": round(counted["seconds"], 2),
           "duplicates_set_aside": counted["duplicates_set_aside"], "valid": counted["valid"],
           "refused_files": len(imported["refused_files"]),
           "generation_seconds": info.get("generation_seconds"), "cache": str(folder)}
    if imported["refused_files"] or counted["records"] != args.ballots:
        print(f"kiosk bench tally: the run did not import every ballot: "
              f"{imported['refused_files'][:3]}", file=sys.stderr)
        print(json.dumps(out))
        return 1
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:>22}: {value}")
    return 0
