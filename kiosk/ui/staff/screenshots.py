"""Every staff screen and set-up step as PNG, per language and theme:

    python -m kiosk.ui.staff.screenshots --out DIR [--languages sv,en] [--themes default,contrast]
    (any election languages: --languages se,ar,fit)

Files are `staff-<screen>-<lang>-<theme>.png` at 1280×800, rendered offscreen on a throwaway demo
world (made by `kiosk demo setup` in a subprocess: kiosk.demo sits above the UI). Each language
and theme gets a fresh copy of the station, which then lives through a short day: PIN pad, wrong
PIN, wait, polls, zero report, status, export, audit, sync, closing report, test mode.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PIN = "583920"


def _settle(app, *workers, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if all(w.idle for w in workers):
            break
        time.sleep(0.005)
    for _ in range(5):
        app.processEvents()


def _panel_workers(panel) -> list:
    from PySide6.QtWidgets import QWidget

    workers = [panel.ctx.bridge, panel.background]
    workers += [w.background for w in panel.findChildren(QWidget)
                if hasattr(w, "background") and hasattr(w, "scan")]
    return workers


def staff_day(app, station: Path, usb: Path, out: Path, language: str, theme: str) -> int:
    from kiosk.domain.ballot import Ballot
    from kiosk.station import StationService
    from kiosk.station.media import describe
    from kiosk.ui.staff import StaffPanel, StaffSettings
    from kiosk.ui.staff.theme import full_stylesheet

    app.setStyleSheet(full_stylesheet(theme, 64))
    service = StationService.open(station)
    settings = StaffSettings(language=language, theme=theme, reports_dir=station / "reports",
                             find_media=lambda: [describe(usb)])
    panel = StaffPanel(service, settings=settings)
    panel.resize(1280, 800)
    panel.show()
    panel.open()
    count = 0

    def shot(name: str) -> None:
        nonlocal count
        _settle(app, *_panel_workers(panel))
        panel.grab().save(str(out / f"staff-{name}-{language}-{theme}.png"))
        count += 1

    def click(name: str) -> None:
        from PySide6.QtWidgets import QWidget

        widget = [w for w in panel.findChildren(QWidget, name) if w.isVisible()][0]
        widget.click()
        _settle(app, *_panel_workers(panel))

    try:
        shot("pin")
        panel.pin.field.setText("111222")
        panel.pin.submit()
        shot("pin-wrong")
        panel.pin.start_wait(60)
        shot("pin-wait")
        panel.pin.countdown.stop()
        panel.pin.wait_left = 0
        panel.pin._set_enabled(True)
        panel.pin.field.setText(PIN)
        panel.pin.submit()
        _settle(app, *_panel_workers(panel))
        shot("polls-closed")
        click("staff-polls-open")
        shot("confirm-open")
        click("staff-confirm-yes")
        shot("polls-zero-report")
        for index in range(7):
            service.cast_ballot(service.start_session(), Ballot.of([f"p{index % 3 + 1}"]))
        panel.show_page("status")
        shot("status")
        click("staff-language")
        shot("languages")
        panel.languages.hide()
        panel.show_page("export")
        shot("export")
        click("staff-export-new")
        shot("export-done")
        panel.show_page("voters")
        shot("voters")
        panel.show_page("paper")
        shot("paper")
        _paper_disagreement(panel, service, click)
        shot("paper-compare")
        click("staff-paper-right-2")
        panel.show_page("audit")
        shot("audit")
        panel.show_page("sync")
        shot("sync")
        panel.show_page("polls")
        click("staff-polls-pause")
        click("staff-confirm-yes")
        shot("polls-paused")
        click("staff-polls-close")
        click("staff-confirm-yes")
        shot("polls-closing-report")
        panel.show_page("mode")
        shot("mode-official")
        click("staff-mode-test")
        click("staff-confirm-yes")
        service.open_polls()
        service.cast_ballot(service.start_session(), Ballot.of(["p1"]))
        service.close_polls()
        panel.show_page("mode")
        shot("mode-test")
        click("staff-mode-official")
        shot("confirm-official")
        click("staff-confirm-no")
    finally:
        panel.shutdown()
        panel.close()
        panel.deleteLater()
        app.processEvents()
        service.close()
    return count


def _paper_disagreement(panel, service, click) -> None:
    """Sheet 118 keyed twice, differently: the paper page shows both entries side by side."""
    from kiosk.domain.ballot import Ballot
    from kiosk.domain.paper import PaperEntry

    service.key_paper_first(PaperEntry(118, Ballot.of(["p1"]), service.election.default_language))
    page = panel.pages["paper"]
    page.set_role("second")
    page.form.sheet.setText("118")
    click("staff-paper-choice-p1")
    click("staff-paper-choice-p2")
    click("staff-paper-save")


def wizard_steps(app, world: Path, data: Path, usb: Path, out: Path, language: str,
                 theme: str) -> int:
    from kiosk.package.authority_keys import load_authority
    from kiosk.package.certificates import certificate_file
    from kiosk.station.media import describe
    from kiosk.ui.staff import StaffSettings
    from kiosk.ui.staff.setup_wizard import SetupWizard
    from kiosk.ui.staff.theme import full_stylesheet

    app.setStyleSheet(full_stylesheet(theme, 64))
    shutil.copyfile(world / "election.pkg", usb / "election.pkg")
    wizard = SetupWizard(data, StaffSettings(language=language, theme=theme,
                                             find_media=lambda: [describe(usb)]))
    wizard.resize(1280, 800)
    wizard.show()
    workers = [wizard.work, wizard.package_files.background, wizard.cert_files.background,
               wizard.request_media.background]
    count = 0

    def shot(name: str) -> None:
        nonlocal count
        _settle(app, *workers)
        wizard.grab().save(str(out / f"staff-setup-{name}-{language}-{theme}.png"))
        count += 1

    try:
        _settle(app, *workers)
        wizard.package_files.choose(wizard.package_files.files[0])
        shot("package")
        wizard.go_next()
        _settle(app, *workers)
        wizard.label_field.setText("Hagaby bibliotek")
        wizard.fingerprint_check.typed.setText(wizard.fingerprint.text())
        shot("fingerprint")
        wizard.go_next()
        _settle(app, *workers)
        wizard.request_write.click()
        shot("request")
        request = next(usb.glob("enrolment-request-*.json"))
        certificate = certificate_file(json.loads(request.read_text(encoding="utf-8")),
                              load_authority(world / "authority" / "authority.key"),
                              wizard.package.election.id)
        (usb / "certificate.json").write_text(json.dumps(certificate), encoding="utf-8")
        wizard.go_next()
        _settle(app, *workers)
        wizard.cert_files.choose(usb / "certificate.json")
        shot("certificate")
        wizard.cert_install.click()
        _settle(app, *workers)
        for field in wizard.pin_fields:
            field.setText("123456")
        wizard.go_next()
        shot("pin-refused")
        for field in wizard.pin_fields:
            field.setText(PIN)
        wizard.go_next()
        shot("done")
    finally:
        wizard.shutdown()
        wizard.close()
        wizard.deleteLater()
        app.processEvents()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.ui.staff.screenshots",
                                     description="Render every staff screen to PNG files.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--languages", default="sv,en")
    parser.add_argument("--themes", default="default,contrast")
    parser.add_argument("--world", type=Path, help="an existing demo world (default: a new one)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from kiosk.station import StationService
    from kiosk.ui.app import application

    app = application()
    args.out.mkdir(parents=True, exist_ok=True)
    count = 0
    with tempfile.TemporaryDirectory(prefix="rostkiosk-staff-shots-") as tmp:
        tmp = Path(tmp)
        world = args.world or tmp / "world"
        if not (world / "station").exists():
            subprocess.run([sys.executable, "-m", "kiosk", "demo", "setup", str(world),
                            "--json"], check=True, stdout=subprocess.DEVNULL)
        for theme in [t for t in args.themes.split(",") if t]:
            for language in [t for t in args.languages.split(",") if t]:
                run = tmp / f"{language}-{theme}"
                station = run / "station"
                shutil.copytree(world / "station", station)
                with StationService.open(station) as service:
                    service.set_staff_pin(PIN)
                usb = run / "USB-STICK"
                usb.mkdir()
                count += staff_day(app, station, usb, args.out, language, theme)
                wizard_usb = run / "SETUP-STICK"
                wizard_usb.mkdir()
                count += wizard_steps(app, world, run / "new-station", wizard_usb, args.out,
                                      language, theme)
    print(f"{count} staff screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
