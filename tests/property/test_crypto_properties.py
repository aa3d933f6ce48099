"""Properties of the crypto layer (Hypothesis): canonical JSON and base64 round trips and the
exact set of texts the strict decoders accept, sealing and signing round trips. The examples
with fixed inputs and the refusals are in tests/unit/crypto/test_canonical_and_crypto.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.crypto.canonical import (
    CanonicalError,
    b64url,
    canonical,
    canonical_b64_or_none,
    decode_canonical,
    unb64url,
)
from kiosk.crypto.keys import SealKeyPair, SigningKey
from kiosk.crypto.sealing import Sealer, open_sealed
from kiosk.crypto.signed import sign_object, verify_object

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_round_trip(value):
    data = canonical(value)
    assert decode_canonical(data) == value
    assert canonical(decode_canonical(data)) == data


@given(st.dictionaries(st.text(min_size=1, max_size=5), st.integers(), min_size=2, max_size=5))
def test_key_order_does_not_change_bytes(mapping):
    reordered = dict(reversed(list(mapping.items())))
    assert canonical(mapping) == canonical(reordered)


@given(st.binary(max_size=64))
def test_base64url_round_trip_and_strictness(data):
    assert unb64url(b64url(data)) == data


def _reference_unb64url(text: bytes) -> bytes | None:
    """The obvious definition: decode leniently, accept only if it re-encodes to the same text."""
    import base64
    import binascii

    try:
        raw = base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    return raw if base64.urlsafe_b64encode(raw).rstrip(b"=") == text else None


@settings(max_examples=3000, deadline=None)
@given(st.binary(max_size=12) | st.text("AQgw-_+/=Zz09 \n", max_size=12).map(str.encode))
def test_base64url_accepts_exactly_the_canonical_texts(text):
    """The fast decoder (no re-encoding) accepts and refuses exactly what the definition does."""
    expected = _reference_unb64url(text)
    if expected is None:
        with pytest.raises(CanonicalError):
            unb64url(text)
    else:
        assert unb64url(text) == expected


def _reference_b64(text: bytes) -> bytes | None:
    """Standard base64 by definition: decodes, and re-encodes to the same text."""
    import base64
    import binascii

    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw) == text else None


@settings(max_examples=3000, deadline=None)
@given(st.binary(max_size=12) | st.text("AQgw+/=Zz09-_ \n", max_size=12).map(str.encode)
       | st.binary(max_size=9).map(lambda raw: __import__("base64").b64encode(raw) + b"="))
def test_canonical_base64_accepts_exactly_the_canonical_texts(text):
    """The SIMD decoder plus the tail check accept exactly what the definition does, including
    padding after a complete group ("QUJD="), which binascii's strict mode would let through."""
    assert canonical_b64_or_none(text) == _reference_b64(text)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_seal_open_round_trip(plaintext):
    keys = SealKeyPair.generate()
    sealed = Sealer(keys.public, "e1").seal("inner", plaintext)
    assert open_sealed(keys, "inner", "e1", sealed) == plaintext


@settings(max_examples=30, deadline=None)
@given(json_values)
def test_sign_verify_round_trip(value):
    key = SigningKey.generate()
    envelope = sign_object(key, {"type": "t", "v": 1, "value": value})
    assert verify_object(key.public, envelope, "t") == {"type": "t", "v": 1, "value": value}
    assert verify_object(key.public, envelope, "other") is None
    assert verify_object(SigningKey.generate().public, envelope, "t") is None
