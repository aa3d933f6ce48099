"""Export faults through the staff screen: a stick that is full, read-only or pulled out gives a
clear message, nothing is recorded as exported, the box still verifies, and the next export to a
good stick is complete.

Running as root here, a chmod-ed folder is still writable, so "read-only" and "full" are
simulated at the write call with the errno the kernel gives (EROFS, ENOSPC); "pulled out" is real:
the folder is removed after it was chosen."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.ledger.export_file import verify_export
from kiosk.package.signed_package import load_package
from kiosk.station import exporting
from kiosk.station.media import describe


def _cast(service, count: int) -> None:
    service.open_polls()
    for index in range(count):
        service.cast_ballot(service.start_session(), Ballot.of([f"p{index % 3 + 1}"]))


def _failing_write(code: int):
    def write(path: Path, data: bytes, mode: int = 0o644) -> None:
        Path(path).parent.joinpath(Path(path).name + ".tmp").write_bytes(data[: len(data) // 2])
        Path(path).parent.joinpath(Path(path).name + ".tmp").unlink()
        raise OSError(code, errno.errorcode[code])
    return write


@pytest.mark.parametrize(("code", "expected"), [
    (errno.EROFS, "cannot be written to (read-only or locked). Nothing was exported."),
    (errno.ENOSPC, "The USB stick is full. Nothing was exported."),
])
def test_read_only_or_full_stick(staff_world, open_panel, monkeypatch, code, expected):
    staff = open_panel(staff_world["station"])
    _cast(staff.service, 3)
    staff.login()
    staff.panel.show_page("export")
    staff.settle()
    monkeypatch.setattr(exporting, "write_atomic", _failing_write(code))
    staff.click("staff-export-new")
    assert expected in staff.text("staff-export-message")
    assert staff.find("staff-export-progress").value() == 0
    assert list(staff.usb.iterdir()) == []
    status = staff.service.status()
    assert status.not_exported == 3 and status.last_export is None
    assert staff.service.verify_box().ok
    monkeypatch.undo()
    staff.click("staff-export-new")
    assert staff.text("staff-export-message").startswith("Done.")
    _verify_complete(staff, staff_world, 3)


def test_stick_pulled_out(staff_world, open_panel, tmp_path):
    stick = tmp_path / "stick-that-goes"
    stick.mkdir()
    good = tmp_path / "good-stick"
    good.mkdir()
    media = [stick]
    staff = open_panel(staff_world["station"],
                       find_media=lambda: [m for m in map(describe, media) if m is not None])
    _cast(staff.service, 2)
    staff.login()
    staff.panel.show_page("export")
    staff.settle()
    assert staff.panel.pages["export"].media.selected() == stick
    shutil.rmtree(stick)  # pulled out after it was chosen
    staff.click("staff-export-full")
    assert "The USB stick is gone (was it pulled out?). Nothing was exported." in \
        staff.text("staff-export-message")
    assert staff.service.status().not_exported == 2
    assert staff.service.verify_box().ok
    # The list no longer offers the stick; the new one is chosen and gets everything.
    media[:] = [good]
    staff.click("staff-export-rescan")
    assert staff.panel.pages["export"].media.selected() == good
    staff.click("staff-export-new")
    assert staff.text("staff-export-message").startswith("Done.")
    [written] = staff.panel.pages["export"].written
    assert written.parent == good
    _verify_complete(staff, staff_world, 2)


def test_no_stick_at_all(staff_world, open_panel):
    staff = open_panel(staff_world["station"], find_media=lambda: [])
    staff.login()
    staff.panel.show_page("export")
    staff.settle()
    assert staff.find("staff-export-no-media").text().startswith("No USB stick found")
    staff.click("staff-export-new")
    assert staff.text("staff-export-message") == "Choose a USB stick or folder first."


def _verify_complete(staff, world: dict, count: int) -> None:
    [path] = staff.panel.pages["export"].written
    package = load_package(Path(world["package"]))
    verified = verify_export(path.read_bytes(), package.election, package.authority)
    assert [r.seq for r in verified.records] == list(range(1, count + 1))
    assert staff.service.status().not_exported == 0
