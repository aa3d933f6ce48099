"""Issuing voting codes for a `codes` election: the codes, and the list the tally checks.

The codes themselves exist only on the printed cards. What is kept is the list of voter tokens
of issued codes (`issued-codes.json`), so the tally counts no ballot made with a code nobody
issued, even if someone who holds the package computed one.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.crypto.codes import derive_code_key, new_code, token_for
from kiosk.crypto.keys import SigningKey
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import PackageError
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage

ISSUED_TYPE = "kiosk/issued-codes"
MAX_CODES = 1_000_000


def issue_codes(package: LoadedPackage, authority: SigningKey, count: int) -> list[str]:
    election = package.election
    if election.eligibility.mode is not EligibilityMode.CODES:
        raise PackageError("codes.wrong_mode", f"election {election.id} does not use voting "
                           f"codes (its eligibility mode is {election.eligibility.mode.value})")
    key = derive_code_key(authority, election.id)
    if election.eligibility.code_key != key.hex():
        raise PackageError("codes.wrong_key", "this authority key did not build this package; "
                           "codes made with it would be refused")
    if not 1 <= count <= MAX_CODES:
        raise PackageError("codes.count", f"choose between 1 and {MAX_CODES} codes")
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code(key))
    return sorted(codes)


def write_issued_list(path: Path, election_id: str, codes: list[str],
                      existing: list[str] | None = None) -> None:
    """The voter tokens of every issued code, for `kiosk tally` (appends to a previous list)."""
    tokens = sorted(set(existing or []) | {token_for(election_id, "codes", c) for c in codes})
    doc = {"type": ISSUED_TYPE, "v": 1, "election": election_id, "tokens": tokens}
    write_atomic(Path(path), json.dumps(doc, indent=1).encode() + b"\n")


def read_issued_list(path: Path, election_id: str) -> list[str]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PackageError("codes.issued_unreadable", f"{path}: not a readable list of issued "
                           f"codes ({error})") from None
    if not isinstance(doc, dict) or doc.get("type") != ISSUED_TYPE or doc.get(
        "election") != election_id or not isinstance(doc.get("tokens"), list):
        raise PackageError("codes.issued_unreadable", f"{path}: not the issued-codes list of "
                           f"election {election_id}")
    return [str(t) for t in doc["tokens"]]
