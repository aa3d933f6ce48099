"""`kiosk demo setup DIR`: authority and tally keys, the signed demo election, enrolled stations.

The keys are for demonstration only: the tally passphrase is "demo" and everything sits in one
folder, which a real election must never do.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from datetime import date
from pathlib import Path

from kiosk.crypto.keys import SigningKey
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import KioskError
from kiosk.domain.random_ballots import random_personnummer
from kiosk.domain.voting_codes import display
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.certificates import certificate_file
from kiosk.package.codes import issue_codes, tokens_of, write_issued_list
from kiosk.package.files import write_atomic
from kiosk.package.scaffold import scaffold_election
from kiosk.package.signed_package import (
    LoadedPackage,
    build_package,
    load_package,
    write_package,
)
from kiosk.station.issued_codes import install_issued_list
from kiosk.station.service import StationService
from kiosk.station.setup import init_station, install_certificate, write_enrolment_request

DEMO_PASSPHRASE = "demo"
DEMO_CODES = 200  # voting codes issued in a codes demo world
DEMO_STAFF_PIN = "246810"
DEMO_ELECTION = Path(__file__).parent / "election"
DEMO_EXAMPLES = ("demo", "districts")
STATION_LABELS = ["Hagaby bibliotek", "Hagaby medborgarhus", "Hagaby simhall", "Hagaby skola"]

WARNING = """THIS IS A DEMO WORLD. Its keys are not secret: the tally passphrase is "demo", the
staff PIN of every demo station is 246810, and the authority key sits beside the stations.
Never use these keys, this PIN or this package for a real election.
"""


ELIGIBILITY_TABLES = {
    "open": 'mode = "open"',
    "codes": 'mode = "codes"',
    "personnummer": 'mode = "personnummer"\nminimum_age = 16',
}


def setup_demo_world(folder: Path, stations: int = 1, source: Path | None = None,
                     eligibility: str | None = None, example: str = "demo",
                     speech_placeholders: bool = False) -> dict:
    """The demo world; `eligibility` (open, codes, personnummer) replaces the election's own;
    `example` "districts" uses the election of `kiosk election init --example districts`.
    `speech_placeholders`: SYNTHETIC PLACEHOLDER read-aloud clips (espeak-ng's nearest voice)
    for the languages without a voice, for the UI (each station's speech-clips/) and the
    proposals (signed into the package), so the clip path runs end to end (~25 s)."""
    if example not in DEMO_EXAMPLES:
        raise KioskError("demo.example", f"example must be one of {', '.join(DEMO_EXAMPLES)}, "
                         f"got {example!r}")
    root = Path(folder)
    if root.exists() and any(root.iterdir()):
        raise KioskError("demo.exists", f"{root} is not empty; choose a new folder")
    if not 1 <= stations <= 50:
        raise KioskError("demo.stations", "a demo world has 1 to 50 stations")
    root.mkdir(parents=True, exist_ok=True)
    (root / "DEMO-ONLY.txt").write_text(WARNING, encoding="utf-8")
    authority_key, authority_pub, fingerprint = create_authority(root / "authority")
    authority = load_authority(authority_key)
    tally_key, tally_pub, _keys = create_tally(root / "tally", DEMO_PASSPHRASE, DEMO_PASSPHRASE)

    election_src = root / "election-source"
    if example == "districts" and source is None:
        scaffold_election(election_src, "districts")
    else:
        shutil.copytree(source or DEMO_ELECTION, election_src)
    if eligibility is not None:
        _set_eligibility(election_src / "election.toml", eligibility)
    shutil.copyfile(tally_pub, election_src / "tally.pub")
    package_path = root / "election.pkg"
    write_package(package_path, build_package(election_src, authority))
    package = load_package(package_path, fingerprint)
    clips = root / "speech-clips"
    if speech_placeholders:
        from kiosk.ui.recording_script import demo_placeholders

        demo_placeholders(package, election_src, clips)
        write_package(package_path, build_package(election_src, authority))
        package = load_package(package_path, fingerprint)
    codes = _demo_codes(root / "codes", package, authority)
    identities = _demo_identities(root, package, codes)

    station_dirs = []
    for index in range(stations):
        name = "station" if index == 0 else f"station-{index + 1}"
        label = STATION_LABELS[index] if index < len(STATION_LABELS) else f"Station {index + 1}"
        # the districts example: the first station asks each voter for their district, the
        # second stands in the north district
        district = "north" if example == "districts" and index == 1 else None
        paths = init_station(root / name, package_path, label, fingerprint, district)
        request = json.loads(write_enrolment_request(paths.root).read_text(encoding="utf-8"))
        certificate_path = paths.root / "certificate-from-authority.json"
        write_atomic(certificate_path, json.dumps(certificate_file(request, authority,
                                                                  package.election.id)).encode())
        install_certificate(paths.root, certificate_path)
        if codes:
            install_issued_list(paths.root, package, codes["issued_codes"])
        with StationService.open(paths.root) as station:
            station.set_staff_pin(DEMO_STAFF_PIN)
        if clips.is_dir():
            shutil.copytree(clips, paths.root / "speech-clips")
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
        "outer_key": str(Path(tally_key).with_name("outer.key")),
        "receipt_key": str(Path(tally_key).with_name("receipt.key")),
        "tally_public": str(tally_pub),
        "passphrase": DEMO_PASSPHRASE,
        "staff_pin": DEMO_STAFF_PIN,
        "eligibility": package.election.eligibility.mode.value,
        **codes,
        **identities,
        "demo_only": True,
    }


def _demo_identities(root: Path, package: LoadedPackage, codes: dict) -> dict:
    """The file `kiosk simulate --identities` takes: the demo codes, or (DEMO ONLY) made-up
    personnummer of adults, one a line."""
    mode = package.election.eligibility.mode
    if mode is EligibilityMode.CODES:
        return {"identities_file": codes["codes_file"]}
    if mode is not EligibilityMode.PERSONNUMMER:
        return {}
    rng = random.Random(2027)
    people = {random_personnummer(rng, date(2005, 1, 1)) for _ in range(DEMO_CODES)}
    path = root / "demo-personnummer.txt"
    write_atomic(path, "".join(f"{p}\n" for p in sorted(people)).encode())
    return {"identities_file": str(path)}


def _set_eligibility(toml_path: Path, mode: str) -> None:
    if mode not in ELIGIBILITY_TABLES:
        raise KioskError("demo.eligibility", f"eligibility must be one of "
                         f"{', '.join(ELIGIBILITY_TABLES)}, got {mode!r}")
    text = toml_path.read_text(encoding="utf-8")
    replaced = re.sub(r"\[eligibility\]\n(?:[^\[\n].*\n|\n)*?(?=\n*\[)",
                      f"[eligibility]\n{ELIGIBILITY_TABLES[mode]}\n", text, count=1)
    toml_path.write_text(replaced, encoding="utf-8")


def _demo_codes(folder: Path, package: LoadedPackage, authority: SigningKey) -> dict:
    """For a codes election: DEMO_CODES issued codes, the signed list, and (DEMO ONLY) the codes
    themselves in a text file, one a line, for `kiosk simulate --identities`."""
    if package.election.eligibility.mode is not EligibilityMode.CODES:
        return {}
    election_id = package.election.id
    codes = issue_codes(package, authority, DEMO_CODES)
    folder.mkdir()
    issued = folder / "issued-codes.json"
    write_issued_list(issued, election_id, authority, tokens_of(authority, election_id, codes))
    plain = folder / "demo-codes.txt"
    write_atomic(plain, "".join(display(code) + "\n" for code in codes).encode())
    return {"issued_codes": str(issued), "codes_file": str(plain)}
