"""kiosk sync --data DIR [--server URL] [--once] [--save-server]"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import HttpTransport
from kiosk.sync.worker import SyncState, SyncWorker


def register(sub) -> None:
    sync = sub.add_parser("sync", help="send unacknowledged ballots to the tally server")
    sync.add_argument("--data", type=Path, required=True)
    sync.add_argument("--server", help="tally server address (default: the election package's "
                      "or the one staff saved)")
    sync.add_argument("--save-server", action="store_true",
                      help="remember --server for this station")
    sync.add_argument("--once", action="store_true",
                      help="deliver everything waiting, then exit 0 only if all is acknowledged")
    sync.add_argument("--timeout", type=float, default=300.0,
                      help="with --once: give up after this many seconds (default 300)")
    sync.set_defaults(func=cmd_sync)


def _print_state(state: SyncState) -> None:
    online = {None: "unknown", True: "online", False: "offline"}[state.online]
    print(f"sync: {online}; waiting {state.waiting}; delivered {state.delivered}"
          + (f"; last error: {state.last_error}" if state.last_error else ""),
          file=sys.stderr, flush=True)


def cmd_sync(args) -> int:
    with StationService.open(args.data) as station:
        if args.save_server:
            if not args.server:
                raise KioskError("usage", "--save-server needs --server URL")
            station.set_sync_server(args.server)
        server = args.server or station.status().sync_server
        if not server:
            raise KioskError("sync.no_server", "no tally server is known: give --server URL "
                             "(the election package names none)")
        worker = SyncWorker(StationBatchSource(station), HttpTransport(server),
                            on_state=_print_state)
        if args.once:
            deadline = time.monotonic() + args.timeout
            while True:
                if worker.deliver_all(deadline=deadline):
                    break
                if time.monotonic() > deadline:
                    break
                time.sleep(min(worker.backoff.delay(worker.state.failures_in_a_row),
                               max(0.0, deadline - time.monotonic())))
            waiting = station.status().not_synced
            print(f"{worker.state.delivered} ballots acknowledged; {waiting} waiting")
            return 0 if waiting == 0 else 1
        worker.start()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            worker.stop()
        return 0
