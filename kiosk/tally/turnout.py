"""Turnout by hour of day: how many counted ballots each station took in each hour.

The time a ballot was cast is only in its OUTER envelope (`cast_at`, the station's clock, to
the second; kiosk.ledger.envelopes), which only the outer-key officers open, in the duplicate
check (`kiosk tally count --step dedup`). That step counts here, while the envelopes are open,
how many records of each station fall in each hour, and stores only those counts — (station,
local date, local hour, ballots) in tally_turnout_hours, in the same transaction as the rest of
the step — never a record's time, id, token or choice. The inner-key step never sees a time.

What counts as turnout: the records the count goes on to open, i.e. after the duplicate policy.
Records set aside in the duplicate check (a duplicate voter's other records, codes nobody
issued, unopenable outer envelopes, a forked station's held records) are not turnout. Invalid
and spoiled ballots are (the voter came and voted), as in the other follow-up tables. A keyed
paper ballot counts in the hour it was keyed at the station (its outer envelope was sealed
then), not the hour the sheet was filled in. An outer envelope without a readable cast_at
counts as "unknown" (day "", hour -1), so every station's hours add up to its counted ballots.

Local time is Europe/Stockholm (zoneinfo; the package's opens/closes carry only a fixed offset,
which would be wrong across a change to or from summer time). Its offset from UTC is always a
whole number of hours, so all of one UTC hour falls in one local hour: the step counts by UTC
hour and converts each hour once. The hour 02–03 of the night summer time ends is one row.

An election that identifies no voter (open, staff-unlock) has no outer envelope at all, so no
ballot of it carries a time and there is nothing to count: its report says so.
"""

from __future__ import annotations

from array import array
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np

TIME_ZONE = ZoneInfo("Europe/Stockholm")
UNKNOWN_DAY, UNKNOWN_HOUR = "", -1
_ID_MASK = (1 << 32) - 1  # kiosk.tally.dedup.pack: (cast_at << 32) | record id
_KEY = 1 << 40  # station index * _KEY + UTC hour since the epoch


class HourCounter:
    """Records per (station index, UTC hour since the epoch; 0 = unknown time), added while
    the outer envelopes are opened and taken away for the records the duplicate policy sets
    aside. Holds no record id and no time finer than the hour."""

    def __init__(self, stations: array) -> None:
        self._stations = stations  # record id -> station index (count_scan.Scanned.stations)
        self.counts: Counter = Counter()

    def add(self, packed: list[int]) -> None:
        """Records given as dedup.pack(record id, cast_at) (a chunk of the duplicate check)."""
        if not packed:
            return
        try:
            values = np.array(packed, dtype=np.uint64)
        except OverflowError:  # a cast_at beyond 2106 (a station's clock gone wild): slowly
            for value in packed:
                self.counts[self._stations[value & _ID_MASK] * _KEY + (value >> 32) // 3600] += 1
            return
        ids = (values & np.uint64(_ID_MASK)).astype(np.intp)
        hours = ((values >> np.uint64(32)) // np.uint64(3600)).astype(np.int64)
        view = np.frombuffer(self._stations, dtype=np.dtype(f"u{self._stations.itemsize}"))
        stations = view[ids].astype(np.int64)  # a copy: the array may grow after this
        del view
        keys, counts = np.unique(stations * _KEY + hours, return_counts=True)
        for key, n in zip(keys.tolist(), counts.tolist(), strict=True):
            self.counts[key] += n

    def remove(self, record_id: int, cast_at: int) -> None:
        """A record set aside after it was added (a duplicate voter's other record)."""
        key = self._stations[record_id] * _KEY + max(cast_at, 0) // 3600
        self.counts[key] -= 1
        if self.counts[key] <= 0:
            del self.counts[key]

    def rows(self, names: list[str]) -> list[tuple[str, str, int, int]]:
        """(station id, local date YYYY-MM-DD, local hour 0-23, ballots); unknown times as
        (station id, "", -1, ballots)."""
        out: Counter = Counter()
        for key, n in self.counts.items():
            station, hour = divmod(key, _KEY)
            out[(names[station], *local_hour(hour))] += n
        return sorted((station, day, hour, n) for (station, day, hour), n in out.items()
                      if n > 0)


def local_hour(utc_hour: int) -> tuple[str, int]:
    """(local date, local hour) of the UTC hour `utc_hour` hours after the epoch (0: unknown)."""
    if utc_hour <= 0:
        return UNKNOWN_DAY, UNKNOWN_HOUR
    try:
        when = datetime.fromtimestamp(utc_hour * 3600, TIME_ZONE)
    except (OverflowError, OSError, ValueError):  # beyond the year 9999
        return UNKNOWN_DAY, UNKNOWN_HOUR
    return when.date().isoformat(), when.hour
