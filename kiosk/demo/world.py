"""`kiosk demo setup DIR`: authority and tally keys, the signed demo election, enrolled stations.

The keys are for demonstration only: the tally passphrase is "demo" and everything sits in one
folder, which a real election must never do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.certificates import certify
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import build_package, load_package, write_package
from kiosk.station.service import StationService
from kiosk.station.setup import init_station, install_certificate, write_enrolment_request

DEMO_PASSPHRASE = "demo"
DEMO_STAFF_PIN = "246810"
DEMO_ELECTION = Path(__file__).parent / "election"
STATION_LABELS = ["Hagaby bibliotek", "Hagaby medborgarhus", "Hagaby simhall", "Hagaby skola"]

WARNING = """THIS IS A DEMO WORLD. Its keys are not secret: the tally passphrase is "demo", the
staff PIN of every demo station is 246810, and the authority key sits beside the stations.
Never use these keys, this PIN or this package for a real election.
"""


def setup_demo_world(folder: Path, stations: int = 1, source: Path | None = None) -> dict:
    root = Path(folder)
    if root.exists() and any(root.iterdir()):
        raise KioskError("demo.exists", f"{root} is not empty; choose a new folder")
    if not 1 <= stations <= 50:
        raise KioskError("demo.stations", "a demo world has 1 to 50 stations")
    root.mkdir(parents=True, exist_ok=True)
    (root / "DEMO-ONLY.txt").write_text(WARNING, encoding="utf-8")
    authority_key, authority_pub, fingerprint = create_authority(root / "authority")
    authority = load_authority(authority_key)
    tally_key, tally_pub, _keys = create_tally(root / "tally", DEMO_PASSPHRASE)

    election_src = root / "election-source"
    shutil.copytree(source or DEMO_ELECTION, election_src)
    shutil.copyfile(tally_pub, election_src / "tally.pub")
    package_path = root / "election.pkg"
    write_package(package_path, build_package(election_src, authority))
    package = load_package(package_path, fingerprint)

    station_dirs = []
    for index in range(stations):
        name = "station" if index == 0 else f"station-{index + 1}"
        label = STATION_LABELS[index] if index < len(STATION_LABELS) else f"Station {index + 1}"
        paths = init_station(root / name, package_path, label, fingerprint)
        request = json.loads(write_enrolment_request(paths.root).read_text(encoding="utf-8"))
        certificate_path = paths.root / "certificate-from-authority.json"
        write_atomic(certificate_path, json.dumps(certify(request, authority,
                                                          package.election.id)).encode())
        install_certificate(paths.root, certificate_path)
        with StationService.open(paths.root) as station:
            station.set_staff_pin(DEMO_STAFF_PIN)
        station_dirs.append(str(paths.root))

    return {
        "world": str(root),
        "station": station_dirs[0],
        "stations": station_dirs,
        "package": str(package_path),
        "election": package.election.id,
        "authority_key": str(authority_key),
        "authority_public": str(authority_pub),
        "authority_fingerprint": fingerprint,
        "tally_key": str(tally_key),
        "receipt_key": str(Path(tally_key).with_name("receipt.key")),
        "tally_public": str(tally_pub),
        "passphrase": DEMO_PASSPHRASE,
        "staff_pin": DEMO_STAFF_PIN,
        "demo_only": True,
    }
