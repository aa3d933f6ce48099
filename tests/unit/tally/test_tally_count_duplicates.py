"""Counting: duplicate voters across offline stations under each policy, voter tokens never
stored, key shares (K of N, K-1 fails) and a wrong passphrase failing clearly."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.clock import use_clock
from kiosk.crypto.codes import token_for
from kiosk.crypto.shares import split_secret, write_share_files
from kiosk.demo.world import setup_demo_world
from kiosk.domain import personnummer
from kiosk.domain.errors import KeyFileError, KioskError
from kiosk.domain.random_ballots import random_personnummer
from kiosk.package.authority_keys import load_outer, load_tally
from kiosk.tally.counting import count_election
from kiosk.tally.importer import import_export
from kiosk.tally.key_source import tally_keys_for_count
from tests.conftest import example_source
from tests.fakes.clock import FakeClock
from tests.tally_worlds import cast, export, new_tally, token_key_of

PNR = 'mode = "personnummer"\nminimum_age = 16'


def pnr_world(tmp: Path, policy: str) -> dict:
    source = example_source(tmp / "src", eligibility=PNR)
    toml = source / "election.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'policy = "keep-last"', f'policy = "{policy}"'), encoding="utf-8")
    return setup_demo_world(tmp / "world", stations=3, source=source)


PEOPLE = [random_personnummer(random.Random(n), date(2000, 1, 1)) for n in range(4)]
A, B, C, D = PEOPLE


def vote_everywhere(world: dict, usb: Path) -> list[Path]:
    """A votes at all three stations, B at the first and the last, C and D once each.
    A minute passes between stations (on a fake clock), so cast_at orders them."""
    with use_clock(FakeClock(datetime.now(UTC))) as clock:
        cast(world, 0, 3, persons=[A, B, C])
        clock.advance(60)
        cast(world, 1, 2, seed=2, persons=[A, D])
        clock.advance(60)
        cast(world, 2, 2, seed=3, persons=[A, B])
    return [export(world, i, usb) for i in range(3)]


def counted(tmp: Path, policy: str) -> tuple[dict, dict, object]:
    world = pnr_world(tmp, policy)
    paths = vote_everywhere(world, tmp / "usb")
    store, package = new_tally(f"sqlite:///{tmp / 'tally.db'}", world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    keys = load_tally(world["tally_key"], world["passphrase"])
    outer = load_outer(world["outer_key"], world["passphrase"])
    results = count_election(store, package, keys, rule="greedy", show_progress=False,
                             outer=outer)
    return world, results, store


@pytest.mark.parametrize("policy", ["keep-first", "keep-last", "reject-all"])
def test_duplicates_across_stations_follow_the_policy(tmp_path, policy):
    world, results, store = counted(tmp_path, policy)
    ids = {}
    from kiosk.station import StationService

    for index, folder in enumerate(world["stations"]):
        with StationService.open(folder) as station:
            ids[index] = station.station_id
    s0, s1, s2 = ids[0], ids[1], ids[2]
    assert results["records"] == 7
    conflicts = {tuple(sorted((r["station"], r["seq"]) for r in c["records"])):
                 c["kept"] and (c["kept"]["station"], c["kept"]["seq"])
                 for c in results["conflicts"]}
    a_group = tuple(sorted([(s0, 1), (s1, 1), (s2, 1)]))
    b_group = tuple(sorted([(s0, 2), (s2, 2)]))
    assert set(conflicts) == {a_group, b_group}
    expected = {"keep-first": {a_group: (s0, 1), b_group: (s0, 2)},
                "keep-last": {a_group: (s2, 1), b_group: (s2, 2)},
                "reject-all": {a_group: None, b_group: None}}[policy]
    assert conflicts == expected
    set_aside = 5 if policy == "reject-all" else 3
    assert results["excluded"] == {"duplicate": set_aside}
    assert results["opened"] == 7 - set_aside == results["valid"]
    # the records in each conflict are listed in the documented order: (cast_at, station, seq)
    for conflict in results["conflicts"]:
        times = [r["cast_at"] for r in conflict["records"]]
        assert times == sorted(times) and len(set(times)) == len(times)
    # no voter token is stored anywhere in the tally database
    store.dispose()
    raw = (tmp_path / "tally.db").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("tally.db-*"))
    for person in PEOPLE:
        canonical_id = personnummer.parse(person, date(2027, 4, 1)).canonical
        token = token_for(token_key_of(world), world["election"], "personnummer",
                          canonical_id)
        assert token.encode() not in raw and bytes.fromhex(token) not in raw


@pytest.fixture(scope="module")
def closed_tally(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("keys")
    from tests.conftest import make_world

    world = make_world(tmp, stations=1)
    cast(world, 0, 4)
    path = export(world, 0, tmp / "usb")
    return world, path, tmp


def _store(tmp: Path, world: dict, path: Path, name: str):
    store, package = new_tally(f"sqlite:///{tmp / name}", world)
    import_export(store, package, path.read_bytes())
    store.set_state("closed")
    return store, package


def _shares(world: dict, folder: Path, passphrase: str) -> list[Path]:
    keys = load_tally(world["tally_key"], world["passphrase"])
    secret = keys.seal.to_bytes() + keys.sign.to_bytes()
    return write_share_files(folder, split_secret(secret, 3, 5, passphrase), 3,
                             keys.sign.public.fingerprint)


def test_count_with_k_shares_and_not_with_k_minus_one(closed_tally, monkeypatch):
    world, path, tmp = closed_tally
    with pytest.raises(KeyFileError) as error:
        _shares(world, tmp / "never", "fem tjänstemän")
    assert error.value.message_id == "shares.passphrase_not_ascii"
    shares = _shares(world, tmp / "officers", "five officers")
    store, package = _store(tmp, world, path, "shares.db")
    monkeypatch.setenv("SHARE_PASS", "five officers")
    args = SimpleNamespace(key=None, shares=shares[:2], passphrase_file=None,
                           passphrase_env="SHARE_PASS")
    with pytest.raises(KeyFileError) as error:
        tally_keys_for_count(args, package)
    assert error.value.message_id == "shares.insufficient"
    assert "do not recover the tally key" in error.value.text
    args.shares = [shares[4], shares[1], shares[2]]
    keys = tally_keys_for_count(args, package)
    assert count_election(store, package, keys, rule="greedy", show_progress=False)["opened"] == 4
    store.dispose()


def test_wrong_share_passphrase_and_wrong_key_passphrase_fail_clearly(closed_tally, monkeypatch):
    world, path, tmp = closed_tally
    shares = _shares(world, tmp / "officers-2", "ratt")
    store, package = _store(tmp, world, path, "wrong.db")
    monkeypatch.setenv("SHARE_PASS", "fel")
    args = SimpleNamespace(key=None, shares=shares[:3], passphrase_file=None,
                           passphrase_env="SHARE_PASS")
    with pytest.raises(KeyFileError) as error:
        tally_keys_for_count(args, package)
    assert error.value.message_id == "key.wrong_tally_key"
    assert "wrong passphrase" in error.value.text
    monkeypatch.setenv("KEY_PASS", "not-demo")
    args = SimpleNamespace(key=Path(world["tally_key"]), shares=None, passphrase_file=None,
                           passphrase_env="KEY_PASS")
    with pytest.raises(KeyFileError) as error:
        tally_keys_for_count(args, package)
    assert error.value.message_id == "key.wrong_passphrase"
    assert store.results() is None  # nothing was counted
    store.dispose()


def test_count_refuses_an_open_intake_and_a_second_count(closed_tally):
    world, path, tmp = closed_tally
    store, package = new_tally(f"sqlite:///{tmp / 'states.db'}", world)
    import_export(store, package, path.read_bytes())
    keys = load_tally(world["tally_key"], world["passphrase"])
    with pytest.raises(KioskError) as error:
        count_election(store, package, keys, rule="greedy", show_progress=False)
    assert error.value.message_id == "tally.not_closed"
    store.set_state("closed")
    count_election(store, package, keys, rule="greedy", show_progress=False)
    with pytest.raises(KioskError) as error:
        count_election(store, package, keys, rule="greedy", show_progress=False)
    assert error.value.message_id == "tally.counted"
    store.dispose()


def _kiosk(capsys, *argv) -> tuple[int, str, str]:
    from kiosk.cli.main import main as kiosk

    code = kiosk([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(capsys, *argv) -> str:
    code, out, err = _kiosk(capsys, *argv)
    assert code == 2 and out == "" and err.startswith("kiosk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_count_command_fails_in_one_line_and_leaves_the_count_undone(closed_tally, capsys,
                                                                     tmp_path):
    """The officers' mistakes at `kiosk tally count`: each one line, exit 2, nothing counted;
    then the right shares count."""
    world, path, tmp = closed_tally
    store, _package = _store(tmp, world, path, "cli.db")
    store.dispose()
    db = f"sqlite:///{tmp / 'cli.db'}"
    shares = _shares(world, tmp / "officers-cli", "three of five")
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.write_text("three of five\n", encoding="utf-8")
    bad.write_text("three of four\n", encoding="utf-8")
    base = ["tally", "count", "--db", db, "--quiet"]
    # the package names its counting rule (greedy): --rule may not contradict it, and the
    # refusal comes before any passphrase is asked for
    err = _one_line_error(capsys, *base, "--rule", "equalshares/add1", "--shares", *shares[:3])
    assert "names the counting rule greedy" in err and "contradict" in err
    err = _one_line_error(capsys, *base, "--rule", "greedy", "--shares", *shares[:2],
                          "--passphrase-file", good)
    assert "2 key share(s) do not recover the tally key" in err and "3-of-5" in err
    assert json_words(shares[0]) not in err  # no share words on the screen
    err = _one_line_error(capsys, *base, "--rule", "greedy", "--shares", shares[0], shares[0],
                          shares[1], "--passphrase-file", good)
    assert "are the same key share" in err
    err = _one_line_error(capsys, *base, "--rule", "greedy", "--shares", *shares[2:],
                          "--passphrase-file", bad)
    assert "not the tally key of election" in err and "wrong passphrase" in err
    err = _one_line_error(capsys, *base, "--rule", "greedy", "--key", world["tally_key"],
                          "--passphrase-file", bad)
    assert "wrong passphrase" in err
    err = _one_line_error(capsys, *base, "--rule", "mes", "--key", world["tally_key"],
                          "--passphrase-file", good)
    assert "unknown counting rule 'mes'" in err and "equalshares/add1" in err
    err = _one_line_error(capsys, *base, "--rule", "greedy-threshold", "--key",
                          world["tally_key"], "--passphrase-file", good)
    assert "greedy-threshold needs a minimum score" in err
    code, out, err = _kiosk(capsys, "tally", "status", "--db", db, "--json")
    assert code == 0 and '"state": "closed"' in out  # still not counted
    code, out, _err = _kiosk(capsys, *base, "--shares",
                             shares[4], shares[0], shares[2], "--passphrase-file", good)
    assert code == 0 and "with rule greedy" in out


def test_a_package_without_a_counting_rule_needs_one_named():
    """Packages built before `counting` existed: no silent default, the officials name it."""
    from kiosk.tally.rule_run import CountError, rule_for

    with pytest.raises(CountError) as error:
        rule_for({"election": {"id": "old-2026"}}, None)
    assert error.value.message_id == "tally.needs_rule"
    assert rule_for({"election": {"id": "old-2026"}}, "equalshares/add1") == "equalshares/add1"
    assert rule_for({"election": {"counting": "greedy"}}, None) == "greedy"
    assert rule_for({"election": {"counting": "greedy"}}, "greedy") == "greedy"


def json_words(path: Path) -> str:
    """The first three words of a share (what the SLIP-39 library would quote)."""
    import json

    return " ".join(json.loads(path.read_text(encoding="utf-8"))["mnemonic"].split()[:3])
