"""Several pots in one visit, by touch: the district question, pot by pot with "Part 1 of 2",
a review of both pots, one cast; the sealed ballot opened holds each pot's choices apart."""

from __future__ import annotations

from tests.ui.conftest import open_last_ballot


def test_two_pot_ballot_cast_and_opened_as_two_pots(make_kiosk):
    kiosk = make_kiosk("districts")
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    assert kiosk.screen == "district"  # this station stands in no district: the voter says
    assert kiosk.find("district-heading").text() == "Vilket område bor du i?"
    kiosk.click("district-south")
    assert kiosk.screen == "proposals-city"
    assert kiosk.find("proposals-part").text() == "Del 1 av 2: Hela staden"
    assert kiosk.find("proposals-review").text_shown() == "Nästa del"
    kiosk.click("choose-c2")
    assert kiosk.find("proposals-previous").text_shown() == "Byt område"
    kiosk.click("proposals-previous")  # the wrong district: back to the question
    assert kiosk.screen == "district"
    kiosk.click("district-south")
    assert kiosk.screen == "proposals-city" and kiosk.ui.state.session.chosen_count == 1
    kiosk.click("remove-c2")
    kiosk.click("choose-c4")  # 800 000 of the city's 1 000 000
    assert not kiosk.find("choose-c2").isEnabled()  # 250 000 no longer fits the city pot
    assert kiosk.find("choose-c2").text_shown() == "Får inte plats"
    kiosk.click("proposals-review")
    assert kiosk.screen == "proposals-south"
    assert kiosk.find("proposals-part").text() == "Del 2 av 2: Södra området"
    assert kiosk.find("card-s1").isVisible() and not _shown(kiosk, "card-c1")
    meter = kiosk.window.page("proposals-south").meter  # an approval pot: its own cap
    assert meter.label.text() == "Valda: 0 av 2"
    kiosk.click("choose-s1")
    kiosk.click("choose-s2")
    assert (meter.label.text(), meter.bar.fraction) == ("Valda: 2 av 2", 1.0)
    assert not kiosk.find("choose-s3").isEnabled()  # the third choice is over the cap
    assert kiosk.find("choose-s3").text_shown() == "Inga fler val"  # not "does not fit"
    assert kiosk.find("status-s3").text().startswith("Du har valt så många du kan (2).")
    kiosk.window.show_detail("s3")  # the detail screen's meter is the pot's too
    assert kiosk.window.page("detail").meter.label.text() == "Valda: 2 av 2"
    assert not kiosk.find("detail-choose").isEnabled()
    kiosk.window.show_proposals()
    assert kiosk.screen == "proposals-south"
    kiosk.click("proposals-previous")  # back to the city pot: its choices are still there
    assert kiosk.screen == "proposals-city" and kiosk.ui.state.session.chosen_count == 1
    kiosk.click("proposals-review")
    kiosk.click("proposals-review")
    assert kiosk.screen == "review"
    assert kiosk.find("review-part-city").text() == "Del 1 av 2: Hela staden"
    assert kiosk.find("review-part-south").text() == "Del 2 av 2: Södra området"
    for pid in ("c4", "s1", "s2"):
        assert kiosk.find(f"review-row-{pid}").isVisible()
    spoken = kiosk.window.page("review").spoken_text()  # read-aloud says both pots, in order
    assert spoken.index("Del 1 av 2: Hela staden") < spoken.index("Ett nytt bibliotekscafé") \
        < spoken.index("Del 2 av 2: Södra området") < spoken.index("Ny lekplats")
    kiosk.click("review-cast")
    assert kiosk.screen == "receipt"
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c4"], "south": ["s1", "s2"]}
    assert "choices" not in inner and inner["language"] == "sv"
    kiosk.click("receipt-done")
    assert kiosk.screen == "welcome" and kiosk.ui.state.voter.pots is None


