"""A whole voting day through the staff screens: set-up wizard on a fresh folder, test mode, zero
report, test ballots, official mode (test ballots gone), voting, pause, close with the closing
report, export to a "USB stick" and verification of the export file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import PollsError
from kiosk.ledger.export_file import verify_export
from kiosk.package.authority_keys import load_authority
from kiosk.package.certificates import certificate_file
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.media import describe
from kiosk.ui.app import application
from kiosk.ui.staff import StaffSettings
from kiosk.ui.staff.setup_wizard import SetupWizard
from kiosk.ui.staff.theme import full_stylesheet
from tests.conftest import make_world

NEW_PIN = "480271"


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def run_wizard(qtbot, world: dict, data: Path, usb: Path) -> None:
    shutil.copyfile(world["package"], usb / "election.pkg")
    app = application()
    app.setStyleSheet(full_stylesheet("default", 64))
    wizard = SetupWizard(data, StaffSettings(language="en",
                                             find_media=lambda: [describe(usb)]))
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)

    def settle():
        workers = [wizard.work, wizard.package_files.background, wizard.cert_files.background,
                   wizard.request_media.background]
        qtbot.waitUntil(lambda: all(w.idle for w in workers), timeout=15000)
        QApplication.processEvents()

    def click(name):
        found = [w for w in wizard.findChildren(QWidget, name) if w.isVisible()]
        assert found and found[0].isEnabled(), (name, wizard.step, wizard.message.text())
        found[0].click()
        settle()

    settle()
    assert wizard.step == "package"
    click("setup-package-file-0")
    click("setup-next")
    assert wizard.step == "verify", wizard.message.text()
    assert wizard.fingerprint.text() == world["authority_fingerprint"]
    wizard.label_field.setText("Hagaby testbibliotek")
    # Staff must type the printed fingerprint: a look-alike one keeps the station uncreated.
    assert not wizard.next.isEnabled()
    wrong = ("0000" if not world["authority_fingerprint"].startswith("0000") else "1111") \
        + world["authority_fingerprint"][4:]
    wizard.fingerprint_check.typed.setText(wrong)
    assert not wizard.next.isEnabled()
    assert "not this package's fingerprint" in wizard.fingerprint_check.mismatch.text()
    wizard.fingerprint_check.typed.setText(world["authority_fingerprint"].lower())
    assert wizard.fingerprint_check.mismatch.text() == ""
    click("setup-next")
    assert wizard.step == "request", wizard.message.text()
    click("setup-request-write")
    [request_file] = usb.glob("enrolment-request-*.json")
    # At the election authority: certify the request, hand back a file on the same stick.
    request = json.loads(request_file.read_text(encoding="utf-8"))
    certificate = certificate_file(request, load_authority(Path(world["authority_key"])),
                          world["election"])
    (usb / "certificate.json").write_text(json.dumps(certificate), encoding="utf-8")
    click("setup-next")
    assert wizard.step == "certificate"
    wizard.cert_files.scan()
    settle()
    click("setup-cert-file-0")
    click("setup-cert-install")
    assert wizard.step == "pin", wizard.message.text()
    for field in wizard.pin_fields:
        field.setText("123456")
    click("setup-next")
    assert wizard.step == "pin" and "too easy" in wizard.message.text()
    wizard.pin_fields[0].setText(NEW_PIN)
    wizard.pin_fields[1].setText(NEW_PIN[::-1])
    click("setup-next")
    assert wizard.step == "pin" and "not the same" in wizard.message.text()
    for field in wizard.pin_fields:
        field.setText(NEW_PIN)
    click("setup-next")
    assert wizard.step == "done", wizard.message.text()
    assert not wizard.done_warning.isVisible()
    wizard.shutdown()
    wizard.close()


def cast(service: StationService, count: int) -> None:
    for index in range(count):
        service.cast_ballot(service.start_session(), Ballot.of([f"p{index % 3 + 1}"]))


def test_a_whole_voting_day(qtbot, tmp_path, open_panel):
    world = make_world(tmp_path / "authority-side")
    usb = tmp_path / "stick"
    usb.mkdir()
    data = tmp_path / "new-station"
    run_wizard(qtbot, world, data, usb)

    service = StationService.open(data)
    assert service.status().enrolled and service.status().label == "Hagaby testbibliotek"
    staff = open_panel(data, service=service, find_media=lambda: [describe(usb)])
    staff.login(NEW_PIN)
    reports = staff.panel.ctx.reports_dir

    # Logic-and-accuracy check in test mode before opening.
    staff.panel.show_page("mode")
    staff.settle()
    staff.click("staff-mode-test")
    staff.confirm()
    assert service.status().mode == "test"
    assert staff.find("staff-test-banner").isVisible()
    staff.panel.show_page("polls")
    staff.settle()
    staff.click("staff-polls-open")
    staff.confirm()
    assert service.status().polls == "open"
    [test_zero] = reports.glob("*zero*TEST.pdf")
    cast(service, 2)
    staff.click("staff-polls-close")
    staff.confirm()
    assert len(list(reports.glob("*closing*TEST.pdf"))) == 1

    # Official mode wipes the test ballots (after a warning that says how many).
    staff.panel.show_page("mode")
    staff.settle()
    staff.click("staff-mode-official")
    assert "(2)" in staff.text("staff-confirm-detail")
    staff.confirm()
    status = service.status()
    assert status.mode == "official" and status.test_ballots == 0 and status.ballots == 0
    assert "2" in staff.text("staff-mode-message")
    assert not staff.panel.banner.isVisible()

    # Opening: zero report on screen and as PDF.
    staff.panel.show_page("polls")
    staff.settle()
    staff.click("staff-polls-open")
    staff.confirm()
    assert "OPEN" in staff.text("staff-polls-state")
    assert staff.text("staff-report-title") == "Zero report"
    zero = staff.panel.pages["polls"].report_path
    assert zero is not None and zero.exists() and zero != test_zero
    assert zero.read_bytes().startswith(b"%PDF")
    text = pdf_text(zero)
    if text is not None:
        assert "Nollrapport" in text and service.station_id in text
        assert "TEST" not in text.split("Läge")[0]

    cast(service, 3)
    staff.click("staff-polls-pause")
    staff.confirm()
    assert service.status().polls == "paused"
    with pytest.raises(PollsError):
        service.start_session()
    staff.click("staff-polls-resume")
    staff.confirm()
    cast(service, 1)
    staff.click("staff-polls-close")
    staff.confirm()
    assert service.status().polls == "closed"
    assert staff.text("staff-report-title") == "Closing report"
    closing = staff.panel.pages["polls"].report
    assert closing["ballots"] == 4 and closing["not_exported"] == 4
    assert closing["not_synced"] == 4 and closing["last_record_hash"]
    closing_pdf = staff.panel.pages["polls"].report_path
    text = pdf_text(closing_pdf)
    if text is not None:
        assert "Slutrapport" in text and closing["last_record_hash"][:16] in text

    # Evening: export to the stick; "done" only after the station verified the file.
    staff.panel.show_page("export")
    staff.settle()
    assert staff.find("staff-export-medium-0").isChecked()
    staff.click("staff-export-new")
    message = staff.text("staff-export-message")
    assert message.startswith("Done."), message
    [export_file] = staff.panel.pages["export"].written
    assert export_file.parent == usb
    assert staff.find("staff-export-progress").value() == 100
    package = load_package(Path(world["package"]), world["authority_fingerprint"])
    verified = verify_export(export_file.read_bytes(), package.election, package.authority)
    assert len(verified.records) == 4 and verified.header["test"] is False
    assert service.status().not_exported == 0
    staff.click("staff-export-new")
    assert staff.text("staff-export-message").startswith("Nothing new")

    # The audit log, newest first, and its signed export.
    staff.panel.show_page("audit")
    staff.settle()
    items = staff.panel.pages["audit"].list
    assert items.count() > 10 and "Export file written" in items.item(0).text()
    staff.click("staff-audit-export")
    assert len(list(usb.glob("rostkiosk-audit-*.jsonl"))) == 1
    assert service.verify_box().ok
