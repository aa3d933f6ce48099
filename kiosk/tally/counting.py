"""`kiosk tally count`: outer envelopes, duplicates, shuffle, inner envelopes, the rule.

1. Open every outer envelope (all cores), find voter tokens on several records and apply the
   package's duplicate policy (kiosk.tally.dedup); then forget the tokens.
   The same scan keeps every record's (still sealed) inner envelope for step 2.
2. Put the inner envelopes of the counted records into cryptographically shuffled slots
   (kiosk.tally.shuffle) — only the sealed bytes and a station index travel on, no record id —
   open them on all cores, validate each against the ballot rule, store them by slot.
3. Meanwhile (a second thread) hash the bulletin (every record's tracking code and status),
   from what the scan of step 1 kept of each record (station, sequence number, the first 10
   bytes of its hash); the tie-break seed is derived from it, unless a seed was given.
4. Count the valid ballots with the rule, sign the results with the tally key.

Everything from step 1 on is written in one transaction: a count is stored whole or not at all.
"""

from __future__ import annotations

import functools
import hashlib
import operator
from array import array
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from kiosk.crypto.canonical import canonical
from kiosk.crypto.signed import sign_object
from kiosk.package.authority_keys import TallyKeys
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import envelopes_open as opener
from kiosk.tally.bulk_codes import tracking_codes
from kiosk.tally.dedup import Conflict, Member, TokenIndex, keep_issued, resolve
from kiosk.tally.issued import check_issued_present, issued_token_set
from kiosk.tally.parallel import InlineExecutor, Progress, cpu_count, ordered_map, process_pool
from kiosk.tally.record_blocks import HASH_BYTES, decode_ends, encode_ends
from kiosk.tally.record_format import (
    BULLETIN_HEADER,
    COUNTED,
    DUPLICATE,
    NOT_ISSUED,
    RESULT_TYPE,
    bulletin_lines,
    derived_seed,
)
from kiosk.tally.rule_run import (
    BallotInterner,
    CountError,
    budget_for,
    is_approval,
    rule_for,
    run_count,
)
from kiosk.tally.shuffle import secure_permutation
from kiosk.tally.store import TallyStore, now_iso

PARALLEL_FROM = 3000  # below this, a process pool costs more than it saves
CHUNK = 2000
TIE_BREAK = ("higher score first; then lower cost; then ascending SHA-256 hex of "
             "'<seed>:<proposal id>' (kiosk/tally/rules/tiebreak.py)")


def check_countable(store: TallyStore, package: LoadedPackage, rule: str | None,
                    budget: int | None) -> tuple[str, int, int]:
    """(rule, budget, records) if a count can start; else the one reason it cannot.

    Checked before the keys are asked for, so no officer types a passphrase in vain.
    """
    state = store.meta()["state"]
    if state == "open":
        raise CountError("tally.not_closed", "intake is still open; close it first with "
                         "`kiosk tally close`")
    if state == "counted":
        raise CountError("tally.counted", "this election has been counted already; its "
                         "results stand (kiosk tally report / publish)")
    rule_name = rule_for(package.manifest, rule)
    budget_value = budget_for(package.election, budget)
    total = store.record_count()
    if total == 0:
        raise CountError("tally.empty", "no ballots were imported; there is nothing to count")
    check_issued_present(store, package)
    return rule_name, budget_value, total


