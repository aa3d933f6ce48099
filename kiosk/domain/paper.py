"""Paper ballots keyed by hand: what one keying of one sheet says, read and compared.

A sheet is keyed twice, by two staff members who do not see each other's entry; a ballot is
sealed only when both entries agree in every field (kiosk.station.paper). The same entry comes
from the staff keying screen and from the bulk import's CSV rows (`parse_choices` reads the
CSV's `choices` column: proposal ids separated by spaces, `id:points` for cumulative points).

A spoiled sheet (torn, marked outside the boxes, over the budget, unreadable) is keyed as
spoiled: it is sealed like any ballot and counted as invalid; its choices are never opened.

In a package with pots (kiosk.domain.pots) a sheet has one part per pot the voter votes in
(every city-wide pot, then the district's pot); the entry names the sheet's district and holds
a PotsBallot, each part read and checked on its pot's own view of the election, so any pot
rule works. Two keyings are compared on the district and on every pot's choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import Election, PotKind, RuleKind
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.pots import PotsBallot, validate_pots_ballot

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
    """One keying of one sheet. `ballot` is None exactly when the sheet is spoiled; a
    PotsBallot (and the sheet's `district`, where the package has district pots) in a package
    with pots."""

    sheet: int
    ballot: Ballot | PotsBallot | None
    language: str
    identity: str = ""  # personnummer or code, where the election's mode needs one
    district: str | None = None  # the district pot the sheet was printed for

    @property
    def spoiled(self) -> bool:
        return self.ballot is None

    def differences(self, other: PaperEntry) -> list[str]:
        """The fields in which two keyings of a sheet differ ("sheet", "choices", ...; with
        pots "district" and "choices:<pot>" for each pot whose choices differ)."""
        fields = [("sheet", self.sheet, other.sheet)]
        pots = isinstance(self.ballot, PotsBallot) or isinstance(other.ballot, PotsBallot)
        if pots:
            fields.append(("district", self.district, other.district))
            if self.spoiled != other.spoiled:
                fields.append(("spoiled", self.spoiled, other.spoiled))
            else:
                mine, theirs = _parts(self.ballot), _parts(other.ballot)
                fields += [(f"choices:{pot}", mine.get(pot), theirs.get(pot))
                           for pot in sorted(mine.keys() | theirs.keys())]
        else:
            fields.append(("choices", self.ballot, other.ballot))
        fields += [("language", self.language, other.language),
                   ("identity", _normal(self.identity), _normal(other.identity))]
        return [name for name, a, b in fields if a != b]


def _parts(ballot: Ballot | PotsBallot | None) -> dict[str, Ballot]:
    return dict(ballot.parts) if isinstance(ballot, PotsBallot) else {}


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


def pot_part_error(pot_id: str, error: BallotError) -> BallotError:
    """A pot's BallotError with the pot named first (one sentence, same message id)."""
    return BallotError(error.message_id, f"pot {pot_id}: {error.text}",
                       **{**error.params, "pot": pot_id})


def parse_pots_choices(election: Election, district: str | None,
                       texts: dict[str, str]) -> PotsBallot:
    """The CSV form of a sheet with pots: each pot's choices text (parse_choices on the pot's
    view), for the city-wide pots and the sheet's district's pot; another district's pot must
    have none. Raises BallotError or PaperError naming the pot."""
    district = check_district(election, district)
    parts = {}
    for pot in election.pots:
        text = texts.get(pot.id, "")
        if pot.kind is PotKind.DISTRICT and pot.id != district:
            if text.strip():
                raise PaperError("paper.other_district", f"pot {pot.id} is not on a sheet of "
                                 f"district {district}; leave its choices empty", pot=pot.id)
            continue
        try:
            parts[pot.id] = parse_choices(election.pot_view(pot.id), text)
        except BallotError as error:
            raise pot_part_error(pot.id, error) from None
    return PotsBallot.of(parts)


def check_district(election: Election, district: str | None) -> str | None:
    """The sheet's district: one of the package's district pots where it has any, else none."""
    known = [pot.id for pot in election.district_pots]
    district = (district or "").strip() or None
    if not known:
        if district is not None:
            raise PaperError("paper.no_districts", f"this election has no district pots; "
                             f"key no district (got {district!r})", district=district)
        return None
    if district not in known:
        raise PaperError("paper.district", f"the sheet's district must be one of "
                         f"{', '.join(known)}" + (f", not {district!r}" if district else ""),
                         district=district or "")
    return district


def choices_texts(ballot: PotsBallot | None, election: Election) -> dict[str, str]:
    """Each pot's CSV choices text (inverse of parse_pots_choices); empty for a spoiled sheet."""
    if ballot is None:
        return {}
    return {pot_id: choices_text(part, election.pot_view(pot_id))
            for pot_id, part in ballot.parts}


def checked_entry(election: Election, sheet: int, ballot: Ballot | PotsBallot | None,
                  language: str | None, identity: str = "",
                  district: str | None = None) -> PaperEntry:
    """A keyed entry checked against the rule (a spoiled sheet has no choices to check); with
    pots, every part on its pot's rule and the parts those of the sheet's district."""
    language = language or election.default_language
    if language not in election.languages:
        raise PaperError("paper.language", f"{language!r} is not a language of this election "
                         f"({', '.join(election.languages)})", language=language)
    if not election.pots:
        if district:
            check_district(election, district)
        if isinstance(ballot, PotsBallot):
            raise BallotError("ballot.no_pots", "this election has one pot; the sheet names "
                              "pots")
        if ballot is not None:
            validate_ballot(election, ballot)
        return PaperEntry(sheet, ballot, language, identity.strip())
    if ballot is None:  # spoiled: the district, if keyed, must still be one
        district = check_district(election, district) if district else None
        return PaperEntry(sheet, None, language, identity.strip(), district)
    district = check_district(election, district)
    if not isinstance(ballot, PotsBallot):
        raise BallotError("ballot.needs_pots", "this election has several pots; key each "
                          "pot's choices")
    for pot_id, part in ballot.parts:
        if pot_id in {p.id for p in election.pots}:
            try:
                validate_ballot(election.pot_view(pot_id), part)
            except BallotError as error:
                raise pot_part_error(pot_id, error) from None
    validate_pots_ballot(election, ballot)
    wanted = {pot.id for pot in election.pots_for(district)}
    if set(ballot.pot_ids) != wanted:
        raise PaperError("paper.district_parts", f"the sheet is of district {district}, but "
                         f"its parts are for pots {', '.join(ballot.pot_ids)}",
                         district=district or "")
    return PaperEntry(sheet, ballot, language, identity.strip(), district)
