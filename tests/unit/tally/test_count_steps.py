"""`kiosk tally count` in two steps, each with its own key: --step dedup takes the outer-envelope
key only, --step open the tally key only; each refuses the other key, in one sentence."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.crypto.shares import split_secret, write_share_files
from kiosk.domain.random_ballots import random_personnummer
from kiosk.package.authority_keys import load_outer
from kiosk.tally.importer import import_export
from kiosk.tally.store import TallyStore
from tests.conftest import make_world
from tests.tally_worlds import cast, export, new_tally

PNR = 'mode = "personnummer"\nminimum_age = 16\nage_reference_date = 2027-04-21'


@pytest.fixture(scope="module")
def closed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("steps")
    world = make_world(tmp, eligibility=PNR, stations=2)
    rng = random.Random(4)
    people = [random_personnummer(rng, date(2000, 1, 1)) for _ in range(5)]
    cast(world, 0, 5, persons=people)
    cast(world, 1, 2, seed=2, persons=people[:2])  # two voters again: duplicates
    paths = [export(world, i, tmp / f"usb-{i}") for i in range(2)]
    return world, paths, tmp


def _tally(closed, name: str) -> str:
    world, paths, tmp = closed
    url = f"sqlite:///{tmp / name}"
    store, package = new_tally(url, world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    store.dispose()
    return url


def _state(url: str) -> str:
    store = TallyStore.open(url)
    try:
        return store.meta()["state"]
    finally:
        store.dispose()


def test_each_step_takes_its_own_key_only(closed, capsys, monkeypatch):
    world, _paths, tmp = closed
    db = _tally(closed, "steps.db")
    monkeypatch.setenv("DEMO_PASS", world["passphrase"])
    inner = ("--key", world["tally_key"], "--passphrase-env", "DEMO_PASS")
    outer = ("--outer-key", world["outer_key"], "--outer-passphrase-env", "DEMO_PASS")
    count = ("tally", "count", "--db", db, "--quiet")

    assert kiosk([*count, "--step", "open", *inner]) == 2
    assert "the duplicate check has not been run" in capsys.readouterr().err
    assert kiosk([*count, "--step", "dedup", *inner, *outer]) == 2
    assert "takes the outer-envelope key only" in capsys.readouterr().err
    # the tally key is not the outer-envelope key
    assert kiosk([*count, "--step", "dedup", "--outer-key", world["tally_key"],
                  "--outer-passphrase-env", "DEMO_PASS"]) == 2
    assert "is not the outer-envelope key of election" in capsys.readouterr().err
    assert _state(db) == "closed"

    assert kiosk([*count, "--step", "dedup", *outer]) == 0
    said = capsys.readouterr().out
    assert "set aside: 2 duplicate" in said and "the voter tokens are forgotten" in said
    assert _state(db) == "deduplicated"
    assert kiosk([*count, "--step", "dedup", *outer]) == 2
    assert "the duplicate check is done already" in capsys.readouterr().err
    assert kiosk([*count, "--step", "open", *inner, *outer]) == 2
    assert "takes the tally key only" in capsys.readouterr().err
    # the outer-envelope key is not the tally key
    assert kiosk([*count, "--step", "open", "--key", world["outer_key"],
                  "--passphrase-env", "DEMO_PASS"]) == 2
    assert capsys.readouterr().err
    assert kiosk([*count, "--step", "open", *inner]) == 0
    assert "Records 7, set aside before opening 2, opened 5" in capsys.readouterr().out
    assert _state(db) == "counted"


def test_one_command_and_outer_key_shares_give_the_same_result(closed, capsys, monkeypatch):
    world, _paths, tmp = closed
    key = load_outer(world["outer_key"], world["passphrase"])
    shares = write_share_files(tmp / "outer-officers", split_secret(
        key.to_bytes(), 2, 3, "outer officers"), 2, "fingerprint", "outer")
    assert [p.name for p in shares] == [f"outer-share-{i}-of-3.json" for i in (1, 2, 3)]
    monkeypatch.setenv("DEMO_PASS", world["passphrase"])
    monkeypatch.setenv("OUTER_PASS", "outer officers")
    db = _tally(closed, "one.db")
    assert kiosk(["tally", "count", "--db", db, "--quiet", "--key", world["tally_key"],
                  "--passphrase-env", "DEMO_PASS", "--outer-shares", str(shares[0]),
                  "--outer-passphrase-env", "OUTER_PASS"]) == 2
    assert "2 different shares are needed" in capsys.readouterr().err
    assert _state(db) == "closed"
    assert kiosk(["tally", "count", "--db", db, "--quiet", "--key", world["tally_key"],
                  "--passphrase-env", "DEMO_PASS", "--outer-shares", str(shares[2]),
                  str(shares[0]), "--outer-passphrase-env", "OUTER_PASS"]) == 0
    out = capsys.readouterr().out
    assert "Duplicate check done" in out and "opened 5" in out
    assert _state(db) == "counted"


def test_destroy_outer_on_sqlite_and_postgresql(closed, db_url, tmp_path):
    """After destroy-outer the database keeps each outer envelope's hash only, the record is
    the same, verifies, and says when; a second run changes nothing."""
    from kiosk.crypto.hashing import sha256
    from kiosk.package.authority_keys import load_tally
    from kiosk.tally.counting import count_election
    from kiosk.tally.outer_destroy import destroy_outer
    from kiosk.tally.publish import publish_record
    from kiosk.tally.record_verify import verify_record

    world, paths, _tmp = closed
    store, package = new_tally(db_url, world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    with pytest.raises(Exception, match="needed until the count is done"):
        destroy_outer(store)
    count_election(store, package, load_tally(world["tally_key"], world["passphrase"]),
                   show_progress=False, outer=load_outer(world["outer_key"], world["passphrase"]))
    outers = [o for block in store.iter_blocks() for o in block.outers()]
    assert len(outers) == 7 and all(len(o) > 500 for o in outers)
    before = publish_record(store, package, tmp_path / "before")
    done = destroy_outer(store)
    assert done["destroyed"] == 7 and not done["again"]
    assert [o for block in store.iter_blocks() for o in block.outers()] == \
        [sha256(o) for o in outers]
    assert destroy_outer(store)["again"]
    after = publish_record(store, package, tmp_path / "after")
    assert sorted(p.read_bytes() for p in (before / "exports").iterdir()) == \
        sorted(p.read_bytes() for p in (after / "exports").iterdir())
    assert done["at"] in (after / "outer-envelopes.txt").read_text()
    assert verify_record(after, world["authority_fingerprint"], show_progress=False)["ok"]
    store.dispose()
