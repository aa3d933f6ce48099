"""`kiosk demo setup DIR --eligibility open|codes|personnummer` and `kiosk simulate --identities`:
a demo world in each mode, one ballot per listed identity, refusals on stderr, the run goes on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def setup(folder: Path, mode: str) -> dict:
    done = kiosk("demo", "setup", str(folder), "--json", "--stations", "2", "--eligibility", mode)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_codes_world_has_cards_list_and_a_tally_that_knows_it(tmp_path):
    world = setup(tmp_path / "w", "codes")
    assert world["eligibility"] == "codes"
    assert Path(world["code_cards"]).read_bytes().startswith(b"%PDF")
    codes = Path(world["identities_file"]).read_text(encoding="utf-8").split()
    assert len(codes) == 200 and all(len(c) == 24 for c in codes)
    listed = tmp_path / "ids.txt"
    listed.write_text("\n".join([*codes[:4], "# a comment", "", "K7MA-9XHT-4TNC-HRWA-3PEN",
                                 "not a code", codes[0]]) + "\n", encoding="utf-8")
    done = kiosk("simulate", "--data", world["station"], "--identities", str(listed))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 5 and done.stdout.splitlines()[-1].startswith("# 4 ")
    refusals = [line for line in done.stderr.splitlines() if "refused" in line]
    assert [line.split(": refused: ")[0] for line in refusals] == [
        f"{listed}:7", f"{listed}:8", f"{listed}:9"]
    assert "was not issued" in refusals[0] and "20 letters and digits" in refusals[1]
    assert "already voted at this station" in refusals[2]
    usb = tmp_path / "usb"
    assert kiosk("export", "--all", "--data", world["station"], "--out", str(usb)).returncode == 0
    db = f"sqlite:///{world['tally_db']}"
    assert kiosk("tally", "import", *map(str, usb.glob("*.export")), "--db", db).returncode == 0
    assert kiosk("tally", "close", "--db", db).returncode == 0
    (tmp_path / "pass").write_text("demo\n", encoding="utf-8")
    counted = kiosk("tally", "count", "--db", db, "--key", world["tally_key"],
                    "--passphrase-file", str(tmp_path / "pass"), "--outer-key",
                    world["outer_key"], "--outer-passphrase-file", str(tmp_path / "pass"),
                    "--quiet")
    assert counted.returncode == 0, counted.stderr
    assert "Records 4, set aside before opening 0, opened 4, valid 4" in counted.stdout


def test_personnummer_world_and_identities(tmp_path):
    world = setup(tmp_path / "w", "personnummer")
    people = Path(world["identities_file"]).read_text(encoding="utf-8").split()
    assert len(people) >= 190
    listed = tmp_path / "ids.txt"
    listed.write_text("\n".join([*people[:3], "19991332-1234", "20200101-0008"]) + "\n",
                      encoding="utf-8")
    done = kiosk("simulate", "--data", world["station"], "--identities", str(listed))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("# 3 ")
    assert done.stderr.count("refused") == 2


@pytest.mark.parametrize("mode", ["open"])
def test_open_world(tmp_path, mode):
    world = setup(tmp_path / "w", mode)
    assert world["eligibility"] == "open" and "identities_file" not in world
    assert kiosk("simulate", "--data", world["station"], "--ballots", "2").returncode == 0


def test_codes_world_without_identities_says_how(tmp_path):
    world = setup(tmp_path / "w", "codes")
    done = kiosk("simulate", "--data", world["station"], "--ballots", "2")
    assert done.returncode == 2 and "--identities FILE" in done.stderr
    assert done.stderr.count("\n") == 1
