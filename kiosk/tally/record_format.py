"""Formats shared by counting, publishing and verifying, so the three can never disagree.

bulletin.csv   one line per ballot record the tally received, in (station id, sequence) order
               (byte order of the station id, whatever order the files arrived in):
               `tracking_code,station,seq,status` with status one of STATUSES
ballots.jsonl  one opened ballot per line, in the shuffled order, canonical JSON:
               {"assisted":…,"choices":…,"language":…,"n":…,"reason":…}
               `reason` is null for a valid ballot, else the message id of what is wrong
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator

from kiosk.crypto.canonical import canonical

COUNTED = "counted"
DUPLICATE = "duplicate"
NO_OUTER = "no-outer-envelope"
OUTER_UNOPENABLE = "outer-unopenable"
NOT_ISSUED = "not-issued"  # a voting code nobody issued (kiosk.tally.issued)
FORK = "fork"  # two copies of the station's chain from here on (kiosk.tally.forks)
STATUSES = (COUNTED, DUPLICATE, NO_OUTER, OUTER_UNOPENABLE, NOT_ISSUED, FORK)
BULLETIN_HEADER = b"tracking_code,station,seq,status\n"
RESULT_TYPE = "kiosk/tally-result"
SEED_LABEL = "rostkiosk/tie-break-seed/v1"


def bulletin_line(code: str, station: str, seq: int, status: str) -> bytes:
    return f"{code},{station},{seq},{status}\n".encode("ascii")


def bulletin_lines(codes: Iterable[str], station: str, first_seq: int,
                   statuses: Iterable[str]) -> bytes:
    """`bulletin_line` of consecutive records first_seq, first_seq + 1, … of one station, at
    once (a count writes a million)."""
    middle = f",{station},"
    return "".join([f"{code}{middle}{seq},{status}\n" for code, seq, status in
                    zip(codes, itertools.count(first_seq), statuses)]).encode("ascii")


@functools.lru_cache(maxsize=1024)
def _json_text(value: str | None) -> str:
    """A language code or message id as JSON (a handful of distinct values, a million lines)."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def ballot_line(position: int, choices: str | None, language: str | None, assisted: bool,
                reason: str | None) -> bytes:
    """Byte for byte what canonical() gives for the ballot's object, plus a newline.

    `choices` is already canonical JSON text (or None); formatting by hand keeps a million
    lines fast. tests/integration/test_tally_end_to_end.py checks it against canonical().
    """
    before, after = ballot_line_parts(choices, language, assisted, reason)
    return line_from_parts(before, position, after)


def ballot_line_parts(choices: str | None, language: str | None, assisted: bool,
                      reason: str | None) -> tuple[bytes, bytes]:
    """A ballot's line around its number: line = before + str(position + 1) + after (the
    counting workers reuse the parts for ballots that read alike)."""
    return (f'{{"assisted":{"true" if assisted else "false"},'
            f'"choices":{"null" if choices is None else choices},"language":'
            f'{_json_text(language)},"n":').encode(), f',"reason":{_json_text(reason)}}}\n'.encode()


def line_from_parts(before: bytes, position: int, after: bytes) -> bytes:
    """The line of the ballot at `position` (0-based) from its `ballot_line_parts`."""
    return b"%s%d%s" % (before, position + 1, after)


def parse_ballot_line(line: bytes) -> dict:
    value = json.loads(line)
    if canonical(value) + b"\n" != line:
        raise ValueError("not canonical")
    return value


def valid_ballots(blocks: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    """(position, canonical choices) of every valid ballot in blocks of ballots.jsonl lines."""
    for block in blocks:
        for line in block.splitlines():
            ballot = json.loads(line)
            if ballot["reason"] is None:
                yield ballot["n"] - 1, canonical(ballot["choices"]).decode("utf-8")


def derived_seed(election_id: str, bulletin_sha256: str) -> str:
    """The default tie-break seed: nobody can choose it without changing the bulletin."""
    return hashlib.sha256(f"{SEED_LABEL}/{election_id}/{bulletin_sha256}".encode()) \
        .hexdigest()[:32]
