"""The tally's lists of issued voting codes (codes elections): added before intake closes,
checked against the pinned authority, and at the count the set of tokens a ballot must carry.

A ballot whose voter token is on no list is set aside before any inner envelope is opened
(status `not-issued`), counted by reason in the results, the protocol and the record.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.election import EligibilityMode
from kiosk.domain.errors import KioskError
from kiosk.package.codes import issued_tokens, read_issued_file
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.store import TallyStore


def uses_codes(package: LoadedPackage) -> bool:
    return package.election.eligibility.mode is EligibilityMode.CODES


def add_issued_lists(store: TallyStore, package: LoadedPackage, paths: list[Path]) -> int:
    """Check every file first, then keep them all; returns the number of codes now issued."""
    if not uses_codes(package):
        raise KioskError("codes.wrong_mode", f"election {package.election.id} does not use "
                         "voting codes; it has no list of issued codes")
    checked = [read_issued_file(path, package) for path in paths]
    for _tokens, raw in checked:
        store.add_issued_list(raw)
    return len(issued_token_set(store, package) or ())


def issued_token_set(store: TallyStore, package: LoadedPackage) -> set[bytes] | None:
    """The 32-byte tokens of every issued code; None when the election uses no codes."""
    if not uses_codes(package):
        return None
    tokens: set[bytes] = set()
    for raw in store.issued_lists():
        tokens.update(bytes.fromhex(t) for t in issued_tokens(
            raw, package.election.id, package.authority))
    return tokens


def check_issued_present(store: TallyStore, package: LoadedPackage) -> None:
    if uses_codes(package) and not store.issued_lists():
        raise KioskError("tally.no_issued_codes", "this election uses voting codes but the "
                         "tally has no list of issued codes; add it with `kiosk tally "
                         "issued-codes FILE` first")
