"""Opening sealed envelopes in worker processes (one per core).

Outer envelopes give (voter token, cast_at) for the duplicate check; inner envelopes give the
choices, which are validated against the ballot rule right here. Workers receive one key — the
outer-envelope key in the dedup step, the tally's inner-envelope key in the open step, never
both — and the election package once, at start-up, and never see a record id together with an
inner envelope: the counting process hands them shuffled envelopes only.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from kiosk.crypto.canonical import canonical
from kiosk.crypto.keys import SealKeyPair
from kiosk.crypto.sealing import OpenError, open_sealed
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election
from kiosk.domain.errors import BallotError
from kiosk.domain.pots import PotsBallot, validate_any
from kiosk.domain.survey import read_answers
from kiosk.ledger.envelopes import read_inner, read_outer
from kiosk.package.signed_package import load_stored_package
from kiosk.tally.dedup import pack
from kiosk.tally.record_blocks import split_envelopes
from kiosk.tally.record_format import (
    NO_OUTER,
    OUTER_UNOPENABLE,
    ballot_line_parts,
    line_from_parts,
)

_KEYS: SealKeyPair | None = None
_ELECTION: Election | None = None


def init_opener(seal_private: bytes, package_raw: bytes) -> None:
    global _KEYS, _ELECTION, _OUTER_SHAPE
    _KEYS = SealKeyPair.from_bytes(seal_private)
    _ELECTION = load_stored_package(package_raw).election
    _OUTER_SHAPE = OuterShape(_ELECTION.id)
    _VERDICTS.clear()  # verdicts belong to one election
    _READ.clear()


def forget_key() -> None:
    """Drop the key this process opened envelopes with (the counting process itself, when it
    opened them inline; pool workers end with their pool)."""
    global _KEYS
    _KEYS = None


class _Memo(dict):
    """Remembered results of a pure function, starting again once `limit` are held (bounded
    memory per worker)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


_EPOCHS = _Memo(100_000)  # cast_at text -> epoch seconds
_VERDICTS = _Memo(100_000)  # choices as sorted-key JSON -> (canonical choices, reason)
_READ = _Memo(30_000)  # opened inner plaintext (≤ 1 KB) -> what _open_inner gives


def _epoch(text: object) -> int:
    """cast_at as epoch seconds (remembered: a station casts many ballots in one second)."""
    if isinstance(text, str):
        known = _EPOCHS.get(text)
        if known is not None:
            return known
    try:
        value = int(datetime.fromisoformat(str(text)).timestamp())
    except (TypeError, ValueError, OverflowError):
        value = 0  # unknown time: ordered first, and the report says "unknown"
    return _EPOCHS.keep(text, value) if isinstance(text, str) else value


def open_outer_chunk(blocks: list[tuple[int, int, bytes | None, bytes | None]]
                     ) -> tuple[list, list, list]:
    """(voter tokens, (cast_at, record id) packed by dedup.pack, [(record id, problem)] for
    the records whose outer envelope could not give a voter token) for record blocks given as
    (id of the first record, records, outer envelopes laid end to end or None, their end
    offsets: kiosk.tally.record_blocks), optionally followed by how many of the block's first
    records to open (the rest are set aside unopened: kiosk.tally.forks)."""
    tokens, packed, problems = [], [], []
    for first_id, count, outer, ends, *opened in blocks:
        keep = opened[0] if opened else count  # records after these are set aside unopened
        if outer is None:
            problems += [(record_id, NO_OUTER) for record_id in range(first_id,
                                                                      first_id + keep)]
            continue
        _open_outers(first_id, split_envelopes(outer, ends or b"", count)[:keep], tokens,
                     packed, problems)
    return tokens, packed, problems


