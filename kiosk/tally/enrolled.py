"""The stations the tally knows before they deliver: `kiosk tally enrol CERTIFICATE...`.

A station's certificate (`kiosk station certify`, signed by the election authority) otherwise
reaches the tally only inside the station's first export file or batch. The officials'
dashboard must list every enrolled station, including one that never synced, so the tally
officer gives the tally the certificates the authority issued. Each is checked against the
authority the tally was set up with and against this election; all files are checked before
any is kept (one bad file keeps none). Nothing here changes what the tally accepts: a station
delivers with the certificate in its files, enrolled here or not.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.crypto.canonical import canonical
from kiosk.domain.errors import KioskError, VerificationError
from kiosk.package.certificates import verify_certificate
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.store import TallyStore

MAX_CERTIFICATE_BYTES = 64 * 1024


def read_certificate(path: Path, package: LoadedPackage) -> tuple[str, str, str]:
    """(station id, label, canonical certificate) of a certificate file, or KioskError."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CERTIFICATE_BYTES + 1)
    except OSError as error:
        raise KioskError("enrol.unreadable", f"{path}: cannot read the certificate file "
                         f"({error.strerror or error})") from None
    if len(raw) > MAX_CERTIFICATE_BYTES:
        raise KioskError("enrol.too_large", f"{path}: is too large to be a station certificate")
    try:
        envelope = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KioskError("enrol.malformed", f"{path}: is not a station certificate (not JSON "
                         "text)") from None
    try:
        certificate = verify_certificate(envelope, package.authority, package.election.id)
        text = canonical(certificate.envelope).decode()
    except VerificationError as error:
        raise KioskError(error.message_id, f"{path}: {error.text}") from None
    except (AttributeError, KeyError, TypeError, ValueError):
        raise KioskError("certificate.invalid", f"{path}: the station certificate is "
                         "malformed") from None
    return certificate.station_id, certificate.label, text


def enrol_stations(store: TallyStore, package: LoadedPackage, paths: list[Path]) -> list[dict]:
    """Check every file, then keep them all in one transaction; returns the enrolled stations."""
    checked = [read_certificate(path, package) for path in paths]
    store.add_enrolled(checked)
    return store.enrolled_rows()
