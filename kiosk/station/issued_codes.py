"""The lists of issued voting codes a station holds (codes elections only).

`kiosk station codes --data DIR FILE` checks a list against the station's pinned authority and
keeps a copy in `DIR/issued-codes/`; the station accepts a code only if its voter token is on
one of them. A station without a list refuses every code (staff must load one).
"""

from __future__ import annotations

from pathlib import Path

from kiosk.crypto.hashing import sha256_hex
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import KioskError
from kiosk.package.codes import read_issued_file, read_issued_list
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage

FOLDER = "issued-codes"


def install_issued_list(root: Path, package: LoadedPackage, source: Path) -> int:
    """Check a list file and keep it; returns how many codes the station now knows."""
    if package.election.eligibility.mode is not EligibilityMode.CODES:
        raise KioskError("codes.wrong_mode", f"election {package.election.id} does not use "
                         "voting codes; this station needs no list of issued codes")
    tokens, data = read_issued_file(source, package)
    folder = Path(root) / FOLDER
    try:
        folder.mkdir(exist_ok=True)
        write_atomic(folder / f"{sha256_hex(data)[:16]}.json", data)
    except OSError as error:
        raise KioskError("station.read_only", f"cannot keep the list in {folder} "
                         f"({error.strerror})") from None
    return len(tokens | (issued_tokens_of(root, package) or frozenset()))


def issued_tokens_of(root: Path, package: LoadedPackage) -> frozenset[str] | None:
    """Every token on the lists a station keeps; None if it keeps none (or needs none)."""
    if package.election.eligibility.mode is not EligibilityMode.CODES:
        return None
    files = sorted((Path(root) / FOLDER).glob("*.json"))
    if not files:
        return None
    tokens: frozenset[str] = frozenset()
    for path in files:
        tokens |= read_issued_list(path, package)
    return tokens
