"""Canonical encoding, sealing, signing, key files: examples and refusals (the round trips and
the strict decoders' exact behaviour are properties: tests/property/test_crypto_properties.py)."""

from __future__ import annotations

import pytest

from kiosk.crypto.canonical import (
    CanonicalError,
    canonical,
    decode_canonical,
    unb64,
    unb64url,
)
from kiosk.crypto.keys import SealKeyPair, SigningKey, read_key_file, write_key_file
from kiosk.crypto.sealing import OpenError, Sealer, open_sealed
from kiosk.crypto.signed import sign_object, verify_object
from kiosk.domain.errors import KeyFileError


@pytest.mark.parametrize("text", [b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1.5}', b' {"a":1}',
                                  b'{"a":NaN}', b'\xff', b'[1,2,]'])
def test_non_canonical_input_is_refused(text):
    with pytest.raises(CanonicalError):
        decode_canonical(text)


def test_floats_are_refused():
    with pytest.raises(CanonicalError):
        canonical({"a": 0.1})


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
