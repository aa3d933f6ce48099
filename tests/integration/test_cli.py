"""The `kiosk` command as other tools use it: stable outputs, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args: str, cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("cli") / "world"
    done = kiosk("demo", "setup", str(folder), "--json", "--stations", "2")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_demo_setup_json(world):
    for key in ("station", "package", "tally_key", "authority_key", "passphrase"):
        assert key in world
    assert Path(world["station"], "station.db").exists()
    assert len(world["stations"]) == 2
    assert world["passphrase"] == "demo"
    assert "DEMO" in Path(world["world"], "DEMO-ONLY.txt").read_text()


def test_demo_election_verifies_with_summary(world):
    done = kiosk("election", "verify", world["package"], "--authority",
                 world["authority_fingerprint"])
    assert done.returncode == 0, done.stderr
    assert "OK: the package is signed by authority" in done.stdout
    assert "knapsack" in done.stdout and "Counting:   greedy" in done.stdout
    summary = json.loads(kiosk("election", "verify", world["package"], "--json", "--authority",
                               world["authority_public"]).stdout)
    assert summary["proposals"] >= 10 and "sv-simple" in summary["languages"]
    assert summary["counting"] == "greedy"


def test_simulate_prints_only_codes_and_a_summary(world):
    done = kiosk("simulate", "--data", world["stations"][1], "--ballots", "7", "--seed", "3")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 8 and lines[-1].startswith("#")
    assert all(len(code) == 19 and code.count("-") == 3 for code in lines[:-1])
    report = json.loads(kiosk("box", "verify", "--data", world["stations"][1], "--json").stdout)
    assert report["ok"] is True and report["ballots"] == 7
    assert report["tracking_codes"] == lines[:-1]


def test_export_prints_paths_and_export_verify(world, tmp_path):
    kiosk("simulate", "--data", world["station"], "--ballots", "3")
    done = kiosk("export", "--data", world["station"], "--out", str(tmp_path / "usb"))
    assert done.returncode == 0, done.stderr
    [path] = done.stdout.splitlines()
    assert Path(path).is_file()
    ok = kiosk("export", "verify", path, "--package", world["package"], "--authority",
               world["authority_fingerprint"])
    assert ok.returncode == 0 and ok.stdout.startswith("OK:")
    data = bytearray(Path(path).read_bytes())
    data[len(data) // 2] ^= 0x20
    bad = tmp_path / "bad.export"
    bad.write_bytes(bytes(data))
    refused = kiosk("export", "verify", str(bad), "--package", world["package"], "--authority",
                    world["authority_fingerprint"])
    assert refused.returncode != 0
    assert len(refused.stderr.strip().splitlines()) == 1 and "bad.export" in refused.stderr
    again = kiosk("export", "--data", world["station"], "--out", str(tmp_path / "usb"))
    assert again.returncode == 0 and again.stdout == ""


@pytest.mark.parametrize("args", [
    ["box", "verify", "--data", "/nonexistent/station"],
    ["election", "verify", "/nonexistent.pkg", "--authority", "0000-0000-0000-0000"],
    ["election", "verify", __file__, "--authority", "0000-0000-0000-0000"],
    ["election", "build", "/nonexistent", "--key", "/nonexistent.key", "-o", "/tmp/x.pkg"],
    ["simulate", "--data", "/nonexistent", "--ballots", "1"],
    ["keys", "tally", "--out", "/tmp/kiosk-test-tally"],  # no passphrase and no terminal
])
def test_errors_are_one_clear_line(args):
    done = kiosk(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("kiosk: ")


def test_wrong_authority_on_station_init(world, tmp_path):
    done = kiosk("station", "init", "--data", str(tmp_path / "s"), "--package", world["package"],
                 "--authority", "0000-0000-0000-0000")
    assert done.returncode == 2 and "not by the expected 0000-0000-0000-0000" in done.stderr
    assert not (tmp_path / "s").exists()


def test_bench_cast_small_prints_the_interface(tmp_path):
    done = kiosk("bench", "cast", "--json", "--prefill", "200", "--samples", "30")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for key in ("p50_ms_empty", "p99_ms_empty", "p50_ms_full", "p99_ms_full", "prefill",
                "ratio_p99", "floor_p99_ms"):
        assert isinstance(result[key], int | float)
    assert result["ballots_in_box"] >= 200


def test_readme_real_election_walkthrough(tmp_path):
    """The README's 'A real election, step by step', command by command."""
    import os

    env_pass = {"KIOSK_TALLY_PASS": "correct horse battery", "KIOSK_OUTER_PASS": "other officers"}

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                              text=True, timeout=120, cwd=tmp_path, env={**os.environ, **env_pass})
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done.stdout

    fingerprint = run("keys", "authority", "--out", "authority").split("Fingerprint:")[1].split()[0]
    run("keys", "tally", "--out", "tally", "--passphrase-env", "KIOSK_TALLY_PASS",
        "--outer-passphrase-env", "KIOSK_OUTER_PASS")
    run("election", "init", "my-election")
    tally_pub = (tmp_path / "tally" / "tally.pub").read_bytes()
    (tmp_path / "my-election" / "tally.pub").write_bytes(tally_pub)
    run("election", "build", "my-election", "--key", "authority/authority.key", "-o",
        "election.pkg")
    assert "OK:" in run("election", "verify", "election.pkg", "--authority", fingerprint)
    run("station", "init", "--data", "st", "--package", "election.pkg", "--label",
        "Hagaby bibliotek", "--authority", fingerprint)
    request = run("station", "request", "--data", "st").strip()
    run("station", "certify", request, "--key", "authority/authority.key", "--package",
        "election.pkg", "-o", "certificate.json")
    run("station", "enrol", "certificate.json", "--data", "st")
    assert "open" in run("polls", "open", "--data", "st")
    codes = run("simulate", "--data", "st", "--ballots", "3").splitlines()[:-1]
    status = json.loads(run("station", "status", "--data", "st", "--json"))
    assert status["ballots"] == 3 and status["enrolled"] and status["label"] == "Hagaby bibliotek"
    assert json.loads(run("box", "verify", "--data", "st", "--json"))["tracking_codes"] == codes
    [path] = run("export", "--data", "st", "--out", "usb").splitlines()
    assert run("export", "verify", path, "--package", "election.pkg", "--authority",
               "authority/authority.pub").startswith("OK:")
    # the tally key really is encrypted: wrong passphrase is refused in one line
    from kiosk.domain.errors import KeyFileError
    from kiosk.package.authority_keys import load_tally

    with pytest.raises(KeyFileError, match="wrong passphrase"):
        load_tally(tmp_path / "tally/tally.key", "wrong")
    # the outer-envelope key is another file, with the other officers' passphrase
    from kiosk.package.authority_keys import load_outer

    with pytest.raises(KeyFileError, match="wrong passphrase"):
        load_outer(tmp_path / "tally/outer.key", "correct horse battery")
    outer = load_outer(tmp_path / "tally/outer.key", "other officers")
    assert outer.public != load_tally(tmp_path / "tally/tally.key",
                                      "correct horse battery").seal.public