def count_election(store: TallyStore, package: LoadedPackage, keys: TallyKeys, *,
                   rule: str | None = None, budget: int | None = None, seed: str | None = None,
                   show_progress: bool = True) -> dict:
    """Count; `rule` None means the package's own rule (an error if it names none)."""
    rule_name, budget_value, total = check_countable(store, package, rule, budget)
    election = package.election
    excluded: dict[int, str] = {}
    issued = issued_token_set(store, package)
    parallel = total >= PARALLEL_FROM and cpu_count() > 1
    if parallel:
        executor = process_pool(opener.init_opener, (keys.seal.to_bytes(), package.raw))
    else:
        opener.init_opener(keys.seal.to_bytes(), package.raw)
        executor = InlineExecutor()
    with executor, ThreadPoolExecutor(1, "count-side") as side:
        # a second thread draws the shuffle while the outer envelopes are opened, and hashes
        # the bulletin while the inner ones are
        permutation = side.submit(secure_permutation, total)
        scanned, conflicts = _first_pass(store, executor, election, excluded, total,
                                         show_progress, issued)
        slots = _shuffled(scanned, excluded, permutation.result())
        names = scanned.names
        set_aside = sorted((names[scanned.stations[i]], scanned.seqs[i], reason)
                           for i, reason in excluded.items())
        with store.counting() as tx:
            tx.add_excluded(set_aside)
            tx.add_conflicts((n, m.station_id, m.seq, m.cast_at_text, m is c.kept)
                             for n, c in enumerate(conflicts, start=1) for m in c.members)
            # only now: a pure-Python thread holding the GIL would slow these writes
            bulletin = side.submit(_bulletin_digest, scanned, excluded)
            del scanned
            opened = _open_and_store(tx, executor, slots, names,
                                     is_approval(election), show_progress)
            bulletin_sha, per_station = bulletin.result()
            seed_value = seed if seed else derived_seed(election.id, bulletin_sha)
            outcome = run_count(election, rule_name, budget_value, seed_value,
                                opened["interner"].profile())
            results = _results(store, package, keys, rule_name, budget_value, seed_value,
                               bool(seed), total, excluded, conflicts, per_station, opened,
                               outcome, bulletin_sha)
            signed = sign_object(keys.sign, results)
            tx.set_meta("results", canonical(signed).decode("utf-8"))
            tx.set_meta("state", "counted")
    return results


class _Numbering(dict):
    """Numbers keys 0, 1, 2... in the order they are first looked up."""

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self)
        return number


@dataclass
class _Scanned:
    """What the one scan of the records keeps, in the order they were stored (a record's
    position here is its id during the count): for step 2 each record's inner envelope
    (sealed), for the bulletin its station, sequence number and code.

    The inner envelopes stay in their blocks' blobs, found by (blob, start, end): a million
    separate objects scattered over the heap made handing them out in shuffled order cost
    ~3 s of cache misses in the one process that feeds the workers."""

    # (station index, first seq, position of its first record, records) of each block
    blocks: list[tuple[int, int, int, int]] = field(default_factory=list)
    stations: array = field(default_factory=lambda: array("I"))  # index into names
    seqs: array = field(default_factory=lambda: array("q"))
    prefixes: bytearray = field(default_factory=bytearray)  # each hash's first 10 bytes
    names: list[str] = field(default_factory=list)
    inner_blobs: list[bytes] = field(default_factory=list)
    inner_blob: array = field(default_factory=lambda: array("I"))  # index into inner_blobs
    inner_start: array = field(default_factory=lambda: array("I"))
    inner_end: array = field(default_factory=lambda: array("I"))

    def add_inner(self, blob: bytes, ends: bytes, count: int) -> None:
        """A block's inner envelopes (kiosk.tally.record_blocks: laid end to end, end
        offsets)."""
        stops = decode_ends(ends, len(blob), count)
        self.inner_blob.extend(array("I", [len(self.inner_blobs)]) * count)
        self.inner_start.extend(array("I", [0]) + stops[:-1])
        self.inner_end.extend(stops)
        self.inner_blobs.append(blob)


def _first_pass(store: TallyStore, executor, election, excluded: dict[int, str], total: int,
                show_progress: bool, issued: set[bytes] | None
                ) -> tuple[_Scanned, list[Conflict]]:
    """One scan of the records: outer envelopes go to the workers for the duplicate check,
    inner envelopes stay (sealed) for the shuffle."""
    scanned = _Scanned()
    station_index = _Numbering()

    def outer_chunks():
        """Blocks' outer envelopes with the id of each block's first record, a few blocks (at
        least CHUNK records) per task: envelopes travel as one blob per block."""
        task, size = [], 0
        for block in store.iter_blocks():
            count, first_id = block.count, len(scanned.seqs)
            station = station_index[block.station_id]
            scanned.blocks.append((station, block.first_seq, first_id, count))
            scanned.stations.extend(array("I", [station]) * count)
            scanned.seqs.extend(range(block.first_seq, block.first_seq + count))
            hashes = block.hashes
            scanned.prefixes += np.frombuffer(hashes, dtype=np.uint8) \
                .reshape(-1, HASH_BYTES)[:, :10].tobytes()
            scanned.add_inner(block.inner, block.inner_ends, count)
            task.append((first_id, count, block.outer, block.outer_ends))
            size += count
            if size >= CHUNK:
                yield task
                task, size = [], 0
        if task:
            yield task

    groups: list[list[tuple[int, int]]] = []
    if election.eligibility.has_voter_token:
        groups = _find_duplicates(executor, outer_chunks(), excluded, total, show_progress,
                                  issued)
    else:
        for _chunk in outer_chunks():
            pass
    scanned.names = sorted(station_index, key=station_index.get)
    names, stations, seqs = scanned.names, scanned.stations, scanned.seqs
    conflicts = resolve([[Member(rid, names[stations[rid]], seqs[rid], cast_at)
                          for rid, cast_at in group] for group in groups],
                        election.duplicate_policy)
    for conflict in conflicts:
        for member in conflict.excluded:
            excluded[member.record_id] = DUPLICATE
    return scanned, conflicts


