"""kiosk simulate --data DIR --ballots N [--seed S]

Casts random valid ballots through the station service, exactly the path the touchscreen uses.
stdout: one tracking code per line, printed (and flushed) only after that ballot is durable;
the last line starts with '#'. Everything else goes to stderr.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

from kiosk.domain.election import EligibilityMode
from kiosk.domain.random_ballots import random_ballot, random_personnummer
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import HttpTransport
from kiosk.sync.worker import Backoff, SyncWorker


def register(sub) -> None:
    simulate = sub.add_parser("simulate", help="cast random valid ballots at a station")
    simulate.add_argument("--data", type=Path, required=True)
    simulate.add_argument("--ballots", type=_count, required=True)
    simulate.add_argument("--seed", type=int, default=None)
    simulate.add_argument("--sync", metavar="URL",
                          help="run the background sync worker to this tally server while "
                               "casting, and wait up to --sync-wait seconds for it to finish")
    simulate.add_argument("--sync-wait", type=float, default=60.0)
    simulate.set_defaults(func=cmd_simulate)


def _wait_for_sync(service: StationService, worker: SyncWorker, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while service.status().not_synced and time.monotonic() < deadline:
        worker.wake()
        time.sleep(0.2)
    worker.stop()
    waiting = service.status().not_synced
    print(f"sync: {worker.state.delivered} ballots acknowledged by the tally, {waiting} waiting"
          + (f" (last error: {worker.state.last_error})" if waiting else ""), file=sys.stderr)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def cmd_simulate(args) -> int:
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with StationService.open(args.data) as service:
        election = service.election
        if service.status().polls != "open":
            print(f"note: the polls were {service.status().polls}; opening them", file=sys.stderr)
            if service.status().polls == "closed":
                service.open_polls()
            else:
                service.resume_polls()
        worker = None
        if args.sync:
            worker = SyncWorker(StationBatchSource(service), HttpTransport(args.sync),
                                poll_seconds=1.0, backoff=Backoff(base=0.5, cap=10.0))
            worker.start()
        mode = election.eligibility.mode
        languages = list(election.languages)
        for _ in range(args.ballots):
            language = rng.choice(languages)
            ticket = service.start_session(language)
            if mode is EligibilityMode.PERSONNUMMER:
                service.check_voter(ticket, random_personnummer(rng, date(2000, 1, 1)))
            elif mode is EligibilityMode.CODES:
                raise SystemExit("kiosk simulate: code elections need printed codes; "
                                 "not supported by the simulator yet")
            receipt = service.cast_ballot(ticket, random_ballot(election, rng),
                                          language=language, assisted=rng.random() < 0.1)
            sys.stdout.write(receipt.tracking_code + "\n")
            sys.stdout.flush()
            if worker:
                worker.wake()
        if worker:
            _wait_for_sync(service, worker, args.sync_wait)
        total = service.status().ballots
    seconds = time.perf_counter() - started
    print(f"# {args.ballots} ballots cast at station {service.station_id} in {seconds:.2f} s; "
          f"{total} in the box", flush=True)
    return 0
