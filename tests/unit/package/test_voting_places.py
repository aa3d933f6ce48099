"""The optional, signed `[[places]]` list of election.toml: built into the package, read back,
shown by `kiosk election verify`, every bad entry refused with one sentence naming it; a folder
without places builds the same manifest as before (no `places` key)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain.errors import PackageError
from kiosk.domain.voting_places import VotingPlace
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.signed_package import build_package, load_package_bytes
from kiosk.package.source import read_source
from tests.conftest import example_source

PLACES = '''
[[places]]
name = "Exempelby bibliotek"
address = "Storgatan 1"
hours = "mån–fre 10–19"

[[places]]
name = "Medborgarhuset"
'''


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, pub, fingerprint = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "outer-pw")
    return {"authority": load_authority(key_path), "tally_pub": tally_pub, "pub": pub,
            "fingerprint": fingerprint}


def source(tmp_path: Path, keys: dict, extra: str = "") -> Path:
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    toml = folder / "election.toml"
    text = toml.read_text(encoding="utf-8")
    if extra.startswith("top:"):  # a top-level key, before the first table
        text = text.replace("format = 1\n", "format = 1\n" + extra[4:], 1)
    else:
        text += extra
    toml.write_text(text, encoding="utf-8")
    return folder


def test_places_are_signed_read_back_and_verified(tmp_path, keys):
    data = build_package(source(tmp_path, keys, PLACES), keys["authority"])
    election = load_package_bytes(data, keys["fingerprint"]).election
    assert election.places == (VotingPlace("Exempelby bibliotek", "Storgatan 1", "mån–fre 10–19"),
                               VotingPlace("Medborgarhuset"))
    assert election.places[0].line() == "Exempelby bibliotek, Storgatan 1 (mån–fre 10–19)"
    package = tmp_path / "election.pkg"
    package.write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "verify", str(package),
                           "--authority", keys["fingerprint"]], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert ("Places:     Exempelby bibliotek, Storgatan 1 (mån–fre 10–19); Medborgarhuset"
            in done.stdout)
    summary = json.loads(subprocess.run(
        [sys.executable, "-m", "kiosk", "election", "verify", str(package), "--json",
         "--authority", keys["fingerprint"]], capture_output=True, text=True).stdout)
    assert summary["places"] == ["Exempelby bibliotek, Storgatan 1 (mån–fre 10–19)",
                                 "Medborgarhuset"]


def test_a_folder_without_places_has_no_places_key(tmp_path, keys):
    manifest = read_source(source(tmp_path, keys)).manifest
    assert "places" not in manifest["election"]


@pytest.mark.parametrize(("extra", "said"), [
    ('\n[[places]]\naddress = "Storgatan 1"\n', "places #1: name must be a non-empty text"),
    ('\n[[places]]\nname = "A"\nphone = "1"\n', "places #1: unknown setting 'phone'"),
    ('\n[[places]]\nname = "A"\n[[places]]\nname = "A"\n', "places #2: the place 'A' is listed"),
    (f'\n[[places]]\nname = "{"x" * 81}"\n', "name is 81 characters long, at most 80"),
    ('\n[[places]]\nname = "A\\u202eB"\n', "places #1: name contains a hidden text-direction"),
    ('\n[[places]]\nname = "A\\nB"\n', "places #1: name must be one line"),
    ('\n[[places]]\nname = "A"\nhours = 10:00:00\n', "places #1: hours must be a text"),
    ("top:places = \"Biblioteket\"\n", "places: must be written as one or more [[places]]"),
    ("top:places = []\n", "places: must be written as one or more [[places]]"),
])
def test_bad_places_are_refused_naming_the_entry(tmp_path, keys, extra, said):
    folder = source(tmp_path, keys, extra)
    with pytest.raises(PackageError) as error:
        build_package(folder, keys["authority"])
    assert said in str(error.value)
