"""A package with signed rule options, from the station to a verified public record: the tally
sets aside a proposal below the share of voters, funds one of an incompatible pair and says so
in results.json, the Pabulib export and the protocol; a record whose options were edited fails
verification."""

from __future__ import annotations

import json
import shutil

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import Ballot
from kiosk.station import StationService
from tests.conftest import example_source

OPTIONS = '\n[options]\nmin_voter_share_percent = 30\nincompatible = [["p2", "p3"]]\n'
BALLOTS = [["p2", "p3"]] * 4 + [["p3"]] * 2 + [["p2"]] + [["p1"]] * 2 + [[]]


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("options")
    source = example_source(tmp / "src")
    toml = source / "election.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + OPTIONS, encoding="utf-8")
    world = setup_demo_world(tmp / "world", stations=1, source=source)
    with StationService.open(world["stations"][0]) as station:
        station.open_polls()
        for choices in BALLOTS:
            station.cast_ballot(station.start_session(), Ballot.of(choices))
    usb = tmp / "usb"
    assert kiosk(["export", "--data", world["stations"][0], "--out", str(usb)]) == 0
    db = f"sqlite:///{tmp / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, usb.glob("*.export"))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "report", "--db", db, "--out", str(tmp / "report")]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp / "record")]) == 0
    return {"tmp": tmp, "world": world}


def test_results_say_what_the_options_did(record):
    results = json.loads((record["tmp"] / "record" / "results.json").read_text("utf-8"))
    results = results.get("signed", results)
    assert results["funded"] == ["p3"] and results["spent"] == 250000
    assert {p["id"]: p["score"] for p in results["projects"]} == {"p1": 2, "p2": 5, "p3": 6}
    assert results["options"] == {
        "min_voter_share_percent": 30, "incompatible": [["p2", "p3"]],
        "set_aside": {"p1": "below-voter-share"}, "incompatible_skipped": {"p2": "p3"}}


def test_the_pabulib_export_names_the_options(record):
    text = (record["tmp"] / "record" / "results.pb").read_text("utf-8")
    assert "Röstkiosk rule options: " in text and "at most one of p2, p3 can be funded" in text


def test_the_record_verifies_and_an_edited_option_is_caught(record, capsys, tmp_path):
    fingerprint = record["world"]["authority_fingerprint"]
    folder = record["tmp"] / "record"
    assert kiosk(["tally", "verify", str(folder), "--authority", fingerprint, "--quiet"]) == 0
    assert "OK: the record is consistent" in capsys.readouterr().out
    copy = tmp_path / "record"
    shutil.copytree(folder, copy)
    path = copy / "results.json"
    text = path.read_text("utf-8")
    assert '"incompatible_skipped":{"p2":"p3"}' in text
    path.write_text(text.replace('"incompatible_skipped":{"p2":"p3"}',
                                 '"incompatible_skipped":{}'), encoding="utf-8")
    assert kiosk(["tally", "verify", str(copy), "--authority", fingerprint, "--quiet"]) != 0


def test_the_protocol_names_the_options_and_why(record):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    import subprocess

    pdf = record["tmp"] / "report" / "protocol.pdf"
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    flat = " ".join(text.split())
    assert "Regelval / Rule options" in flat
    assert "stöd på minst 30 % av rösterna" in flat and "högst ett av p2, p3" in flat
    assert "nej / no: för litet stöd / too little support" in flat
    assert "utesluts av p3" in flat


def test_verify_catches_options_that_do_not_match_the_ballots_even_when_signed(record,
                                                                                 tmp_path,
                                                                                 capsys):
    """A results.json re-signed with the tally key but claiming another set-aside proposal:
    the re-count from the published ballots disagrees, and verify names the options."""
    import hashlib

    from kiosk.crypto.canonical import canonical, decode_canonical
    from kiosk.crypto.signed import sign_object
    from kiosk.package.authority_keys import load_tally
    from kiosk.tally.record_format import RESULT_TYPE

    copy = tmp_path / "record"
    shutil.copytree(record["tmp"] / "record", copy)
    path = copy / "results.json"
    envelope = decode_canonical(path.read_bytes().rstrip(b"\n"))
    results = envelope["signed"]
    assert results["type"] == RESULT_TYPE
    results["options"]["set_aside"] = {"p1": "below-min-score"}  # not what the package says
    keys = load_tally(record["world"]["tally_key"], record["world"]["passphrase"])
    path.write_bytes(canonical(sign_object(keys.sign, results)) + b"\n")
    sums = copy / "SHA256SUMS"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sums.write_text("".join(
        f"{digest}  results.json\n" if line.endswith("  results.json") else line + "\n"
        for line in sums.read_text("ascii").splitlines()), encoding="ascii")
    capsys.readouterr()
    code = kiosk(["tally", "verify", str(copy), "--authority",
                  record["world"]["authority_fingerprint"], "--quiet"])
    out, err = capsys.readouterr()
    assert code != 0
    assert "rule options" in out + err, out + err
