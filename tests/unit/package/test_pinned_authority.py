"""Trust is pinned: every command that takes an election package refuses it unless it was told
the authority (fingerprint or authority.pub), and refuses a package signed by anyone else —
including the genuine package re-signed by a fresh key, which is self-consistent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.crypto.canonical import b64, canonical, decode_canonical
from kiosk.crypto.keys import SigningKey
from kiosk.package.pinning import normalise_fingerprint, pinned_fingerprint


def kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("pin")
    done = kiosk("demo", "setup", str(root / "world"), "--json")
    assert done.returncode == 0, done.stderr
    world = json.loads(done.stdout)
    # A stranger's authority key, and the genuine package re-signed with it (the attack).
    assert kiosk("keys", "authority", "--out", str(root / "stranger")).returncode == 0
    world["foreign_public"] = str(root / "stranger" / "authority.pub")
    doc = decode_canonical(Path(world["package"]).read_bytes())
    forger = SigningKey.generate()
    doc["authority"] = b64(forger.public.raw)
    doc["signature"] = b64(forger.sign(canonical(doc["manifest"])))
    world["forged_package"] = str(root / "forged.pkg")
    Path(world["forged_package"]).write_bytes(canonical(doc))
    world["forger_fingerprint"] = forger.public.fingerprint
    # An export file and a published record, for the commands that check those.
    station = world["station"]
    assert kiosk("simulate", "--data", station, "--ballots", "2").returncode == 0
    done = kiosk("export", "--data", station, "--out", str(root / "usb"))
    world["export"] = done.stdout.split()[0]
    db = f"sqlite:///{root / 'tally.db'}"
    steps = [("tally", "init", "--package", world["package"], "--db", db, "--authority",
              world["authority_fingerprint"]),
             ("tally", "import", world["export"], "--db", db),
             ("tally", "close", "--db", db)]
    for step in steps:
        assert kiosk(*step).returncode == 0
    (root / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk("tally", "count", "--db", db, "--key", world["tally_key"], "--passphrase-file",
                 str(root / "pass"), "--quiet").returncode == 0
    assert kiosk("tally", "publish", "--db", db, "--out", str(root / "record")).returncode == 0
    world["record"] = str(root / "record")
    world["root"] = str(root)
    return world


def commands(world: dict, package: str, target: Path) -> dict[str, list[str]]:
    """Every command that takes an election package, without --authority."""
    return {
        "election verify": ["election", "verify", package],
        "station init": ["station", "init", "--data", str(target / "station"), "--package",
                         package],
        "tally init": ["tally", "init", "--package", package, "--db",
                       f"sqlite:///{target / 'tally.db'}"],
        "export verify": ["export", "verify", world["export"], "--package", package],
        "tally verify": ["tally", "verify", world["record"], "--quiet"],
    }


def _refused(done: subprocess.CompletedProcess, *needles: str) -> None:
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    for needle in needles:
        assert needle in done.stderr


@pytest.mark.parametrize("name", ["election verify", "station init", "tally init",
                                  "export verify", "tally verify"])
def test_every_package_taking_command_refuses_without_a_pinned_authority(world, tmp_path, name):
    args = commands(world, world["package"], tmp_path)[name]
    _refused(kiosk(*args), "say which election authority to trust with --authority")
    assert not (tmp_path / "station").exists() and not (tmp_path / "tally.db").exists()


@pytest.mark.parametrize("name", ["election verify", "station init", "tally init",
                                  "export verify", "tally verify"])
def test_every_package_taking_command_refuses_a_foreign_authority(world, tmp_path, name):
    args = commands(world, world["package"], tmp_path)[name]
    stranger = pinned_fingerprint(world["foreign_public"])
    _refused(kiosk(*args, "--authority", world["foreign_public"]),
             f"not by the expected {stranger}")
    assert not (tmp_path / "station").exists() and not (tmp_path / "tally.db").exists()


@pytest.mark.parametrize("name", ["election verify", "station init", "tally init"])
def test_a_package_re_signed_by_a_fresh_key_is_refused(world, tmp_path, name):
    args = commands(world, world["forged_package"], tmp_path)[name]
    _refused(kiosk(*args, "--authority", world["authority_public"]),
             f"signed by authority {world['forger_fingerprint']}")
    assert not (tmp_path / "station").exists() and not (tmp_path / "tally.db").exists()


@pytest.mark.parametrize("how", ["fingerprint", "lower-case fingerprint", "public key file"])
def test_the_genuine_authority_is_accepted_in_every_spelling(world, tmp_path, how):
    pin = {"fingerprint": world["authority_fingerprint"],
           "lower-case fingerprint": world["authority_fingerprint"].lower().replace("-", " "),
           "public key file": world["authority_public"]}[how]
    done = kiosk("election", "verify", world["package"], "--authority", pin)
    assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stderr


def test_an_authority_that_is_neither_fingerprint_nor_file_is_named(world):
    done = kiosk("election", "verify", world["package"], "--authority", "authority.pub")
    _refused(done, "is neither an authority fingerprint", "nor an authority.pub file")


def test_fingerprints_normalise():
    assert normalise_fingerprint("0f09 jt19 sf3z wffd") == "0F09-JT19-SF3Z-WFFD"
    assert normalise_fingerprint("0F09-JT19-SF3Z-WFF") is None
    assert normalise_fingerprint("0F09-JT19-SF3Z-WFFU") is None  # U is not Crockford base32
    assert normalise_fingerprint("OF09-JTI9-SF3Z-WFFD") == "0F09-JT19-SF3Z-WFFD"  # look-alikes
