"""The set-up wizard in a codes election: after the certificate it asks for the authority's list
of issued codes, refuses a forged one with a sentence, and goes on once the real one is read;
the new station then accepts an issued code and refuses a made-up one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import EligibilityError
from kiosk.package.authority_keys import create_authority, load_authority
from kiosk.package.certificates import certificate_file
from kiosk.package.codes import tokens_of, write_issued_list
from kiosk.station import StationService
from kiosk.station.media import describe
from kiosk.ui.app import application
from kiosk.ui.staff import StaffSettings
from kiosk.ui.staff.setup_wizard import SetupWizard
from kiosk.ui.staff.theme import full_stylesheet
from tests.conftest import make_world


def test_wizard_loads_the_issued_codes_list(qtbot, tmp_path):
    world = make_world(tmp_path / "authority-side", eligibility='mode = "codes"')
    usb = tmp_path / "stick"
    usb.mkdir()
    shutil.copyfile(world["package"], usb / "election.pkg")
    data = tmp_path / "new-station"
    app = application()
    app.setStyleSheet(full_stylesheet("default", 64))
    wizard = SetupWizard(data, StaffSettings(language="en", find_media=lambda: [describe(usb)]))
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    workers = [wizard.work, wizard.package_files.background, wizard.cert_files.background,
               wizard.request_media.background, wizard.codes.work, wizard.codes.files.background]

    def settle():
        qtbot.waitUntil(lambda: all(w.idle for w in workers), timeout=15000)
        QApplication.processEvents()

    def click(name):
        found = [w for w in wizard.findChildren(QWidget, name) if w.isVisible()]
        assert found and found[0].isEnabled(), (name, wizard.step, wizard.message.text())
        found[0].click()
        settle()

    settle()
    click("setup-package-file-0")
    click("setup-next")
    wizard.fingerprint_check.typed.setText(world["authority_fingerprint"])
    click("setup-next")
    click("setup-request-write")
    request = json.loads(next(usb.glob("enrolment-request-*.json")).read_text(encoding="utf-8"))
    certificate = certificate_file(request, load_authority(Path(world["authority_key"])),
                                   world["election"])
    (usb / "certificate.json").write_text(json.dumps(certificate), encoding="utf-8")
    click("setup-next")
    assert wizard.step == "certificate" and wizard.codes.isVisible()
    wizard.cert_files.choose(usb / "certificate.json")
    click("setup-cert-install")
    assert wizard.step == "certificate" and wizard.enrolled  # waits for the list
    assert not wizard.next.isEnabled()
    # a list signed by someone else is refused with a sentence
    stranger, _pub, _fp = create_authority(tmp_path / "stranger")
    forged = usb / "issued-codes-forged.json"
    write_issued_list(forged, world["election"], load_authority(stranger),
                      tokens_of(load_authority(stranger), world["election"],
                                ["K7MAK7MAK7MAK7MAK7MA"]))
    wizard.codes.files.choose(forged)
    click("setup-codes-install")
    assert "The list of issued voting codes was refused: " in wizard.message.text()
    assert "not a list of issued voting codes signed by this election's authority" in \
        wizard.message.text()
    assert wizard.step == "certificate" and not wizard.next.isEnabled()
    wizard.codes.files.choose(Path(world["issued_codes"]))
    click("setup-codes-install")
    assert wizard.step == "pin", wizard.message.text()
    wizard.shutdown()
    wizard.close()
    codes = Path(world["codes_file"]).read_text(encoding="utf-8").split()
    with StationService.open(data) as station:
        station.set_staff_pin("480271")
        station.open_polls()
        ticket = station.start_session()
        station.check_voter(ticket, codes[0])
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        try:
            station.check_voter(station.start_session(), "K7MA-9XHT-4TNC-HRWA-3PEN")
            raise AssertionError("a made-up code was accepted")
        except EligibilityError as error:
            assert error.message_id == "code.unknown"
