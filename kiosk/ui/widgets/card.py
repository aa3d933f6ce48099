"""A proposal card: image, title, cost, summary, what the voter did with it, and its buttons.

Chosen is shown by a check mark and words ("✓ You chose this"), a thicker border and a tint,
never by colour alone. A proposal that cannot be chosen now stays visible with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kiosk.domain.election import Proposal, RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message_for
from kiosk.ui.widgets.basic import CHECK, BiLabel, Button, Panel, make_label, set_flag

READ_MORE = translate("Proposals", "Read more")
CHOOSE = translate("Proposals", "Choose")
REMOVE = translate("Proposals", "Remove")
DOES_NOT_FIT = translate("Proposals", "Does not fit")
YOU_CHOSE = translate("Proposals", "You chose this")
YOUR_POINTS = translate("Proposals", "Your points: %1")
ADD_POINT = translate("Proposals", "Add a point")
TAKE_POINT = translate("Proposals", "Take away a point")
COSTS = translate("Proposals", "Costs %1")
ACCESSIBLE_ACTION = translate("Proposals", "%1: %2")

IMAGE_W, IMAGE_H = 208, 130


class ProposalCard(Panel):
    open_requested = Signal(str)
    toggle_requested = Signal(str)
    plus_requested = Signal(str)
    minus_requested = Signal(str)

    def __init__(self, ui, proposal: Proposal) -> None:
        super().__init__(f"card-{proposal.id}")
        self.ui = ui
        self.proposal = proposal
        pid = proposal.id
        self.cumulative = ui.election.rule.kind is RuleKind.CUMULATIVE
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(16)
        self.image = QLabel()
        self.image.setFixedSize(IMAGE_W, IMAGE_H)
        self.image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        pixmap = ui.content.pixmap(proposal.image, IMAGE_W, IMAGE_H)
        if pixmap is not None:
            self.image.setPixmap(pixmap)
        outer.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(6)
        outer.addLayout(column, 1)
        self.title = BiLabel("cardtitle", name=f"title-{pid}")
        self.meta = make_label("strong")
        self.summary = BiLabel()
        self.note = make_label("muted")
        self.status = make_label("strong", name=f"status-{pid}")
        for widget in (self.title, self.meta, self.summary, self.note, self.status):
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
            self.minus.clicked.connect(lambda: self.minus_requested.emit(pid))
            self.plus.clicked.connect(lambda: self.plus_requested.emit(pid))
            buttons.addWidget(self.minus)
            buttons.addWidget(self.plus)
        else:
            self.action = Button(f"choose-{pid}", "primary", min_px=ui.settings.target_px)
            self.action.clicked.connect(lambda: self.toggle_requested.emit(pid))
            buttons.addWidget(self.action)
        buttons.addStretch(1)
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
        self.note.setVisible(fell_back)
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
        if points:
            self._status(f"{CHECK} {ui.text(YOU_CHOSE)}", "strong")
            self.action.set_texts(*ui.texts(REMOVE),
                                  accessible=ui.text(ACCESSIBLE_ACTION.arg(REMOVE, title)))
            self.action.setEnabled(True)
            self.action.set_kind("secondary")
        elif blocked is not None:
            self._warn(ui.text(message_for(blocked.message_id, blocked.params)))
            self.action.set_texts(*ui.texts(DOES_NOT_FIT),
                                  accessible=ui.text(ACCESSIBLE_ACTION.arg(DOES_NOT_FIT, title)))
            self.action.setEnabled(False)
        else:
            self._status("", "strong")
            self.action.set_kind("primary")
            self.action.set_texts(*ui.texts(CHOOSE),
                                  accessible=ui.text(ACCESSIBLE_ACTION.arg(CHOOSE, title)))
            self.action.setEnabled(True)

    def _status(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self.status.property("role") != role:
            set_flag(self.status, "role", role)

    def _warn(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        if self.status.property("role") != "warn":
            set_flag(self.status, "role", "warn")
