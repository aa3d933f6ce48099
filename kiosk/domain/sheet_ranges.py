"""A station's paper ballot sheet ranges: the sheet numbers it was handed ("1-500 501-600").

An election official prints sheets in ranges (`kiosk election paper-ballot --from N --to M`) and
hands each station its own pile. With ranges set, the station keys and imports only sheets of
its ranges, so a sheet of another station's pile (or a typo like 5001 for 501) is refused with
a sentence. Without ranges any sheet number is taken, as before.

This module owns the ranges' text form: "N-M" (or a single "N"), several separated by spaces or
commas, as typed on the command line and the staff screen and kept in the station's settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.domain.paper import MAX_SHEET, PaperError

SETTING = "paper_ranges"  # the station setting: the ranges' text form, empty for none
_ONE = re.compile(r"([0-9]+)(?:-([0-9]+))?")


@dataclass(frozen=True, order=True)
class SheetRange:
    first: int
    last: int

    def __contains__(self, sheet: object) -> bool:
        return isinstance(sheet, int) and self.first <= sheet <= self.last

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def parse_ranges(text: str | list[str]) -> tuple[SheetRange, ...]:
    """Ranges from their text form, in order; empty text: no ranges. Raises PaperError
    (paper.range_format, paper.range_overlap) naming the range that is wrong."""
    words = " ".join(text) if isinstance(text, list) else text
    words = re.sub(r"\s*[-–]\s*", "-", words.strip())  # "1 – 500" is 1-500
    ranges = []
    for word in re.split(r"[\s,;]+", words):
        if not word:
            continue
        match = _ONE.fullmatch(word)
        if match is None:
            raise _format_error(word)
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) is not None else first
        if not 0 < first <= last <= MAX_SHEET:
            raise _format_error(word)
        ranges.append(SheetRange(first, last))
    ranges.sort()
    for before, after in zip(ranges, ranges[1:], strict=False):
        if after.first <= before.last:
            raise PaperError("paper.range_overlap", f"the sheet ranges {before} and {after} "
                             "overlap; give each sheet number once", first=str(before),
                             second=str(after))
    return tuple(ranges)


def _format_error(word: str) -> PaperError:
    return PaperError("paper.range_format", f"{word!r} is not a sheet range: write the first "
                      f"and last sheet number like 1-500 (from 1 to {MAX_SHEET}, the first not "
                      "above the last)", range=word)


def ranges_text(ranges: tuple[SheetRange, ...]) -> str:
    """The ranges' text form, "1-500, 501-600" ("" for none)."""
    return ", ".join(map(str, ranges))


def in_ranges(ranges: tuple[SheetRange, ...], sheet: int) -> bool:
    """True when no ranges are set or the sheet is in one of them."""
    return not ranges or any(sheet in one for one in ranges)


def outside_ranges(sheet: int, ranges: tuple[SheetRange, ...]) -> PaperError:
    return PaperError("paper.sheet_range", f"sheet {sheet} is not one of this station's sheets "
                      f"({ranges_text(ranges)}); it may belong to another station's pile or "
                      "be mistyped", sheet=sheet, ranges=ranges_text(ranges))
