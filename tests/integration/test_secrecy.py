"""Guarantee 2: after casting, no plaintext choice is anywhere on the station's disk or output.

The election uses proposal ids and a survey answer nobody could find by chance; we search the
database, its WAL, the audit log, the export file and everything the simulator printed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import Ballot
from kiosk.package.survey_example import add_example_survey
from kiosk.station import StationService
from tests.conftest import example_source

SECRET_IDS = ["zebracrossing47", "quokkameadow19", "walrusbench88"]


def test_no_plaintext_choice_on_disk(tmp_path):
    source = example_source(tmp_path / "src")
    add_example_survey(source)
    for path in [source / "election.toml", *sorted((source / "texts").glob("*.toml"))]:
        text = path.read_text(encoding="utf-8")
        for old, new in zip(["p1", "p2", "p3"], SECRET_IDS, strict=True):
            text = text.replace(f'"{old}"', f'"{new}"').replace(f".{old}]", f".{new}]")
        text = text.replace('"65-plus"', '"octogenarian-marker"')
        path.write_text(text, encoding="utf-8")
    world = setup_demo_world(tmp_path / "world", source=source)
    station_dir = Path(world["station"])
    with StationService.open(station_dir) as station:
        station.open_polls()
        for chosen in (SECRET_IDS[:1], SECRET_IDS[1:2], [SECRET_IDS[0], SECRET_IDS[1]]):
            ticket = station.start_session("sv-simple")
            station.cast_ballot(ticket, Ballot.of(chosen), language="sv-simple", assisted=True,
                                survey={"age_band": "octogenarian-marker"})
        # read the files while the WAL still holds the fresh transactions
        on_disk = b"".join(p.read_bytes() for p in station_dir.glob("station.db*"))
        audit = b"".join(e.body for e in station.box.iter_audit())
        (tmp_path / "usb").mkdir()
        [export] = station.export_batches(tmp_path / "usb")
    simulate = subprocess.run([sys.executable, "-m", "kiosk", "simulate", "--data",
                               str(station_dir), "--ballots", "20", "--seed", "1"],
                              capture_output=True, timeout=120)
    assert simulate.returncode == 0
    haystacks = {"database+wal": on_disk, "audit": audit, "export": export.read_bytes(),
                 "simulate output": simulate.stdout + simulate.stderr,
                 "database after simulate": b"".join(
                     p.read_bytes() for p in station_dir.glob("station.db*"))}
    assert any(len(h) > 1000 for h in haystacks.values())
    needles = [s.encode() for s in SECRET_IDS] + [b"octogenarian-marker", b"choices",
                                                  b"sv-simple", b"assisted\":true"]
    for name, haystack in haystacks.items():
        for needle in needles:
            assert needle not in haystack, f"{needle!r} found in {name}"
