"""Voting codes from the system's random source, and the voter token a code stands for."""

from __future__ import annotations

import secrets

from kiosk.crypto.token_keys import keyed_token
from kiosk.domain import voting_codes


def new_code() -> str:
    """A fresh code: 19 characters from `secrets` (≈ 80.7 bits) and the public check."""
    body = "".join(secrets.choice(voting_codes.ALPHABET) for _ in range(voting_codes.BODY_CHARS))
    return voting_codes.code_from_body(body)


def token_for(token_key: bytes, election_id: str, mode: str, normalized_identity: str) -> str:
    """The voter token an outer envelope carries; the issued-codes list holds the same value.
    Keyed with the election's token key (kiosk.crypto.token_keys)."""
    return keyed_token(token_key, election_id, mode, normalized_identity)