def _open_outers(first_id: int, envelopes: list[bytes], tokens: list, packed: list,
                 problems: list) -> None:
    election_id = _ELECTION.id
    for record_id, sealed in enumerate(envelopes, first_id):
        try:
            plaintext = open_sealed(_KEYS, "outer", election_id, sealed)
            fields = _OUTER_SHAPE.fields(plaintext)
            if fields is None:  # not in canonical form: the JSON parser decides
                outer = read_outer(plaintext)
                fields = outer["voter_token"], outer.get("cast_at")
                if outer.get("election") != election_id:
                    raise ValueError("not this election's outer envelope")
            token, cast_at = fields
            if not isinstance(token, str) or not token:
                raise ValueError("no voter token")
        except (OpenError, ValueError, KeyError):
            problems.append((record_id, OUTER_UNOPENABLE))
            continue
        try:
            token_bytes = bytes.fromhex(token)
        except ValueError:
            token_bytes = token.encode("utf-8")
        tokens.append(token_bytes)
        packed.append(pack(record_id, _epoch(cast_at)))


class OuterShape:
    """The canonical bytes of an opened outer envelope, cast_at and voter token the unknowns:

        {"cast_at":"C","election":E,"type":"kiosk/outer-envelope","v":1,"voter_token":"T"}
        followed by the padding spaces

    `fields` reads (voter token, cast_at) from a plaintext in exactly this form by comparing
    bytes, else gives None and the caller parses JSON. The two agree: C and T are taken only
    if they hold no quote, backslash or control character and are UTF-8, so a JSON parser
    would read the same two strings."""

    _HEAD = b'{"cast_at":"'
    _CONTROL = bytes(range(32))

    def __init__(self, election_id: str) -> None:
        self.middle = b'","election":' + canonical(election_id) + \
            b',"type":"kiosk/outer-envelope","v":1,"voter_token":"'

    def fields(self, plaintext: bytes) -> tuple[str, str] | None:
        head = self._HEAD
        if not plaintext.startswith(head):
            return None
        end = plaintext.find(b'"', len(head))
        if end < 0 or not plaintext.startswith(self.middle, end):
            return None
        start = end + len(self.middle)
        close = plaintext.find(b'"', start)
        if close < 0 or not plaintext.startswith(b'"}', close):
            return None
        rest = plaintext[close + 2:]
        if rest.count(b" ") != len(rest):
            return None
        cast_at, token = plaintext[len(head):end], plaintext[start:close]
        for text in (cast_at, token):
            if b"\\" in text or len(text.translate(None, self._CONTROL)) != len(text):
                return None
        try:
            return token.decode("utf-8"), cast_at.decode("utf-8")
        except UnicodeDecodeError:
            return None


_OUTER_SHAPE = OuterShape("")


def _open_inner(sealed: bytes) -> tuple:
    """(canonical choices | None, language, assisted, reason | None, the ballot's line
    before and after its number: record_format.ballot_line_parts, (channel, answers))"""
    try:
        plaintext = open_sealed(_KEYS, "inner", _ELECTION.id, sealed)
    except OpenError:
        plaintext = None
    known = _READ.get(plaintext)
    if known is None:
        read = _read_inner(plaintext) if plaintext is not None else \
            (None, None, False, "envelope.unopenable")
        known = _READ.keep(plaintext, (*read, *ballot_line_parts(*read),
                                       _facts(plaintext)))
    return known


def _facts(plaintext: bytes | None) -> tuple[str, tuple]:
    """(channel, the follow-up answers as sorted (question, answer) pairs) for the statistics:
    never in the published ballot lines. No channel = the touchscreen; answers that do not fit
    the package's questions count as not given."""
    if plaintext is None:
        return "touch", ()
    try:
        inner = read_inner(plaintext)
    except ValueError:
        return "touch", ()
    channel = inner.get("channel")
    channel = channel if channel in ("touch", "paper") else "touch"
    survey = _ELECTION.survey if _ELECTION is not None else None
    answers = tuple(sorted(read_answers(survey, inner.get("survey")).items())) \
        if survey is not None and survey.asks else ()
    return channel, answers


