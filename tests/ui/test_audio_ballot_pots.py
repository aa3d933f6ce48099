"""The audio ballot in a package with pots, driven only by key events: the district question,
each pot as "Part 1 of 2", next part and back, review of every pot, one cast; the sealed ballot
opened holds each pot's choices apart, and nothing is left for the next voter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui import audio_ballot as ab
from kiosk.ui import audio_pots
from kiosk.ui.screens.review import CAST, DONE
from kiosk.ui.speech_engine import FakeEngine
from kiosk.ui.spoken import read_aloud_offered
from tests.ui.conftest import open_last_ballot
from tests.ui.test_audio_ballot import _say_then, _with_speech, press

K = Qt.Key


def _to_english_howto(kiosk, engine) -> None:
    """Start key, headphones confirmed, English chosen: the how-it-works page."""
    ui = kiosk.ui
    _say_then(kiosk, engine, K.Key_Asterisk)
    _say_then(kiosk, engine, K.Key_Return)
    languages = [tag for tag in ui.content.languages() if read_aloud_offered(ui, tag)]
    press(kiosk, K.Key_Down, languages.index("en"))
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "howto" and ui.language == "en", text


def test_a_two_pot_ballot_by_keys_alone_is_the_ballot_in_the_sealed_box(make_kiosk):
    kiosk = make_kiosk("districts")  # this station stands in no district: the voter says
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    ui, window = kiosk.ui, kiosk.window
    _to_english_howto(kiosk, engine)
    text = _say_then(kiosk, engine, K.Key_H)  # help: the keys, and how the parts work
    assert text.startswith(ui.text(ab.KEYS_HELP)) and ui.text(audio_pots.PARTS_HELP) in text

    text = _say_then(kiosk, engine, K.Key_Return)  # the district question, as a list
    assert kiosk.screen == "district"
    assert text.startswith("Which district do you live in?")
    assert "North district. 1 of 2." in text
    text = _say_then(kiosk, engine, K.Key_Backspace)  # back to how it works, and in again
    assert kiosk.screen == "howto"
    press(kiosk, K.Key_Return)
    text = _say_then(kiosk, engine, K.Key_Space)  # two-switch: Space moves on
    assert text.startswith("South district.") and "2 of 2" in text
    south = window.page("district").choices[1]  # a helper beside the voter sees which one
    assert QApplication.focusWidget() is south and south.objectName() == "district-south"
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "proposals-city"
    # the part, its budget in words, what is chosen; then the first of 4 proposals + 2 items
    assert text.startswith("Part 1 of 2: Whole city. You have 1000000 kronor.")
    assert "Trees along the high street" in text and "Not chosen" in text and "1 of 6" in text

    text = _say_then(kiosk, engine, K.Key_Return)  # choose c1 (350 000 of 1 000 000)
    assert text.startswith("Chosen.") and ui.state.session.is_chosen("c1")
    press(kiosk, K.Key_Down, 2)
    press(kiosk, K.Key_Return)  # c3 (300 000)
    screen = window.page("proposals-city")  # the card being read is scrolled into view
    card, viewport = screen.cards[2], screen.scroll.viewport()
    assert card.proposal.id == "c3"
    top = card.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + card.height() <= viewport.height(), (top, viewport.height())
    press(kiosk, K.Key_Down)
    text = _say_then(kiosk, engine, K.Key_Return)  # c4 (800 000) no longer fits: it says so
    assert not ui.state.session.is_chosen("c4") and "Not chosen" in text
    assert text != ui.text(ab.NOT_CHOSEN) + "."
    text = _say_then(kiosk, engine, K.Key_Down)
    assert text.startswith("Next part.") and "5 of 6" in text
    text = _say_then(kiosk, engine, K.Key_Down)  # back to the question, for a wrong district
    assert text.startswith("Change my district.")
    text = _say_then(kiosk, engine, K.Key_Up)
    text = _say_then(kiosk, engine, K.Key_Return)  # next part: the district's own pot
    assert kiosk.screen == "proposals-south"
    # an approval part: its rule, at most 2 choices, and none chosen yet
    assert text.startswith("Part 2 of 2: South district. Choose the proposals you like best. "
                           "The most you can choose: 2.") and "Chosen: 0 of 2." in text
    assert "New playground in the south park" in text and "1 of 5" in text
    assert ui.state.session.election.rule.max_choices == 2 and not ui.state.session.points

    press(kiosk, K.Key_Up, 2)  # before the first item: Previous part, then Review my vote
    kiosk.qtbot.waitUntil(lambda: engine.said[-1][0].startswith("Review my vote."), timeout=5000)
    assert "4 of 5" in engine.said[-1][0]
    text = _say_then(kiosk, engine, K.Key_Return)  # nothing chosen in this part: it may be
    assert kiosk.screen == "review"  # left empty, and the review says so
    assert "Part 2 of 2: South district. You have not chosen any proposals." in text
    press(kiosk, K.Key_Backspace)  # back to the part
    assert kiosk.screen == "proposals-south"
    text = _say_then(kiosk, engine, K.Key_Up)
    assert text.startswith("Previous part.")
    text = _say_then(kiosk, engine, K.Key_Return)  # the city's part, its choices still there
    assert kiosk.screen == "proposals-city" and text.startswith("Part 1 of 2: Whole city.")
    assert {pid for pid, _ in ui.state.session.ballot.choices} == {"c1", "c3"}
    press(kiosk, K.Key_Up, 2)
    press(kiosk, K.Key_Return)  # Next part
    assert kiosk.screen == "proposals-south"
    press(kiosk, K.Key_Return)  # s1
    press(kiosk, K.Key_Space)
    press(kiosk, K.Key_Return)  # s2
    press(kiosk, K.Key_Space)
    text = _say_then(kiosk, engine, K.Key_Return)  # s3: at most 2 in this part, it says so
    assert not ui.state.session.is_chosen("s3") and "Not chosen" in text
    assert "as many as you can (2)" in text and "Chosen: 2 of 2" in text
    text = _say_then(kiosk, engine, K.Key_Backspace)  # Backspace: the previous part too
    assert kiosk.screen == "proposals-city" and text.startswith("Part 1 of 2")
    press(kiosk, K.Key_Up, 2)
    press(kiosk, K.Key_Return)
    press(kiosk, K.Key_Up, 2)
    text = _say_then(kiosk, engine, K.Key_Return)  # review: every part, its choices, totals
    assert kiosk.screen == "review" and text.startswith("Check your vote.")
    assert text.index("Part 1 of 2: Whole city") < text.index("Trees along the high street") \
        < text.index("Skate park in the city park") < text.index("Part 2 of 2: South district") \
        < text.index("New playground in the south park") < text.index("Flower meadow")
    assert "A new library café" not in text and "Outdoor gym in the city park" not in text
    assert "Covered barbecue place" not in text
    assert "Chosen for 650000 kronor" in text and "Chosen: 2 of 2" in text
    text = _say_then(kiosk, engine, K.Key_Down)
    assert text.startswith(ui.text(CAST))
    press(kiosk, K.Key_Return)  # cast once, both pots together
    kiosk.qtbot.waitUntil(lambda: kiosk.screen == "receipt", timeout=10000)

    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c1", "c3"], "south": ["s1", "s2"]}
    assert "choices" not in inner and inner["language"] == "en"

    press(kiosk, K.Key_Down)  # Done (the code was read first)
    kiosk.qtbot.waitUntil(lambda: engine.said[-1][0].startswith(ui.text(DONE)), timeout=5000)
    press(kiosk, K.Key_Return)
    assert kiosk.screen == "welcome" and not window.audio.active
    assert ui.state.voter.pots is None and ui.state.session is None  # nothing for the next one
    assert not ui.state.assistance.read_aloud
    assert not [s for s in window.screens if s == "district" or s.startswith("proposals")]


def test_a_station_in_a_district_asks_no_question_by_ear_either(make_kiosk):
    kiosk = make_kiosk("districts", station=1)  # stands in the north district
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    ui = kiosk.ui
    _to_english_howto(kiosk, engine)
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "proposals-city"  # no district question
    assert text.startswith("Part 1 of 2: Whole city.") and "1 of 5" in text
    items = [words for words, _do in kiosk.window.audio.items]
    assert not any(words.startswith("Change my district") for words in items)
    text = _say_then(kiosk, engine, K.Key_Backspace)  # the first part: back to how it works
    assert kiosk.screen == "howto"
    press(kiosk, K.Key_Return)
    press(kiosk, K.Key_Down)
    press(kiosk, K.Key_Return)  # c2
    press(kiosk, K.Key_Up, 2)  # Next part (the last item)
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "proposals-north"
    assert text.startswith("Part 2 of 2: North district. You have 250000 kronor.")
    press(kiosk, K.Key_Down, 2)
    press(kiosk, K.Key_Return)  # n3
    press(kiosk, K.Key_Down)  # Review my vote (then Previous part)
    press(kiosk, K.Key_Return)
    assert kiosk.screen == "review"
    press(kiosk, K.Key_Down)
    press(kiosk, K.Key_Return)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen == "receipt", timeout=10000)
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c2"], "north": ["n3"]}
    assert ui.state.voter.ticket is None


def test_two_switches_alone_reach_every_part_and_cast(make_kiosk):
    kiosk = make_kiosk("districts")
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    ui = kiosk.ui
    press(kiosk, K.Key_Asterisk)  # the möjliggörare starts it; then only Space and Enter
    press(kiosk, K.Key_Return)  # headphones heard
    languages = [tag for tag in ui.content.languages() if read_aloud_offered(ui, tag)]
    press(kiosk, K.Key_Space, languages.index("en"))
    press(kiosk, K.Key_Return)
    press(kiosk, K.Key_Return)  # how it works: on to the district question
    press(kiosk, K.Key_Return)  # North district
    assert kiosk.screen == "proposals-city"
    press(kiosk, K.Key_Return)  # c1
    press(kiosk, K.Key_Space, 4)  # c2, c3, c4, Next part
    press(kiosk, K.Key_Return)
    assert kiosk.screen == "proposals-north"
    press(kiosk, K.Key_Return)  # n1
    press(kiosk, K.Key_Space, 4)  # n2, n3, Review my vote, Previous part
    text = _say_then(kiosk, engine, K.Key_Return)  # back to the city's part, without Backspace
    assert kiosk.screen == "proposals-city" and text.startswith("Part 1 of 2: Whole city.")
    press(kiosk, K.Key_Space, 4)
    press(kiosk, K.Key_Return)  # Next part again: n1 is still chosen
    assert kiosk.screen == "proposals-north" and ui.state.session.is_chosen("n1")
    press(kiosk, K.Key_Space, 3)
    press(kiosk, K.Key_Return)  # Review my vote
    assert kiosk.screen == "review"
    press(kiosk, K.Key_Space)
    press(kiosk, K.Key_Return)  # Cast my vote
    kiosk.qtbot.waitUntil(lambda: kiosk.screen == "receipt", timeout=10000)
    _record, inner = open_last_ballot(kiosk)
    assert inner["pots"] == {"city": ["c1"], "north": ["n1"]}


def test_by_ear_a_part_may_stay_empty_but_review_waits_for_some_choice(make_kiosk):
    kiosk = make_kiosk("districts", station=1)  # stands in the north district
    engine = FakeEngine()
    _with_speech(kiosk, engine)
    _to_english_howto(kiosk, engine)
    press(kiosk, K.Key_Return)
    assert kiosk.screen == "proposals-city"
    press(kiosk, K.Key_Up)  # Next part (the last item), nothing chosen in the city's part
    text = _say_then(kiosk, engine, K.Key_Return)
    assert kiosk.screen == "proposals-north" and text.startswith("Part 2 of 2")
    press(kiosk, K.Key_Up, 2)  # Previous part, then Review my vote
    kiosk.qtbot.waitUntil(lambda: engine.said[-1][0].startswith("Review my vote."), timeout=5000)
    text = _say_then(kiosk, engine, K.Key_Return)  # nothing chosen in any part
    assert text == "Choose at least one proposal first." and kiosk.screen == "proposals-north"