def test_a_station_in_a_district_asks_no_question(make_kiosk):
    kiosk = make_kiosk("districts", station=1)  # stands in the north district
    kiosk.start_voting("en")
    assert kiosk.find("howto-rule-0").text().startswith("Whole city: You have 1")
    # each pot's rule, then that pot's own rule options, under the pot's name
    assert [kiosk.find(f"howto-rule-{i}").text() for i in range(1, 4)] == [
        "Whole city: A proposal needs at least 15 votes to be carried out.",
        "Whole city: Some proposals exclude each other: at most one of them can be carried "
        "out. It says so on the proposal.",
        "North district: You have 250\u202f000\u202fkr. Choose the proposals you want until "
        "the money runs out."]
    assert _count(kiosk, "howto-rule-") == 4  # the north pot has no options
    kiosk.click("howto-start")
    assert kiosk.screen == "proposals-city"
    assert kiosk.find("proposals-part").text() == "Part 1 of 2: Whole city"
    assert not _shown(kiosk, "proposals-previous")  # no question was asked: nothing to go back to
    kiosk.click("choose-c2")
    kiosk.click("proposals-review")
    assert kiosk.screen == "proposals-north"
    kiosk.click("choose-n3")
    kiosk.click("proposals-review")
    kiosk.click("review-cast")
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c2"], "north": ["n3"]}


def test_nothing_of_one_voter_is_left_for_the_next(make_kiosk):
    kiosk = make_kiosk("districts")
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    kiosk.click("district-north")
    kiosk.click("choose-c1")
    kiosk.window.abandon()
    assert kiosk.screen == "welcome"
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    assert kiosk.screen == "district"  # asked again: the last voter's district is gone
    kiosk.click("district-south")
    assert kiosk.ui.state.session.chosen_count == 0


def test_the_incompatible_pair_of_a_pot_is_explained_on_its_proposals(make_kiosk):
    kiosk = make_kiosk("districts", station=1)
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    assert kiosk.screen == "proposals-city"
    titles = [kiosk.ui.election.proposal(p).texts["sv"].title for p in ("c3", "c2")]
    kiosk.window.show_detail("c3")
    note = kiosk.find("detail-incompatible")
    assert note.isVisible() and note.text().startswith(
        f"Bara ett av de här förslagen kan genomföras: {titles[0]}, {titles[1]}.")
    kiosk.window.show_detail("c1")
    assert kiosk.window.page("detail").rivals.isHidden()
    kiosk.window.show_proposals()
    assert kiosk.find("rivals-c3").text() == note.text()  # on the pot's cards as well
    kiosk.click("choose-c2")
    kiosk.click("choose-c3")  # both may be chosen; the count funds at most one
    kiosk.click("proposals-review")
    kiosk.click("choose-n3")
    kiosk.click("proposals-review")
    kiosk.click("review-cast")
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c2", "c3"], "north": ["n3"]}


def _count(kiosk, prefix: str) -> int:
    from PySide6.QtWidgets import QWidget

    return sum(1 for w in kiosk.window.findChildren(QWidget) if w.objectName().startswith(prefix))


def _shown(kiosk, name: str) -> bool:
    from PySide6.QtWidgets import QWidget

    return any(w.isVisible() for w in kiosk.window.findChildren(QWidget, name))


def test_the_district_question_has_a_way_back(make_kiosk):
    """A voter who tapped on from "how it works" too soon is never stuck on the question."""
    kiosk = make_kiosk("districts")
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    assert kiosk.screen == "district"
    assert kiosk.find("district-back").text_shown() == "Tillbaka"
    kiosk.click("district-back")
    assert kiosk.screen == "howto"
    kiosk.click("howto-start")
    assert kiosk.screen == "district"  # and on again, still asked


def test_a_pot_may_be_left_empty_but_not_the_whole_ballot(make_kiosk):
    """A voter who cares only about their district goes on without a city choice; a ballot
    with nothing in any pot still waits for a first choice, and says so."""
    kiosk = make_kiosk("districts")
    kiosk.start_voting("sv")
    kiosk.click("howto-start")
    kiosk.click("district-north")
    assert kiosk.find("proposals-review").isEnabled()  # "Nästa del" with the city pot empty
    kiosk.click("proposals-review")
    assert kiosk.screen == "proposals-north"
    assert not kiosk.find("proposals-review").isEnabled()  # nothing chosen anywhere yet
    assert kiosk.find("proposals-review-reason").isVisible()
    kiosk.click("choose-n1")
    kiosk.click("proposals-review")
    kiosk.click("review-cast")
    assert kiosk.screen == "receipt"
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": [], "north": ["n1"]}
