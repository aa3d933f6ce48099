"""The set-up wizard with a package that has district pots: after the fingerprint it asks which
district the station stands in (or "voters choose on screen"), creates the station with it as
`kiosk station init --district` does, says it on the done page; staff status shows it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.demo.world import setup_demo_world
from kiosk.package.authority_keys import load_authority
from kiosk.package.certificates import certificate_file
from kiosk.station import StationService
from kiosk.station.media import describe
from kiosk.station.paths import StationPaths
from kiosk.ui.app import application
from kiosk.ui.staff import StaffSettings
from kiosk.ui.staff.setup_wizard import SetupWizard
from kiosk.ui.staff.theme import full_stylesheet

NEW_PIN = "480271"


@pytest.fixture(scope="module")
def districts_world(tmp_path_factory) -> dict:
    """The districts example: station 1 stands in no district, station 2 in the north."""
    return setup_demo_world(tmp_path_factory.mktemp("districts") / "world", stations=2,
                            example="districts")


def _wizard(qtbot, data: Path, usb: Path):
    app = application()
    app.setStyleSheet(full_stylesheet("default", 64))
    wizard = SetupWizard(data, StaffSettings(language="en", find_media=lambda: [describe(usb)]))
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    workers = [wizard.work, wizard.package_files.background, wizard.cert_files.background,
               wizard.request_media.background]

    def settle():
        qtbot.waitUntil(lambda: all(w.idle for w in workers), timeout=15000)
        QApplication.processEvents()

    def click(name):
        found = [w for w in wizard.findChildren(QWidget, name) if w.isVisible()]
        assert found and found[0].isEnabled(), (name, wizard.step, wizard.message.text())
        found[0].click()
        settle()

    settle()
    return wizard, click


def test_the_wizard_asks_the_district_and_the_station_keeps_it(qtbot, tmp_path,
                                                               districts_world, open_panel):
    world = districts_world
    usb = tmp_path / "stick"
    usb.mkdir()
    shutil.copyfile(world["package"], usb / "election.pkg")
    data = tmp_path / "new-station"
    wizard, click = _wizard(qtbot, data, usb)
    click("setup-package-file-0")
    click("setup-next")
    assert wizard.step == "verify" and wizard.title.text().endswith("Step 2 of 7")
    assert wizard.next.text_shown() == "Yes, the same: go on"  # not created yet: one more step
    wizard.fingerprint_check.typed.setText(world["authority_fingerprint"])
    click("setup-next")
    assert wizard.step == "district" and wizard.title.text().endswith("Step 3 of 7")
    assert not StationPaths(data).db.exists()
    names = {name: wizard.findChild(QWidget, name).text_shown() for name in
             ("setup-district-north", "setup-district-south", "setup-district-on-screen")}
    assert names == {"setup-district-north": "North district (north)",
                     "setup-district-south": "South district (south)",
                     "setup-district-on-screen": "Voters choose their district on screen"}
    assert not wizard.next.isEnabled()  # a choice first: never a district by default
    click("setup-district-north")
    click("setup-district-south")  # a change of mind: only the last one counts
    assert wizard.findChild(QWidget, "setup-district-south").isChecked()
    assert not wizard.findChild(QWidget, "setup-district-north").isChecked()
    assert wizard.next.text_shown() == "Create the station"
    click("setup-back")  # back to the fingerprint and on again: the choice stays
    assert wizard.step == "verify"
    click("setup-next")
    assert wizard.step == "district" and wizard.districts.chosen == "south"
    click("setup-next")
    assert wizard.step == "request", wizard.message.text()
    with StationService.open(data) as station:
        assert station.district == "south"

    click("setup-request-write")
    request = json.loads(next(usb.glob("enrolment-request-*.json")).read_text(encoding="utf-8"))
    certificate = certificate_file(request, load_authority(Path(world["authority_key"])),
                                   world["election"])
    (usb / "certificate.json").write_text(json.dumps(certificate), encoding="utf-8")
    click("setup-next")
    wizard.cert_files.choose(usb / "certificate.json")
    click("setup-cert-install")
    assert wizard.step == "pin", wizard.message.text()
    for field in wizard.pin_fields:
        field.setText(NEW_PIN)
    click("setup-next")
    assert wizard.step == "done" and wizard.title.text().endswith("Step 7 of 7")
    done = wizard.findChild(QWidget, "setup-done-district")
    assert done.isVisible() and done.text() == "District: South district (south)"
    wizard.shutdown()
    wizard.close()

    staff = open_panel(data)  # staff mode on the new station says which district it is in
    staff.login(NEW_PIN)
    staff.click("staff-nav-status")
    assert staff.find("staff-status").value("district") == "South district (south)"
    staff.close()


def test_voters_choose_on_screen_leaves_the_station_in_no_district(qtbot, tmp_path,
                                                                   districts_world,
                                                                   open_panel):
    world = districts_world
    usb = tmp_path / "stick"
    usb.mkdir()
    shutil.copyfile(world["package"], usb / "election.pkg")
    data = tmp_path / "new-station"
    wizard, click = _wizard(qtbot, data, usb)
    click("setup-package-file-0")
    click("setup-next")
    wizard.fingerprint_check.typed.setText(world["authority_fingerprint"])
    click("setup-next")
    click("setup-district-on-screen")
    click("setup-next")
    assert wizard.step == "request", wizard.message.text()
    wizard.shutdown()
    wizard.close()
    with StationService.open(data) as station:
        assert station.district is None
    resumed, _click = _wizard(qtbot, data, usb)  # started again: it goes on where it stopped
    assert resumed.step == "request" and resumed.district is None
    resumed.shutdown()
    resumed.close()

    staff = open_panel(world["stations"][0])  # the example's stations: none, then north
    staff.login(world["staff_pin"])
    staff.click("staff-nav-status")
    assert staff.find("staff-status").value("district") == \
        "none: voters choose their district on screen"
    staff.close()
    staff = open_panel(world["stations"][1])
    staff.login(world["staff_pin"])
    staff.click("staff-nav-status")
    assert staff.find("staff-status").value("district") == "North district (north)"
    staff.close()


def test_a_package_without_districts_has_no_district_step(qtbot, tmp_path, staff_world,
                                                          open_panel):
    usb = tmp_path / "stick"
    usb.mkdir()
    shutil.copyfile(staff_world["package"], usb / "election.pkg")
    wizard, click = _wizard(qtbot, tmp_path / "new-station", usb)
    click("setup-package-file-0")
    click("setup-next")
    assert wizard.title.text().endswith("Step 2 of 6")
    assert wizard.next.text_shown() == "Yes, the same: create the station"
    wizard.fingerprint_check.typed.setText(staff_world["authority_fingerprint"])
    click("setup-next")
    assert wizard.step == "request", wizard.message.text()
    wizard.shutdown()
    wizard.close()
    staff = open_panel(staff_world["station"])
    staff.login()
    staff.click("staff-nav-status")
    assert "district" not in staff.find("staff-status").rows
