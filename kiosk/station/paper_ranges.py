"""Setting a station's paper sheet ranges (`kiosk station paper-range`, the staff Paper page).

The ranges are kept in the station's settings with a `paper_ranges_set` audit event; from then
on kiosk.station.paper keys and imports only sheets of those ranges. New ranges that would leave
out sheets this station has keyed already (sealed, or waiting for a second keying or a third
look) are refused, naming how many.

The box keeps only keyed hashes of sheet numbers, so the sheets outside new ranges are counted
without reading any number back: the sheets of the current mode sealed here (their `ballot_cast`
audit entries with channel paper) less those found among the numbers of the new ranges, or,
where the new ranges cover most numbers, those found among the numbers left out.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

from kiosk.domain.audit import AuditEvent
from kiosk.domain.paper import CHANNEL, MAX_SHEET, PaperError
from kiosk.domain.sheet_ranges import SETTING, SheetRange, in_ranges, parse_ranges, ranges_text
from kiosk.station.paper import PaperKeying


def set_sheet_ranges(paper: PaperKeying, text: str | list[str]) -> tuple[SheetRange, ...]:
    """Parse, check and keep the station's ranges (empty text: no ranges, any sheet)."""
    ranges = parse_ranges(text)
    outside = keyed_outside(paper, ranges)
    if outside:
        raise PaperError("paper.range_keyed", f"{outside} sheet{'s' if outside != 1 else ''} "
                         f"keyed at this station {'are' if outside != 1 else 'is'} outside the "
                         f"ranges {ranges_text(ranges)}; give ranges that include "
                         f"{'them' if outside != 1 else 'it'}", count=outside,
                         ranges=ranges_text(ranges))
    value = ranges_text(ranges)
    paper.audit.write(AuditEvent.PAPER_RANGES_SET, {"ranges": value}, settings={SETTING: value})
    paper.state.settings[SETTING] = value
    return ranges


def keyed_outside(paper: PaperKeying, ranges: tuple[SheetRange, ...]) -> int:
    """How many sheets keyed at this station (current mode) lie outside `ranges`."""
    if not ranges:
        return 0
    waiting = paper.waiting()
    outside = sum(1 for sheet in waiting["second"] + waiting["third"]
                  if not in_ranges(ranges, sheet))
    test = paper.state.test_mode
    tags = paper.box.sheet_tags()
    if not tags:
        return outside
    covered = sum(one.size for one in ranges)
    if covered <= MAX_SHEET - covered:
        found = _found(paper, test, tags, _inside(ranges))
        return outside + _sealed_sheets(paper, test) - found
    return outside + _found(paper, test, tags, _left_out(ranges))


def _found(paper: PaperKeying, test: bool, tags: set[bytes], numbers: Iterator[int]) -> int:
    prefix = hmac.new(paper.register_secret, paper.sheet_label(test).encode(), hashlib.sha256)
    found = 0
    for number in numbers:
        tag = prefix.copy()
        tag.update(str(number).encode())
        found += tag.digest() in tags
    return found


def _inside(ranges: tuple[SheetRange, ...]) -> Iterator[int]:
    for one in ranges:
        yield from range(one.first, one.last + 1)


def _left_out(ranges: tuple[SheetRange, ...]) -> Iterator[int]:
    start = 1
    for one in ranges:
        yield from range(start, one.first)
        start = one.last + 1
    yield from range(start, MAX_SHEET + 1)


def _sealed_sheets(paper: PaperKeying, test: bool) -> int:
    """Paper ballots sealed here in this mode: one `ballot_cast` entry with channel paper each
    (test ones too after a wipe, like their sheet tags, which stay)."""
    count = 0
    for stored in paper.box.iter_audit():
        body = json.loads(stored.body)
        detail = body.get("detail") or {}
        if body.get("event") == AuditEvent.BALLOT_CAST.value and \
                detail.get("channel") == CHANNEL and bool(detail.get("test")) == test:
            count += 1
    return count
