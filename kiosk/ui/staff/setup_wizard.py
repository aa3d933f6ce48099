"""Station set-up on the touchscreen (first start, or after a reset), offline:

package (USB sticks offered first) → check the authority fingerprint against the paper →
create the station → write the enrolment request to a stick → read the certificate back →
staff PIN (twice) → done.

    python -m kiosk.ui.staff.setup_wizard --data DIR [--language en] [--windowed]

Started again on a folder that already holds a station, it continues where it stopped.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.staff_pin import PinError, check_new_pin
from kiosk.package.signed_package import LoadedPackage, load_package
from kiosk.station.media import Medium
from kiosk.station.paths import StationPaths
from kiosk.station.setup import init_station, install_certificate, write_enrolment_request
from kiosk.ui.staff.background import Background
from kiosk.ui.staff.context import StaffContext, StaffSettings
from kiosk.ui.staff.languages import STAFF_LANGUAGES, LanguageChooser, layout_direction, native_name
from kiosk.ui.staff.media_qt import find_media
from kiosk.ui.staff.pages_export import MediaChooser
from kiosk.ui.staff.texts import StaffCatalog, staff_text
from kiosk.ui.staff.theme import full_stylesheet, staff_stylesheet
from kiosk.ui.staff.widgets import StaffPage, set_role
from kiosk.ui.widgets.basic import Button, make_label, scroll_area

TITLE = staff_text("StaffSetup", "Station set-up")
STEP = staff_text("StaffSetup", "Step %1 of %2")
BACK = staff_text("StaffCommon", "Back")
NEXT = staff_text("StaffSetup", "Next")
WORKING = staff_text("StaffCommon", "Working…")

PKG_HEADING = staff_text("StaffSetup", "Choose the election package")
PKG_EXPLAIN = staff_text("StaffSetup", "The election authority gives you the election package "
                         "on a USB stick (a file ending in .pkg). Put the stick in and choose "
                         "the file.")
PKG_NONE = staff_text("StaffSetup", "No election package found on a USB stick. Put the stick "
                      "in, then press Look again, or choose the file yourself.")
OTHER_FILE = staff_text("StaffSetup", "Choose a file…")
RESCAN = staff_text("StaffExport", "Look again")
CHOSEN = staff_text("StaffSetup", "Chosen: %1")
CHECK = staff_text("StaffSetup", "Check the package")

FP_HEADING = staff_text("StaffSetup", "Compare the fingerprint")
FP_ELECTION = staff_text("StaffSetup", "Election: %1")
FP_EXPLAIN = staff_text("StaffSetup", "The package's signature is correct. It was signed by "
                        "the election authority with this fingerprint:")
FP_ASK = staff_text("StaffSetup", "Is it exactly the same as the fingerprint on the paper from "
                    "the election authority?")
FP_SAME = staff_text("StaffSetup", "Yes, the same: create the station")
FP_DIFFERENT = staff_text("StaffSetup", "No, it is different")
FP_STOP = staff_text("StaffSetup", "Stop. Do not use this package. Call the election "
                     "authority.")
LABEL = staff_text("StaffSetup", "Where the station stands (for example Hagaby bibliotek)")

REQ_HEADING = staff_text("StaffSetup", "Enrolment request")
REQ_CREATED = staff_text("StaffSetup", "The station is created. Its fingerprint:")
REQ_EXPLAIN = staff_text("StaffSetup", "Write the enrolment request to a USB stick and give it "
                         "to the election authority. They give you a certificate file back.")
REQ_WRITE = staff_text("StaffSetup", "Write the enrolment request")
REQ_DONE = staff_text("StaffSetup", "Written: %1")

CERT_HEADING = staff_text("StaffSetup", "Certificate from the election authority")
CERT_EXPLAIN = staff_text("StaffSetup", "Put in the USB stick with the certificate file and "
                          "choose it.")
CERT_NONE = staff_text("StaffSetup", "No certificate file found on a USB stick.")
CERT_INSTALL = staff_text("StaffSetup", "Read the certificate")
CERT_DONE = staff_text("StaffSetup", "The station is enrolled.")
CERT_LATER = staff_text("StaffSetup", "Later (the polls cannot open before this)")

PIN_HEADING = staff_text("StaffSetup", "Staff PIN")
PIN_EXPLAIN = staff_text("StaffSetup", "Choose the PIN that staff type to reach staff mode: at "
                         "least 6 digits, not easy to guess. Type it twice.")
PIN_FIRST = staff_text("StaffSetup", "New staff PIN")
PIN_SECOND = staff_text("StaffSetup", "The same PIN again")
PIN_SET = staff_text("StaffSetup", "Set the PIN")

DONE_HEADING = staff_text("StaffSetup", "The station is ready")
DONE_TEXT = staff_text("StaffSetup", "Station %1 is set up for %2. Open the polls in staff "
                       "mode when voting starts.")
DONE_NOT_ENROLLED = staff_text("StaffSetup", "The station is not enrolled yet: read the "
                               "certificate before the polls can open (start the set-up "
                               "again).")
FINISH = staff_text("StaffSetup", "Finish")

STEPS = ("package", "verify", "request", "certificate", "pin", "done")


def files_on(media: list[Medium], accept) -> list[Path]:
    """Files on the sticks' top level and one folder down that `accept(path)` likes."""
    found = []
    for medium in media:
        try:
            children = sorted(medium.path.iterdir())
        except OSError:
            continue
        for child in children:
            candidates = [child]
            if child.is_dir() and not child.name.startswith("."):
                try:
                    candidates = sorted(child.iterdir())
                except OSError:
                    candidates = []
            found += [c for c in candidates if c.is_file() and accept(c)]
    return found


