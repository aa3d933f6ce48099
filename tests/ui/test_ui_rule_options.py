"""The package's signed rule options on the touchscreen: "how it works" names each one in the
voter's language, and a proposal of an incompatible pair says so, naming both, while the voter
may still choose both (the count funds at most one)."""

from __future__ import annotations

from tests.ui.conftest import open_last_ballot


def _texts(kiosk, prefix: str) -> list[str]:
    texts, index = [], 0
    while True:
        try:
            texts.append(kiosk.find(f"{prefix}{index}").text())
        except AssertionError:
            return texts
        index += 1


def test_how_it_works_names_every_option(make_kiosk):
    kiosk = make_kiosk("options")
    kiosk.start_voting("sv")
    assert kiosk.screen == "howto"
    sentences = _texts(kiosk, "howto-rule-")
    assert sentences[1:] == [
        "Ett förslag behöver minst 10 röster för att genomföras.",
        "Ett förslag behöver röster från minst 5 % av väljarna för att genomföras.",
        "Ju mer ett förslag kostar, desto fler väljare måste välja det för att det ska "
        "genomföras.",
        "Några förslag utesluter varandra: högst ett av dem kan genomföras. Det står på "
        "förslaget."]


def test_an_election_without_options_says_nothing_more(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.start_voting("sv")
    assert len(_texts(kiosk, "howto-rule-")) == 1


def test_an_incompatible_pair_is_explained_on_both_proposals(make_kiosk):
    kiosk = make_kiosk("options")
    kiosk.to_proposals("sv")
    election = kiosk.ui.election
    titles = [election.proposal(p).texts["sv"].title for p in ("p2", "p3")]
    kiosk.window.show_detail("p2")
    note = kiosk.find("detail-incompatible")
    assert note.isVisible()
    said = (f"Bara ett av de här förslagen kan genomföras: {titles[0]}, {titles[1]}. Du kan "
            "ändå välja fler av dem; räkningen genomför högst ett.")
    assert note.text() == said
    assert note.text() in kiosk.window.page("detail").spoken_text()
    kiosk.window.show_detail("p3")
    assert kiosk.find("detail-incompatible").text().startswith(
        f"Bara ett av de här förslagen kan genomföras: {titles[1]}, {titles[0]}.")
    kiosk.window.show_detail("p1")
    assert kiosk.window.page("detail").rivals.isHidden()
    kiosk.window.show_proposals()  # the list says it too, on both cards, and reads it aloud
    assert kiosk.find("rivals-p2").text() == said
    assert kiosk.find("rivals-p3").isVisible() and not _card_says(kiosk, "p1")
    assert said in kiosk.window.page("proposals").spoken_text()


def _card_says(kiosk, pid: str) -> bool:
    card = next(c for c in kiosk.window.page("proposals").cards if c.proposal.id == pid)
    return not card.rivals.isHidden()


def test_both_of_a_pair_can_still_be_chosen(make_kiosk):
    kiosk = make_kiosk("options")
    kiosk.to_proposals("ar")
    kiosk.window.show_detail("p2")
    assert kiosk.find("detail-incompatible").text().startswith("يمكن تنفيذ واحد فقط")
    kiosk.window.show_proposals()
    kiosk.click("choose-p2")
    kiosk.click("choose-p3")
    kiosk.cast_from_proposals()
    _record, inner = open_last_ballot(kiosk)
    assert inner["choices"] == ["p2", "p3"]