def _find_duplicates(executor, chunks, excluded: dict[int, str], total: int,
                     show_progress: bool, issued: set[bytes] | None
                     ) -> list[list[tuple[int, int]]]:
    """[(record id, cast_at)] of each group of records that share an issued voter token."""
    index = TokenIndex()
    progress = Progress("opening outer envelopes", total, show_progress)
    window = 2 * cpu_count()
    for tokens, packed, problems in ordered_map(executor, opener.open_outer_chunk, chunks,
                                                window):
        progress.advance(len(tokens) + len(problems))
        tokens, packed, not_issued = keep_issued(tokens, packed, issued)
        index.add_many(tokens, packed)
        excluded.update(problems)
        excluded.update(dict.fromkeys(not_issued, NOT_ISSUED))
    groups = index.groups()
    index.forget()  # the voter tokens end here
    return groups


def _bulletin_digest(scanned: _Scanned, excluded: dict[int, str]) -> tuple[str, dict]:
    """SHA-256 of bulletin.csv as `publish` will write it (in station-id byte order, then
    sequence number; not the order files arrived in); records and exclusions per station.

    A block holds consecutive records of one station and no two blocks overlap, so ordering
    the blocks orders the records."""
    names, prefixes = scanned.names, scanned.prefixes
    digest = hashlib.sha256(BULLETIN_HEADER)
    records: Counter = Counter()
    for station, first_seq, start, count in sorted(scanned.blocks,
                                                   key=lambda b: (names[b[0]], b[1])):
        codes = tracking_codes(prefixes[10 * start:10 * (start + count)])
        statuses = [excluded.get(i, COUNTED) for i in range(start, start + count)] \
            if excluded else repeat(COUNTED)
        digest.update(bulletin_lines(codes, names[station], first_seq, statuses))
        records[station] += count
    set_aside: dict[str, Counter] = {}
    for record_id, status in excluded.items():
        set_aside.setdefault(names[scanned.stations[record_id]], Counter())[status] += 1
    per_station = {names[index]: Counter({"records": n, **set_aside.get(names[index], {})})
                   for index, n in records.items()}
    return digest.hexdigest(), per_station


@dataclass
class _Slots:
    """The shuffled slots: for slot i, the station index and where its sealed inner envelope
    lies (blobs[blob[i]][start[i]:end[i]]). No record id."""

    stations: np.ndarray
    blob: np.ndarray
    start: np.ndarray
    end: np.ndarray
    blobs: list[bytes]

    def __len__(self) -> int:
        return len(self.stations)

    def envelopes(self, first: int, stop: int) -> tuple[bytes, bytes]:
        """Slots first..stop-1: their envelopes laid end to end, and their end offsets
        (kiosk.tally.record_blocks)."""
        views = self.views
        starts, ends = self.start[first:stop].tolist(), self.end[first:stop].tolist()
        joined = b"".join([views[b][a:z] for b, a, z in zip(
            self.blob[first:stop].tolist(), starts, ends, strict=True)])
        return joined, encode_ends(map(operator.sub, ends, starts))

    @functools.cached_property
    def views(self) -> list[memoryview]:
        return [memoryview(blob) for blob in self.blobs]


def _shuffled(scanned: _Scanned, excluded: dict[int, str], permutation: list[int]) -> _Slots:
    """Inner envelopes of counted records in secret random slots, and each slot's station
    index; ids are dropped here.

    `permutation` is a uniformly random permutation of every record (drawn before the
    duplicates were known); its values below the number of counted records, in the order they
    come, are a uniformly random permutation of the counted ones. (numpy moves the indices: a
    million records in C loops, not Python ones.)"""
    total = len(scanned.inner_blob)
    if excluded:
        keep = np.ones(total, dtype=bool)
        keep[np.fromiter(excluded, dtype=np.int64, count=len(excluded))] = False
        counted_ids = np.flatnonzero(keep)
    else:
        counted_ids = np.arange(total)
    order = np.asarray(permutation, dtype=np.int64)
    del permutation
    if len(counted_ids) < total:
        order = order[order < len(counted_ids)]
    source = counted_ids[order]  # the record each slot takes its envelope from
    del order, counted_ids

    def gather(values: array) -> np.ndarray:
        return np.frombuffer(values, dtype=f"u{values.itemsize}")[source]

    slots = _Slots(gather(scanned.stations), gather(scanned.inner_blob),
                   gather(scanned.inner_start), gather(scanned.inner_end), scanned.inner_blobs)
    scanned.inner_blobs = []
    return slots