def is_package(path: Path) -> bool:
    return path.suffix == ".pkg"


def is_certificate(path: Path) -> bool:
    return path.suffix == ".json" and "cert" in path.name.lower()


class FileChooser(QWidget):
    """Files found on USB sticks (one button each), "Look again" and "Choose a file…"."""

    chosen_changed = Signal(object)

    def __init__(self, page: StaffPage, prefix: str, accept, none_text, pattern: str) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.prefix = prefix
        self.accept = accept
        self.none_text = none_text
        self.pattern = pattern
        self.files: list[Path] = []
        self.chosen: Path | None = None
        self.background = Background(self, f"setup-{prefix}-scan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.none = make_label("warn", name=f"setup-{prefix}-none")
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        layout.addWidget(self.none)
        layout.addLayout(self.list)
        self.buttons: list[Button] = []
        self.rescan = page.button(f"setup-{prefix}-rescan", RESCAN, slot=self.scan)
        self.browse = page.button(f"setup-{prefix}-browse", OTHER_FILE, slot=self._browse)
        layout.addLayout(page.row(self.rescan, self.browse))
        self.label = make_label("strong", name=f"setup-{prefix}-chosen")
        layout.addWidget(self.label)

    def scan(self) -> None:
        settings = self.ctx.settings
        finder = settings.find_media or (lambda: find_media(settings.extra_folders))
        self.background.run(lambda: files_on(finder(), self.accept), on_ok=self._found,
                            on_error=lambda _e: self._found([]))

    def _found(self, files: list[Path]) -> None:
        self.files = files
        self.render()

    def render(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for index, path in enumerate(self.files):
            button = Button(f"setup-{self.prefix}-file-{index}",
                            min_px=self.ctx.settings.target_px,
                            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setCheckable(True)
            button.setChecked(path == self.chosen)
            button.set_texts(str(path))
            button.clicked.connect(lambda _=False, p=path: self.choose(p))
            self.list.addWidget(button)
            self.buttons.append(button)
        self.none.setText("" if self.files else self.ctx.text(self.none_text))
        self.none.setVisible(not self.files)
        self.label.setText(self.ctx.text(CHOSEN.arg(str(self.chosen))) if self.chosen else "")

    def choose(self, path: Path) -> None:
        self.chosen = Path(path)
        for button, file in zip(self.buttons, self.files, strict=True):
            button.setChecked(file == self.chosen)
        self.label.setText(self.ctx.text(CHOSEN.arg(str(self.chosen))))
        self.chosen_changed.emit(self.chosen)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.ctx.text(OTHER_FILE), str(Path.home()), self.pattern,
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.choose(Path(path))


class SetupWizard(QWidget):
    finished = Signal()

    def __init__(self, data_dir: Path, settings: StaffSettings | None = None,
                 catalog: StaffCatalog | None = None) -> None:
        super().__init__()
        self.setObjectName("SetupWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.data_dir = Path(data_dir)
        self.ctx = StaffContext(None, settings or StaffSettings(), catalog, self)
        self.work = Background(self, "setup-work")
        self.package: LoadedPackage | None = None
        self.station_id = ""
        self.enrolled = False
        px = self.ctx.settings.target_px
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("StaffBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.title = make_label("title", name="setup-title")
        self.language = Button("setup-language", "bar", min_px=px)
        self.language.clicked.connect(self.toggle_language)
        row.addWidget(self.title, 1)
        row.addWidget(self.language)
        outer.addWidget(bar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("staff-pages")
        outer.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(32, 8, 32, 16)
        self.back = Button("setup-back", min_px=px)
        self.back.clicked.connect(self.go_back)
        self.next = Button("setup-next", "primary", min_px=px)
        self.next.clicked.connect(self.go_next)
        self.message = make_label("warn", name="setup-message")
        nav.addWidget(self.back)
        nav.addWidget(self.message, 1)
        nav.addWidget(self.next)
        outer.addLayout(nav)
        self.pages: dict[str, StaffPage] = {}
        self.scrolls: dict[str, QWidget] = {}
        self._build_pages()
        self.setStyleSheet(staff_stylesheet(self.ctx.settings.theme))
        self.languages = LanguageChooser("setup", px, self)
        self.languages.chosen.connect(self.ctx.set_language)
        self.ctx.language_changed.connect(self.retranslate)
        self.step = "package"
        self.retranslate()
        self._resume()

    # -- pages ---------------------------------------------------------------------------------
    def _page(self, page_id: str) -> StaffPage:
        page = StaffPage(self.ctx, f"setup-{page_id}")
        self.pages[page_id] = page
        area = scroll_area(page, f"setup-scroll-{page_id}")
        page.setObjectName(f"staff-page-setup-{page_id}")
        self.scrolls[page_id] = area
        self.stack.addWidget(area)
        return page

    def _build_pages(self) -> None:
        p = self._page("package")
        p.outer.addWidget(p.heading(PKG_HEADING))
        p.outer.addWidget(p.label(PKG_EXPLAIN))
        self.package_files = FileChooser(p, "package", is_package, PKG_NONE,
                                         "Election package (*.pkg)")
        self.package_files.chosen_changed.connect(lambda _p: self._update_nav())
        p.outer.addWidget(self.package_files)
        p.outer.addStretch(1)

        v = self._page("verify")
        v.outer.addWidget(v.heading(FP_HEADING))
        self.election_line = v.label(None, "cardtitle", "setup-election")
        v.outer.addWidget(self.election_line)
        v.outer.addWidget(v.label(FP_EXPLAIN))
        self.fingerprint = v.label(None, "huge", "setup-fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.outer.addWidget(self.fingerprint)
        v.outer.addWidget(v.label(FP_ASK, "strong"))
        self.different = v.button("setup-fingerprint-different", FP_DIFFERENT,
                                  slot=self._different)
        v.outer.addLayout(v.row(self.different))
        self.label_field = QLineEdit()
        self.label_field.setObjectName("setup-label")
        v.outer.addWidget(v.label(LABEL))
        v.outer.addWidget(self.label_field)
        v.outer.addStretch(1)

        r = self._page("request")
        r.outer.addWidget(r.heading(REQ_HEADING))
        r.outer.addWidget(r.label(REQ_CREATED))
        self.station_line = r.label(None, "huge", "setup-station-fingerprint")
        r.outer.addWidget(self.station_line)
        r.outer.addWidget(r.label(REQ_EXPLAIN))
        self.request_media = MediaChooser(r, "request")
        r.outer.addWidget(self.request_media)
        self.request_write = r.button("setup-request-write", REQ_WRITE, "primary",
                                      self._write_request)
        r.outer.addLayout(r.row(self.request_write))
        self.request_result = r.label(None, "strong", "setup-request-result")
        r.outer.addWidget(self.request_result)
        r.outer.addStretch(1)

        c = self._page("certificate")
        c.outer.addWidget(c.heading(CERT_HEADING))
        c.outer.addWidget(c.label(CERT_EXPLAIN))
        self.cert_files = FileChooser(c, "cert", is_certificate, CERT_NONE,
                                      "Certificate (*.json)")
        c.outer.addWidget(self.cert_files)
        self.cert_install = c.button("setup-cert-install", CERT_INSTALL, "primary",
                                     self._install_certificate)
        self.cert_later = c.button("setup-cert-later", CERT_LATER, slot=self._later)
        c.outer.addLayout(c.row(self.cert_install, self.cert_later))
        c.outer.addStretch(1)

        n = self._page("pin")
        n.outer.addWidget(n.heading(PIN_HEADING))
        n.outer.addWidget(n.label(PIN_EXPLAIN))
        self.pin_fields = []
        for index, text in enumerate((PIN_FIRST, PIN_SECOND), start=1):
            n.outer.addWidget(n.label(text, "strong"))
            field = QLineEdit()
            field.setObjectName(f"setup-pin-{index}")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(16)
            field.returnPressed.connect(self.go_next)
            n.outer.addWidget(field)
            self.pin_fields.append(field)
        n.outer.addStretch(1)

        d = self._page("done")
        d.outer.addWidget(d.heading(DONE_HEADING))
        self.done_text = d.label(None, "cardtitle", "setup-done-text")
        d.outer.addWidget(self.done_text)
        self.done_warning = d.label(DONE_NOT_ENROLLED, "warn", "setup-done-not-enrolled")
        d.outer.addWidget(self.done_warning)
        d.outer.addStretch(1)

    # -- language ------------------------------------------------------------------------------
    def toggle_language(self) -> None:
        """Offers every election language (the button shows the current one)."""
        self.languages.open(self.ctx.language)

    def retranslate(self) -> None:
        t = self.ctx.text
        self.setLayoutDirection(layout_direction(self.ctx.language))
        self.language.set_texts(native_name(self.ctx.language))
        self.back.set_texts(t(BACK))
        for page in self.pages.values():
            page.retranslate()
        self.label_field.setAccessibleName(t(LABEL))
        self.pin_fields[0].setAccessibleName(t(PIN_FIRST))
        self.pin_fields[1].setAccessibleName(t(PIN_SECOND))
        self.package_files.render()
        self.cert_files.render()
        self.request_media.retranslate()
        self._update_nav()

    # -- moving between steps ------------------------------------------------------------------
    def show_step(self, step: str) -> None:
        self.step = step
        self.stack.setCurrentWidget(self.scrolls[step])
        self.message.setText("")
        if step == "package":
            self.package_files.scan()
        elif step == "request":
            self.request_media.start()
        elif step == "certificate":
            self.cert_files.scan()
        elif step == "pin":
            self.pin_fields[0].setFocus()
        elif step == "done":
            self.done_warning.setVisible(not self.enrolled)
        self._update_nav()

    def _update_nav(self) -> None:
        t = self.ctx.text
        index = STEPS.index(self.step)
        self.title.setText(f"{t(TITLE)} – {t(STEP.arg(index + 1, len(STEPS)))}")
        self.back.setVisible(self.step in ("verify",))
        labels = {"package": CHECK, "verify": FP_SAME, "request": NEXT, "certificate": NEXT,
                  "pin": PIN_SET, "done": FINISH}
        self.next.set_texts(t(labels[self.step]))
        enabled = {"package": self.package_files.chosen is not None,
                   "request": bool(self.request_result.text()),
                   "certificate": self.enrolled}.get(self.step, True)
        self.next.setEnabled(enabled and self.work.idle)
        if self.step == "done" and self.package is not None:
            self.done_text.setText(t(DONE_TEXT.arg(self.station_id,
                                                   self.package.election.title("sv"))))

    def go_back(self) -> None:
        if self.step == "verify":
            self.show_step("package")

    def go_next(self) -> None:
        if not self.next.isEnabled():
            return
        action = {"package": self._check_package, "verify": self._create,
                  "request": lambda: self.show_step("certificate"),
                  "certificate": lambda: self.show_step("pin"), "pin": self._set_pin,
                  "done": self.finished.emit}[self.step]
        action()

    def _busy(self) -> None:
        set_role(self.message, "strong")
        self.message.setText(self.ctx.text(WORKING))
        self.next.setEnabled(False)

    def _failed(self, error) -> None:
        set_role(self.message, "warn")
        self.message.setText(self.ctx.error(error))
        self._update_nav()

    # -- the steps' work (in the background) ---------------------------------------------------
    def _resume(self) -> None:
        paths = StationPaths(self.data_dir)
        if not paths.db.exists():
            self.show_step("package")
            return
        self.work.run(_existing_station, self.data_dir, on_ok=self._resumed,
                      on_error=self._failed)

    def _resumed(self, found: tuple) -> None:
        package, station_id, enrolled, pin_set = found
        self.package, self.station_id, self.enrolled = package, station_id, enrolled
        self.station_line.setText(station_id)
        if not enrolled:
            self.show_step("request")
        else:
            self.show_step("done" if pin_set else "pin")

    def _check_package(self) -> None:
        self._busy()
        self.work.run(load_package, self.package_files.chosen, on_ok=self._package_ok,
                      on_error=self._failed)

    def _package_ok(self, package: LoadedPackage) -> None:
        self.package = package
        self.election_line.setText(self.ctx.text(FP_ELECTION.arg(
            f"{package.election.title('sv')} ({package.election.id})")))
        self.fingerprint.setText(package.authority_fingerprint)
        self.fingerprint.setAccessibleName(" ".join(package.authority_fingerprint))
        self.show_step("verify")

    def _different(self) -> None:
        set_role(self.message, "warn")
        self.message.setText(self.ctx.text(FP_STOP))
        self.package = None
        self.package_files.chosen = None
        self.next.setEnabled(False)

    def _create(self) -> None:
        if self.package is None:
            return
        self._busy()
        label = self.label_field.text().strip()
        self.work.run(init_station, self.data_dir, self.package_files.chosen, label,
                      self.package.authority_fingerprint, on_ok=self._created,
                      on_error=self._failed)

    def _created(self, _paths) -> None:
        self.work.run(_existing_station, self.data_dir, on_ok=self._after_create,
                      on_error=self._failed)

    def _after_create(self, found: tuple) -> None:
        self.package, self.station_id, self.enrolled, _pin = found
        self.station_line.setText(self.station_id)
        self.show_step("request")

    def _write_request(self) -> None:
        folder = self.request_media.selected()
        if folder is None:
            set_role(self.message, "warn")
            self.message.setText(self.ctx.text(staff_text("StaffErrors", "Choose a USB stick "
                                                          "or folder first.")))
            return
        self._busy()
        target = Path(folder) / f"enrolment-request-{self.station_id[:4]}.json"
        self.work.run(_write_request, self.data_dir, target, on_ok=self._request_written,
                      on_error=self._failed)

    def _request_written(self, path: Path) -> None:
        self.message.setText("")
        self.request_result.setText(self.ctx.text(REQ_DONE.arg(str(path))))
        self._update_nav()

    def _install_certificate(self) -> None:
        if self.cert_files.chosen is None:
            return
        self._busy()
        self.work.run(install_certificate, self.data_dir, self.cert_files.chosen,
                      on_ok=self._installed, on_error=self._failed)

    def _installed(self, _station: str) -> None:
        self.enrolled = True
        set_role(self.message, "strong")
        self.message.setText(self.ctx.text(CERT_DONE))
        self._update_nav()
        self.show_step("pin")

    def _later(self) -> None:
        self.show_step("pin")

    def _set_pin(self) -> None:
        first, second = (f.text() for f in self.pin_fields)
        try:
            check_new_pin(first)
            if first != second:
                raise PinError("pin.mismatch", "the two PINs differ")
        except PinError as error:
            for field in self.pin_fields:
                field.clear()
            self.pin_fields[0].setFocus()
            self._failed(error)
            return
        for field in self.pin_fields:
            field.clear()
        self._busy()
        self.work.run(_set_pin, self.data_dir, first, on_ok=lambda _v: self.show_step("done"),
                      on_error=self._failed)

    def shutdown(self) -> None:
        self.work.shutdown()


def _existing_station(data_dir: Path) -> tuple:
    """(package, station id, enrolled, PIN set) of a station folder, via the station service."""
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        status = service.status()
        return (service.package, status.station_id, status.enrolled,
                bool(service.settings.get("staff_pin")))


def _write_request(data_dir: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_enrolment_request(data_dir, target)


def _set_pin(data_dir: Path, pin: str) -> None:
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        service.set_staff_pin(pin)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.ui.staff.setup_wizard",
                                     description="Set up a station on its touchscreen.")
    parser.add_argument("--data", type=Path, required=True, help="the station's data folder")
    parser.add_argument("--language", default="sv", choices=STAFF_LANGUAGES)
    parser.add_argument("--theme", default="default", choices=("default", "contrast"))
    parser.add_argument("--windowed", action="store_true")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import application

    app = application()
    settings = StaffSettings(language=args.language, theme=args.theme)
    app.setStyleSheet(full_stylesheet(args.theme, settings.target_px))
    wizard = SetupWizard(args.data, settings)
    wizard.finished.connect(app.quit)
    wizard.resize(1280, 800)
    if args.windowed:
        wizard.show()
    else:
        wizard.showFullScreen()
    code = app.exec()
    wizard.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
