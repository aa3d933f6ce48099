"""`kiosk tally lna FILE… --deck DIR --key KEY [--authority FP|FILE] [--result FILE]`

Opens the test ballots of stations' test-mode export files (no tally database: nothing of an
L&A goes near the election's count), checks each station's against the deck's expected result
(a station placed in a district: against its district's rows only, kiosk.tally.lna_pots),
prints both side by side and PASS, or FAIL with every difference (exit 1). Writes the signed
result (kiosk.ledger.lna_result) that each station records for its zero report.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.domain.test_deck import read_deck
from kiosk.ledger.lna_result import make_lna_result
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage, load_package
from kiosk.tally.key_source import tally_keys_for_count
from kiosk.tally.lna import (
    LnaError,
    compare,
    open_test_files,
    read_expected,
    side_by_side,
    station_entry,
    station_scope,
)

DECK_FILES = ("election.pkg", "deck.csv", "expected.json")


def load_deck(folder: Path, authority: str | None) -> tuple[LoadedPackage, tuple, bytes, dict]:
    """(package, deck ballots, deck.csv bytes, expected result) of a deck folder."""
    missing = [name for name in DECK_FILES if not (folder / name).is_file()]
    if missing:
        raise LnaError("lna.deck_missing", f"{folder} is not a test deck folder (missing "
                       f"{', '.join(missing)}); make one with `kiosk election test-deck`")
    if authority is None:  # the authority pinned when the deck was made
        authority = _recorded_authority(folder / "expected.json")
        print(f"note: trusting authority {authority}, which the deck was made with (give "
              "--authority to pin it here)", file=sys.stderr)
    package = load_package(folder / "election.pkg", authority)
    deck_bytes = (folder / "deck.csv").read_bytes()
    try:
        text = deck_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise LnaError("lna.deck", f"{folder / 'deck.csv'} is not UTF-8 text") from None
    deck = read_deck(text, package.election, str(folder / "deck.csv"))
    expected = read_expected((folder / "expected.json").read_bytes(), package, deck, deck_bytes)
    return package, deck, deck_bytes, expected


def _recorded_authority(path: Path) -> str:
    import json

    try:
        value = json.loads(path.read_bytes()).get("authority")
    except (OSError, ValueError, AttributeError):
        value = None
    if not isinstance(value, str) or not value:
        raise LnaError("lna.authority", "give --authority: the deck records no authority")
    return value


def run_lna(args) -> int:
    package, deck, _deck_bytes, expected = load_deck(args.deck, args.authority)
    files = []
    for name in args.files:
        try:
            files.append((name, Path(name).read_bytes()))
        except OSError as error:
            raise KioskError("usage", f"{name}: cannot read the file ({error.strerror})") \
                from None
    keys = tally_keys_for_count(args, package)
    stations = open_test_files(files, package, keys)
    entries, failed = [], 0
    print(f"L&A test of election {package.election.id}: deck of {expected['ballots']} ballots, "
          f"rule {expected['rule']}, budget {expected['budget']} kr")
    for station, opened in sorted(stations.items(), key=lambda item: item[1].label):
        district, why, rows, wanted = station_scope(package, deck, expected, opened)
        actual, differences = compare(package, rows, wanted, opened, district)
        name = f"station {station[:4]} ({opened.label or 'no label'})"
        print(f"\n{name}: {opened.records} test ballots in {len(files)} file(s)")
        if district:
            print(f"checked against district {district}'s rows of the deck (ballots "
                  f"{expected['by_district'][district]['rows']}): {why}")
        elif why:
            print(f"checked against the whole deck ({why})")
        print("\n".join(side_by_side(package, wanted, actual)))
        if differences:
            failed += 1
            print(f"FAIL: {name}: {len(differences)} difference(s):")
            for line in differences:
                print(f"  - {line}")
        else:
            print(f"PASS: {name} gives exactly the expected result")
        entries.append(station_entry(opened, not differences))
    result = args.result or args.deck / "lna-result.json"
    checked_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    write_atomic(result, make_lna_result(keys.sign, election=package.election.id,
                                         package_hash=package.package_hash,
                                         deck_sha256=expected["deck_sha256"],
                                         checked_at=checked_at, stations=entries))
    verdict = "FAIL" if failed else "PASS"
    print(f"\n{verdict}: {len(stations) - failed} of {len(stations)} station(s) passed. Signed "
          f"result: {result} (record it at each station: kiosk station lna-record --data DIR "
          f"{result})")
    sys.stdout.flush()
    return 1 if failed else 0
