"""The bulletin split by the first characters of the tracking code, one JavaScript file each.

`bulletin/7K.js` holds every record whose code starts with 7K: a lookup loads that one file,
1/1024 of the bulletin (about 16 KB for a 1,000,000-record election), never the whole.
Each entry is the code's remaining 14 characters (no dashes) and one status letter.
"""

from __future__ import annotations

from collections import defaultdict

from kiosk.tally.record_format import (
    COUNTED,
    DUPLICATE,
    FORK,
    NO_OUTER,
    NOT_ISSUED,
    OUTER_UNOPENABLE,
)

PREFIX_CHARS = 2
STATUS_LETTERS = {COUNTED: "c", DUPLICATE: "d", NO_OUTER: "n", OUTER_UNOPENABLE: "u",
                  NOT_ISSUED: "i", FORK: "f"}


def shards(bulletin: bytes) -> dict[str, bytes]:
    """{relative file name: contents} of every shard of bulletin.csv."""
    groups: dict[str, list[str]] = defaultdict(list)
    lines = bulletin.decode("ascii").splitlines()
    for line in lines[1:]:  # after the header; no field of the bulletin holds a comma
        code, _station, _seq, status = line.split(",")
        plain = code.replace("-", "")
        groups[plain[:PREFIX_CHARS]].append(plain[PREFIX_CHARS:] + STATUS_LETTERS[status])
    return {f"bulletin/{prefix}.js": shard_script(prefix, entries)
            for prefix, entries in groups.items()}


def shard_script(prefix: str, entries: list[str]) -> bytes:
    entries.sort()
    return f'KIOSK_SHARD("{prefix}","{" ".join(entries)}");\n'.encode("ascii")
