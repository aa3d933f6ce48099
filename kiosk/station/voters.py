"""Voter tokens: what the outer envelope carries so the tally can find duplicate voters.

The token is HMAC-SHA256 of the election and the normalised identity (personnummer or code)
under the election's token key (kiosk.crypto.token_keys), never the identity itself: without the
token key nobody can compute a person's token, so the tally (which never holds it) cannot tell
whose a token is. The station's own register stores only a keyed hash of the token.
"""

from __future__ import annotations

from datetime import date

from kiosk.crypto.codes import token_for
from kiosk.crypto.hashing import keyed_hash
from kiosk.crypto.token_keys import TEST_MODE_TOKEN_KEY
from kiosk.domain import personnummer, voting_codes
from kiosk.domain.election import Election, EligibilityMode
from kiosk.domain.errors import EligibilityError


def voter_token(election: Election, identity: str, today: date,
                issued: frozenset[str] | None = None, token_key: bytes | None = None, *,
                test_mode: bool = False) -> str | None:
    """Check an identity for the election's eligibility mode and derive its voter token.

    A code counts only if its token is in `issued` (the authority's lists the station keeps).
    `token_key` is the election's (an enrolled station has it); without it no token can be
    made (ValueError: the station service never lets an unenrolled station vote officially).
    In test mode any well-formed code is taken (the test deck's made-up codes: test ballots are
    never counted, so no real code need be used up for a test), and every token is keyed with
    the public TEST_MODE_TOKEN_KEY (and test ballots seal their outer envelope to the tally key,
    not the outer key), so `kiosk tally lna` can match the deck's identities with the tally key
    alone."""
    mode = election.eligibility.mode
    if mode in (EligibilityMode.OPEN, EligibilityMode.STAFF_UNLOCK):
        return None
    if test_mode:
        token_key = TEST_MODE_TOKEN_KEY
    if token_key is None:
        raise ValueError("a voter token needs the election's token key")
    if mode is EligibilityMode.PERSONNUMMER:
        person = personnummer.parse(identity, today)
        reference = election.eligibility.age_reference_date
        on = date.fromisoformat(reference) if reference else today
        personnummer.check_age(person, election.eligibility.minimum_age or 0, on)
        normal = person.canonical
    else:
        code = voting_codes.normalize(identity)
        if code is None:
            raise EligibilityError("code.format", f"a voting code has {voting_codes.CODE_CHARS} "
                                   f"letters and digits, like {voting_codes.EXAMPLE}")
        if not voting_codes.has_valid_check(code):
            raise EligibilityError("code.unknown", "this voting code has a typing mistake; "
                                   "please check it")
        if test_mode:
            return token_for(token_key, election.id, mode.value, code)
        if issued is None:
            raise EligibilityError("code.no_list", "this station has no list of issued voting "
                                   "codes; staff must load it (kiosk station codes)")
        if token_for(token_key, election.id, mode.value, code) not in issued:
            raise EligibilityError("code.unknown", "this voting code was not issued for this "
                                   "election; please check it")
        normal = code
    return token_for(token_key, election.id, mode.value, normal)


def register_tag(secret: bytes, token: str) -> bytes:
    return keyed_hash(secret, token.encode())
