"""Signed objects: canonical JSON carrying its own `type` and `v`, plus an Ed25519 signature.

Because the type is inside the signed bytes, a signature over one kind of object can never be
replayed as another kind.
"""

from __future__ import annotations

from kiosk.crypto.canonical import CanonicalError, b64, canonical, unb64
from kiosk.crypto.keys import SigningKey, VerifyKey


def sign_object(key: SigningKey, obj: dict) -> dict:
    if "type" not in obj or "v" not in obj:
        raise ValueError("a signed object needs 'type' and 'v'")
    return {"signed": obj, "sig": b64(key.sign(canonical(obj)))}


def verify_object(key: VerifyKey, envelope: object, expected_type: str) -> dict | None:
    """The signed object if the envelope is well-formed, of the type and signed by key."""
    if not isinstance(envelope, dict) or set(envelope) != {"signed", "sig"}:
        return None
    obj = envelope["signed"]
    if not isinstance(obj, dict) or obj.get("type") != expected_type:
        return None
    try:
        signature = unb64(envelope["sig"])
        message = canonical(obj)
    except CanonicalError:
        return None
    return obj if key.verify(signature, message) else None
