"""Eligibility support: unlock the voting for a waiting voter (after an ID check), or void a
started session. Both act on the voter screen the panel is attached to (`VoterHooks`)."""

from __future__ import annotations

from typing import Protocol

from kiosk.ui.staff.texts import staff_text
from kiosk.ui.staff.widgets import StaffPage

HEADING = staff_text("StaffVoters", "Voter on the screen")
NO_SCREEN = staff_text("StaffVoters", "No voter screen is attached to this staff panel.")
STATE = {
    "none": staff_text("StaffVoters", "No voter is voting right now."),
    "waiting": staff_text("StaffVoters", "A voter is waiting for staff to unlock the voting."),
    "voting": staff_text("StaffVoters", "A voter has started voting."),
}
UNLOCK_HELP = staff_text("StaffVoters", "Check the voter's identity and that they have not "
                         "voted yet. Then unlock: the voter continues on the screen.")
UNLOCK = staff_text("StaffVoters", "Unlock the voting for this voter")
VOID = staff_text("StaffVoters", "Void the voter's session")
VOID_HELP = staff_text("StaffVoters", "Voiding ends the session on the screen. The voter's "
                       "choices are wiped and no ballot is cast.")
ASK_VOID = staff_text("StaffVoters", "Void the voter's session? Their choices are wiped and "
                      "no ballot is cast.")
VOIDED = staff_text("StaffVoters", "The session was voided. The screen shows the welcome page "
                    "again.")


class VoterHooks(Protocol):
    """What the staff panel may do to the voter screen (kiosk.ui.staff.entry implements it)."""

    def session_state(self) -> str:
        """"none", "waiting" (staff-unlock elections) or "voting"."""

    def unlock(self) -> None:
        """Unlock the waiting voter's session (the voter screen calls unlock_session)."""

    def void(self) -> None:
        """End the voter's session without a ballot (abandon_session) and reset the screen."""


class VotersPage(StaffPage):
    page_id = "voters"

    def __init__(self, ctx, confirm, voter: VoterHooks | None) -> None:
        super().__init__(ctx)
        self.confirm = confirm
        self.voter = voter
        self.outer.addWidget(self.heading(HEADING))
        self.state = self.label(None, "cardtitle", "staff-voters-state")
        self.outer.addWidget(self.state)
        self.outer.addWidget(self.label(UNLOCK_HELP, "", "staff-voters-unlock-help"))
        self.unlock = self.button("staff-voters-unlock", UNLOCK, "primary", self._unlock)
        self.outer.addLayout(self.row(self.unlock))
        self.outer.addWidget(self.label(VOID_HELP, "", "staff-voters-void-help"))
        self.void = self.button("staff-voters-void", VOID, slot=self._ask_void)
        self.outer.addLayout(self.row(self.void))
        self.message = self.label(None, "warn", "staff-voters-message")
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)
        self.on_unlocked = lambda: None  # the panel closes itself after an unlock

    def on_show(self) -> None:
        self.bind(self.message, lambda: "")
        self.refresh()

    def refresh(self) -> None:
        state = self.voter.session_state() if self.voter is not None else "none"
        self.bind(self.state, NO_SCREEN if self.voter is None else STATE[state])
        self.unlock.setEnabled(state == "waiting")
        self.void.setEnabled(state in ("waiting", "voting"))

    def _unlock(self) -> None:
        if self.voter is None or self.voter.session_state() != "waiting":
            self.refresh()
            return
        self.voter.unlock()
        self.on_unlocked()

    def _ask_void(self) -> None:
        self.confirm.ask(ASK_VOID, VOID, self._void)

    def _void(self) -> None:
        if self.voter is not None:
            self.voter.void()
        self.tell(self.message, VOIDED)
        self.refresh()
