"""The set-up wizard's district step (a package with district pots, kiosk.domain.pots): which
district the station stands in, as `kiosk station init --district` sets it. Its voters then
vote in that district's pot with no question asked; "Voters choose their district on screen"
leaves the station in no district (a library that serves the whole city)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.staff.texts import staff_text
from kiosk.ui.staff.widgets import StaffPage
from kiosk.ui.widgets.basic import CHECK, Button

HEADING = staff_text("StaffSetup", "The station's district")
EXPLAIN = staff_text("StaffSetup", "This election has a pot for each district. Voters at a "
                     "station that stands in a district vote in that district's pot without "
                     "being asked. Where voters from several districts come, let them choose "
                     "on the screen.")
ON_SCREEN = staff_text("StaffSetup", "Voters choose their district on screen")
CREATE = staff_text("StaffSetup", "Create the station")
FP_SAME_GO_ON = staff_text("StaffSetup", "Yes, the same: go on")
DISTRICT = staff_text("StaffSetup", "District: %1")
ON_SCREEN_NOTE = staff_text("StaffSetup", "District: none, voters choose their district on "
                            "screen.")

ON_SCREEN_ID = ""  # what `chosen` holds for "Voters choose their district on screen"


def has_districts(package) -> bool:
    return package is not None and bool(package.election.district_pots)


def steps(all_steps: tuple[str, ...], package) -> tuple[str, ...]:
    """The wizard's steps for this package: the district step only with district pots."""
    return all_steps if has_districts(package) else tuple(s for s in all_steps
                                                           if s != "district")


def district_name(ctx, election, district: str | None) -> str:
    """The district pot's name in the staff language (with its id), or "" for none."""
    pots = {pot.id: pot for pot in election.district_pots}
    if not district:
        return ""
    if district not in pots:  # not one of this package's (init refuses it): its id as it is
        return district
    return f"{pots[district].name(ctx.language, election.default_language)} ({district})"


def summary(ctx, election, district: str | None) -> str:
    """The done page's line about the district ("" when the package has no district pots)."""
    if not election.district_pots:
        return ""
    if not district:
        return ctx.text(ON_SCREEN_NOTE)
    return ctx.text(DISTRICT.arg(district_name(ctx, election, district)))


def fill_page(page: StaffPage) -> DistrictChooser:
    """The district step's page: heading, why, the choices (filled by show_election)."""
    page.outer.addWidget(page.heading(HEADING))
    page.outer.addWidget(page.label(EXPLAIN))
    chooser = DistrictChooser(page)
    page.outer.addWidget(chooser)
    page.outer.addStretch(1)
    return chooser


class DistrictChooser(QWidget):
    """One button per district pot and one for "on screen"; `chosen` is the pot id, "" (on
    screen) or None (nothing chosen yet: the wizard waits)."""

    chosen_changed = Signal()

    def __init__(self, page: StaffPage) -> None:
        super().__init__()
        self.ctx = page.ctx
        self.election = None
        self.chosen: str | None = None
        self.buttons: dict[str, Button] = {}
        self.list = QVBoxLayout(self)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(8)

    @property
    def district(self) -> str | None:
        """What init_station takes: the pot id, or None for "voters choose"."""
        return self.chosen or None

    def show_election(self, election) -> None:
        """The choices of a (new) package; nothing chosen."""
        self.election = election
        self.chosen = None
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for district in [*(pot.id for pot in election.district_pots), ON_SCREEN_ID]:
            button = Button(f"setup-district-{district or 'on-screen'}",
                            min_px=self.ctx.settings.target_px,
                            align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, d=district: self.choose(d))
            self.list.addWidget(button)
            self.buttons[district] = button
        self.retranslate()

    def choose(self, district: str) -> None:
        self.chosen = district
        self.retranslate()
        self.chosen_changed.emit()

    def retranslate(self) -> None:
        if self.election is None:
            return
        for district, button in self.buttons.items():
            name = district_name(self.ctx, self.election, district) if district \
                else self.ctx.text(ON_SCREEN)
            button.setChecked(district == self.chosen)
            button.set_texts(f"{CHECK} {name}" if district == self.chosen else name,
                             accessible=name)
