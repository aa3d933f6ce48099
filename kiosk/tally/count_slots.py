"""Step 2 of a count (kiosk.tally.counting): the shuffle, and opening the inner envelopes.

The inner envelopes of the counted records go into cryptographically shuffled slots (the
permutation comes from kiosk.tally.shuffle); only the sealed bytes and a station index travel
on, no record id. The workers open them, validate each against the ballot rule, and the opened
ballots are stored by slot.
"""

from __future__ import annotations

import functools
import hashlib
import operator
from array import array
from collections import Counter
from dataclasses import dataclass

import numpy as np

from kiosk.tally import envelopes_open as opener
from kiosk.tally.count_scan import CHUNK, Scanned
from kiosk.tally.parallel import Progress, cpu_count, ordered_map
from kiosk.tally.record_blocks import encode_ends
from kiosk.tally.rule_run import BallotInterner
from kiosk.tally.store import CountTransaction


@dataclass
class Slots:
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


def shuffled(scanned: Scanned, excluded: dict[int, str], permutation: list[int]) -> Slots:
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

    slots = Slots(gather(scanned.stations), gather(scanned.inner_blob),
                   gather(scanned.inner_start), gather(scanned.inner_end), scanned.inner_blobs)
    scanned.inner_blobs = []
    return slots


def open_and_store(tx: CountTransaction, executor, slots: Slots, names: list[str],
                   interner: BallotInterner, show_progress: bool) -> dict:
    n = len(slots)
    progress = Progress("opening ballots", n, show_progress)

    def tasks():
        """(first slot, station index of each slot, the envelopes laid end to end, their end
        offsets): one large value per chunk, not a pickled tuple per ballot."""
        for start in range(0, n, CHUNK):
            end = min(n, start + CHUNK)
            yield (start, array("I", slots.stations[start:end].tolist()),
                   *slots.envelopes(start, end))

    ballots_digest = hashlib.sha256()
    invalid: Counter = Counter()
    # (station index, language, assisted, invalid, channel, answers) -> ballots
    tallies: Counter = Counter()
    channels: Counter = Counter()  # (channel, invalid) -> ballots
    for chunk in ordered_map(executor, opener.open_inner_chunk, tasks(), 2 * cpu_count()):
        ballots_digest.update(chunk.lines)
        tx.add_opened(chunk.start, chunk.lines)
        interner.extend(chunk.distinct, chunk.valid)
        invalid.update(chunk.invalid)
        tallies.update(chunk.stats)
        progress.advance(chunk.count)
    station_stats: dict[str, list] = {}
    cells: Counter = Counter()
    for (index, language, assisted, bad, channel, answers), count in tallies.items():
        entry = station_stats.setdefault(names[index], [0, 0, 0, Counter()])
        entry[0] += count
        entry[1] += assisted * count
        entry[2] += bad * count
        entry[3][language] += count
        cells[(names[index], channel, language, assisted, answers)] += count
        channels[(channel, bad)] += count
    return {"interner": interner, "opened": n, "invalid": invalid,
            "stations": station_stats, "ballots_sha256": ballots_digest.hexdigest(),
            "channels": channel_figures(channels), "cells": cells}


def channel_figures(channels: Counter) -> dict:
    """{"touch": {...}, "paper": {...}, "all": {...}}, each {"opened", "valid", "invalid"}:
    the results' figures by channel (kiosk.station.paper) and together."""
    figures = {}
    for name in ("touch", "paper"):
        valid, bad = channels.get((name, 0), 0), channels.get((name, 1), 0)
        figures[name] = {"opened": valid + bad, "valid": valid, "invalid": bad}
    figures["all"] = {key: figures["touch"][key] + figures["paper"][key]
                      for key in ("opened", "valid", "invalid")}
    return figures


