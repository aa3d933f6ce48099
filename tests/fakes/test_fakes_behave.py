"""The fakes behave like the things they stand for, as the kiosk's own code sees them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk import clock
from kiosk.station.media import removable_media
from tests.fakes.clock import FakeClock
from tests.fakes.usb import FakeUsbDrive


def test_the_kiosk_reads_the_fake_clock_only_inside_use_clock():
    fake = FakeClock(datetime(2027, 4, 21, 9, 0, tzinfo=UTC))
    with clock.use_clock(fake):
        assert clock.now() == datetime(2027, 4, 21, 9, 0, tzinfo=UTC)
        fake.sleep(90)
        assert clock.now() == datetime(2027, 4, 21, 9, 1, 30, tzinfo=UTC)
        assert fake.slept == [90]
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5


def test_the_fake_clock_never_goes_back_and_is_aware():
    fake = FakeClock()
    before = fake.monotonic()
    fake.advance(2.5)
    assert fake.monotonic() == before + 2.5
    with pytest.raises(ValueError):
        fake.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2027, 1, 1))


def test_a_fake_stick_is_found_written_locked_and_pulled_out(tmp_path):
    drive = FakeUsbDrive(tmp_path, label="VALDAG 1")
    [found] = removable_media(drive.mounts_file, roots=drive.roots)
    assert found.path == drive.path and found.label == "VALDAG 1" and not found.read_only
    assert found.device == "/dev/sdb1" and found.free_bytes > 0
    (drive.path / "a.export").write_bytes(b"x")
    assert [p.name for p in drive.files("*.export")] == ["a.export"]
    drive.make_read_only()
    assert removable_media(drive.mounts_file, roots=drive.roots)[0].read_only
    assert drive.find_media()[0].read_only
    drive.pull_out()
    assert removable_media(drive.mounts_file, roots=drive.roots) == []
    assert drive.find_media() == [] and drive.files() == []
