"""kill -9 during `kiosk export`: the station box still verifies, nothing half-written is left
where the tally would look, and the next export is complete."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.export_file import verify_export
from kiosk.package.signed_package import load_package
from kiosk.station import StationService

KILLS = 4
BALLOTS = 15_000


def test_kill_during_export_loses_nothing(example_world, tmp_path):
    station_dir = example_world["station"]
    rng = random.Random(11)
    with StationService.open(station_dir) as station:
        station.open_polls()
        station.prefill_for_benchmark(BALLOTS, lambda: random_ballot(station.election, rng))
    usb = tmp_path / "usb"
    usb.mkdir()
    # How long one export takes here, so the kills land inside it.
    started = time.monotonic()
    timing = subprocess.run([sys.executable, "-m", "kiosk", "export", "--data", station_dir,
                             "--out", str(tmp_path / "timing"), "--all"], capture_output=True,
                            timeout=300)
    assert timing.returncode == 0, timing.stderr
    duration = time.monotonic() - started
    for _ in range(KILLS):
        process = subprocess.Popen([sys.executable, "-m", "kiosk", "export", "--data",
                                    station_dir, "--out", str(usb), "--all"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.2, 0.95) * duration)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        report = json.loads(subprocess.run(
            [sys.executable, "-m", "kiosk", "box", "verify", "--data", station_dir, "--json"],
            capture_output=True, text=True, timeout=300).stdout)
        assert report["ok"] and report["ballots"] == BALLOTS
    # Only complete files carry the export name; partial ones are hidden temporary files.
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    for path in usb.glob("*.export"):
        verify_export(path.read_bytes(), package.election, package.authority)
    done = subprocess.run([sys.executable, "-m", "kiosk", "export", "--data", station_dir,
                           "--out", str(tmp_path / "after")], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    with StationService.open(station_dir) as station:
        exported_to = max((e["last_seq"] for e in station.box.exports()), default=0)
    paths = [line for line in done.stdout.splitlines() if line]
    if exported_to < BALLOTS:  # every kill landed before the export was recorded
        [path] = paths
        verified = verify_export(Path(path).read_bytes(), package.election, package.authority)
        assert verified.last_seq == BALLOTS
    else:  # an export completed and was recorded: nothing is new, and the files cover it all
        assert paths == []
        assert any(verify_export(p.read_bytes(), package.election, package.authority).last_seq
                   == BALLOTS for p in usb.glob("*.export"))
