"""Issue 18's attacks on ballot secrecy, written to fail (docs/threat-model.md, threats 9 and 10).

A personnummer election whose voters all come from a small personnummer space (ten birth dates,
every serial: 10,000 numbers) is counted in two steps and published; then the outer envelopes
are destroyed. The attacker enumerates the whole space.

- Brute force with public data only (the old unkeyed token, or HMAC keyed with anything public)
  over everything the tally holds — the opened outer envelopes themselves, the database, the
  published record — names no voter.
- The published record plus any ONE key (outer-envelope key, tally key, token key = authority)
  links no voter to a choice: the record holds no outer envelope and no token.
- The control: the same attack code, given the outer envelopes (from the tally database before
  destroy-outer), the outer-envelope key AND the token key, names every voter. So the attack is
  real, and each of those three is needed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.crypto.canonical import b64, b64url, unb64, unb64url
from kiosk.crypto.sealing import OpenError, open_sealed
from kiosk.crypto.token_keys import keyed_token, token_key_for
from kiosk.domain import personnummer
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.envelopes import read_outer
from kiosk.package.authority_keys import load_authority, load_outer, load_tally
from kiosk.station import StationService
from kiosk.tally.counting import count_election, dedup_election
from kiosk.tally.importer import import_export
from kiosk.tally.outer_destroy import destroy_outer
from kiosk.tally.publish import publish_record
from kiosk.tally.record_verify import verify_record
from tests.conftest import make_world
from tests.tally_worlds import export, new_tally, token_key_of

PNR = 'mode = "personnummer"\nminimum_age = 16\nage_reference_date = 2027-04-21'
FIRST_BIRTHDAY = date(1990, 3, 1)
DAYS = 10


def space() -> list[str]:
    """Every valid personnummer (YYYYMMDDNNNC canonical) born on DAYS days: 10,000 numbers."""
    out = []
    for day in range(DAYS):
        born = FIRST_BIRTHDAY + timedelta(days=day)
        for serial in range(1000):
            stem = f"{born:%y%m%d}{serial:03d}"
            check = next(d for d in range(10) if personnummer.luhn_ok(stem + str(d)))
            out.append(f"{born:%Y%m%d}{serial:03d}{check}")
    return out


def public_guesses(election_id: str, package_hash: str, person: str) -> list[bytes]:
    """What a token could be if it were computed from a personnummer and public data only:
    the old unkeyed SHA-256, and HMAC under keys anyone could derive."""
    plain = f"rostkiosk/voter-token/v1/{election_id}/personnummer/{person}".encode()
    keyed = f"rostkiosk/voter-token/v2/{election_id}/personnummer/{person}".encode()
    keys = [bytes(32), election_id.encode(), bytes.fromhex(package_hash),
            hashlib.sha256(election_id.encode()).digest()]
    return [hashlib.sha256(plain).digest()] + [hmac.new(k, keyed, hashlib.sha256).digest()
                                               for k in keys]


@pytest.fixture(scope="module")
def election(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("linking")
    world = make_world(tmp, eligibility=PNR, stations=2)
    people = random.Random(18).sample(space(), 6)
    rng = random.Random(7)
    choices: dict[str, str] = {}  # personnummer -> canonical choices (what the attack seeks)
    for index, group in enumerate((people[:3], people[3:])):
        with StationService.open(world["stations"][index]) as station:
            station.open_polls()
            for person in group:
                ticket = station.start_session()
                station.check_voter(ticket, f"{person[:8]}-{person[8:]}")
                ballot = random_ballot(station.election, rng)
                station.cast_ballot(ticket, ballot)
                choices[person] = json.dumps(ballot.to_json(station.election.rule),
                                             sort_keys=True)
    url = f"sqlite:///{tmp / 'tally.db'}"
    store, package = new_tally(url, world)
    for index in range(2):
        path = export(world, index, tmp / f"usb-{index}")
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    outer_key = load_outer(world["outer_key"], world["passphrase"])
    tally_key = load_tally(world["tally_key"], world["passphrase"])
    dedup_election(store, package, outer_key, show_progress=False)
    # the outer envelopes as the tally database held them before destroy-outer
    sealed_outers = [o for block in store.iter_blocks() for o in block.outers()]
    count_election(store, package, tally_key, rule="greedy", show_progress=False)
    before = publish_record(store, package, tmp / "record-before")
    destroy_outer(store)
    after = publish_record(store, package, tmp / "record-after")
    store.dispose()
    db_bytes = b"".join(p.read_bytes() for p in tmp.glob("tally.db*"))
    return {"world": world, "package": package, "people": people, "choices": choices,
            "outer_key": outer_key, "tally_key": tally_key, "sealed_outers": sealed_outers,
            "records": (before, after), "db_bytes": db_bytes, "tmp": tmp}


def record_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def tokens_in_outers(sealed: list[bytes], key, election_id: str) -> list[bytes]:
    out = []
    for envelope in sealed:
        try:
            out.append(bytes.fromhex(read_outer(open_sealed(key, "outer", election_id,
                                                            envelope))["voter_token"]))
        except OpenError:
            continue
    return out


def named(tokens: set[bytes], guesses) -> set[str]:
    """The people of the space whose guessed token is among `tokens`."""
    return {person for person in space() if any(g in tokens for g in guesses(person))}


def test_brute_force_with_public_data_names_no_voter(election):
    package = election["package"]
    election_id, package_hash = package.election.id, package.package_hash
    tokens = set(tokens_in_outers(election["sealed_outers"], election["outer_key"], election_id))
    assert len(tokens) == 6  # the outer-envelope key holder does see every token...

    def guesses(person):
        return public_guesses(election_id, package_hash, person)

    assert named(tokens, guesses) == set()  # ...but cannot name anyone
    # nor is any guessed token anywhere in the tally database or the published records, as
    # bytes or in hex (every 32-byte window and every run of 64 hex digits is looked up)
    haystack = election["db_bytes"] + b"".join(record_bytes(r) for r in election["records"])
    all_guesses = {g for person in space() for g in guesses(person)}
    assert len(all_guesses) == 5 * len(space())
    assert not any(haystack[i:i + 32] in all_guesses for i in range(len(haystack) - 31))
    hex_runs = {bytes.fromhex(m.decode()) for m in re.findall(rb"[0-9a-f]{64}", haystack)}
    assert hex_runs and not hex_runs & all_guesses


def test_the_control_outer_envelopes_outer_key_and_token_key_together_name_every_voter(
        election):
    """The same attack with all three: it works, so the tests above can fail."""
    package = election["package"]
    election_id = package.election.id
    token_key = token_key_of(election["world"])
    tokens = set(tokens_in_outers(election["sealed_outers"], election["outer_key"], election_id))
    found = named(tokens, lambda p: [bytes.fromhex(keyed_token(token_key, election_id,
                                                               "personnummer", p))])
    assert found == set(election["people"])
    # without the outer-envelope key the outer envelopes give nothing
    assert tokens_in_outers(election["sealed_outers"], election["tally_key"].seal,
                            election_id) == []


def test_the_published_record_holds_no_outer_envelope_and_no_token(election):
    token_key = token_key_of(election["world"])
    election_id = election["package"].election.id
    for folder in election["records"]:
        data = record_bytes(folder)
        for sealed in election["sealed_outers"]:
            for form in (sealed, b64(sealed).encode(), b64url(sealed).encode()):
                assert form not in data
        for person in election["people"]:
            token = keyed_token(token_key, election_id, "personnummer", person)
            assert token.encode() not in data and bytes.fromhex(token) not in data
        for path in (folder / "exports").iterdir():  # each record line: body and signature
            assert all(line.count(b".") == 1
                       for line in path.read_bytes().split(b"\n")[1:-2])


@pytest.mark.parametrize("which", ["outer", "tally", "token"])
def test_the_record_plus_any_one_key_links_no_voter(election, which):
    """Whoever holds one key and the published record: every sealed thing in the record is
    tried with the key (an X25519 key), or every person of the space is turned into a token
    with it (the token key, which the authority can derive): nothing links."""
    package = election["package"]
    election_id = package.election.id
    token_key = token_key_of(election["world"])
    for folder in election["records"]:
        lines = [line for path in (folder / "exports").iterdir()
                 for line in path.read_bytes().split(b"\n")[1:-2]]
        if which in ("outer", "tally"):
            key = election["outer_key"] if which == "outer" else election["tally_key"].seal
            # the only sealed envelopes in the record are the inner ones, inside the bodies;
            # no line carries a third part (an outer envelope) to open
            assert all(len(line.split(b".")) == 2 for line in lines)
            tokens = []
            for line in lines:
                body = json.loads(unb64url(line.split(b".")[0]))
                assert "outer" not in body and set(body) >= {"inner", "outer_hash"}
                try:
                    plain = open_sealed(key, "outer", election_id, unb64(body["inner"]))
                    tokens.append(plain)
                except OpenError:
                    pass
            assert tokens == []  # an inner envelope never opens as an outer one
        else:
            data = record_bytes(folder)
            hits = [p for p in space()
                    if keyed_token(token_key, election_id, "personnummer", p).encode() in data
                    or bytes.fromhex(keyed_token(token_key, election_id, "personnummer",
                                                 p)) in data]
            assert hits == []
    # the authority can derive the token key: it is the same as the stations'
    authority = load_authority(election["world"]["authority_key"])
    assert token_key_for(authority, election_id) == token_key


def test_after_destroy_outer_the_database_holds_no_outer_envelope_and_the_record_verifies(
        election):
    data = election["db_bytes"]
    for sealed in election["sealed_outers"]:
        assert sealed not in data
        assert hashlib.sha256(sealed).digest() in data  # what the signatures still cover
    before, after = election["records"]
    assert "not yet" in (before / "outer-envelopes.txt").read_text()
    statement = (after / "outer-envelopes.txt").read_text().splitlines()[0]
    assert statement.startswith("Outer envelopes destroyed: ") and "not yet" not in statement
    # the same export files before and after: rebuilt from the hashes alone
    assert sorted(p.read_bytes() for p in (before / "exports").iterdir()) == \
        sorted(p.read_bytes() for p in (after / "exports").iterdir())
    report = verify_record(after, election["world"]["authority_fingerprint"],
                           show_progress=False)
    assert report["ok"] and report["records"] == 6
    assert f"outer envelopes: {statement.partition(': ')[2]}" in report["lines"]
