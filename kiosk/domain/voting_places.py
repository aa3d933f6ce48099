"""Where one can vote: the package's optional, signed `[[places]]` list.

election.toml:

    [[places]]
    name = "Hagaby bibliotek"            # required, at most 80 characters
    address = "Torget 3, Hagaby"         # optional, at most 120
    hours = "mån–fre 10–19, lör 11–15"   # optional, at most 80: written as the place posts it

Names and addresses are proper names, so they are not translated. The voting-code cards print
them; `kiosk election verify` shows them. A package without `[[places]]` works as before (its
manifest has no `places` key, so its bytes are unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import PackageError
from kiosk.domain.text_checks import text_problem

MAX_PLACES = 50
LIMITS = {"name": 80, "address": 120, "hours": 80}


@dataclass(frozen=True)
class VotingPlace:
    name: str
    address: str = ""
    hours: str = ""

    def line(self) -> str:
        """'Hagaby bibliotek, Torget 3, Hagaby (mån–fre 10–19)'."""
        text = ", ".join(part for part in (self.name, self.address) if part)
        return f"{text} ({self.hours})" if self.hours else text


def _fail(place: str, reason: str) -> PackageError:
    return PackageError("package.invalid", f"{place}: {reason}", place=place, reason=reason)


def parse_places(raw: object) -> tuple[VotingPlace, ...]:
    """The places of a manifest (None: the package names none); PackageError naming the entry."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise _fail("places", "must be written as one or more [[places]] tables")
    if len(raw) > MAX_PLACES:
        raise _fail("places", f"at most {MAX_PLACES} places, got {len(raw)}")
    places: list[VotingPlace] = []
    for number, entry in enumerate(raw, start=1):
        where = f"places #{number}"
        if not isinstance(entry, dict):
            raise _fail(where, "must be a table with a name")
        unknown = sorted(set(entry) - set(LIMITS))
        if unknown:
            raise _fail(where, f"unknown setting '{unknown[0]}' (name, address, hours)")
        values = {}
        for key, limit in LIMITS.items():
            value = entry.get(key, "")
            if not isinstance(value, str) or (key == "name" and not value.strip()):
                raise _fail(where, f"{key} must be a{' non-empty' if key == 'name' else ''} "
                            "text")
            if len(value) > limit:
                raise _fail(where, f"{key} is {len(value)} characters long, at most {limit} "
                            "are allowed")
            problem = "must be one line" if "\n" in value or "\r" in value else \
                text_problem(value) if value else None
            if problem:
                raise _fail(where, f"{key} {problem}")
            values[key] = value.strip()
        if any(p.name == values["name"] for p in places):
            raise _fail(where, f"the place {values['name']!r} is listed twice")
        places.append(VotingPlace(**values))
    return tuple(places)


def places_manifest(places: tuple[VotingPlace, ...]) -> list[dict]:
    return [{k: v for k, v in (("name", p.name), ("address", p.address), ("hours", p.hours))
             if v} for p in places]
