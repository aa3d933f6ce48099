"""Paper ballots keyed by hand: what one keying of one sheet says, read and compared.

A sheet is keyed twice, by two staff members who do not see each other's entry; a ballot is
sealed only when both entries agree in every field (kiosk.station.paper). The same entry comes
from the staff keying screen and from the bulk import's CSV rows (`parse_choices` reads the
CSV's `choices` column: proposal ids separated by spaces, `id:points` for cumulative points).

A spoiled sheet (torn, marked outside the boxes, over the budget, unreadable) is keyed as
spoiled: it is sealed like any ballot and counted as invalid; its choices are never opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import Election, RuleKind
from kiosk.domain.errors import BallotError, KioskError

CHANNEL = "paper"  # the inner envelope's "channel" (absent: a touch ballot)
MAX_SHEET = 9_999_999  # sheet numbers are 1..MAX_SHEET (seven digits fit on a ballot's corner)


class PaperError(KioskError):
    """A keyed paper sheet cannot be taken (bad sheet number, keyed already, entries differ)."""


def parse_sheet(text: object) -> int:
    """A sheet number as printed on the ballot: 1 to MAX_SHEET, digits only."""
    value = str(text).strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= MAX_SHEET:
        raise PaperError("paper.sheet_format", f"a sheet number is a whole number from 1 to "
                         f"{MAX_SHEET}, as printed on the ballot; {value!r} is not one",
                         sheet=value)
    return int(value)


@dataclass(frozen=True)
class PaperEntry:
    """One keying of one sheet. `ballot` is None exactly when the sheet is spoiled."""

    sheet: int
    ballot: Ballot | None
    language: str
    identity: str = ""  # personnummer or code, where the election's mode needs one

    @property
    def spoiled(self) -> bool:
        return self.ballot is None

    def differences(self, other: PaperEntry) -> list[str]:
        """The fields in which two keyings of a sheet differ ("sheet", "choices", ...)."""
        fields = [("sheet", self.sheet, other.sheet),
                  ("choices", self.ballot, other.ballot),
                  ("language", self.language, other.language),
                  ("identity", _normal(self.identity), _normal(other.identity))]
        return [name for name, a, b in fields if a != b]


def _normal(identity: str) -> str:
    return "".join(identity.split()).upper()


def parse_choices(election: Election, text: str) -> Ballot:
    """The CSV form of a sheet's choices: `P1 P4` (approval, budget) or `P1:3 P4:2`
    (cumulative points). Raises BallotError naming what is wrong."""
    cumulative = election.rule.kind is RuleKind.CUMULATIVE
    points: dict[str, int] = {}
    for word in text.split():
        pid, colon, value = word.partition(":")
        if cumulative:
            if not colon or not value.isascii() or not value.isdigit():
                raise BallotError("paper.choice_format", f"{word!r} should be a proposal id and "
                                  "its points, like P1:2", word=word)
            amount = int(value)
        else:
            if colon:
                raise BallotError("paper.choice_format", f"{word!r}: this election gives no "
                                  "points, list the chosen proposal ids only", word=word)
            amount = 1
        if pid in points:
            raise BallotError("ballot.duplicate_choice", f"proposal {pid} is chosen twice",
                              proposal=pid)
        points[pid] = amount
    ballot = Ballot.of(points) if cumulative else Ballot.of(list(points))
    validate_ballot(election, ballot)
    return ballot


def choices_text(ballot: Ballot | None, election: Election) -> str:
    """The CSV form of a ballot (inverse of parse_choices); "spoiled" for a spoiled sheet."""
    if ballot is None:
        return "spoiled"
    if election.rule.kind is RuleKind.CUMULATIVE:
        return " ".join(f"{pid}:{points}" for pid, points in ballot.choices)
    return " ".join(ballot.chosen)


def checked_entry(election: Election, sheet: int, ballot: Ballot | None, language: str | None,
                  identity: str = "") -> PaperEntry:
    """A keyed entry checked against the rule (a spoiled sheet has no choices to check)."""
    language = language or election.default_language
    if language not in election.languages:
        raise PaperError("paper.language", f"{language!r} is not a language of this election "
                         f"({', '.join(election.languages)})", language=language)
    if ballot is not None:
        validate_ballot(election, ballot)
    return PaperEntry(sheet, ballot, language, identity.strip())
