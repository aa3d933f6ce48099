"""What the voter reads when something cannot be done: message ids -> translatable sentences.

The station and the domain raise errors with a `message_id` and `params`; the UI never shows
their English `.text`. Unknown ids and unexpected errors become "ask staff for help".
"""

from __future__ import annotations

from kiosk.domain.money import format_kronor
from kiosk.ui.i18n import Text, translate

SOMETHING_WRONG = translate("Messages", "Something went wrong. Please ask staff for help.")

_MESSAGES: dict[str, tuple[Text, tuple[str, ...]]] = {
    "pnr.format": (translate("Messages", "A personal identity number has 10 or 12 digits, "
                             "for example 19850412-1234."), ()),
    "pnr.checksum": (translate("Messages", "The number does not seem right. Please check the "
                               "digits and try again."), ()),
    "pnr.date": (translate("Messages", "The number does not contain a real date of birth. "
                           "Please check it."), ()),
    "pnr.too_young": (translate("Messages", "You are too young to vote in this election. Age "
                                "limit: %1."), ("minimum_age",)),
    "code.format": (translate("Messages", "A voting code has letters and digits, for example "
                              "K7MA-9XHT-4TNC-HRWA-3PEN."), ()),
    "code.unknown": (translate("Messages", "This voting code is not valid for this election. "
                               "Please check it."), ()),
    "eligibility.already_voted_here": (translate(
        "Messages", "This number or code has already been used to vote at this station. "
        "Please ask staff if you think this is wrong."), ()),
    "eligibility.needs_staff": (translate("Messages", "A member of staff must unlock the voting "
                                          "first."), ()),
    "eligibility.required": (translate("Messages", "Please identify yourself first."), ()),
    "polls.not_open": (translate("Messages", "Voting is not open right now. Please ask staff."),
                       ()),
    "session.unknown": (translate("Messages", "Your voting session has ended. Please start "
                                  "again."), ()),
    "ballot.too_few": (translate("Messages", "Choose more proposals. The fewest allowed: "
                                 "%1."), ("needed",)),
    "ballot.too_many": (translate("Messages", "Too many proposals are chosen. The most "
                                  "allowed: %1."), ("allowed",)),
    "ballot.over_budget": (translate("Messages", "Your choices cost more than the budget. "
                                     "Remove something."), ()),
    "ballot.under_minimum_spend": (translate("Messages", "Use at least %1 of the budget."),
                                   ("minimum",)),
    "ballot.points_over_total": (translate("Messages", "You have given more points than you "
                                           "have. Remove some points."), ()),
    "ballot.points_over_max": (translate("Messages", "Too many points for one proposal. The "
                                         "most allowed: %1."), ("allowed",)),
    "box.disk_full": (translate("Messages", "Your vote could not be saved. Please ask staff for "
                                "help. Nothing was saved."), ()),
    "choice.does_not_fit": (translate("Messages", "Does not fit: %1 too much. Remove something "
                                      "first."), ("missing",)),
    "choice.max_reached": (translate("Messages", "You have chosen as many as you can (%1). Remove "
                                     "one first."), ("max",)),
    "choice.no_points_left": (translate("Messages", "No points left. Take a point from another "
                                        "proposal first."), ()),
    "choice.max_points_for_proposal": (translate("Messages", "This proposal has the most "
                                                 "points it can get: %1."), ("max",)),
    "choice.already_chosen": (translate("Messages", "You have chosen this."), ()),
}

_MONEY_PARAMS = {"missing", "minimum", "cost", "left", "budget"}


def message_for(message_id: str, params: dict | None = None) -> Text:
    """The sentence for an error or blocked choice; 'ask staff' for anything unknown."""
    entry = _MESSAGES.get(message_id)
    if entry is None:
        return SOMETHING_WRONG
    text, names = entry
    params = params or {}
    values = []
    for name in names:
        value = params.get(name, "")
        if name in _MONEY_PARAMS and isinstance(value, int):
            value = f"\u2066{format_kronor(value)}\u2069"  # one left-to-right unit, also in Arabic
        values.append(value)
    return text.arg(*values)


def message_for_error(error: BaseException) -> Text:
    message_id = getattr(error, "message_id", None)
    return message_for(message_id, getattr(error, "params", {})) if message_id else \
        SOMETHING_WRONG


def known_ids() -> set[str]:
    return set(_MESSAGES)
