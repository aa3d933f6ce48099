"""The ballot meter, always visible while choosing, with one meaning for words and bar alike:
what the voter has chosen, out of what the rule allows. "Chosen for 1 480 000 kr — 520 000 kr
left" (budget), "Chosen: 2 of 3" (approval), "Points given: 3 — 2 left" (points); the bar fills
with what is chosen. The words carry the meaning, never the colour alone. Review shows the same
meter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.theme import BY_NAME
from kiosk.ui.widgets.basic import BiLabel

CHOSEN_FOR = translate("Meter", "Chosen for %1 — %2 left")
CHOSEN_OF = translate("Meter", "Chosen: %1 of %2")
POINTS_GIVEN = translate("Meter", "Points given: %1 — %2 left")


class Bar(QWidget):
    """A plain horizontal bar: filled part = chosen. The text beside it carries the meaning."""

    def __init__(self) -> None:
        super().__init__()
        self.fraction = 0.0
        self.theme = BY_NAME["default"]
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 32)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(self.theme.line), 2))
        painter.setBrush(QColor(self.theme.meter_empty))
        painter.drawRoundedRect(rect, 8, 8)
        if self.fraction > 0:
            fill = QRectF(rect)
            fill.setWidth(rect.width() * min(1.0, self.fraction))
            if self.layoutDirection().name == "RightToLeft":
                fill.moveRight(rect.right())
            painter.setBrush(QColor(self.theme.meter_fill))
            painter.drawRoundedRect(fill, 8, 8)


class BallotMeter(QWidget):
    def __init__(self, ui, name: str = "BallotMeter") -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName(name)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(24, 6, 24, 6)
        self.label = BiLabel("title", name="MeterText")
        self.bar = Bar()
        self.bar.setAccessibleName("")
        self.box.addWidget(self.label, 3)
        self.box.addWidget(self.bar, 2)

    def summary(self):
        """(words, fraction of the bar filled): both say what is chosen."""
        session = self.ui.state.session
        # the session's own rule: with pots, the pot being voted (also on the detail screen,
        # which is the whole package's)
        rule = session.election.rule if session else self.ui.election.rule
        if rule.kind is RuleKind.KNAPSACK:
            spent = session.spent if session else 0
            left = rule.budget - spent
            return CHOSEN_FOR.arg(self.ui.money(spent), self.ui.money(left)), \
                spent / rule.budget
        if rule.kind is RuleKind.APPROVAL:
            chosen = session.chosen_count if session else 0
            return CHOSEN_OF.arg(chosen, rule.max_choices), chosen / rule.max_choices
        given = rule.total_points - (session.points_left if session else rule.total_points)
        return POINTS_GIVEN.arg(given, rule.total_points - given), given / rule.total_points

    def refresh(self) -> None:
        text, fraction = self.summary()
        self.label.set_texts(*self.ui.texts(text))
        self.bar.fraction = fraction
        self.bar.theme = BY_NAME[self.ui.state.look.theme]
        self.bar.setAccessibleDescription(self.label.text())
        self.bar.update()
        self._arrange()

    def _arrange(self) -> None:
        """Words and bar side by side while the words fit on one line in their share of the
        width; otherwise the bar goes under the words (large text, long languages), so the
        meter never takes three lines of the screen."""
        label = self.label.primary
        label.ensurePolished()  # the font of the current text size, not the one before
        needed = label.fontMetrics().horizontalAdvance(label.text())
        share = (self.width() - 48) * 3 // 5
        direction = QBoxLayout.Direction.LeftToRight if needed <= share else \
            QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # not during the layout pass that resized us: changing this layout's direction while
        # the parent layout iterates its items crashed Qt (QLabel::heightForWidth on stale
        # layout data, seen on the review of a package with pots)
        QTimer.singleShot(0, self, self._arrange)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._arrange()
