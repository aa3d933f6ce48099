"""Key pairs and key files.

- Ed25519 signing keys (authority, station, tally receipts) and X25519 sealing keys (tally).
- Fingerprints: the first 80 bits of SHA-256 over a labelled public key, as 4x4 Crockford base32.
- Key files are JSON; a private part can be passphrase-encrypted (scrypt + ChaCha20-Poly1305).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.crypto.canonical import CanonicalError, b64, canonical, unb64
from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KeyFileError
from kiosk.domain.tracking import fingerprint as format_fingerprint

SCRYPT_N = 2**15


def key_fingerprint(public: bytes) -> str:
    return format_fingerprint(sha256(b"rostkiosk-key-v1:" + public))


class SigningKey:
    """An Ed25519 private key."""

    def __init__(self, private: ed25519.Ed25519PrivateKey) -> None:
        self._key = private
        self.public = VerifyKey(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(ed25519.Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> SigningKey:
        return cls(ed25519.Ed25519PrivateKey.from_private_bytes(raw))

    def to_bytes(self) -> bytes:
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        return self._key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


@dataclass(frozen=True)
class VerifyKey:
    """An Ed25519 public key."""

    raw: bytes
    # the library's key object, built once: a tally verifies a million records with one key
    _key: ed25519.Ed25519PublicKey | None = field(default=None, init=False, repr=False,
                                                  compare=False)

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise ValueError("an Ed25519 public key has 32 bytes")

    def __reduce__(self) -> tuple:
        return (VerifyKey, (self.raw,))  # the library's key object does not pickle

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            key = self._key
            if key is None:
                key = ed25519.Ed25519PublicKey.from_public_bytes(self.raw)
                object.__setattr__(self, "_key", key)
            key.verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class SealKeyPair:
    """An X25519 private key ballots are sealed to (the tally's)."""

    def __init__(self, private: x25519.X25519PrivateKey) -> None:
        self.private = private
        self.public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @classmethod
    def generate(cls) -> SealKeyPair:
        return cls(x25519.X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> SealKeyPair:
        return cls(x25519.X25519PrivateKey.from_private_bytes(raw))

    def to_bytes(self) -> bytes:
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        return self.private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


# -- key files -------------------------------------------------------------------------------


def _encrypt(secret: bytes, passphrase: str) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, secret, b"rostkiosk-keyfile-v1")
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": b64(salt),
            "nonce": b64(nonce), "ciphertext": b64(ciphertext)}


def _decrypt(box: dict, passphrase: str, path: Path) -> bytes:
    try:
        if box.get("kdf") != "scrypt" or not isinstance(box.get("n"), int):
            raise CanonicalError("unknown key derivation")
        key = Scrypt(salt=unb64(box["salt"]), length=32, n=box["n"], r=box["r"],
                     p=box["p"]).derive(passphrase.encode("utf-8"))
        return ChaCha20Poly1305(key).decrypt(unb64(box["nonce"]), unb64(box["ciphertext"]),
                                             b"rostkiosk-keyfile-v1")
    except InvalidTag:
        raise KeyFileError("key.wrong_passphrase",
                           f"{path}: wrong passphrase for this key file", path=str(path)) from None
    except (KeyError, TypeError, ValueError, CanonicalError) as error:
        raise KeyFileError("key.malformed", f"{path}: the encrypted key is malformed ({error})",
                           path=str(path)) from None


def write_key_file(path: Path, kind: str, private: dict[str, bytes], public: dict[str, bytes],
                   passphrase: str | None = None) -> None:
    """Write a private key file (mode 0600, written atomically)."""
    secret = canonical({k: b64(v) for k, v in private.items()})
    doc: dict = {"type": kind, "v": 1, "public": {k: b64(v) for k, v in public.items()}}
    if passphrase is None:
        doc["private"] = {k: b64(v) for k, v in private.items()}
    else:
        doc["encrypted"] = _encrypt(secret, passphrase)
    write_private_file(path, json.dumps(doc, indent=2).encode() + b"\n")


def write_private_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def read_json_file(path: Path, what: str) -> dict:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError("key.missing", f"{path}: no such {what}", path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeyFileError("key.malformed", f"{path}: not a readable {what} ({error})",
                           path=str(path)) from None
    if not isinstance(doc, dict):
        raise KeyFileError("key.malformed", f"{path}: not a {what}", path=str(path))
    return doc


def read_key_file(path: Path, kind: str, passphrase: str | None = None) -> dict[str, bytes]:
    """The private parts of a key file of the given kind."""
    path = Path(path)
    doc = read_json_file(path, "key file")
    if doc.get("type") != kind:
        raise KeyFileError("key.wrong_kind", f"{path}: this is a {doc.get('type')!r} file, "
                           f"expected {kind!r}", path=str(path))
    if "encrypted" in doc:
        if passphrase is None:
            raise KeyFileError("key.needs_passphrase", f"{path}: this key needs its passphrase",
                               path=str(path))
        try:
            parts = json.loads(_decrypt(doc["encrypted"], passphrase, path))
        except json.JSONDecodeError:
            raise KeyFileError("key.malformed", f"{path}: malformed key", path=str(path)) from None
    else:
        parts = doc.get("private")
    try:
        return {k: unb64(v) for k, v in parts.items()}
    except (AttributeError, CanonicalError):
        raise KeyFileError("key.malformed", f"{path}: malformed private key",
                           path=str(path)) from None
