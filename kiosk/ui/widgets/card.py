"""A proposal card: image, title, cost, summary, what the voter did with it, and its buttons.

Chosen is shown by words and a check mark ("Chosen ✓") where the Choose button was, a thicker
border and a tint, never by colour alone. The "Chosen ✓" badge does nothing when tapped, and
Remove is a separate button at the other end of the row, so a double tap (a tremor) cannot undo
a choice. A proposal that cannot be chosen now stays visible with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.domain.election import Proposal, RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message_for
from kiosk.ui.spoken import rivals_say
from kiosk.ui.widgets.basic import (
    CHECK,
    BiLabel,
    Button,
    Panel,
    make_label,
    set_flag,
    set_shown,
)
from kiosk.ui.widgets.picture import Picture

READ_MORE = translate("Proposals", "Read more")
CHOOSE = translate("Proposals", "Choose")
REMOVE = translate("Proposals", "Remove")
DOES_NOT_FIT = translate("Proposals", "Does not fit")
NO_MORE = translate("Proposals", "No more choices")  # the approval cap is reached
CHOSEN = translate("Proposals", "Chosen")
YOUR_POINTS = translate("Proposals", "Your points: %1")
ADD_POINT = translate("Proposals", "Add a point")
TAKE_POINT = translate("Proposals", "Take away a point")
COSTS = translate("Proposals", "Costs %1")
ACCESSIBLE_ACTION = translate("Proposals", "%1: %2")

IMAGE_W, IMAGE_H = 208, 130
COMPACT_W, COMPACT_H = 128, 80  # at the larger text sizes: more of the ballot on screen


def chosen_words(ui) -> str:
    return f"{ui.text(CHOSEN)} {CHECK}"


class ChosenBadge(QFrame):
    """"Chosen ✓" where the Choose button was: focusable (so focus never jumps to Remove),
    at least a touch target in size, and it does nothing when tapped or pressed."""

    def __init__(self, name: str, min_px: int) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("badge", "chosen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(min_px, min_px)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.label = make_label("badge", wrap=False)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.hide()

    def set_texts(self, text: str, accessible: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(accessible)


class ChoiceControls:
    """Choose, the "Chosen ✓" badge in its place, and a separate Remove (approval, knapsack)."""

    def __init__(self, ui, name: str, min_px: int) -> None:
        """`name` "{}-p1" gives choose-p1, chosen-p1 and remove-p1."""
        self.ui = ui
        self.choose = Button(name.format("choose"), "primary", min_px=min_px)
        self.badge = ChosenBadge(name.format("chosen"), min_px)
        self.remove = Button(name.format("remove"), min_px=min_px)

    def show(self, chosen: bool, blocked, title: str) -> str:
        """Show the state; returns the status line to show (a reason, or "")."""
        ui = self.ui
        had_focus = self.choose.hasFocus()
        self.badge.set_texts(chosen_words(ui), ui.text(ACCESSIBLE_ACTION.arg(CHOSEN, title)))
        self.remove.set_texts(*ui.texts(REMOVE),
                              accessible=ui.text(ACCESSIBLE_ACTION.arg(REMOVE, title)))
        set_shown(self.badge, chosen)
        set_shown(self.remove, chosen)
        set_shown(self.choose, not chosen)
        if chosen and had_focus:
            self.badge.setFocus()
        if chosen:
            return ""
        say = CHOOSE if blocked is None else \
            NO_MORE if blocked.message_id == "choice.max_reached" else DOES_NOT_FIT
        self.choose.set_texts(*ui.texts(say), accessible=ui.text(ACCESSIBLE_ACTION.arg(say, title)))
        self.choose.setEnabled(blocked is None)
        return "" if blocked is None else ui.text(message_for(blocked.message_id, blocked.params))


class ProposalCard(Panel):
    open_requested = Signal(str)
    choose_requested = Signal(str)  # approval/knapsack: choose; cumulative: one point more
    remove_requested = Signal(str)  # approval/knapsack: unchoose; cumulative: one point less

    def __init__(self, ui, proposal: Proposal) -> None:
        super().__init__(f"card-{proposal.id}")
        self.ui = ui
        self.proposal = proposal
        pid = proposal.id
        self.cumulative = ui.election.rule.kind is RuleKind.CUMULATIVE
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(16)
        self.image = Picture()
        self.image.setFixedSize(IMAGE_W, IMAGE_H)
        self.image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        pixmap = ui.content.pixmap(proposal.image, IMAGE_W, IMAGE_H)
        if pixmap is not None:
            self.image.setPixmap(pixmap)
        outer.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        # A proposal without a picture gets no empty picture column: its text takes the width.
        self.image.setVisible(pixmap is not None)
        column = QVBoxLayout()
        column.setSpacing(6)
        outer.addLayout(column, 1)
        self.title = BiLabel("cardtitle", name=f"title-{pid}")
        self.meta = make_label("strong")
        self.summary = BiLabel()
        self.note = make_label("muted")
        self.rivals = BiLabel("muted", name=f"rivals-{pid}")  # "only one of these…", if any
        self.status = make_label("strong", name=f"status-{pid}")
        for widget in (self.title, self.meta, self.summary, self.rivals, self.note, self.status):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        column.addLayout(buttons)
        self.more = Button(f"more-{pid}", min_px=ui.settings.target_px)
        self.more.clicked.connect(lambda: self.open_requested.emit(pid))
        buttons.addWidget(self.more)
        if self.cumulative:
            self.minus = Button(f"minus-{pid}", min_px=ui.settings.target_px)
            self.plus = Button(f"plus-{pid}", "primary", min_px=ui.settings.target_px)
            self.minus.clicked.connect(lambda: self.remove_requested.emit(pid))
            self.plus.clicked.connect(lambda: self.choose_requested.emit(pid))
            buttons.addWidget(self.minus)
            buttons.addWidget(self.plus)
            buttons.addStretch(1)
        else:
            self.choice = ChoiceControls(ui, "{}-" + pid, ui.settings.target_px)
            self.choice.choose.clicked.connect(lambda: self.choose_requested.emit(pid))
            self.choice.remove.clicked.connect(lambda: self.remove_requested.emit(pid))
            buttons.addWidget(self.choice.choose)
            buttons.addWidget(self.choice.badge)
            buttons.addStretch(1)
            buttons.addWidget(self.choice.remove)
        self.compact = False
        self.outer = outer
        self.column = column
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def retranslate(self) -> None:
        ui, p = self.ui, self.proposal
        lang = ui.language
        text, fell_back = ui.content.proposal_text(p, lang)
        self.title.set_texts(*ui.texts(lambda tag: p.text(tag, ui.content.default)[0].title))
        self.summary.set_texts(*ui.texts(lambda tag: p.text(tag, ui.content.default)[0].summary))
        category = ui.content.category_name(p.category, lang)
        self.meta.setText(f"{ui.text(COSTS.arg(ui.money(p.cost)))}  ·  {category}")
        self.image.setAccessibleName(text.image_alt or text.title)
        self.note.setText(ui.text(ui.content.fallback_note()) if fell_back else "")
        set_shown(self.note, fell_back)
        rivals = rivals_say(ui, p.id)
        if rivals is not None:
            self.rivals.set_texts(*ui.texts(rivals))
        set_shown(self.rivals, rivals is not None)
        self.more.set_texts(*ui.texts(READ_MORE),
                            accessible=ui.text(ACCESSIBLE_ACTION.arg(READ_MORE, text.title)))
        self.refresh()

    def refresh(self) -> None:
        ui, pid = self.ui, self.proposal.id
        session = ui.state.session
        title = ui.content.proposal_text(self.proposal, ui.language)[0].title
        points = session.points.get(pid, 0) if session else 0
        blocked = session.blocked(pid) if session else None
        set_flag(self, "chosen", points > 0)
        if self.cumulative:
            self._status(f"{CHECK} {ui.text(YOUR_POINTS.arg(points))}" if points else
                         ui.text(YOUR_POINTS.arg(0)), "strong")
            self.minus.set_texts(f"\u2212  {ui.text(TAKE_POINT)}",
                                 accessible=ui.text(ACCESSIBLE_ACTION.arg(TAKE_POINT, title)))
            self.plus.set_texts(f"+  {ui.text(ADD_POINT)}",
                                accessible=ui.text(ACCESSIBLE_ACTION.arg(ADD_POINT, title)))
            self.minus.setEnabled(points > 0)
            self.plus.setEnabled(blocked is None)
            if blocked is not None and points == 0:
                self._warn(ui.text(message_for(blocked.message_id, blocked.params)))
            return
        reason = self.choice.show(points > 0, blocked, title)
        if reason:
            self._warn(reason)
        else:
            self._status("", "strong")

    def set_compact(self, compact: bool) -> None:
        """Smaller picture and margins at the larger text sizes; buttons keep their size."""
        if compact == self.compact:
            return
        self.compact = compact
        w, h = (COMPACT_W, COMPACT_H) if compact else (IMAGE_W, IMAGE_H)
        self.image.setFixedSize(w, h)
        pixmap = self.ui.content.pixmap(self.proposal.image, w, h)
        if pixmap is not None:
            self.image.setPixmap(pixmap)
        margin = 10 if compact else 14
        self.outer.setContentsMargins(margin, margin, margin, margin)
        self.outer.setSpacing(10 if compact else 16)
        self.column.setSpacing(4 if compact else 6)

    def _status(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_shown(self.status, bool(text))
        if self.status.property("role") != role:
            set_flag(self.status, "role", role)

    def _warn(self, text: str) -> None:
        self.status.setText(text)
        set_shown(self.status, True)
        if self.status.property("role") != "warn":
            set_flag(self.status, "role", "warn")
