"""Election packages: build, verify, the broken-package corpus, and tampering at every byte."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kiosk.crypto.canonical import b64, canonical, decode_canonical
from kiosk.domain.errors import PackageError
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.signed_package import build_package, load_package_bytes
from tests.conftest import example_source
from tests.media_samples import png


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, _pub, _fp = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "pw")
    other_path, _pub2, _fp2 = create_authority(root / "other")
    return {"authority": load_authority(key_path), "other": load_authority(other_path),
            "tally_pub": tally_pub}


@pytest.fixture
def source(tmp_path, keys) -> Path:
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    return folder


@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory, keys) -> bytes:
    folder = example_source(tmp_path_factory.mktemp("pkg") / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    (folder / "images").mkdir(exist_ok=True)
    (folder / "images" / "p1.png").write_bytes(png())
    toml = (folder / "election.toml").read_text(encoding="utf-8")
    toml = toml.replace('id = "p1"\ncost = 180000\ncategory = "play"',
                        'id = "p1"\ncost = 180000\ncategory = "play"\nimage = "images/p1.png"')
    (folder / "election.toml").write_text(toml, encoding="utf-8")
    return build_package(folder, keys["authority"])


def test_build_and_load(package_bytes, keys):
    package = load_package_bytes(package_bytes, keys["authority"].public.fingerprint)
    election = package.election
    assert election.id == "exempelby-2027"
    assert [p.id for p in election.proposals] == ["p1", "p2", "p3"]
    assert election.proposal("p1").cost == 180000
    assert election.rule.budget == 500000
    assert set(election.languages) == {"sv", "sv-simple", "en"}
    assert package.assets["images/p1.png"].startswith(b"\x89PNG")
    assert election.proposal("p2").text("fi", "sv")[1] is True  # falls back to Swedish


def test_every_single_byte_change_is_refused(package_bytes, keys):
    """Flip one bit at every byte position of a real package: every copy is refused."""
    data = bytearray(package_bytes)
    accepted = []
    for position in range(len(data)):
        data[position] ^= 0x01
        try:
            load_package_bytes(bytes(data), keys["authority"].public.fingerprint)
            accepted.append(position)
        except PackageError:
            pass
        data[position] ^= 0x01
    assert accepted == []
    assert len(package_bytes) > 3000


def test_truncated_and_appended_packages_are_refused(package_bytes, keys):
    for damaged in (package_bytes[:-1], package_bytes[: len(package_bytes) // 2],
                    package_bytes + b"\n", b"", b"PK\x03\x04"):
        with pytest.raises(PackageError):
            load_package_bytes(damaged, keys["authority"].public.fingerprint)


def test_wrong_authority_is_refused(package_bytes, keys):
    with pytest.raises(PackageError) as error:
        load_package_bytes(package_bytes, keys["other"].public.fingerprint)
    assert error.value.message_id == "package.wrong_authority"
    assert keys["other"].public.fingerprint in str(error.value)


def test_resigned_by_another_key_is_refused_when_pinned(package_bytes, keys):
    doc = decode_canonical(package_bytes)
    other = keys["other"]
    doc["authority"] = b64(other.public.raw)
    doc["signature"] = b64(other.sign(canonical(doc["manifest"])))
    forged = canonical(doc)
    # self-consistent, so only pinning catches it, and nothing is read without a pin:
    with pytest.raises(PackageError) as unpinned:
        load_package_bytes(forged, None)
    assert unpinned.value.message_id == "package.unpinned"
    with pytest.raises(PackageError, match="not by the expected"):
        load_package_bytes(forged, keys["authority"].public.fingerprint)


def test_unsigned_package_is_refused(package_bytes, keys):
    doc = decode_canonical(package_bytes)
    doc["signature"] = ""
    with pytest.raises(PackageError) as error:
        load_package_bytes(canonical(doc), keys["authority"].public.fingerprint)
    assert error.value.message_id == "package.unsigned"


def test_changed_manifest_with_old_signature_is_refused(package_bytes, keys):
    doc = decode_canonical(package_bytes)
    doc["manifest"]["proposals"][0]["cost"] = 1
    with pytest.raises(PackageError) as error:
        load_package_bytes(canonical(doc), keys["authority"].public.fingerprint)
    assert error.value.message_id == "package.bad_signature"


def test_swapped_asset_is_refused(package_bytes, keys):
    doc = decode_canonical(package_bytes)
    doc["assets"]["images/p1.png"] = b64(png(40, 40))
    with pytest.raises(PackageError, match="images/p1.png does not match its signed hash"):
        load_package_bytes(canonical(doc), keys["authority"].public.fingerprint)


# -- the broken-source corpus: each edit of a valid folder and the one sentence it must produce --

def _edit(path: str, old: str, new: str):
    def apply(folder: Path) -> None:
        target = folder / path
        text = target.read_text(encoding="utf-8")
        assert old in text, f"corpus edit does not apply: {old!r}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def _delete(path: str):
    return lambda folder: (folder / path).unlink()


BROKEN = [
    ("negative cost", _edit("election.toml", "cost = 180000", "cost = -5"),
     "proposal p1: cost must be a positive whole number of kronor, got -5"),
    ("fractional cost", _edit("election.toml", "cost = 180000", "cost = 1800.50"),
     "proposal p1: cost must be a positive whole number of kronor, got 1800.5"),
    ("cost as text", _edit("election.toml", "cost = 180000", 'cost = "180000"'),
     "proposal p1: cost must be a positive whole number of kronor, got '180000'"),
    ("missing cost", _edit("election.toml", "cost = 180000\n", ""),
     "proposal p1: cost must be a positive whole number of kronor, got None"),
    ("cost over budget", _edit("election.toml", "cost = 250000", "cost = 900000"),
     "proposal p3: cost 900000 kr is more than the whole budget 500000 kr"),
    ("duplicate id", _edit("election.toml", 'id = "p2"', 'id = "p1"'),
     "proposal p1: the id is used twice"),
    ("bad id", _edit("election.toml", 'id = "p1"', 'id = "p 1"'),
     "proposal #1: id must be 1-32 letters, digits, '-', '_' or '.', got 'p 1'"),
    ("unknown category", _edit("election.toml", 'category = "play"', 'category = "toys"'),
     "proposal p1: category 'toys' has no name in the sv texts"),
    ("missing image", _edit("election.toml", 'category = "play"',
                            'category = "play"\nimage = "images/nope.png"'),
     "proposal p1: the file 'images/nope.png' does not exist"),
    ("image outside folder", _edit("election.toml", 'category = "play"',
                                   'category = "play"\nimage = "../secret.png"'),
     "proposal p1: '../secret.png' points outside the election folder"),
    ("unknown rule", _edit("election.toml", 'kind = "knapsack"', 'kind = "ranked"'),
     "rule: kind must be approval, knapsack or cumulative, got 'ranked'"),
    ("zero budget", _edit("election.toml", "budget = 500000", "budget = 0"),
     "rule: budget must be a positive whole number of kronor, got 0"),
    ("share over 100", _edit("election.toml", "min_spent_percent = 0", "min_spent_percent = 120"),
     "rule: min_spent_percent must be a whole number from 0 to 100, got 120"),
    ("approval without k", _edit("election.toml", 'kind = "knapsack"\nbudget = 500000\n'
                                 "min_spent_percent = 0", 'kind = "approval"'),
     "rule: 'max_choices' is missing"),
    ("approval k too big", _edit("election.toml", 'kind = "knapsack"\nbudget = 500000\n'
                                 "min_spent_percent = 0", 'kind = "approval"\nmax_choices = 9'),
     "rule: max_choices (9) is more than the number of proposals (3)"),
    ("cumulative per > total", _edit("election.toml", 'kind = "knapsack"\nbudget = 500000\n'
                                     "min_spent_percent = 0", 'kind = "cumulative"\n'
                                     "total_points = 3\nmax_per_proposal = 5"),
     "rule: max_per_proposal (5) cannot be more than total_points (3)"),
    ("knapsack with k", _edit("election.toml", "min_spent_percent = 0",
                              "min_spent_percent = 0\nmax_choices = 2"),
     "rule: 'max_choices' does not belong to a knapsack rule"),
    ("bad eligibility", _edit("election.toml", 'mode = "open"', 'mode = "bankid"'),
     "eligibility: mode must be open, staff-unlock, codes or personnummer, got 'bankid'"),
    ("personnummer without age", _edit("election.toml", 'mode = "open"', 'mode = "personnummer"'),
     "eligibility: personnummer mode needs minimum_age"),
    ("bad policy", _edit("election.toml", 'policy = "keep-last"', 'policy = "keep-best"'),
     "election: duplicates policy must be keep-first, keep-last or reject-all, got 'keep-best'"),
    ("unknown counting rule", _edit("election.toml", 'counting = "greedy"', 'counting = "gredy"'),
     "election: counting must be one of greedy, greedy-no-skip, greedy-threshold, equalshares, "
     "equalshares/add1, equalshares/add1-comparison, got 'gredy'"),
    ("threshold without a score", _edit("election.toml", 'counting = "greedy"',
                                         'counting = "greedy-threshold"'),
     "options: counting greedy-threshold needs min_score, the least number of votes"),
    ("closes before opens", _edit("election.toml", "closes = 2027-04-21", "closes = 2027-03-21"),
     "election: the voting period must close after it opens"),
    ("no time zone", _edit("election.toml", "opens = 2027-04-01T08:00:00+02:00",
                           "opens = 2027-04-01T08:00:00"),
     "election opens: needs a time zone, like 2027-04-01T08:00:00+02:00"),
    ("unknown language", _edit("election.toml", '"sv-simple", "en"', '"sv-simple", "en", "xx"'),
     "election: unknown language 'xx'; known: sv, sv-simple, fi, fit, se, smj, sma, en, ar"),
    ("default not offered", _edit("election.toml", 'default_language = "sv"',
                                  'default_language = "fi"'),
     "election: default_language 'fi' is not in languages"),
    ("wrong currency", _edit("election.toml", 'currency = "SEK"', 'currency = "EUR"'),
     "election: currency must be SEK, got 'EUR'"),
    ("uppercase election id", _edit("election.toml", 'id = "exempelby-2027"', 'id = "Exempelby"'),
     "election: id must be lowercase letters, digits and '-', got 'Exempelby'"),
    ("unknown setting", _edit("election.toml", "format = 1", "format = 1\nbudgett = 5"),
     "election.toml: unknown setting 'budgett'"),
    ("toml syntax", _edit("election.toml", "cost = 180000", "cost = = 180000"),
     "election.toml: is not valid TOML"),
    ("no tally key", _delete("tally.pub"),
     "election.toml: the tally public key file 'tally.pub' does not exist"),
    ("missing title", _edit("texts/sv.toml", 'title = "Ny lekplats vid skolan"\n', ""),
     "proposal p1, sv text: 'title' is missing"),
    ("empty summary", _edit("texts/en.toml",
                            'summary = "A meadow with flowers that help bees and butterflies."',
                            'summary = "  "'),
     "proposal p2, en text: summary must be a non-empty text"),
    ("title too long", _edit("texts/sv.toml", 'title = "Ny lekplats vid skolan"',
                             'title = "' + "x" * 130 + '"'),
     "proposal p1, sv text: title is 130 characters long, at most 120 are allowed"),
    ("text for unknown proposal", _edit("texts/en.toml", "[proposals.p3]", "[proposals.p9]"),
     "texts/en.toml: proposal p9 is not in election.toml"),
    ("texts in undeclared language", lambda f: (f / "texts" / "fi.toml").write_text(
        '[election]\ntitle = "Osallistuva budjetti"\n', encoding="utf-8"),
     "texts fi: language 'fi' is not in the election's languages"),
    ("no default language texts", _delete("texts/sv.toml"),
     "texts sv: the default language needs the election's title"),
    ("unknown text field", _edit("texts/sv.toml", 'place = "Badplatsen"',
                                 'place = "Badplatsen"\nprice = "gratis"'),
     "texts/sv.toml, proposal p3: unknown field 'price'"),
]


@pytest.mark.parametrize(("name", "edit", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_source_corpus(source, keys, name, edit, message):
    edit(source)
    with pytest.raises(PackageError) as error:
        build_package(source, keys["authority"])
    assert str(error.value).startswith(message), f"{name}: {error.value}"
    assert "\n" not in str(error.value)


def test_unreadable_tally_key_names_the_file(source, keys):
    (source / "tally.pub").write_text(json.dumps({"type": "something else"}), encoding="utf-8")
    with pytest.raises(PackageError, match=re.escape("tally.pub: is not a tally public key")):
        build_package(source, keys["authority"])



def test_the_package_names_its_counting_rule_and_older_folders_still_build(source, keys):
    """The counting rule is signed into the package before anyone votes; a folder without one
    (written before the setting existed) still builds, and the tally then asks for --rule."""
    pin = keys["authority"].public.fingerprint
    election = load_package_bytes(build_package(source, keys["authority"]), pin).election
    assert election.counting == "greedy"
    toml = (source / "election.toml").read_text(encoding="utf-8")
    (source / "election.toml").write_text(toml.replace('counting = "greedy"', ""),
                                          encoding="utf-8")
    rebuilt = load_package_bytes(build_package(source, keys["authority"]), pin)
    assert rebuilt.election.counting is None
