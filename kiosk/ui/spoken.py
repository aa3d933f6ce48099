"""The words read-aloud says for parts of a screen, in the voter's displayed language."""

from __future__ import annotations

import re

from kiosk.ui.i18n import translate

COST = translate("Detail", "Cost: %1")
PLACE = translate("Detail", "Place: %1")
# An amount as read aloud: the screen's "580 000 kr" would be spelled "k r" by the voice.
KRONOR = translate("Speech", "%1 kronor")
_AMOUNT = re.compile(r"(\d+)\s*kr\b")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def read_aloud(ui, text: str, clip: bytes | None = None) -> None:
    """Hand `text` to read-aloud in the voter's language; without a voice, the station's
    recorded clips say it (kiosk.ui.clips), or else the package's `clip`."""
    words = for_speech(ui, text)
    if not ui.speech.has_voice(ui.language) and has_ui_clips(ui):
        ui.speech.play_all(ui.clips.sequence(words, ui.language)[0])
    else:
        ui.speech.read(words, ui.language, clip)


def has_ui_clips(ui, language: str | None = None) -> bool:
    clips = getattr(ui, "clips", None)
    return clips is not None and clips.has_clips(language or ui.language)


def for_speech(ui, text: str) -> str:
    """Numbers without the spaces between digit groups (espeak-ng's English and Arabic voices
    read "1 480 000" as "one, four hundred eighty, zero zero zero"; with narrow no-break spaces
    every voice reads it digit by digit) and amounts in words ("580000 kronor")."""
    text = " ".join(text.replace("\u2066", "").replace("\u2069", "").split())
    text = _THOUSANDS.sub("", text)
    return _AMOUNT.sub(lambda m: ui.text(KRONOR.arg(m.group(1))), text)


def read_aloud_offered(ui, language: str | None = None) -> bool:
    """Whether Listen is offered in the voter's language (or `language`): a voice, or recorded
    clips for that language (the station's or the package's) and a player for them."""
    language = language or ui.language
    return ui.speech.has_voice(language) or (ui.speech.plays_clips and (
        bool(ui.election.audio.get(language)) or has_ui_clips(ui, language)))


def sentences(*parts: str) -> str:
    """Non-empty parts, each ending like a sentence so the voice pauses between them."""
    out = []
    for part in parts:
        part = " ".join(part.split()).strip("\u2066\u2069")
        if part:
            out.append(part if part[-1] in ".!?:…" else part + ".")
    return " ".join(out)


def proposal_words(ui, proposal, full: bool = False) -> str:
    """Title, cost, place and summary (and that only one of its group can be carried out);
    the whole text as well when `full`."""
    text, _ = ui.content.proposal_text(proposal, ui.language)
    rivals = rivals_say(ui, proposal.id)
    return sentences(text.title, ui.text(COST.arg(ui.money(proposal.cost))),
                     ui.text(PLACE.arg(text.place)) if text.place else "",
                     text.summary, ui.text(rivals) if rivals is not None else "",
                     text.body if full else "")


ONE_OF = translate("Detail", "Only one of these can be carried out: %1. You can still choose "
                   "more than one of them; the count carries out at most one.")


def rivals_say(ui, proposal_id: str):
    """What a card and the detail screen say of a proposal in an incompatible group (its pot's
    group, with pots): a Say, or None when it is in no group."""
    others = ui.election.options_of(proposal_id).group_with(proposal_id)
    if not others:
        return None
    group = [ui.election.proposal(p) for p in (proposal_id, *others)]
    return lambda tag: ui.catalog.render(ONE_OF.arg(", ".join(
        p.text(tag, ui.content.default)[0].title for p in group)), tag)


def spelled(code: str) -> str:
    """A tracking code read character by character ("K 7 X 2, ..."), groups split by pauses."""
    groups = [g for g in code.replace(" ", "-").split("-") if g]
    return ", ".join(" ".join(group) for group in groups) + "."
