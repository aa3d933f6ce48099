"""kiosk simulate --data DIR (--ballots N | --identities FILE | --deck DECK.csv) [--seed S]

Casts random valid ballots through the station service, exactly the path the touchscreen uses.
With --identities, one ballot per line of FILE (a voting code or a personnummer, as a voter
types it; blank lines and lines starting with '#' are skipped); an identity the station refuses
is reported on stderr by line number with its reason, and the run goes on. With --deck, the
ballots of a logic-and-accuracy test deck (`kiosk election test-deck`), each in its language
with its test identity; the station must be in test mode (`kiosk station mode test`). A station
placed in a district casts only that district's rows of the deck (its voters see no other
district's pot) and says how many rows it skipped.
stdout: one tracking code per line, printed (and flushed) only after that ballot is durable;
the last line starts with '#'. Everything else goes to stderr.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

from kiosk.cli.common import UsageError
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import KioskError
from kiosk.domain.random_ballots import random_ballot, random_personnummer
from kiosk.station import StationService
from kiosk.station.syncing import StationBatchSource
from kiosk.sync.transport import HttpTransport
from kiosk.sync.worker import Backoff, SyncWorker


def register(sub) -> None:
    simulate = sub.add_parser("simulate", help="cast random valid ballots at a station")
    simulate.add_argument("--data", type=Path, required=True)
    amount = simulate.add_mutually_exclusive_group(required=True)
    amount.add_argument("--ballots", type=_count)
    amount.add_argument("--identities", type=Path, metavar="FILE",
                        help="one ballot per voting code or personnummer listed in FILE")
    amount.add_argument("--deck", type=Path, metavar="DECK.csv",
                        help="cast a test deck (the station must be in test mode)")
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


def _identities(path: Path) -> list[tuple[int, str]]:
    """(line number, identity) of every line that holds one."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read identities from {path} ({error})") from None
    return [(number, line.strip()) for number, line in enumerate(lines, start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def cast_deck(args) -> int:
    """Cast every ballot of a test deck, as a voter would; refused rows on stderr, exit 1."""
    from kiosk.domain.test_deck import read_deck
    from kiosk.domain.test_deck_pots import district_rows

    try:
        text = args.deck.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the deck {args.deck} ({error})") from None
    cast = refused = 0
    with StationService.open(args.data) as service:
        election = service.election
        deck = read_deck(text, election, str(args.deck))
        if not service.test_mode:
            raise UsageError("the station is in official mode; a test deck is cast only in "
                             "test mode (kiosk station mode test --data DIR)")
        polls = service.status().polls
        if polls != "open":
            print(f"note: the polls were {polls}; opening them", file=sys.stderr)
            if polls == "closed":
                service.open_polls()
            else:
                service.resume_polls()
        if service.district is not None:
            own = district_rows(deck, service.district)
            others = sorted({entry.district or "" for entry in deck} - {service.district})
            if len(own) < len(deck):
                print(f"note: skipped {len(deck) - len(own)} deck rows of district(s) "
                      f"{', '.join(others)}: this station stands in district "
                      f"{service.district}, whose voters vote only in the city-wide pots and "
                      f"{service.district}'s pot", file=sys.stderr)
            deck = own
            if not deck:
                raise UsageError(f"the deck has no rows of district {service.district}; make "
                                 "it again with `kiosk election test-deck`")
        for entry in deck:
            ticket = service.start_session(entry.language)
            try:
                if election.eligibility.has_voter_token:
                    service.check_voter(ticket, entry.identity)
                if election.eligibility.mode is EligibilityMode.STAFF_UNLOCK:
                    service.unlock_session(ticket)
                receipt = service.cast_ballot(ticket, entry.ballot, language=entry.language)
            except KioskError as error:
                service.abandon_session(ticket)
                print(f"{args.deck}: ballot {entry.number}: refused: {error}", file=sys.stderr)
                refused += 1
                continue
            sys.stdout.write(receipt.tracking_code + "\n")
            sys.stdout.flush()
            cast += 1
        total = service.status().test_ballots
    print(f"# {cast} deck ballots cast in test mode at station {service.station_id}, "
          f"{refused} refused; {total} test ballots in the box", flush=True)
    return 1 if refused else 0


def cmd_simulate(args) -> int:
    if args.deck:
        return cast_deck(args)
    rng = random.Random(args.seed)
    identities = _identities(args.identities) if args.identities else None
    cast = 0
    started = time.perf_counter()
    with StationService.open(args.data) as service:
        election = service.election
        if identities is None and election.eligibility.mode is EligibilityMode.CODES:
            raise UsageError("a codes election needs issued codes: give them with "
                             "--identities FILE")
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
        for index in range(len(identities) if identities is not None else args.ballots):
            language = rng.choice(languages)
            ticket = service.start_session(language)
            if identities is not None:
                number, identity = identities[index]
                try:
                    service.check_voter(ticket, identity)
                except KioskError as error:
                    service.abandon_session(ticket)
                    print(f"{args.identities}:{number}: refused: {error}", file=sys.stderr)
                    continue
            elif mode is EligibilityMode.PERSONNUMMER:
                service.check_voter(ticket, random_personnummer(rng, date(2000, 1, 1)))
            receipt = service.cast_ballot(ticket, random_ballot(election, rng),
                                          language=language, assisted=rng.random() < 0.1)
            sys.stdout.write(receipt.tracking_code + "\n")
            sys.stdout.flush()
            cast += 1
            if worker:
                worker.wake()
        if worker:
            _wait_for_sync(service, worker, args.sync_wait)
        total = service.status().ballots
    seconds = time.perf_counter() - started
    print(f"# {cast} ballots cast at station {service.station_id} in {seconds:.2f} s; "
          f"{total} in the box", flush=True)
    return 0
