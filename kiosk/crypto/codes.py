"""Keys and check characters for voting codes."""

from __future__ import annotations

import secrets

from kiosk.crypto.hashing import keyed_hash, sha256
from kiosk.crypto.keys import SigningKey
from kiosk.domain import voting_codes


def derive_code_key(authority: SigningKey, election_id: str) -> bytes:
    """The election's code key, derived from the authority key so no extra secret is kept."""
    return keyed_hash(authority.to_bytes(), f"rostkiosk/code-key/v1/{election_id}".encode())


def code_check(code_key: bytes, body: str) -> str:
    return voting_codes.check_chars(keyed_hash(code_key, body.encode()))


def new_code(code_key: bytes) -> str:
    body = "".join(secrets.choice(voting_codes.ALPHABET) for _ in range(voting_codes.BODY_CHARS))
    return body + code_check(code_key, body)


def code_is_genuine(code_key: bytes, code: str) -> bool:
    body, check = code[: voting_codes.BODY_CHARS], code[voting_codes.BODY_CHARS :]
    return secrets.compare_digest(code_check(code_key, body), check)


def token_for(election_id: str, mode: str, normalized_identity: str) -> str:
    """The voter token an outer envelope carries; the issued-codes list holds the same value."""
    return sha256(f"rostkiosk/voter-token/v1/{election_id}/{mode}/{normalized_identity}"
                  .encode()).hex()
