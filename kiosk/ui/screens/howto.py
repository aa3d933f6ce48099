"""How it works (the rule in two sentences, with a picture) and the apology screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain.ballot import minimum_spend
from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.theme import BY_NAME
from kiosk.ui.widgets.basic import BiLabel
from kiosk.ui.widgets.pictures import RuleIllustration

HEADING = translate("HowItWorks", "How it works")
KNAPSACK = translate("HowItWorks", "You have %1. Choose the proposals you want until the money "
                     "runs out.")
KNAPSACK_MIN = translate("HowItWorks", "Use at least %1.")
APPROVAL = translate("HowItWorks", "Choose the proposals you like best. The most you can "
                     "choose: %1.")
APPROVAL_MIN = translate("HowItWorks", "The fewest you must choose: %1.")
CUMULATIVE = translate("HowItWorks", "Give points to the proposals you like. Your points: %1. "
                       "The most points one proposal can get: %2.")
# the package's signed rule options, in the voter's words (the exact rule: the results site)
MIN_VOTES = translate("HowItWorks", "A proposal needs at least %1 votes to be carried out.")
MIN_POINTS = translate("HowItWorks", "A proposal needs at least %1 points to be carried out.")
MIN_SHARE = translate("HowItWorks", "A proposal needs votes from at least %1 % of the voters to "
                      "be carried out.")
COST_SHARE = translate("HowItWorks", "The more a proposal costs, the more voters must choose it "
                       "for it to be carried out.")
EXCLUDE = translate("HowItWorks", "Some proposals exclude each other: at most one of them can "
                    "be carried out. It says so on the proposal.")
CHANGE_UNTIL_CONFIRM = translate("HowItWorks", "You can change your choices until you confirm "
                                 "your vote. Nobody can see what you vote for.")
SHOW_PROPOSALS = translate("HowItWorks", "Show the proposals")
SORRY = translate("Problem", "Sorry")
START_AGAIN = translate("Problem", "Start again")


def rule_sentences(ui) -> list:
    """The rule in a sentence or two, then the package's rule options; with pots, each pot the
    voter is known to vote in, its name first ("Whole city: You have 1 000 000 kr. …"; a
    district's pot once the district is known, else its own screen's meter says it), each with
    its own rule options ("Whole city: A proposal needs at least 15 votes …")."""
    election = ui.election
    if not election.pots:
        return ballot_sentences(ui, election.rule) + option_sentences(election.options,
                                                                      election.rule)
    out = []
    for pot in election.pots_for(ui.state.district):
        for say in ballot_sentences(ui, pot.rule) + option_sentences(pot.options, pot.rule):
            out.append(lambda tag, p=pot, s=say: f"{p.name(tag, ui.content.default)}: "
                                                 f"{ui.catalog.render(s, tag)}")
    return out


def option_sentences(options, rule) -> list:
    out: list = []
    if options.min_score is not None:
        points = rule.kind is RuleKind.CUMULATIVE
        out.append((MIN_POINTS if points else MIN_VOTES).arg(options.min_score))
    if options.min_voter_share_percent is not None:
        out.append(MIN_SHARE.arg(options.min_voter_share_percent))
    if options.eligibility_k is not None:
        out.append(COST_SHARE)
    if options.incompatible:
        out.append(EXCLUDE)
    return out


def ballot_sentences(ui, rule) -> list:
    if rule.kind is RuleKind.KNAPSACK:
        out = [KNAPSACK.arg(ui.money(rule.budget))]
        minimum = minimum_spend(rule)
        if minimum:
            out.append(KNAPSACK_MIN.arg(ui.money(minimum)))
        return out
    if rule.kind is RuleKind.APPROVAL:
        out = [APPROVAL.arg(rule.max_choices)]
        if rule.min_choices:
            out.append(APPROVAL_MIN.arg(rule.min_choices))
        return out
    return [CUMULATIVE.arg(rule.total_points, rule.max_per_proposal)]


class HowItWorksScreen(Screen):
    screen_id = "howto"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addWidget(self.heading(HEADING))
        self.intro = BiLabel("", name="howto-intro")
        self.outer.addWidget(self.intro)
        for index, sentence in enumerate(rule_sentences(ui)):
            self.outer.addWidget(self.paragraph(sentence, "strong", name=f"howto-rule-{index}"))
        self.picture = RuleIllustration(ui.election.rule.kind)
        self.outer.addWidget(self.picture)
        self.outer.addWidget(self.paragraph(CHANGE_UNTIL_CONFIRM))
        self.outer.addStretch(1)
        self.start = self.button("howto-start", SHOW_PROPOSALS, "primary", flow.show_proposals)
        self.add_actions(self.start)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.set_texts(*self.ui.texts(self.ui.content.intro))

    def on_show(self) -> None:
        self.picture.theme = BY_NAME[self.ui.state.look.theme]
        self.picture.update()


class ProblemScreen(Screen):
    """An unexpected problem: a kind sentence, never a traceback, and a way back."""

    screen_id = "problem"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addStretch(1)
        self.outer.addWidget(self.heading(SORRY))
        self.message = BiLabel("strong", name="problem-message")
        self.message.primary.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.outer.addWidget(self.message)
        self.outer.addStretch(2)
        self.again = self.button("problem-start-again", START_AGAIN, "primary", flow.abandon)
        self.add_actions(self.again)
        self.say = None

    def show_message(self, say) -> None:
        self.say = say
        self.message.set_texts(*self.ui.texts(say))

    def retranslate(self) -> None:
        super().retranslate()
        if self.say is not None:
            self.message.set_texts(*self.ui.texts(self.say))
