"""One proposal in full: image, title, place, cost, the whole text, read-aloud, choose/remove."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.spoken import COST, PLACE, proposal_words, read_aloud, rivals_say, sentences
from kiosk.ui.widgets.basic import CHECK, BiLabel, Button, make_label, set_flag
from kiosk.ui.widgets.card import (
    ADD_POINT,
    TAKE_POINT,
    YOUR_POINTS,
    ChoiceControls,
)
from kiosk.ui.widgets.meter import BallotMeter
from kiosk.ui.widgets.picture import Picture

BACK_TO_LIST = translate("Detail", "Back to all proposals")
READ_ALOUD = translate("Detail", "Read aloud")


class DetailScreen(Screen):
    screen_id = "detail"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.setContentsMargins(24, 12, 24, 16)
        self.outer.setSpacing(12)
        self.pid: str | None = None
        self.meter = BallotMeter(ui)
        self.add_header(self.meter)
        column = self.outer
        self.image = Picture()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = BiLabel("title", name="detail-title")
        self.place = make_label("strong", name="detail-place")
        self.cost = make_label("strong", name="detail-cost")
        self.note = make_label("muted", name="detail-fallback-note")
        self.rivals = BiLabel("strong", name="detail-incompatible")
        self.text = BiLabel("", name="detail-body")
        for widget in (self.image, self.title, self.place, self.cost, self.note, self.rivals,
                       self.text):
            column.addWidget(widget)
        column.addStretch(1)
        self.status = make_label("strong", name="detail-status")
        self.add_action_note(self.status)
        self.back = self.button("detail-back", BACK_TO_LIST, slot=flow.show_proposals)
        self.read = self.button("detail-read", READ_ALOUD, slot=self.read_aloud)
        px = ui.settings.target_px
        self.cumulative = ui.election.rule.kind is RuleKind.CUMULATIVE
        if self.cumulative:
            self.minus = Button("detail-minus", min_px=px)
            self.plus = Button("detail-plus", "primary", min_px=px)
            self.minus.clicked.connect(lambda: self._change(self.ui.state.session.unchoose))
            self.plus.clicked.connect(lambda: self._change(self.ui.state.session.choose))
            self.add_actions(self.minus, self.plus, start=(self.back, self.read))
        else:  # Remove apart from Choose/"Chosen ✓": a double tap can never undo the choice
            self.choice = ChoiceControls(ui, "detail-{}", px)
            self.choice.choose.clicked.connect(
                lambda: self._change(self.ui.state.session.choose))
            self.choice.remove.clicked.connect(
                lambda: self._change(self.ui.state.session.unchoose))
            self.add_actions(self.choice.choose, self.choice.badge,
                             start=(self.back, self.read, self.choice.remove))

    def show_proposal(self, pid: str) -> None:
        self.pid = pid
        proposal = self.ui.election.proposal(pid)
        pixmap = self.ui.content.pixmap(proposal.image, 560, 350)
        self.image.setVisible(pixmap is not None)
        if pixmap is not None:
            self.image.setPixmap(pixmap)
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)

    def _text(self, field: str):
        proposal = self.ui.election.proposal(self.pid)
        return lambda tag: getattr(proposal.text(tag, self.ui.content.default)[0], field)

    def retranslate(self) -> None:
        super().retranslate()
        if self.pid is None:
            return
        ui = self.ui
        proposal = ui.election.proposal(self.pid)
        text, fell_back = ui.content.proposal_text(proposal, ui.language)
        self.title.set_texts(*ui.texts(self._text("title")))
        self.text.set_texts(*ui.texts(lambda tag: self._text("body")(tag).strip()))
        self.image.setAccessibleName(text.image_alt or text.title)
        self.place.setText(ui.text(PLACE.arg(text.place)) if text.place else "")
        self.place.setVisible(bool(text.place))
        self.cost.setText(ui.text(COST.arg(ui.money(proposal.cost))))
        self.note.setText(ui.text(ui.content.fallback_note()) if fell_back else "")
        self.note.setVisible(fell_back)
        rivals = rivals_say(ui, self.pid)  # its pot's group, with pots
        if rivals is not None:
            self.rivals.set_texts(*ui.texts(rivals))
        self.rivals.setVisible(rivals is not None)
        clip = ui.content.audio_clip(self.pid, ui.language)
        self.read.setVisible(ui.speech.available(ui.language, clip))
        self.refresh()

    def refresh(self) -> None:
        ui, pid = self.ui, self.pid
        self.meter.refresh()
        session = ui.state.session
        points = session.points.get(pid, 0) if session else 0
        blocked = session.blocked(pid) if session else None
        warn = False
        if self.cumulative:
            status = f"{CHECK} " * (points > 0) + ui.text(YOUR_POINTS.arg(points))
            self.minus.set_texts(f"\u2212  {ui.text(TAKE_POINT)}")
            self.plus.set_texts(f"+  {ui.text(ADD_POINT)}")
            self.minus.setEnabled(points > 0)
            self.plus.setEnabled(blocked is None)
        else:
            title = ui.content.proposal_text(ui.election.proposal(pid), ui.language)[0].title
            status = self.choice.show(points > 0, blocked, title)
            warn = bool(status)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        set_flag(self.status, "role", "warn" if warn else "strong")

    def _change(self, method) -> None:
        method(self.pid)
        self.ui.state.changed_choices()
        self.refresh()

    def read_aloud(self) -> None:
        ui = self.ui
        proposal = ui.election.proposal(self.pid)
        read_aloud(ui, proposal_words(ui, proposal, full=True),
                   ui.content.audio_clip(self.pid, ui.language))

    def spoken_clip(self) -> bytes | None:
        return self.ui.content.audio_clip(self.pid, self.ui.language)

    def spoken_state(self) -> str:
        return sentences(self.ui.text(self.meter.summary()[0]))

    def spoken_text(self) -> str:
        """The whole proposal (title, cost, place, summary, text), where the voter stands, and
        the meter's words."""
        ui = self.ui
        proposal = ui.election.proposal(self.pid)
        return sentences(proposal_words(ui, proposal, full=True),  # with "only one of these"
                         self.status.text(), self.meter.label.text())