def _read_inner(plaintext: bytes) -> tuple[str | None, str | None, bool, str | None]:
    """What an opened inner envelope says: a pure function of its bytes (so `_READ` may
    remember it: voters choose alike, and one language of a few, so opened plaintexts repeat
    — the bench's million ballots make ~40,000 distinct ones)."""
    election = _ELECTION
    try:
        inner = read_inner(plaintext)
    except ValueError:
        return None, None, False, "envelope.malformed"
    language = inner.get("language") if isinstance(inner.get("language"), str) else None
    assisted = inner.get("assisted") is True
    if inner.get("election") != election.id:
        return None, language, assisted, "envelope.wrong_election"
    if inner.get("test") is not False:
        return None, language, assisted, "envelope.test_ballot"
    if inner.get("spoiled") is True:  # a spoiled paper sheet: invalid, its choices unopened
        return None, language, assisted, "ballot.spoiled"
    if election.pots:  # several pots: the choices are in "pots", one part per pot
        if "choices" in inner:
            return None, language, assisted, "ballot.needs_pots"
        choices, reason = _verdict(election, inner.get("pots"))
    else:
        choices, reason = _verdict(election, inner.get("choices"))
    return choices, language, assisted, reason


def _verdict(election: Election, value: object) -> tuple[str | None, str | None]:
    """(canonical choices | None, reason | None) for the choices of an inner envelope.

    A pure function of the value, so it is remembered per distinct value: the voters of one
    election make far fewer distinct ballots than there are ballots (the bench's million:
    2,279). The key is the value in sorted-key JSON, which tells true from 1 and 1.0 from 1,
    so two values share a verdict only if they are the same ballot."""
    try:
        key = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError):
        key = None
    known = _VERDICTS.get(key) if key is not None else None
    if known is not None:
        return known
    try:
        ballot = PotsBallot.from_json(value) if election.pots else Ballot.from_json(value)
    except BallotError as error:
        verdict = (None, error.message_id)
    else:
        choices = canonical(ballot.to_json(election) if election.pots
                            else ballot.to_json(election.rule)).decode("utf-8")
        try:
            validate_any(election, ballot)
            verdict = (choices, None)
        except BallotError as error:
            verdict = (choices, error.message_id)
    return _VERDICTS.keep(key, verdict) if key is not None else verdict


def open_inner_chunk(task: tuple[int, array, bytes, bytes]) -> OpenedChunk:
    """Open the shuffled inner envelopes of positions start, start + 1, …, given as (start,
    each one's station index, the envelopes laid end to end, their end offsets).

    Everything per ballot happens here, on all cores; the counting process only adds up
    per-chunk results (see OpenedChunk)."""
    start, station_indices, envelopes, ends = task
    chunk = list(zip(station_indices, split_envelopes(envelopes, ends, len(station_indices)),
                     strict=True))
    lines = []
    distinct: dict[str, int] = {}
    valid = array("I")
    invalid: Counter = Counter()
    keys = []
    for position, (station_index, sealed) in enumerate(chunk, start):
        choices, language, assisted, reason, before, after, facts = _open_inner(sealed)
        lines.append(line_from_parts(before, position, after))
        if reason is None:
            number = distinct.get(choices)
            if number is None:
                number = distinct[choices] = len(distinct)
            valid.append(number)
        else:
            invalid[reason] += 1
        keys.append((station_index, language or "?", 1 if assisted else 0,
                     0 if reason is None else 1, *facts))
    return OpenedChunk(start, len(chunk), b"".join(lines), list(distinct), valid, invalid,
                       Counter(keys))


@dataclass(frozen=True)
class OpenedChunk:
    """What the workers hand back for a chunk of shuffled inner envelopes."""

    start: int
    count: int
    lines: bytes  # the chunk's ballots.jsonl lines
    distinct: list[str]  # the distinct canonical choices of its valid ballots
    valid: array  # each valid ballot, in order, as its index into `distinct`
    invalid: Counter  # reason -> ballots
    stats: Counter  # (station index, language or "?", assisted 0/1, invalid 0/1, channel,
    #                  follow-up answers) -> ballots
