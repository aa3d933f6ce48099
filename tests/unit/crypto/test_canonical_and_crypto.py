"""Canonical encoding, sealing, signing, key files: round trips and refusals."""

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
    unb64,
    unb64url,
)
from kiosk.crypto.keys import SealKeyPair, SigningKey, read_key_file, write_key_file
from kiosk.crypto.sealing import OpenError, Sealer, open_sealed
from kiosk.crypto.signed import sign_object, verify_object
from kiosk.domain.errors import KeyFileError

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


@pytest.mark.parametrize("text", [b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1.5}', b' {"a":1}',
                                  b'{"a":NaN}', b'\xff', b'[1,2,]'])
def test_non_canonical_input_is_refused(text):
    with pytest.raises(CanonicalError):
        decode_canonical(text)


def test_floats_are_refused():
    with pytest.raises(CanonicalError):
        canonical({"a": 0.1})


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


def test_non_canonical_base64url_is_refused():
    for text in ("QR", "QQ=", "QUJ", "Q", "+/8", "_-8=", "QQ\n"):
        with pytest.raises(CanonicalError):
            unb64url(text)
    assert unb64url("QUI") == b"AB" and unb64url("_-8") == bytes.fromhex("ffef")


def test_non_canonical_base64_is_refused():
    with pytest.raises(CanonicalError):
        unb64("QQ=")  # missing padding
    with pytest.raises(CanonicalError):
        unb64("QR==")  # non-zero trailing bits decode to the same byte as QQ==


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_seal_open_round_trip(plaintext):
    keys = SealKeyPair.generate()
    sealed = Sealer(keys.public, "e1").seal("inner", plaintext)
    assert open_sealed(keys, "inner", "e1", sealed) == plaintext


def test_sealed_envelope_is_bound_to_kind_election_and_key():
    keys = SealKeyPair.generate()
    sealed = Sealer(keys.public, "e1").seal("inner", b"secret")
    with pytest.raises(OpenError):
        open_sealed(keys, "outer", "e1", sealed)
    with pytest.raises(OpenError):
        open_sealed(keys, "inner", "e2", sealed)
    with pytest.raises(OpenError):
        open_sealed(SealKeyPair.generate(), "inner", "e1", sealed)
    tampered = bytearray(sealed)
    tampered[-1] ^= 1
    with pytest.raises(OpenError):
        open_sealed(keys, "inner", "e1", bytes(tampered))


@settings(max_examples=30, deadline=None)
@given(json_values)
def test_sign_verify_round_trip(value):
    key = SigningKey.generate()
    envelope = sign_object(key, {"type": "t", "v": 1, "value": value})
    assert verify_object(key.public, envelope, "t") == {"type": "t", "v": 1, "value": value}
    assert verify_object(key.public, envelope, "other") is None
    assert verify_object(SigningKey.generate().public, envelope, "t") is None


def test_changed_signed_value_fails():
    key = SigningKey.generate()
    envelope = sign_object(key, {"type": "t", "v": 1, "n": 1})
    envelope["signed"]["n"] = 2
    assert verify_object(key.public, envelope, "t") is None


def test_fingerprint_is_short_and_readable():
    fingerprint = SigningKey.generate().public.fingerprint
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert not set(fingerprint) & set("ILOU")


def test_key_file_passphrase(tmp_path):
    path = tmp_path / "k.key"
    write_key_file(path, "kiosk/test-key", {"a": b"x" * 32}, {"a": b"y" * 32}, "right horse")
    assert read_key_file(path, "kiosk/test-key", "right horse") == {"a": b"x" * 32}
    with pytest.raises(KeyFileError) as wrong:
        read_key_file(path, "kiosk/test-key", "wrong horse")
    assert wrong.value.message_id == "key.wrong_passphrase"
    with pytest.raises(KeyFileError) as missing:
        read_key_file(path, "kiosk/test-key")
    assert missing.value.message_id == "key.needs_passphrase"
    with pytest.raises(KeyFileError) as kind:
        read_key_file(path, "kiosk/other-key", "right horse")
    assert kind.value.message_id == "key.wrong_kind"
    assert (path.stat().st_mode & 0o777) == 0o600
    assert b"x" * 8 not in path.read_bytes()
