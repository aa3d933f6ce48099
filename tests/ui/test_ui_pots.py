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
    kiosk.click("choose-c1")  # 600 000 of the city's 1 000 000
    kiosk.click("choose-c3")  # 250 000
    assert not kiosk.find("choose-c2").isEnabled()  # 350 000 no longer fits the city pot
    kiosk.click("proposals-review")
    assert kiosk.screen == "proposals-south"
    assert kiosk.find("proposals-part").text() == "Del 2 av 2: Södra området"
    assert kiosk.find("card-s1").isVisible() and not _shown(kiosk, "card-c1")
    assert kiosk.ui.state.session.budget_left == 300_000  # the district pot's own budget
    kiosk.click("choose-s1")
    kiosk.click("choose-s2")
    kiosk.click("proposals-previous")  # back to the city pot: its choices are still there
    assert kiosk.screen == "proposals-city" and kiosk.ui.state.session.chosen_count == 2
    kiosk.click("proposals-review")
    kiosk.click("proposals-review")
    assert kiosk.screen == "review"
    assert kiosk.find("review-part-city").text() == "Del 1 av 2: Hela staden"
    assert kiosk.find("review-part-south").text() == "Del 2 av 2: Södra området"
    for pid in ("c1", "c3", "s1", "s2"):
        assert kiosk.find(f"review-row-{pid}").isVisible()
    spoken = kiosk.window.page("review").spoken_text()  # read-aloud says both pots, in order
    assert spoken.index("Del 1 av 2: Hela staden") < spoken.index("Ett nytt bibliotekscafé") \
        < spoken.index("Del 2 av 2: Södra området") < spoken.index("Ny lekplats")
    kiosk.click("review-cast")
    assert kiosk.screen == "receipt"
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c1", "c3"], "south": ["s1", "s2"]}
    assert "choices" not in inner and inner["language"] == "sv"
    kiosk.click("receipt-done")
    assert kiosk.screen == "welcome" and kiosk.ui.state.voter.pots is None


def test_a_station_in_a_district_asks_no_question(make_kiosk):
    kiosk = make_kiosk("districts", station=1)  # stands in the north district
    kiosk.start_voting("en")
    assert kiosk.find("howto-rule-0").text().startswith("Whole city: You have 1")
    assert kiosk.find("howto-rule-1").text().startswith("North district: You have 250")
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
