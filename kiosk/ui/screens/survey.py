"""The follow-up questions, after Review and before the vote is cast (only when the package asks
them): a few optional questions, each answer a button (tap again to take it back), "Skip and
cast my vote" or "Cast my vote".

Why here: the answers go into the same sealed inner envelope as the choices, so they must be
given while the ballot is still unsealed; asking after the thank-you would need a second,
linkable record. The voter is thanked only after the one durable cast, as before. The answers
live only in this screen, which belongs to the session and is destroyed when it ends (cast,
stop, idle): the next voter starts from a fresh screen with nothing selected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.review import CAST
from kiosk.ui.spoken import sentences
from kiosk.ui.widgets.basic import Button
from kiosk.ui.widgets.flow_layout import FlowLayout

HEADING = translate("Survey", "A few optional questions")
PRIVATE = translate("Survey", "Your answers are sealed together with your vote. They are only "
                    "counted together with many others, never with your name. You can skip "
                    "any question.")
SKIP = translate("Survey", "Skip and cast my vote")
BACK = translate("Survey", "Back")
SELECTED = translate("Survey", "Selected: %1")


class SurveyScreen(Screen):
    screen_id = "survey"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        survey = ui.election.survey
        default = ui.content.default
        self.outer.addWidget(self.heading(HEADING))
        # the municipality's own intro; the kiosk's words on secrecy when it gives none
        intro = survey.text(default, default).intro
        self.outer.addWidget(self.paragraph(
            (lambda tag: survey.text(tag, default).intro) if intro else PRIVATE,
            name="survey-intro"))
        self.answers: dict[str, str] = {}
        self.choices: dict[tuple[str, str], Button] = {}
        for question in survey.questions:
            self.outer.addWidget(self.paragraph(
                lambda tag, q=question.id: survey.text(tag, default).questions[q], "strong",
                name=f"survey-question-{question.id}"))
            host = QWidget()
            host.setObjectName(f"survey-answers-{question.id}")
            flow_layout = FlowLayout(host, spacing=12)
            for answer in question.answers:
                button = Button(f"survey-{question.id}-{answer}", min_px=ui.settings.target_px)
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, q=question.id, a=answer:
                                       self.choose(q, a))
                flow_layout.addWidget(button)
                self.choices[(question.id, answer)] = button
            self.outer.addWidget(host)
        self.outer.addStretch(1)
        self.back = self.button("survey-back", BACK, slot=flow.show_review)
        self.skip = self.button("survey-skip", SKIP, slot=self.skip_and_cast)
        self.cast = self.button("survey-cast", CAST, "primary", self.cast_with_answers)
        self.add_actions(self.cast, start=(self.back, self.skip))
        self.casting = False
        self.label_answers()

    def choose(self, question: str, answer: str) -> None:
        """Tap an answer to choose it (the question's other answer is let go); tap it again to
        take it back."""
        if self.answers.get(question) == answer:
            del self.answers[question]
        else:
            self.answers[question] = answer
        self.label_answers()

    def label_answers(self) -> None:
        """Each answer's text in the voter's language(s); the chosen one also carries a tick,
        so the choice does not show by the border's colour alone."""
        survey, default = self.ui.election.survey, self.ui.content.default
        for (q, a), button in self.choices.items():
            chosen = self.answers.get(q) == a
            button.setChecked(chosen)
            texts = self.ui.texts(lambda tag, q=q, a=a: survey.text(tag, default).answers[q][a])
            button.set_texts(*(None if t is None else ("✓ " + t if chosen else t)
                               for t in texts))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "choices"):
            self.label_answers()

    def on_show(self) -> None:
        self.casting = False
        for button in (self.back, self.skip, self.cast):
            button.setEnabled(True)

    def _cast(self, answers: dict[str, str]) -> None:
        if self.casting:
            return
        self.casting = True
        for button in (self.back, self.skip, self.cast):
            button.setEnabled(False)
        self.flow.cast(survey=answers)

    def skip_and_cast(self) -> None:
        self._cast({})

    def cast_with_answers(self) -> None:
        self._cast(dict(self.answers))

    def spoken_text(self) -> str:
        ui = self.ui
        survey, default = ui.election.survey, ui.content.default
        texts = survey.text(ui.language, default)
        parts = [ui.text(HEADING), texts.intro or ui.text(PRIVATE)]
        for question in survey.questions:
            parts.append(texts.questions[question.id])
            parts.append(", ".join(texts.answers[question.id][a] for a in question.answers))
        return sentences(*parts)

    def spoken_state(self) -> str:
        texts = self.ui.election.survey.text(self.ui.language, self.ui.content.default)
        chosen = [texts.answers[q][a] for q, a in self.answers.items()]
        return self.ui.text(SELECTED.arg(", ".join(chosen))) if chosen else ""
