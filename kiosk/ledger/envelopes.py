"""Inner envelope (the choices) and outer envelope (the voter token), sealed to the tally.

This is a format shared by the station (which seals) and the tally (which opens).

Plaintexts are padded to a multiple of PAD_BLOCK bytes so a sealed envelope's length says
nothing about how many proposals were chosen or in which language.
"""

from __future__ import annotations

import json
from datetime import datetime

from kiosk import clock
from kiosk.crypto.canonical import canonical
from kiosk.crypto.sealing import Sealer
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election
from kiosk.domain.pots import PotsBallot

INNER_TYPE = "kiosk/inner-envelope"
OUTER_TYPE = "kiosk/outer-envelope"
PAD_BLOCK = 512


def pad(plaintext: bytes) -> bytes:
    """Canonical JSON followed by spaces up to the next block (JSON ignores trailing spaces)."""
    size = -(-(len(plaintext) + 1) // PAD_BLOCK) * PAD_BLOCK
    return plaintext + b" " * (size - len(plaintext))


def unpad(padded: bytes) -> bytes:
    return padded.rstrip(b" ")


def _json(plaintext: bytes) -> object:
    try:
        return json.loads(unpad(plaintext))
    except RecursionError:  # nested beyond the parser's depth: not an envelope
        raise ValueError("too deeply nested") from None


def read_inner(plaintext: bytes) -> dict:
    """Parse an opened inner envelope; ValueError if it is not one."""
    value = _json(plaintext)
    if not isinstance(value, dict) or value.get("type") != INNER_TYPE or value.get("v") != 1:
        raise ValueError("not a version 1 inner envelope")
    return value


def read_outer(plaintext: bytes) -> dict:
    """Parse an opened outer envelope; ValueError if it is not one."""
    value = _json(plaintext)
    if not isinstance(value, dict) or value.get("type") != OUTER_TYPE or value.get("v") != 1:
        raise ValueError("not a version 1 outer envelope")
    return value


def inner_envelope(election: Election, ballot: Ballot | PotsBallot, language: str,
                   assisted: bool, survey: dict | None, test: bool, *,
                   channel: str | None = None, spoiled: bool = False) -> bytes:
    """A one-pot ballot's choices go in "choices" (as always); a ballot of a package with
    pots has "pots" instead, one part per pot ({"city": [...], "north": [...]}), so that each
    pot is counted and published on its own.

    `channel` is "paper" for a keyed paper ballot and absent for touch (so touch ballots
    stay byte for byte as before); `spoiled` (paper only) marks a ballot counted as invalid,
    whose (empty) choices are never opened."""
    content = {
        "type": INNER_TYPE, "v": 1, "election": election.id, "language": language,
        "assisted": bool(assisted), "survey": survey or {}, "test": test,
    }
    if isinstance(ballot, PotsBallot):
        content["pots"] = ballot.to_json(election)
    else:
        content["choices"] = ballot.to_json(election.rule)
    if channel is not None:
        content["channel"] = channel
    if spoiled:
        content["spoiled"] = True
    return pad(canonical(content))


def outer_envelope(election: Election, voter_token: str, now: datetime | None = None) -> bytes:
    return pad(canonical({
        "type": OUTER_TYPE, "v": 1, "election": election.id, "voter_token": voter_token,
        "cast_at": (now or clock.now()).replace(microsecond=0).isoformat(),
    }))


def seal_ballot(sealer: Sealer, election: Election, ballot: Ballot | PotsBallot, language: str,
                assisted: bool, survey: dict | None, voter_token: str | None,
                test: bool, outer_sealer: Sealer | None = None, *, channel: str | None = None,
                spoiled: bool = False) -> tuple[bytes, bytes | None]:
    """The inner envelope sealed with `sealer` (the tally's inner-envelope key), the outer one
    with `outer_sealer` (the outer-envelope key; packages without one: `sealer`)."""
    inner = sealer.seal("inner", inner_envelope(election, ballot, language, assisted, survey, test,
                                                channel=channel, spoiled=spoiled))
    outer = (outer_sealer or sealer).seal("outer", outer_envelope(election, voter_token)) \
        if voter_token else None
    return inner, outer
