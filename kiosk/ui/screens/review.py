"""Review (change or confirm) and the receipt (thank you, tracking code, QR, automatic return)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message_for_error
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.pots import PotUi
from kiosk.ui.screens.proposals import part_text
from kiosk.ui.spoken import sentences, spelled
from kiosk.ui.widgets.basic import BiLabel, Panel, make_label
from kiosk.ui.widgets.meter import BallotMeter
from kiosk.ui.widgets.pictures import QrCode

HEADING = translate("Review", "Check your vote")
NOTHING_CHOSEN = translate("Review", "You have not chosen any proposals. You can still cast "
                           "your vote, or go back and choose.")
POINTS = translate("Review", "Points: %1")
CHANGE = translate("Review", "Change my choices")
CAST = translate("Review", "Cast my vote")
SAVING = translate("Review", "Saving your vote…")
CONTINUE = translate("Review", "Continue")
THANK_YOU = translate("Receipt", "Thank you, your vote is saved")
YOUR_CODE = translate("Receipt", "Your tracking code:")
WHAT_CODE_IS = translate("Receipt", "With this code you can check later that your vote was "
                         "counted. The code does not show what you voted for. You can take a "
                         "photo of it.")
CHECK_AT_FROM = translate("Receipt", "Check your code at %1 from %2. The QR code opens that "
                          "page with your code filled in.")
CHECK_AT_AFTER = translate("Receipt", "Check your code at %1 when the result is published, "
                           "after voting closes on %2. The QR code opens that page with your "
                           "code filled in.")
CODE_ONLY = translate("Receipt", "The QR code holds only your code. Staff can tell you where to "
                      "check it after voting closes on %1.")
TEST_VOTE = translate("Receipt", "TEST VOTE: this vote will not be counted.")
CLOSES_IN = translate("Receipt", "This screen closes by itself. Seconds left: %1.")
MORE_TIME = translate("Receipt", "More time")
DONE = translate("Receipt", "Done")


class ReviewScreen(Screen):
    screen_id = "review"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addWidget(self.heading(HEADING))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.outer.addLayout(self.rows)
        self.outer.addStretch(1)
        # The total (the same meter words as while choosing) and any reason Cast cannot be used
        # stay next to Cast.
        self.summary = BallotMeter(ui, "review-meter")
        self.add_action_note(self.summary)
        self.problem = BiLabel("warn", name="review-problem")
        self.add_action_note(self.problem)
        self.change = self.button("review-change", CHANGE, slot=flow.show_proposals)
        # with follow-up questions, the vote is cast from the questions' screen
        self.asks = ui.election.survey.asks
        self.cast = self.button("review-cast", CONTINUE if self.asks else CAST, "primary",
                                self.cast_vote)
        self.add_actions(self.cast, start=(self.change,))
        self.casting = False
        self.pot_meters: dict[str, BallotMeter] = {}

    def on_show(self) -> None:
        self.casting = False
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        session = ui.state.session
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                # out of the layout and hidden now, so a row never lingers behind the new
                # ones; deleted at the next return to the event loop (deleting it here, or
                # leaving it parentless, crashed Qt's later restyling of the application)
                widget.hide()
                widget.deleteLater()
        self.pot_meters: dict[str, BallotMeter] = {}
        if session is None:
            return
        pots = ui.state.voter.pots
        if pots is not None:  # a package with pots: every pot under its own heading
            for index, pot in enumerate(pots.pots):
                part = BiLabel("strong", name=f"review-part-{pot.id}")
                part.set_texts(*ui.texts(part_text(ui, index, pots.count, pot)))
                self.rows.addWidget(part)
                self._add_rows(pots.sessions[pot.id].ballot.choices, pot.rule.kind)
                # the pot's own total, in the words of its meter ("Chosen for … – … left")
                meter = BallotMeter(PotUi(ui, pot.id), f"review-meter-{pot.id}")
                meter.refresh()
                self.pot_meters[pot.id] = meter
                self.rows.addWidget(meter)
        else:
            self._add_rows(session.ballot.choices, ui.election.rule.kind)
        self.summary.setVisible(pots is None)
        self.summary.refresh()
        if pots is not None:
            found = pots.problem()
            problem = found[1] if found else None
        else:
            problem = session.problem()
        self.problem.set_texts(*ui.texts(message_for_error(problem)) if problem else ("",))
        self.problem.setVisible(problem is not None)
        self.cast.setEnabled(problem is None and not self.casting)
        self.change.setEnabled(not self.casting)

    def _add_rows(self, choices, kind) -> None:
        ui = self.ui
        for pid, points in choices:
            proposal = ui.election.proposal(pid)
            row = Panel(f"review-row-{pid}")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(16, 10, 16, 10)
            title = BiLabel("strong")
            title.set_texts(*ui.texts(lambda tag, p=proposal: p.text(tag, ui.content.default)[0]
                                      .title))
            amount = make_label("strong", wrap=False)
            amount.setText(ui.text(POINTS.arg(points)) if kind is RuleKind.CUMULATIVE
                           else ui.money(proposal.cost))
            amount.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(title, 1)
            layout.addWidget(amount)
            self.rows.addWidget(row)
        if not choices:
            empty = BiLabel("", name="review-empty")
            empty.set_texts(*ui.texts(NOTHING_CHOSEN))
            self.rows.addWidget(empty)

    def spoken_text(self) -> str:
        """The heading, each chosen proposal with its cost (or points), the total, any problem."""
        ui, session = self.ui, self.ui.state.session
        rows = []
        pots = ui.state.voter.pots
        if pots is not None:  # every pot: its heading, its choices, its meter's words
            for index, pot in enumerate(pots.pots):
                rows.append(part_text(ui, index, pots.count, pot)(ui.language))
                rows += self._spoken_rows(pots.sessions[pot.id].ballot.choices, pot.rule.kind)
                meter = self.pot_meters.get(pot.id)
                rows.append(meter.label.text() if meter is not None else "")
        elif session is not None:
            rows += self._spoken_rows(session.ballot.choices, ui.election.rule.kind)
            rows.append(self.summary.label.text())
        return sentences(ui.text(HEADING), *rows,
                         self.problem.text() if not self.problem.isHidden() else "")

    def _spoken_rows(self, choices, kind) -> list[str]:
        ui, rows = self.ui, []
        for pid, points in choices:
            proposal = ui.election.proposal(pid)
            title = ui.content.proposal_text(proposal, ui.language)[0].title
            rows.append(sentences(title, ui.text(POINTS.arg(points)) if kind is
                                  RuleKind.CUMULATIVE else ui.money(proposal.cost)))
        if not choices:
            rows.append(ui.text(NOTHING_CHOSEN))
        return rows

    def cast_vote(self) -> None:
        if self.asks:
            self.flow.show_survey()
            return
        if self.casting:
            return
        self.casting = True
        self.cast.setEnabled(False)
        self.change.setEnabled(False)
        self.problem.set_texts(*self.ui.texts(SAVING))
        self.problem.setVisible(True)
        self.flow.cast()

    def cast_failed(self, error) -> None:
        self.casting = False
        self.refresh()
        self.problem.set_texts(*self.ui.texts(message_for_error(error)))
        self.problem.setVisible(True)


class ReceiptScreen(Screen):
    screen_id = "receipt"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        thanks = self.heading(THANK_YOU, "receipt-heading")
        thanks.primary.setProperty("role", "huge")
        self.outer.addWidget(thanks)
        row = QHBoxLayout()
        row.setSpacing(40)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.paragraph(YOUR_CODE, "strong"))
        self.code = make_label("code", wrap=False, name="receipt-code")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addWidget(self.code)
        self.where = BiLabel("strong", name="receipt-where")  # first: what the voter can do
        column.addWidget(self.where)
        column.addWidget(self.paragraph(WHAT_CODE_IS))
        self.test = self.paragraph(TEST_VOTE, "warn", name="receipt-test")
        column.addWidget(self.test)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.qr = QrCode(240)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.outer.addLayout(row, 1)
        self.countdown = BiLabel("muted", name="receipt-countdown")
        self.add_action_note(self.countdown)
        self.more = self.button("receipt-more-time", MORE_TIME, slot=self.more_time)
        self.done = self.button("receipt-done", DONE, "primary", flow.finish)
        self.add_actions(self.done, start=(self.more,))
        self.left = 0
        self.link = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    def show_receipt(self, receipt) -> None:
        self.code.setText(receipt.tracking_code)
        self.code.setAccessibleName(receipt.tracking_code)
        self.link = self.ui.election.results
        self.qr.set_data(self.link.for_code(receipt.tracking_code) if self.link
                         else receipt.tracking_code)
        self._show_where()
        self.test.setVisible(bool(receipt.test))
        self.left = self.ui.settings.receipt_seconds
        self._show_countdown()
        self.timer.start()

    def spoken_text(self) -> str:
        """Thanks, then the tracking code spelled out character by character, then the rest."""
        ui = self.ui
        return sentences(ui.text(THANK_YOU), ui.text(YOUR_CODE), spelled(self.code.text()),
                         self.where.text(), ui.text(WHAT_CODE_IS),
                         ui.text(TEST_VOTE) if not self.test.isHidden() else "")

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.timer.stop()
            self.flow.finish()
            return
        self._show_countdown()

    def more_time(self) -> None:
        """Each tap gives a minute more (the voter may want to photograph or copy the code)."""
        self.left += 60
        self._show_countdown()

    def _where(self):
        ltr = self.ui.left_to_right
        closes = ltr(self.ui.election.closes.date().isoformat())
        if self.link is None:
            return CODE_ONLY.arg(closes)
        site = ltr(self.link.site, keep_whole=True)
        if self.link.available_from is not None:
            return CHECK_AT_FROM.arg(site, ltr(self.link.available_from.isoformat()))
        return CHECK_AT_AFTER.arg(site, closes)

    def _show_where(self) -> None:
        self.where.set_texts(*self.ui.texts(self._where()))

    def _show_countdown(self) -> None:
        self.countdown.set_texts(*self.ui.texts(CLOSES_IN.arg(self.left)))

    def retranslate(self) -> None:
        super().retranslate()
        self._show_where()
        self._show_countdown()

