"""Voter tokens: what the outer envelope carries so the tally can find duplicate voters.

The token is a hash of the election and the normalised identity (personnummer or code), never
the identity itself. The station's own register stores only a keyed hash of the token.
"""

from __future__ import annotations

from datetime import date

from kiosk.crypto.hashing import keyed_hash, sha256
from kiosk.domain import personnummer
from kiosk.domain.base32 import normalize
from kiosk.domain.election import Election, EligibilityMode
from kiosk.domain.errors import EligibilityError


def voter_token(election: Election, identity: str, today: date) -> str | None:
    """Check an identity for the election's eligibility mode and derive its voter token."""
    mode = election.eligibility.mode
    if mode in (EligibilityMode.OPEN, EligibilityMode.STAFF_UNLOCK):
        return None
    if mode is EligibilityMode.PERSONNUMMER:
        person = personnummer.parse(identity, today)
        reference = election.eligibility.age_reference_date
        on = date.fromisoformat(reference) if reference else today
        personnummer.check_age(person, election.eligibility.minimum_age or 0, on)
        normal = person.canonical
    else:
        code = normalize(identity)
        if not code or len(code) < 8:
            raise EligibilityError("code.format", "a voting code has letters and digits, "
                                   "like K7M2-Q9XD-4TNB")
        if election.eligibility.code_key and not code_is_genuine(
            bytes.fromhex(election.eligibility.code_key), code
        ):
            raise EligibilityError("code.unknown", "this voting code is not valid for this "
                                   "election; please check it")
        normal = code
    return sha256(f"rostkiosk/voter-token/v1/{election.id}/{mode.value}/{normal}".encode()).hex()


def code_is_genuine(code_key: bytes, code: str) -> bool:
    """Codes carry their own check: the last 4 characters are a keyed hash of the rest."""
    from kiosk.domain.base32 import encode

    body, check = code[:-4], code[-4:]
    return encode(keyed_hash(code_key, body.encode())[:3], 4) == check


def register_tag(secret: bytes, token: str) -> bytes:
    return keyed_hash(secret, token.encode())
