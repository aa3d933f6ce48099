"""First start of a station: create its data folder, key and ballot box; enrolment by file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import KioskError, VerificationError
from kiosk.package.certificates import (
    StationCertificate,
    make_request,
    open_token_key,
    split_certificate_file,
    verify_certificate,
)
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage, load_package
from kiosk.station.audit_log import AuditLog
from kiosk.station.folder_lock import READ_ONLY_ERRORS, check_writable, read_only
from kiosk.station.identity import (
    StationIdentity,
    create_identity,
    load_identity,
    save_token_key,
)
from kiosk.station.paths import StationPaths
from kiosk.store import BallotBox, file_store


def init_station(data_dir: Path, package_path: Path, label: str = "",
                 authority_fingerprint: str | None = None,
                 district: str | None = None) -> StationPaths:
    """Create a station folder: verify the package, generate the station key, create the box.
    `district`: the district pot of the place the station stands in (packages with pots)."""
    paths = StationPaths(Path(data_dir))
    if paths.db.exists() or paths.key.exists():
        raise KioskError("station.exists", f"{paths.root} already holds a station")
    package = load_package(Path(package_path), authority_fingerprint)
    check_district(package.election, district)
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS:
            raise read_only(paths.root, error) from None
        raise
    check_writable(paths.root)  # before anything is written
    identity = create_identity(paths.key)
    shutil.copyfile(package_path, paths.package)
    box = file_store(paths.db)
    try:
        log = AuditLog(box, identity.key)
        log.write(AuditEvent.STATION_CREATED, {"label": label},
                  settings={"label": label, "polls": "closed", "mode": "official",
                            "authority": package.authority_fingerprint,
                            **({"district": district} if district else {})})
        log.write(AuditEvent.STATION_KEY_GENERATED, {"station": identity.station_id})
        log.write(AuditEvent.PACKAGE_LOADED, {"election": package.election.id,
                                              "package_hash": package.package_hash,
                                              "authority": package.authority_fingerprint},
                  settings={"package_hash": package.package_hash})
    finally:
        box.close()
    return paths


def check_district(election, district: str | None) -> None:
    """A station's district must be one of the package's district pots."""
    if district is None:
        return
    known = [pot.id for pot in election.district_pots]
    if district not in known:
        raise KioskError("station.district", f"the election has no district pot {district!r}"
                         + (f"; choose one of {', '.join(known)}" if known else
                            "; leave out --district"))


@contextmanager
def _station_files(data_dir: Path) -> Iterator[tuple[StationPaths, StationIdentity, BallotBox,
                                                     LoadedPackage]]:
    """A station's identity, box and package, before the station service runs (set-up only)."""
    paths = StationPaths(Path(data_dir))
    identity = load_identity(paths.key)
    check_writable(paths.root, paths.box_files())
    box = file_store(paths.db)
    try:
        package = load_package(paths.package, box.settings().get("authority"))
        yield paths, identity, box, package
    finally:
        box.close()


def write_enrolment_request(data_dir: Path, out: Path | None = None) -> Path:
    with _station_files(data_dir) as (paths, identity, box, package):
        label = box.settings().get("label", "")
        request = make_request(identity.key, package.election.id, label)
        target = Path(out) if out else paths.request
        write_atomic(target, json.dumps(request, indent=2).encode() + b"\n")
        AuditLog(box, identity.key).write(AuditEvent.ENROLMENT_REQUESTED, {"file": target.name})
    return target


def read_installed_certificate(path: Path, package, identity) -> StationCertificate:
    return _read_certificate_file(path, package, identity)[0]


def _read_certificate_file(path: Path, package, identity
                           ) -> tuple[StationCertificate, object | None]:
    """The certificate, checked, and the token key delivery the file carries (or None)."""
    try:
        envelope = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise VerificationError("certificate.unreadable",
                                f"{path}: not a readable certificate ({error})") from None
    envelope, delivery = split_certificate_file(envelope)
    cert = verify_certificate(envelope, package.authority, package.election.id)
    if cert.station_key != identity.key.public:
        raise VerificationError("certificate.other_station",
                                "this certificate belongs to another station")
    return cert, delivery


def install_certificate(data_dir: Path, certificate_path: Path) -> str:
    """Check the certificate against this station's key and the package's authority; install it
    and the election's token key it carries (needed to identify voters; never exported)."""
    with _station_files(data_dir) as (paths, identity, box, package):
        cert, delivery = _read_certificate_file(Path(certificate_path), package, identity)
        if delivery is None and package.election.eligibility.has_voter_token:
            raise VerificationError("certificate.no_token_key", f"{certificate_path}: the "
                                    "certificate file carries no token key; ask the authority "
                                    "to certify the station again (kiosk station certify)")
        if delivery is not None:
            token_key = open_token_key(delivery, package.authority, package.election.id,
                                       identity.key)
            save_token_key(paths.token_key, token_key)
        write_atomic(paths.certificate, json.dumps(cert.envelope, indent=2).encode() + b"\n")
        AuditLog(box, identity.key).write(AuditEvent.STATION_ENROLLED,
                                          {"station": cert.station_id, "label": cert.label})
    return cert.station_id
