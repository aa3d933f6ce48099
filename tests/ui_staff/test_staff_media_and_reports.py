"""Removable media from /proc/mounts (no Qt), and the report PDFs (rendered text checked with
pdftotext when it is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.domain.errors import KioskError
from kiosk.printing.station_reports import report_file_name, report_rows, write_station_report
from kiosk.station.media import describe, parse_mounts, removable_media, unescape_mount_field

MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/staff/VALSTICKA vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /run/media/staff/My\040Stick exfat ro,nosuid,nodev,relatime 0 0
/dev/sdd1 /media/USB1 vfat rw,relatime 0 0
tmpfs /media/ramdisk tmpfs rw 0 0
/dev/sde1 /media ext4 rw 0 0
/dev/sdf1 /mnt/backup ext4 rw 0 0
"""


def test_mounts_under_media_roots_only():
    found = parse_mounts(MOUNTS)
    assert found == [("/dev/sdb1", "/media/staff/VALSTICKA", False),
                     ("/dev/sdc1", "/run/media/staff/My Stick", True),
                     ("/dev/sdd1", "/media/USB1", False)]
    assert unescape_mount_field(r"a\040b\011c\134d") == "a b\tc\\d"


def test_removable_media_with_free_space(tmp_path):
    stick = tmp_path / "media" / "staff" / "STICK 1"
    stick.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw 0 0\n"
                      f"/dev/sdc1 {tmp_path}/media/gone vfat rw 0 0\n", encoding="utf-8")
    [medium] = removable_media(mounts, roots=(str(tmp_path / "media"),))
    assert medium.path == stick and medium.label == "STICK 1" and not medium.read_only
    assert medium.free_bytes > 0 and medium.total_bytes >= medium.free_bytes
    assert removable_media(tmp_path / "no-such-file") == []
    assert describe(tmp_path / "nothing-here") is None


REPORT = {
    "kind": "closing", "time": "2026-11-25T16:02:03+00:00", "election_id": "hagaby-2027",
    "election_title": "Medborgarbudget Hagaby 2027", "package_hash": "ab" * 32,
    "authority": "82P5-WGWC-HXT2-JGC0", "station_id": "H5N3-K5CG-FN42-T4D1",
    "label": "Hagaby bibliotek", "mode": "official", "polls": "closed", "ballots": 412,
    "last_record_hash": "cd" * 32, "exports": 2, "not_exported": 0, "not_synced": 17,
}


def test_report_rows_have_both_languages():
    rows = dict(((sv, en), value) for sv, en, value in report_rows(REPORT))
    assert rows[("Avgivna röster", "Ballots cast")] == "412"
    assert rows[("Ej synkade röster", "Ballots not synced")] == "17"
    assert rows[("Röstningen", "Polls")] == "stängd / closed"
    zero = dict(((sv, en), v) for sv, en, v in report_rows({**REPORT, "kind": "zero",
                                                            "ballots": 0}))
    assert zero[("Röster i valurnan", "Ballots in the ballot box")] == "0"
    assert ("Avgivna röster", "Ballots cast") not in zero
    assert report_file_name({**REPORT, "mode": "test"}).endswith("-TEST.pdf")


@pytest.mark.parametrize("mode", ["official", "test"])
def test_report_pdf(tmp_path, mode):
    path = write_station_report(tmp_path / "r.pdf", {**REPORT, "mode": mode})
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data  # one A4 page
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("Slutrapport", "Closing report", "H5N3-K5CG-FN42-T4D1", "412",
                     "Hagaby bibliotek", "cdcdcdcdcdcdcdcd", "Underskrift / Signature"):
        assert expected in text, expected
    assert ("TEST MODE" in text) == (mode == "test")
    size = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "595.276 x 841.89" in size or "595 x 842" in size or "A4" in size


def test_report_pdf_on_a_path_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KioskError) as caught:
        write_station_report(Path(blocker, "sub", "r.pdf"), REPORT)
    assert caught.value.message_id == "report.write_failed"
