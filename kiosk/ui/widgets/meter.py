"""The ballot meter, always visible while choosing: money left, choices made or points left."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.theme import BY_NAME
from kiosk.ui.widgets.basic import BiLabel

LEFT_OF = translate("Meter", "Left: %1 of %2")
CHOSEN_OF = translate("Meter", "Chosen: %1 of %2")
POINTS_LEFT_OF = translate("Meter", "Points left: %1 of %2")


class Bar(QWidget):
    """A plain horizontal bar: filled part = used. The text beside it carries the meaning."""

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
    def __init__(self, ui) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("BallotMeter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        self.label = BiLabel("title", name="MeterText")
        self.bar = Bar()
        self.bar.setAccessibleName("")
        layout.addWidget(self.label, 3)
        layout.addWidget(self.bar, 2)

    def summary(self):
        session = self.ui.state.session
        rule = self.ui.election.rule
        if rule.kind is RuleKind.KNAPSACK:
            left = session.budget_left if session else rule.budget
            return LEFT_OF.arg(self.ui.money(left), self.ui.money(rule.budget)), \
                1 - left / rule.budget
        if rule.kind is RuleKind.APPROVAL:
            chosen = session.chosen_count if session else 0
            return CHOSEN_OF.arg(chosen, rule.max_choices), chosen / rule.max_choices
        left = session.points_left if session else rule.total_points
        return POINTS_LEFT_OF.arg(left, rule.total_points), 1 - left / rule.total_points

    def refresh(self) -> None:
        text, fraction = self.summary()
        self.label.set_texts(*self.ui.texts(text))
        self.bar.fraction = fraction
        self.bar.theme = BY_NAME[self.ui.state.look.theme]
        self.bar.setAccessibleDescription(self.label.text())
        self.bar.update()
