"""Helpers for the tally's tests: worlds with ballots cast through the station service, exported
to files, taken apart and signed again; a tally database made for a world. (The `db_url`
fixture, a tally database on SQLite and on the real PostgreSQL server, is in tests/conftest.py.)"""

from __future__ import annotations

import random
from pathlib import Path

from kiosk.domain.random_ballots import random_ballot
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.identity import load_token_key
from kiosk.station.paths import StationPaths
from kiosk.tally.store import TallyStore


def new_tally(url: str, world: dict) -> tuple[TallyStore, object]:
    package = load_package(world["package"], world["authority_fingerprint"])
    store = TallyStore.create(url, package_raw=package.raw, election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    return store, package


def token_key_of(world: dict) -> bytes:
    """The election's token key, as the world's first station keeps it (tests only: the tally
    never holds it)."""
    key = load_token_key(StationPaths(Path(world["station"])).token_key)
    assert key is not None, "the station is not enrolled with a token key"
    return key


def cast(world: dict, index: int, count: int, seed: int = 1,
         persons: list[str] | None = None) -> None:
    """Cast `count` random valid ballots at station `index` (identified by `persons`)."""
    rng = random.Random(seed)
    with StationService.open(world["stations"][index]) as station:
        if station.status().polls != "open":
            station.open_polls()
        for n in range(count):
            ticket = station.start_session()
            if persons is not None:
                station.check_voter(ticket, persons[n])
            station.cast_ballot(ticket, random_ballot(station.election, rng))


def export(world: dict, index: int, out: Path, full: bool = False) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with StationService.open(world["stations"][index]) as station:
        paths = station.export_batches(out, full=full)
    assert len(paths) == 1
    return paths[0]


def station_key(world: dict, index: int):
    from kiosk.station.identity import load_identity

    return load_identity(Path(world["stations"][index]) / "station.key").key


def split_export(data: bytes) -> tuple[dict, list[tuple]]:
    """(header, [(seq, hash, body, sig, outer or None)]) of an export file, without checking
    anything."""
    import json

    from kiosk.crypto.canonical import unb64url
    from kiosk.crypto.hashing import sha256

    lines = data[:-1].split(b"\n")
    records = []
    for line in lines[1:-1]:
        body_text, sig_text, *outer_text = line.split(b".")
        body = unb64url(body_text)
        records.append((json.loads(body)["seq"], sha256(body), body, unb64url(sig_text),
                        unb64url(outer_text[0]) if outer_text else None))
    return json.loads(lines[0]), records


def rebuild_export(header: dict, records: list, key, prev_hash: bytes | None = None) -> bytes:
    """A station-signed export of exactly these records (a station key misused, or a bug)."""
    from kiosk.ledger.export_file import build_export

    return build_export(election_id=header["election"], package_hash=header["package_hash"],
                        certificate=header["certificate"], key=key, records=records,
                        prev_hash=prev_hash if prev_hash is not None
                        else bytes.fromhex(header["prev_hash"]),
                        created=header["created"], full=header["kind"] == "full")


def sign_record(key, fields: dict) -> tuple[int, bytes, bytes, bytes]:
    from kiosk.crypto.canonical import canonical
    from kiosk.crypto.hashing import sha256

    body = canonical(fields)
    return fields["seq"], sha256(body), body, key.sign(body)
