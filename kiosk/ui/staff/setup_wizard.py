"""Station set-up on the touchscreen (first start, or after a reset), offline:

package (USB sticks offered first) → check the authority fingerprint against the paper →
(a package with district pots: the station's district) → create the station → write the
enrolment request to a stick → read the certificate back →
staff PIN (twice) → done.

    kiosk station setup --data DIR [--language en] [--windowed]

Started again on a folder that already holds a station, it continues where it stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.staff_pin import PinError
from kiosk.package.signed_package import LoadedPackage, read_package_to_confirm
from kiosk.station.paths import StationPaths
from kiosk.station.setup import init_station, install_certificate
from kiosk.ui.staff import setup_district, setup_pin
from kiosk.ui.staff import setup_texts as T
from kiosk.ui.staff.background import Background
from kiosk.ui.staff.context import StaffContext, StaffSettings
from kiosk.ui.staff.languages import LanguageChooser, layout_direction, native_name
from kiosk.ui.staff.pages_export import MediaChooser
from kiosk.ui.staff.setup_codes import IssuedCodesLoader
from kiosk.ui.staff.setup_files import FileChooser, is_certificate, is_package
from kiosk.ui.staff.setup_fingerprint import FingerprintCheck
from kiosk.ui.staff.setup_steps import existing_station, set_pin, write_request
from kiosk.ui.staff.texts import StaffCatalog, staff_text
from kiosk.ui.staff.theme import staff_stylesheet
from kiosk.ui.staff.widgets import StaffPage, set_role
from kiosk.ui.widgets.basic import Button, make_label, scroll_area

STEPS = ("package", "verify", "district", "request", "certificate", "pin", "done")


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
        self.codes_missing = False
        self.station_id = ""
        self.enrolled = False
        self.district: str | None = None  # the created station's (packages with districts)
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
        p.outer.addWidget(p.heading(T.PKG_HEADING))
        p.outer.addWidget(p.label(T.PKG_EXPLAIN))
        self.package_files = FileChooser(p, "package", is_package, T.PKG_NONE,
                                         "Election package (*.pkg)")
        self.package_files.chosen_changed.connect(lambda _p: self._update_nav())
        p.outer.addWidget(self.package_files)
        p.outer.addStretch(1)

        v = self._page("verify")
        v.outer.addWidget(v.heading(T.FP_HEADING))
        self.election_line = v.label(None, "cardtitle", "setup-election")
        v.outer.addWidget(self.election_line)
        self.fingerprint_check = FingerprintCheck(v)
        self.fingerprint_check.changed.connect(self._update_nav)
        self.fingerprint_check.different.connect(self._different)
        self.fingerprint = self.fingerprint_check.shown
        v.outer.addWidget(self.fingerprint_check)
        self.label_field = QLineEdit()
        self.label_field.setObjectName("setup-label")
        v.outer.addWidget(self.label_field)
        v.outer.addStretch(1)

        self.districts = setup_district.fill_page(self._page("district"))  # district pots only
        self.districts.chosen_changed.connect(self._update_nav)

        r = self._page("request")
        r.outer.addWidget(r.heading(T.REQ_HEADING))
        r.outer.addWidget(r.label(T.REQ_CREATED))
        self.station_line = r.label(None, "huge", "setup-station-fingerprint")
        r.outer.addWidget(self.station_line)
        r.outer.addWidget(r.label(T.REQ_EXPLAIN))
        self.request_media = MediaChooser(r, "request")
        r.outer.addWidget(self.request_media)
        self.request_write = r.button("setup-request-write", T.REQ_WRITE, "primary",
                                      self._write_request)
        r.outer.addLayout(r.row(self.request_write))
        self.request_result = r.label(None, "strong", "setup-request-result")
        r.outer.addWidget(self.request_result)
        r.outer.addStretch(1)

        c = self._page("certificate")
        c.outer.addWidget(c.heading(T.CERT_HEADING))
        c.outer.addWidget(c.label(T.CERT_EXPLAIN))
        self.cert_files = FileChooser(c, "cert", is_certificate, T.CERT_NONE,
                                      "Certificate (*.json)")
        c.outer.addWidget(self.cert_files)
        self.cert_install = c.button("setup-cert-install", T.CERT_INSTALL, "primary",
                                     self._install_certificate)
        self.cert_later = c.button("setup-cert-later", T.CERT_LATER, slot=self._later)
        c.outer.addLayout(c.row(self.cert_install, self.cert_later))
        self.codes = IssuedCodesLoader(c, self.data_dir)  # codes elections only
        self.codes.setVisible(False)
        self.codes.loaded.connect(self._codes_loaded)
        self.codes.failed.connect(self._failed)
        c.outer.addWidget(self.codes)
        c.outer.addStretch(1)

        self.pin_fields = setup_pin.fill_page(self._page("pin"), self.go_next)

        d = self._page("done")
        d.outer.addWidget(d.heading(T.DONE_HEADING))
        self.done_text = d.label(None, "cardtitle", "setup-done-text")
        d.outer.addWidget(self.done_text)
        self.done_district = d.label(None, "strong", "setup-done-district")
        d.outer.addWidget(self.done_district)
        self.done_warning = d.label(T.DONE_NOT_ENROLLED, "warn", "setup-done-not-enrolled")
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
        self.back.set_texts(t(T.BACK))
        for page in self.pages.values():
            page.retranslate()
        self.label_field.setAccessibleName(t(T.LABEL))
        self.fingerprint_check.retranslate()
        setup_pin.retranslate(self.ctx, self.pin_fields)
        self.package_files.render()
        self.cert_files.render()
        self.request_media.retranslate()
        self.codes.retranslate()
        self.districts.retranslate()
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
            if self.codes_missing:
                self.codes.files.scan()
        elif step == "pin":
            self.pin_fields[0].setFocus()
        elif step == "done":
            self.done_warning.setVisible(not self.enrolled)
        self._update_nav()

    def _has_districts(self) -> bool:
        return setup_district.has_districts(self.package)

    @property
    def steps(self) -> tuple[str, ...]:
        return setup_district.steps(STEPS, self.package)

    def _update_nav(self) -> None:
        t = self.ctx.text
        steps = self.steps
        index = steps.index(self.step) if self.step in steps else 0
        self.title.setText(f"{t(T.TITLE)} – {t(T.STEP.arg(index + 1, len(steps)))}")
        self.back.setVisible(self.step in ("verify", "district"))
        labels = {"package": T.CHECK, "verify": setup_district.FP_SAME_GO_ON
                  if self._has_districts() else T.FP_SAME, "district": setup_district.CREATE,
                  "request": T.NEXT, "certificate": T.NEXT, "pin": T.PIN_SET, "done": T.FINISH}
        self.next.set_texts(t(labels[self.step]))
        enabled = {"package": self.package_files.chosen is not None,
                   "verify": self.package is not None
                   and self.fingerprint_check.confirmed() is not None,
                   "district": self.districts.chosen is not None,
                   "request": bool(self.request_result.text()),
                   "certificate": self.enrolled and not self.codes_missing}.get(self.step, True)
        self.next.setEnabled(enabled and self.work.idle)
        if self.step == "done" and self.package is not None:
            self.done_text.setText(t(T.DONE_TEXT.arg(self.station_id,
                                                   self.package.election.title("sv"))))
            said = setup_district.summary(self.ctx, self.package.election, self.district)
            self.done_district.setText(said)
            self.done_district.setVisible(bool(said))

    def go_back(self) -> None:
        if self.step == "verify":
            self.show_step("package")
        elif self.step == "district":
            self.show_step("verify")

    def go_next(self) -> None:
        if not self.next.isEnabled():
            return
        action = {"package": self._check_package,
                  "verify": (lambda: self.show_step("district")) if self._has_districts()
                  else self._create, "district": self._create,
                  "request": lambda: self.show_step("certificate"),
                  "certificate": lambda: self.show_step("pin"), "pin": self._set_pin,
                  "done": self.finished.emit}[self.step]
        action()

    def _busy(self) -> None:
        set_role(self.message, "strong")
        self.message.setText(self.ctx.text(T.WORKING))
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
        self.work.run(existing_station, self.data_dir, on_ok=self._resumed,
                      on_error=self._failed)

    def _resumed(self, found: tuple) -> None:
        package, station_id, enrolled, pin_set, codes_missing, self.district = found
        self.package, self.station_id, self.enrolled = package, station_id, enrolled
        self._set_codes_missing(codes_missing)
        self.station_line.setText(station_id)
        if not enrolled:
            self.show_step("request")
        elif codes_missing:
            self.show_step("certificate")
        else:
            self.show_step("done" if pin_set else "pin")

    def _check_package(self) -> None:
        self._busy()
        self.work.run(read_package_to_confirm, self.package_files.chosen, on_ok=self._package_ok,
                      on_error=self._failed)

    def _package_ok(self, package: LoadedPackage) -> None:
        self.package = package
        self.election_line.setText(self.ctx.text(T.FP_ELECTION.arg(
            f"{package.election.title('sv')} ({package.election.id})")))
        self.fingerprint_check.show_fingerprint(package.authority_fingerprint)
        self.districts.show_election(package.election)
        self.show_step("verify")

    def _different(self) -> None:
        set_role(self.message, "warn")
        self.message.setText(self.ctx.text(T.FP_STOP))
        self.package = None
        self.package_files.chosen = None
        self.next.setEnabled(False)

    def _create(self) -> None:
        typed = self.fingerprint_check.confirmed()
        if self.package is None or typed is None:
            return
        self._busy()
        label = self.label_field.text().strip()
        district = self.districts.district if self._has_districts() else None
        self.work.run(init_station, self.data_dir, self.package_files.chosen, label, typed,
                      district, on_ok=self._created,
                      on_error=self._failed)

    def _created(self, _paths) -> None:
        self.work.run(existing_station, self.data_dir, on_ok=self._after_create,
                      on_error=self._failed)

    def _after_create(self, found: tuple) -> None:
        self.package, self.station_id, self.enrolled, _pin, codes_missing, self.district = found
        self._set_codes_missing(codes_missing)
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
        self.work.run(write_request, self.data_dir, target, on_ok=self._request_written,
                      on_error=self._failed)

    def _request_written(self, path: Path) -> None:
        self.message.setText("")
        self.request_result.setText(self.ctx.text(T.REQ_DONE.arg(str(path))))
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
        self.message.setText(self.ctx.text(T.CERT_DONE))
        self._update_nav()
        if not self.codes_missing:
            self.show_step("pin")
        else:  # the list of issued codes comes next, further down the same page
            self.scrolls["certificate"].ensureWidgetVisible(self.codes.install)

    def _set_codes_missing(self, missing: bool) -> None:
        self.codes_missing = missing
        if missing:
            self.codes.setVisible(True)

    def _codes_loaded(self, _count: int) -> None:
        self.codes_missing = False
        self._update_nav()
        if self.enrolled:
            self.show_step("pin")

    def _later(self) -> None:
        self.show_step("pin")

    def _set_pin(self) -> None:
        try:
            first = setup_pin.take_pin(self.pin_fields)
        except PinError as error:
            self._failed(error)
            return
        self._busy()
        self.work.run(set_pin, self.data_dir, first, on_ok=lambda _v: self.show_step("done"),
                      on_error=self._failed)

    def shutdown(self) -> None:
        self.codes.shutdown()
        self.work.shutdown()

