"""Rule options in election.toml ([options]): built into the signed manifest, validated with one
sentence per mistake, shown by `kiosk election verify`; a package without them is unchanged."""

from __future__ import annotations

import json

import pytest

from kiosk.crypto.canonical import decode_canonical
from kiosk.domain.errors import PackageError
from kiosk.domain.rule_options import RuleOptions
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.signed_package import build_package, load_package_bytes
from tests.conftest import example_source

OPTIONS = '\n[options]\nmin_score = 3\neligibility_k = 3\nincompatible = [["p2", "p3"]]\n'


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, _pub, _fp = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "outer-pw")
    return {"authority": load_authority(key_path), "tally_pub": tally_pub, "key_path": key_path}


@pytest.fixture
def source(tmp_path, keys):
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    return folder


def _append(folder, text: str) -> None:
    path = folder / "election.toml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _set_counting(folder, rule: str) -> None:
    path = folder / "election.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('counting = "greedy"',
                                                             f'counting = "{rule}"'),
                    encoding="utf-8")


def _manifest(package: bytes) -> dict:
    return decode_canonical(package)["manifest"]


def test_options_are_signed_and_read_back(source, keys):
    _append(source, OPTIONS)
    package = build_package(source, keys["authority"])
    assert _manifest(package)["election"]["options"] == {
        "min_score": 3, "eligibility_k": 3, "incompatible": [["p2", "p3"]]}
    election = load_package_bytes(package, keys["authority"].public.fingerprint).election
    assert election.options == RuleOptions(min_score=3, eligibility_k=3,
                                           incompatible=(("p2", "p3"),))
    assert election.options.group_with("p3") == ("p2",)
    assert election.options.group_with("p1") == ()


def test_a_package_without_options_has_no_options_key(source, keys):
    manifest = _manifest(build_package(source, keys["authority"]))
    assert "options" not in manifest["election"]
    election = load_package_bytes(build_package(source, keys["authority"]),
                                  keys["authority"].public.fingerprint).election
    assert election.options.is_empty()


def test_greedy_threshold_can_be_named_with_a_minimum_score(source, keys):
    _set_counting(source, "greedy-threshold")
    _append(source, "\n[options]\nmin_score = 100\n")
    package = build_package(source, keys["authority"])
    election = load_package_bytes(package, keys["authority"].public.fingerprint).election
    assert election.counting == "greedy-threshold" and election.options.min_score == 100


BROKEN = [
    ("not a table", 'options = 5\n', "election.toml: [options] must be a table", True),
    ("unknown key", "[options]\nmin_votes = 3\n",
     "options: unknown setting 'min_votes'; known: min_score", False),
    ("empty table", "[options]\n", "options: the table is empty; remove it or set an option",
     False),
    ("zero score", "[options]\nmin_score = 0\n",
     "options: min_score must be a whole number from 1 to 100000000, got 0", False),
    ("fractional share", "[options]\nmin_voter_share_percent = 2.5\n",
     "options: min_voter_share_percent must be a whole number from 1 to 100, got 2.5", False),
    ("share over 100", "[options]\nmin_voter_share_percent = 101\n",
     "options: min_voter_share_percent must be a whole number from 1 to 100, got 101", False),
    ("k as text", '[options]\neligibility_k = "3"\n',
     "options: eligibility_k must be a whole number from 1 to 100, got '3'", False),
    ("group of one", '[options]\nincompatible = [["p2"]]\n',
     "options: incompatible group #1 must list at least two proposal ids", False),
    ("flat list", '[options]\nincompatible = ["p2", "p3"]\n',
     "options: incompatible group #1 must list at least two proposal ids", False),
    ("unknown proposal", '[options]\nincompatible = [["p2", "p9"]]\n',
     "options: incompatible group #1 names proposal p9, which is not in the election", False),
    ("two groups", '[options]\nincompatible = [["p1", "p2"], ["p2", "p3"]]\n',
     "options: proposal p2 is in more than one incompatible group", False),
    ("same twice", '[options]\nincompatible = [["p2", "p2"]]\n',
     "options: proposal p2 is in more than one incompatible group", False),
]


@pytest.mark.parametrize(("name", "text", "message", "top"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_mistake_gets_one_sentence(source, keys, name, text, message, top):
    if top:  # a top-level key must come before the first table
        path = source / "election.toml"
        path.write_text(text + path.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        _append(source, "\n" + text)
    with pytest.raises(PackageError) as error:
        build_package(source, keys["authority"])
    assert str(error.value).startswith(message), f"{name}: {error.value}"
    assert "\n" not in str(error.value)


def test_greedy_threshold_without_min_score_is_refused(source, keys):
    _set_counting(source, "greedy-threshold")
    _append(source, "\n[options]\neligibility_k = 3\n")
    with pytest.raises(PackageError, match="counting greedy-threshold needs min_score"):
        build_package(source, keys["authority"])


@pytest.mark.parametrize("rule", ["equalshares", "equalshares/add1"])
def test_incompatible_groups_with_equal_shares_are_refused(source, keys, rule):
    _set_counting(source, rule)
    _append(source, '\n[options]\nincompatible = [["p2", "p3"]]\n')
    with pytest.raises(PackageError) as error:
        build_package(source, keys["authority"])
    assert str(error.value) == (f"options: incompatible groups work with the greedy rules only; "
                                f"counting {rule} cannot take them")


def test_equal_shares_takes_an_eligibility_share(source, keys):
    _set_counting(source, "equalshares/add1")
    _append(source, "\n[options]\neligibility_k = 3\n")
    package = build_package(source, keys["authority"])
    assert _manifest(package)["election"]["options"] == {"eligibility_k": 3}


def test_election_verify_shows_the_options(source, keys, tmp_path, capsys):
    from kiosk.cli.main import main

    _append(source, OPTIONS)
    out = tmp_path / "e.pkg"
    out.write_bytes(build_package(source, keys["authority"]))
    fingerprint = keys["authority"].public.fingerprint
    assert main(["election", "verify", str(out), "--authority", fingerprint]) == 0
    text = capsys.readouterr().out
    assert "Option:     a proposal needs at least 3 votes (points) to be funded" in text
    assert "Option:     a proposal needs at least its cost ÷ (3 × the budget) of the voters" \
        in text
    assert "Option:     at most one of p2, p3 can be funded" in text
    assert main(["election", "verify", str(out), "--authority", fingerprint, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["options"] == {"min_score": 3, "eligibility_k": 3, "incompatible": [["p2", "p3"]]}


def test_election_verify_shows_the_follow_up_questions(source, keys, tmp_path, capsys):
    from kiosk.cli.main import main
    from kiosk.package.survey_example import add_example_survey

    add_example_survey(source)
    out = tmp_path / "e.pkg"
    out.write_bytes(build_package(source, keys["authority"]))
    fingerprint = keys["authority"].public.fingerprint
    assert main(["election", "verify", str(out), "--authority", fingerprint]) == 0
    assert ("Follow-up:  3 optional questions (age_band, first_time, heard_from); statistics "
            "hide counts below 5") in capsys.readouterr().out
    assert main(["election", "verify", str(out), "--authority", fingerprint, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["survey"]["min_cell"] == 5
