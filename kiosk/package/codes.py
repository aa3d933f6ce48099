"""Issuing voting codes for a `codes` election: the codes, and the signed list of issued codes.

The codes exist only on the printed cards. What is kept is the list of issued codes'
voter tokens (`issued-codes.json`), signed by the election authority:

    {"signed": {"type": "kiosk/issued-codes", "v": 2, "election": ID, "issued_at": ISO,
                "tokens": [64 hex characters, sorted]}, "sig": base64}

Stations accept a code only if its token is on a list they were given, and the tally counts
only ballots whose token is on a list it was given (the rest are set aside, never opened). A
token is a hash of the election and the code; a code has about 80 bits of chance, so the list
tells no one a code, and nothing public lets anyone make one that is on it. (With the list, a
guess can be checked offline: with N codes issued, one in 19**19 / N guesses hits; for a million
codes that is about 2**60 hashes per code found. The list goes to stations and the tally only.)
Each `kiosk election codes` run writes the list of every code issued so far.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from kiosk.crypto.canonical import canonical
from kiosk.crypto.codes import new_code, token_for
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.crypto.signed import sign_object, verify_object
from kiosk.crypto.token_keys import token_key_for
from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import PackageError
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage

ISSUED_TYPE = "kiosk/issued-codes"
ISSUED_VERSION = 3
MAX_CODES = 1_000_000
MAX_LIST_BYTES = 80 * 1024 * 1024  # a million tokens take about 67 MB
_TOKEN = re.compile(r"[0-9a-f]{64}")


def issue_codes(package: LoadedPackage, authority: SigningKey, count: int,
                already: frozenset[str] = frozenset()) -> list[str]:
    """`count` new codes whose tokens are not in `already`."""
    election = package.election
    if election.eligibility.mode is not EligibilityMode.CODES:
        raise PackageError("codes.wrong_mode", f"election {election.id} does not use voting "
                           f"codes (its eligibility mode is {election.eligibility.mode.value})")
    if authority.public.raw != package.authority.raw:
        raise PackageError("codes.wrong_key", "this authority key did not sign this package; "
                           "codes on its list would be refused")
    if not 1 <= count <= MAX_CODES - len(already):
        raise PackageError("codes.count", f"choose between 1 and {MAX_CODES - len(already)} "
                           "codes")
    codes: dict[str, str] = {}
    token_key = token_key_for(authority, election.id)
    while len(codes) < count:
        code = new_code()
        token = token_for(token_key, election.id, EligibilityMode.CODES.value, code)
        if token not in already:
            codes[token] = code
    return sorted(codes.values())


def tokens_of(authority: SigningKey, election_id: str, codes: list[str]) -> set[str]:
    """The issued list's tokens of these codes (keyed with the election's token key)."""
    token_key = token_key_for(authority, election_id)
    return {token_for(token_key, election_id, EligibilityMode.CODES.value, code)
            for code in codes}


def issued_list_bytes(election_id: str, authority: SigningKey, tokens: set[str] | frozenset[str]
                      ) -> bytes:
    doc = {"type": ISSUED_TYPE, "v": ISSUED_VERSION, "election": election_id,
           "issued_at": datetime.now(UTC).isoformat(timespec="seconds"),
           "tokens": sorted(tokens)}
    return canonical(sign_object(authority, doc))


def write_issued_list(path: Path, election_id: str, authority: SigningKey,
                      tokens: set[str] | frozenset[str]) -> None:
    write_atomic(Path(path), issued_list_bytes(election_id, authority, tokens) + b"\n")


def read_issued_list(path: Path, package: LoadedPackage) -> frozenset[str]:
    """The tokens of a list file, checked against the package's (pinned) authority."""
    return read_issued_file(path, package)[0]


def read_issued_file(path: Path, package: LoadedPackage) -> tuple[frozenset[str], bytes]:
    """(tokens, the bytes they were read from): keep those bytes, not the file read again."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_LIST_BYTES:
            raise _refuse(f"{path}: larger than a list of {MAX_CODES} codes can be")
        data = path.read_bytes()
    except OSError as error:
        raise _refuse(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return issued_tokens(data, package.election.id, package.authority), data
    except PackageError as error:
        raise _refuse(f"{path}: {error.params['reason']}") from None


def issued_tokens(data: bytes, election_id: str, authority: VerifyKey) -> frozenset[str]:
    """The tokens of a list given as bytes; PackageError with one sentence otherwise."""
    if len(data) > MAX_LIST_BYTES:
        raise _refuse(f"larger than a list of {MAX_CODES} codes can be")
    try:
        envelope = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise _refuse("not a list of issued voting codes (not JSON)") from None
    signed = verify_object(authority, envelope, ISSUED_TYPE)
    if signed is None:
        raise _refuse("not a list of issued voting codes signed by this election's authority")
    if signed.get("v") == 2:
        raise _refuse("it is a list from an older Röstkiosk version whose tokens are not keyed; "
                      "issue the codes again with `kiosk election codes`")
    if signed.get("v") != ISSUED_VERSION or signed.get("election") != election_id:
        raise _refuse(f"not a list of issued voting codes of election {election_id}")
    tokens = signed.get("tokens")
    if not isinstance(tokens, list) or not all(
        isinstance(t, str) and _TOKEN.fullmatch(t) for t in tokens
    ):
        raise _refuse("the list's tokens are malformed")
    return frozenset(tokens)


def _refuse(text: str) -> PackageError:
    return PackageError("codes.issued_refused", f"issued-codes list refused: {text}",
                        reason=text)
