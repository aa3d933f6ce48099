"""Opening sealed envelopes in worker processes (one per core).

Outer envelopes give (voter token, cast_at) for the duplicate check; inner envelopes give the
choices, which are validated against the ballot rule right here. Workers receive the tally's
sealing key and the election package once, at start-up, and never see a record id together
with an inner envelope: the counting process hands them shuffled envelopes only.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from kiosk.crypto.canonical import canonical
from kiosk.crypto.keys import SealKeyPair
from kiosk.crypto.sealing import OpenError, open_sealed
from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import Election
from kiosk.domain.errors import BallotError
from kiosk.package.signed_package import load_package_bytes
from kiosk.sync.envelopes import read_inner, read_outer
from kiosk.tally.record_format import NO_OUTER, OUTER_UNOPENABLE

_KEYS: SealKeyPair | None = None
_ELECTION: Election | None = None


def init_opener(seal_private: bytes, package_raw: bytes) -> None:
    global _KEYS, _ELECTION
    _KEYS = SealKeyPair.from_bytes(seal_private)
    _ELECTION = load_package_bytes(package_raw).election


def _epoch(text: object) -> int:
    try:
        return int(datetime.fromisoformat(str(text)).timestamp())
    except (TypeError, ValueError, OverflowError):
        return 0  # unknown time: ordered first, and the report says "unknown"


def open_outer_chunk(chunk: list[tuple[int, bytes | None]]) -> list[tuple]:
    """[(record id, token bytes | None, cast_at epoch, problem | None)]"""
    out = []
    election_id = _ELECTION.id
    for record_id, sealed in chunk:
        if sealed is None:
            out.append((record_id, None, 0, NO_OUTER))
            continue
        try:
            outer = read_outer(open_sealed(_KEYS, "outer", election_id, sealed))
            token = outer["voter_token"]
            if outer.get("election") != election_id or not isinstance(token, str) or not token:
                raise ValueError("not this election's outer envelope")
        except (OpenError, ValueError, KeyError):
            out.append((record_id, None, 0, OUTER_UNOPENABLE))
            continue
        try:
            token_bytes = bytes.fromhex(token)
        except ValueError:
            token_bytes = token.encode("utf-8")
        out.append((record_id, token_bytes, _epoch(outer.get("cast_at")), None))
    return out


def _open_inner(sealed: bytes) -> tuple[str | None, str | None, bool, str | None]:
    """(canonical choices | None, language, assisted, reason | None)"""
    election = _ELECTION
    try:
        inner = read_inner(open_sealed(_KEYS, "inner", election.id, sealed))
    except OpenError:
        return None, None, False, "envelope.unopenable"
    except ValueError:
        return None, None, False, "envelope.malformed"
    language = inner.get("language") if isinstance(inner.get("language"), str) else None
    assisted = inner.get("assisted") is True
    if inner.get("election") != election.id:
        return None, language, assisted, "envelope.wrong_election"
    if inner.get("test") is not False:
        return None, language, assisted, "envelope.test_ballot"
    try:
        ballot = Ballot.from_json(inner.get("choices"))
    except BallotError as error:
        return None, language, assisted, error.message_id
    choices = canonical(ballot.to_json(election.rule)).decode("utf-8")
    try:
        validate_ballot(election, ballot)
    except BallotError as error:
        return choices, language, assisted, error.message_id
    return choices, language, assisted, None


def open_inner_chunk(task: tuple[int, list[tuple[int, bytes]]]) -> tuple:
    """(start, rows, per-station stats) for shuffled (station index, sealed inner) pairs.

    rows: (canonical choices | None, language, assisted as 0 or 1, reason | None)
    stats: {station index: [opened, assisted, invalid, Counter(language)]}
    """
    start, chunk = task
    rows, stats = [], {}
    for station_index, sealed in chunk:
        choices, language, assisted, reason = _open_inner(sealed)
        row = (choices, language, 1 if assisted else 0, reason)
        rows.append(row)
        entry = stats.get(station_index)
        if entry is None:
            entry = stats[station_index] = [0, 0, 0, Counter()]
        entry[0] += 1
        entry[1] += row[2]
        entry[2] += row[3] is not None
        entry[3][row[1] or "?"] += 1
    return start, rows, stats
