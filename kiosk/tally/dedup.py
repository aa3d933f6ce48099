"""One person, one ballot: find voter tokens on several records and apply the package's policy.

Records that share a voter token are ordered by (cast_at from the outer envelope, station id,
sequence number) — the station id and sequence number only break ties of equal cast_at,
reproducibly. `keep-first` keeps the first record in that order, `keep-last` the last one,
`reject-all` none of them. cast_at is the station's clock, to the second.

Tokens live only in memory, only until the policy has been applied; nothing here is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.domain.election import DuplicatePolicy

_ID_BITS = 32  # record ids < 2**32; (cast_at, id) packed in one int saves ~100 MB per 1M


@dataclass(frozen=True)
class Member:
    record_id: int
    station_id: str
    seq: int
    cast_at: int  # epoch seconds, 0 = unknown

    @property
    def cast_at_text(self) -> str:
        if not self.cast_at:
            return "unknown"
        return datetime.fromtimestamp(self.cast_at, UTC).isoformat()


@dataclass(frozen=True)
class Conflict:
    members: tuple[Member, ...]  # in the policy's order (see above)
    kept: Member | None

    @property
    def excluded(self) -> list[Member]:
        return [m for m in self.members if m is not self.kept]


def pack(record_id: int, cast_at: int) -> int:
    """(cast_at, record id) in one int, as TokenIndex keeps them."""
    return (max(cast_at, 0) << _ID_BITS) | record_id


class TokenIndex:
    """Voter token -> records, holding as little as possible per record."""

    def __init__(self) -> None:
        self._first: dict[bytes, int] = {}
        self._more: dict[bytes, list[int]] = {}

    def add(self, record_id: int, token: bytes, cast_at: int) -> None:
        self._add(token, pack(record_id, cast_at))

    def _add(self, token: bytes, packed: int) -> None:
        first = self._first.setdefault(token, packed)
        if first != packed:
            self._more.setdefault(token, [first]).append(packed)

    def add_many(self, tokens: list[bytes], packed: list[int]) -> None:
        """`add` for a chunk of records (`pack`ed), with whole-dictionary operations: a count
        adds a million tokens, and nearly all are new."""
        chunk = dict(zip(tokens, packed, strict=True))
        if len(chunk) != len(tokens):  # a voter twice within the chunk: one by one
            for token, value in zip(tokens, packed, strict=True):
                self._add(token, value)
            return
        for token in chunk.keys() & self._first.keys():  # seen in an earlier chunk
            self._add(token, chunk.pop(token))
        self._first.update(chunk)

    def groups(self) -> list[list[tuple[int, int]]]:
        """[(record id, cast_at)] for every token seen on more than one record."""
        mask = (1 << _ID_BITS) - 1
        return [[(p & mask, p >> _ID_BITS) for p in packed] for packed in self._more.values()]

    def forget(self) -> None:
        """Drop every token (they must not outlive the duplicate check)."""
        self._first.clear()
        self._more.clear()


def keep_issued(tokens: list[bytes], packed: list[int], issued: set[bytes] | None
                ) -> tuple[list[bytes], list[int], list[int]]:
    """(tokens, packed) of records whose token is on the issued list, and the record ids of
    those whose token is not (set aside before the duplicate check: a token nobody issued
    cannot take the place of one that was). `issued` None: every token counts."""
    if issued is None:
        return tokens, packed, []
    mask = (1 << _ID_BITS) - 1
    kept_tokens, kept_packed, not_issued = [], [], []
    for token, value in zip(tokens, packed, strict=True):
        if token in issued:
            kept_tokens.append(token)
            kept_packed.append(value)
        else:
            not_issued.append(value & mask)
    return kept_tokens, kept_packed, not_issued


def resolve(groups: list[list[Member]], policy: DuplicatePolicy) -> list[Conflict]:
    conflicts = []
    for group in groups:
        ordered = tuple(sorted(group, key=lambda m: (m.cast_at, m.station_id, m.seq)))
        if policy is DuplicatePolicy.KEEP_FIRST:
            kept = ordered[0]
        elif policy is DuplicatePolicy.KEEP_LAST:
            kept = ordered[-1]
        else:
            kept = None
        conflicts.append(Conflict(ordered, kept))
    conflicts.sort(key=lambda c: (c.members[0].station_id, c.members[0].seq))
    return conflicts


@dataclass(frozen=True)
class StoredMember:
    """A conflict's record as the dedup step stored it (kiosk.tally.counting)."""

    station_id: str
    seq: int
    cast_at_text: str


def conflicts_from_rows(rows) -> list[Conflict]:
    """The conflicts from stored (conflict number, station id, seq, cast_at, kept) rows, each
    with its members in the policy's order (cast_at, unknown first; station id; seq)."""
    groups: dict[int, list[tuple[StoredMember, bool]]] = {}
    for number, station, seq, cast_at, kept in rows:
        groups.setdefault(number, []).append((StoredMember(station, seq, cast_at), kept))
    out = []
    for number in sorted(groups):
        members = sorted(groups[number], key=lambda m: (
            "" if m[0].cast_at_text == "unknown" else m[0].cast_at_text, m[0].station_id,
            m[0].seq))
        kept = next((m for m, is_kept in members if is_kept), None)
        out.append(Conflict(tuple(m for m, _k in members), kept))
    return out