def _open_and_store(tx, executor, slots: _Slots, names: list[str], approval: bool,
                    show_progress: bool) -> dict:
    n = len(slots)
    progress = Progress("opening ballots", n, show_progress)

    def tasks():
        """(first slot, station index of each slot, the envelopes laid end to end, their end
        offsets): one large value per chunk, not a pickled tuple per ballot."""
        for start in range(0, n, CHUNK):
            end = min(n, start + CHUNK)
            yield (start, array("I", slots.stations[start:end].tolist()),
                   *slots.envelopes(start, end))

    interner = BallotInterner(approval)
    ballots_digest = hashlib.sha256()
    invalid: Counter = Counter()
    tallies: Counter = Counter()  # (station index, language, assisted, invalid) -> ballots
    for chunk in ordered_map(executor, opener.open_inner_chunk, tasks(), 2 * cpu_count()):
        ballots_digest.update(chunk.lines)
        tx.add_opened(chunk.start, chunk.lines)
        interner.extend(chunk.distinct, chunk.valid)
        invalid.update(chunk.invalid)
        tallies.update(chunk.stats)
        progress.advance(chunk.count)
    station_stats: dict[str, list] = {}
    for (index, language, assisted, bad), count in tallies.items():
        entry = station_stats.setdefault(names[index], [0, 0, 0, Counter()])
        entry[0] += count
        entry[1] += assisted * count
        entry[2] += bad * count
        entry[3][language] += count
    return {"interner": interner, "opened": n, "invalid": invalid,
            "stations": station_stats, "ballots_sha256": ballots_digest.hexdigest()}


def _results(store, package, keys, rule_name, budget, seed, seed_given, total, excluded,
             conflicts, per_station, opened, outcome, bulletin_sha) -> dict:
    election = package.election
    labels = {s["station_id"]: s["label"] for s in store.station_rows()}
    excluded_counts = Counter(excluded.values())
    stations = []
    for station_id in sorted(per_station):
        counts = per_station[station_id]
        opened_n, assisted, bad, languages = opened["stations"].get(
            station_id, [0, 0, 0, Counter()])
        stations.append({
            "id": station_id, "label": labels.get(station_id, ""), "records": counts["records"],
            "excluded": {k: v for k, v in counts.items() if k != "records"},
            "opened": opened_n, "invalid": bad, "assisted": assisted,
            "languages": dict(sorted(languages.items()))})
    funded = set(outcome.funded)
    return {
        "type": RESULT_TYPE, "v": 1, "election": election.id,
        "package_hash": package.package_hash, "counted_at": now_iso(),
        "tally_key": keys.sign.public.fingerprint, "ballot_kind": election.rule.kind.value,
        "rule": rule_name, "budget": budget, "seed": seed,
        "seed_source": "given" if seed_given else "bulletin", "tie_break": TIE_BREAK,
        "duplicate_policy": election.duplicate_policy.value,
        "records": total, "excluded": dict(sorted(excluded_counts.items())),
        "opened": opened["opened"], "valid": opened["opened"] - sum(opened["invalid"].values()),
        "invalid": dict(sorted(opened["invalid"].items())),
        "projects": [{"id": p.id, "cost": p.cost, "score": outcome.scores[p.id],
                      "funded": p.id in funded} for p in election.proposals],
        "funded": list(outcome.funded), "spent": outcome.spent,
        "stations": stations,
        "conflicts": [{
            "records": [{"station": m.station_id, "seq": m.seq, "cast_at": m.cast_at_text}
                        for m in c.members],
            "kept": None if c.kept is None else {"station": c.kept.station_id,
                                                 "seq": c.kept.seq}} for c in conflicts],
        "bulletin_sha256": bulletin_sha, "ballots_sha256": opened["ballots_sha256"],
    }


def results_of(store: TallyStore) -> dict:
    envelope = store.results()
    if envelope is None:
        raise CountError("tally.not_counted", "the election has not been counted yet; run "
                         "`kiosk tally count` first")
    return envelope["signed"]

