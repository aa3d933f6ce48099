"""Authority and tally key files.

authority.key  Ed25519 private key (optionally passphrase-protected), authority.pub its public key
tally.key      the inner-envelope key (X25519: opens the choices) + the Ed25519 receipt- and
               results-signing key, always passphrase-protected
outer.key      the outer-envelope key (X25519: opens the voter tokens, for the duplicate check),
               with its own passphrase, for other officers than tally.key's
receipt.key    the receipt-signing key alone, for the tally's HTTP server: a networked machine
               signs receipts without ever holding the key that opens ballots
tally.pub      the public halves (seal, sign, outer), referenced by the election folder

Either secret can instead be split K-of-N into SLIP-39 share files (`kiosk keys tally
--shares`, `--outer-shares`); see docs/threat-model.md for who holds what.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.crypto.canonical import CanonicalError, b64, unb64
from kiosk.crypto.keys import (
    SealKeyPair,
    SigningKey,
    VerifyKey,
    read_json_file,
    read_key_file,
    write_key_file,
)
from kiosk.domain.errors import KeyFileError
from kiosk.package.files import write_atomic

AUTHORITY_KEY = "kiosk/authority-key"
TALLY_KEY = "kiosk/tally-key"
OUTER_KEY = "kiosk/outer-key"
TALLY_PUBLIC = "kiosk/tally-public-key"
RECEIPT_KEY = "kiosk/tally-receipt-key"
AUTHORITY_PUBLIC = "kiosk/authority-public-key"


@dataclass(frozen=True)
class TallyKeys:
    seal: SealKeyPair
    sign: SigningKey

    def public_doc(self, outer_public: bytes | None = None) -> dict:
        doc = {"type": TALLY_PUBLIC, "v": 1, "seal": b64(self.seal.public),
               "sign": b64(self.sign.public.raw), "fingerprint": self.sign.public.fingerprint}
        if outer_public is not None:
            doc["outer"] = b64(outer_public)
        return doc


def create_authority(out_dir: Path, passphrase: str | None = None) -> tuple[Path, Path, str]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = SigningKey.generate()
    key_path, pub_path = out / "authority.key", out / "authority.pub"
    _refuse_overwrite(key_path)
    write_key_file(key_path, AUTHORITY_KEY, {"sign": key.to_bytes()},
                   {"sign": key.public.raw}, passphrase)
    doc = {"type": AUTHORITY_PUBLIC, "v": 1, "sign": b64(key.public.raw),
           "fingerprint": key.public.fingerprint}
    write_atomic(pub_path, json.dumps(doc, indent=2).encode() + b"\n")
    return key_path, pub_path, key.public.fingerprint


def create_tally(out_dir: Path, passphrase: str, outer_passphrase: str | None = None,
                 outer: SealKeyPair | None = None) -> tuple[Path, Path, TallyKeys]:
    """tally.key, receipt.key, tally.pub and (unless `outer` is given: the caller keeps it,
    e.g. as shares) outer.key with `outer_passphrase`."""
    if not passphrase or (outer is None and not outer_passphrase):
        raise KeyFileError("key.needs_passphrase", "the tally key and the outer-envelope key "
                           "each need a passphrase")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    keys = TallyKeys(SealKeyPair.generate(), SigningKey.generate())
    key_path, pub_path = out / "tally.key", out / "tally.pub"
    for path in (key_path, out / "receipt.key", out / "outer.key", pub_path):
        _refuse_overwrite(path)
    if outer is None:
        outer = SealKeyPair.generate()
        write_outer_key(out / "outer.key", outer, outer_passphrase)
    write_key_file(key_path, TALLY_KEY,
                   {"seal": keys.seal.to_bytes(), "sign": keys.sign.to_bytes()},
                   {"seal": keys.seal.public, "sign": keys.sign.public.raw}, passphrase)
    write_receipt_key(out, keys.sign, passphrase)
    write_atomic(pub_path, json.dumps(keys.public_doc(outer.public), indent=2).encode() + b"\n")
    return key_path, pub_path, keys


def write_outer_key(path: Path, outer: SealKeyPair, passphrase: str) -> None:
    _refuse_overwrite(Path(path))
    write_key_file(Path(path), OUTER_KEY, {"outer": outer.to_bytes()}, {"outer": outer.public},
                   passphrase)


def load_outer(path: Path, passphrase: str) -> SealKeyPair:
    """The outer-envelope key from outer.key (or, for a package made before outer keys
    existed, the inner key of a whole tally.key, which then opens both)."""
    path = Path(path)
    if read_json_file(path, "key file").get("type") == TALLY_KEY:
        return load_tally(path, passphrase).seal
    parts = read_key_file(path, OUTER_KEY, passphrase)
    try:
        return SealKeyPair.from_bytes(parts["outer"])
    except (KeyError, ValueError):
        raise KeyFileError("key.malformed", f"{path}: malformed outer-envelope key",
                           path=str(path)) from None


def write_receipt_key(out_dir: Path, sign: SigningKey, passphrase: str) -> Path:
    path = Path(out_dir) / "receipt.key"
    _refuse_overwrite(path)
    write_key_file(path, RECEIPT_KEY, {"sign": sign.to_bytes()}, {"sign": sign.public.raw},
                   passphrase)
    return path


def load_receipt_key(path: Path, passphrase: str) -> SigningKey:
    """The receipt-signing key from receipt.key, or from a whole tally.key."""
    path = Path(path)
    kind = read_json_file(path, "key file").get("type")
    if kind == TALLY_KEY:
        return load_tally(path, passphrase).sign
    return _signing(read_key_file(path, RECEIPT_KEY, passphrase), path)


def load_authority(path: Path, passphrase: str | None = None) -> SigningKey:
    parts = read_key_file(Path(path), AUTHORITY_KEY, passphrase)
    return _signing(parts, path)


def load_tally(path: Path, passphrase: str) -> TallyKeys:
    parts = read_key_file(Path(path), TALLY_KEY, passphrase)
    try:
        return TallyKeys(SealKeyPair.from_bytes(parts["seal"]),
                         SigningKey.from_bytes(parts["sign"]))
    except (KeyError, ValueError):
        raise KeyFileError("key.malformed", f"{path}: malformed tally key", path=str(path)) \
            from None


def tally_keys_from_secret(secret: bytes) -> TallyKeys:
    """Rebuild tally keys from the 64-byte secret that key shares protect (seal || sign)."""
    if len(secret) != 64:
        raise KeyFileError("key.malformed", "the recovered tally secret has the wrong length")
    return TallyKeys(SealKeyPair.from_bytes(secret[:32]), SigningKey.from_bytes(secret[32:]))


def load_authority_public(path: Path) -> VerifyKey:
    doc = read_json_file(Path(path), "authority public key")
    try:
        return VerifyKey(unb64(doc["sign"]))
    except (KeyError, ValueError, CanonicalError):
        raise KeyFileError("key.malformed", f"{path}: malformed authority public key",
                           path=str(path)) from None


def _signing(parts: dict, path: Path) -> SigningKey:
    try:
        return SigningKey.from_bytes(parts["sign"])
    except (KeyError, ValueError):
        raise KeyFileError("key.malformed", f"{path}: malformed signing key", path=str(path)) \
            from None


def _refuse_overwrite(path: Path) -> None:
    if path.exists():
        raise KeyFileError("key.exists", f"{path} already exists; refusing to overwrite a key",
                           path=str(path))
