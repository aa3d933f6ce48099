"""The built election package: one canonical-JSON file, signed by the election authority.

    {"type": "kiosk/election-package", "v": 1,
     "manifest": {...}, "assets": {path: base64}, "authority": base64 key, "signature": base64}

The signature covers the canonical manifest, which holds the SHA-256 of every asset. The whole
file must be in canonical form, so any changed byte anywhere is either a changed signed value or
a non-canonical file: both are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.crypto.canonical import CanonicalError, b64, canonical, decode_canonical, unb64
from kiosk.crypto.hashing import sha256, sha256_hex
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.domain.election import Election
from kiosk.domain.errors import PackageError
from kiosk.domain.manifest import election_from_manifest
from kiosk.package.files import write_atomic
from kiosk.package.pinning import pinned_fingerprint, same_fingerprint
from kiosk.package.source import read_source

PACKAGE_TYPE = "kiosk/election-package"
MAX_PACKAGE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class LoadedPackage:
    election: Election
    manifest: dict
    assets: dict[str, bytes]
    authority: VerifyKey
    package_hash: str  # sha256 hex of the whole file
    raw: bytes

    @property
    def authority_fingerprint(self) -> str:
        return self.authority.fingerprint


def _refuse(reason: str, message_id: str = "package.refused") -> PackageError:
    return PackageError(message_id, f"package refused: {reason}", reason=reason)


def build_package(source_dir: Path, authority: SigningKey,
                  tally_public: dict | None = None) -> bytes:
    """Validate a source folder and return the signed package bytes (nothing is written: the
    caller writes them, atomically, only after every check here passed)."""
    source = read_source(Path(source_dir), tally_public)
    # No key for voting codes goes into the package: it is public. Codes are checked against
    # the authority's signed list of issued codes (kiosk.package.codes).
    election_from_manifest(source.manifest)  # refuse anything a station would refuse
    doc = {
        "type": PACKAGE_TYPE,
        "v": 1,
        "manifest": source.manifest,
        "assets": {path: b64(data) for path, data in sorted(source.assets.items())},
        "authority": b64(authority.public.raw),
        "signature": b64(authority.sign(canonical(source.manifest))),
    }
    data = canonical(doc)
    if len(data) > MAX_PACKAGE_BYTES:
        raise _refuse("it would be larger than 256 MB; make the images and audio smaller",
                      "package.too_large")
    _load_bytes(data, authority.public.fingerprint)  # what a station would refuse, refused now
    return data


def write_package(path: Path, data: bytes) -> None:
    write_atomic(Path(path), data)


def load_package_bytes(data: bytes, authority: str | Path | None) -> LoadedPackage:
    """Verify and parse a package signed by the pinned authority (a fingerprint or an
    authority.pub file); refuse it when no authority is given. Raises PackageError with one
    clear reason."""
    return _load_bytes(data, pinned_fingerprint(authority))


def load_stored_package(data: bytes) -> LoadedPackage:
    """Re-read package bytes that this program checked against a pinned authority when it
    stored them (a station folder, a tally database): the signature is checked again, the
    authority was pinned then."""
    return _load_bytes(data, None)


def read_package_to_confirm(path: Path) -> LoadedPackage:
    """A package whose signature is checked but whose authority is not yet pinned: only for
    showing its fingerprint to a person who compares it with the printed one. Nothing may be
    created from it; the station is created by `init_station` with the fingerprint they typed."""
    return _load_bytes(_read_file(path), None)


def _load_bytes(data: bytes, authority_fingerprint: str | None) -> LoadedPackage:
    if len(data) > MAX_PACKAGE_BYTES:
        raise _refuse("the file is larger than 256 MB")
    try:
        doc = decode_canonical(data)
    except CanonicalError as error:
        raise _refuse(f"the file is damaged or was changed ({error})", "package.damaged") from None
    if not isinstance(doc, dict) or doc.get("type") != PACKAGE_TYPE:
        raise _refuse("this is not a Röstkiosk election package", "package.not_a_package")
    if doc.get("v") != 1:
        raise _refuse(f"package format version {doc.get('v')!r} is not supported")
    if set(doc) != {"type", "v", "manifest", "assets", "authority", "signature"}:
        raise _refuse("the package has missing or unexpected parts", "package.damaged")
    try:
        authority = VerifyKey(unb64(doc["authority"]))
        signature = unb64(doc["signature"])
    except (CanonicalError, ValueError):
        raise _refuse("the authority key or signature is malformed", "package.damaged") from None
    if not signature:
        raise _refuse("the package is not signed", "package.unsigned")
    manifest = doc["manifest"]
    if not isinstance(manifest, dict) or not authority.verify(signature, canonical(manifest)):
        raise _refuse("the signature does not match the content (the package was changed "
                      "after it was signed)", "package.bad_signature")
    if authority_fingerprint is not None and not same_fingerprint(
        authority.fingerprint, authority_fingerprint
    ):
        raise _refuse(f"it is signed by authority {authority.fingerprint}, not by the expected "
                      f"{authority_fingerprint}", "package.wrong_authority")
    election = election_from_manifest(manifest)
    raw_assets = doc["assets"]
    if not isinstance(raw_assets, dict) or set(raw_assets) != set(election.assets):
        raise _refuse("its assets do not match the signed list of assets", "package.damaged")
    assets = {}
    for path, encoded in raw_assets.items():
        try:
            blob = unb64(encoded)
        except CanonicalError:
            raise _refuse(f"asset {path} is damaged", "package.damaged") from None
        if sha256_hex(blob) != election.assets[path]:
            raise _refuse(f"asset {path} does not match its signed hash", "package.damaged")
        assets[path] = blob
    return LoadedPackage(election, manifest, assets, authority, sha256(data).hex(), data)


def load_package(path: Path, authority: str | Path | None) -> LoadedPackage:
    """load_package_bytes for a file; the authority is checked before the file is read."""
    expected = pinned_fingerprint(authority)
    return _load_bytes(_read_file(path), expected)


def _read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise PackageError("package.missing", f"{path}: no such file", reason="no such file") \
            from None
    except OSError as error:
        raise PackageError("package.unreadable", f"{path}: cannot be read ({error})",
                           reason=str(error)) from None
