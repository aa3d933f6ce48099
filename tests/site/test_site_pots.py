"""The results site of an election with pots (the districts example): a pot picker with the
pots' names in the reader's language, each pot's own results, and the in-browser re-count
matching each pot with that pot's own rule options and ballot kind (the city pot's threshold
and incompatible pair, the south pot's approval ballots); in Arabic too; an edited pot option
shows a mismatch."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.demo.world import setup_demo_world
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService
from kiosk.tally.site.writer import strings
from tests.site.browser import chromium, needs_chromium, select_language, site_url, wait_for

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def pots_record(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site-pots")
    world = setup_demo_world(tmp / "world", example="districts")
    rng = random.Random(5)
    with StationService.open(world["station"]) as station:
        station.open_polls()
        for _ in range(30):
            station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
    assert kiosk(["export", "--data", world["station"], "--out", str(tmp / "usb")]) == 0
    db = f"sqlite:///{tmp / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, (tmp / "usb").glob("*.export"))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp / "record")]) == 0
    return tmp / "record"


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def test_each_pot_is_shown_and_recounted_on_its_own(browser, pots_record):
    from selenium.webdriver.support.ui import Select

    assert sorted(p.name for p in pots_record.glob("results*.pb")) == [
        "results-city.pb", "results-north.pb", "results-south.pb"]
    browser.get(site_url(pots_record))
    assert wait_for(browser, "recount") == "match"
    picker = Select(browser.find_element("id", "pot"))
    assert [o.text for o in picker.options] == ["Hela staden", "Norra området", "Södra området"]
    assert browser.find_element("id", "pot-label").text == "Del av budgeten:"
    rows = browser.find_elements("css selector", "#results tbody tr")
    assert len(rows) == 4 and "bibliotekscafé" in browser.find_element("id", "results").text
    sv = strings()["sv"]
    how = browser.find_element("id", "how").text  # the city pot's own options and what they did
    assert sv["options_intro"] in how and sv["option_min_score"].replace("{min}", "15") in how
    city = _results(pots_record)["pots"][0]
    assert how.count("Får inte pengar och räknas inte vidare.") == len(
        city["options"]["set_aside"])
    assert how.count("bara ett av förslagen kunde få pengar") == len(
        city["options"]["incompatible_skipped"])
    for index, title in ((1, "Pumptrack"), (2, "lekplats")):
        Select(browser.find_element("id", "pot")).select_by_index(index)  # re-counts at once
        assert wait_for(browser, "recount") == "match"
        table = browser.find_element("id", "results").text
        assert title in table and "bibliotekscafé" not in table
        assert sv["options_intro"] not in browser.find_element("id", "how").text
    select_language(browser, "ar")
    picker = Select(browser.find_element("id", "pot"))
    assert picker.first_selected_option.text == "المنطقة الجنوبية"
    assert browser.execute_script("return document.documentElement.dir") == "rtl"


def _results(record) -> dict:
    return json.loads((record / "results.json").read_text("utf-8"))["signed"]


def test_the_city_pot_did_something_with_its_options(pots_record):
    city = _results(pots_record)["pots"][0]
    assert city["options"]["set_aside"] or city["options"]["incompatible_skipped"]


def test_an_edited_pot_option_shows_a_mismatch(browser, pots_record, tmp_path):
    copy = tmp_path / "record"
    shutil.copytree(pots_record, copy)
    data = copy / "site" / "data" / "record.js"
    text = data.read_text(encoding="utf-8")
    start, end = text.index("{"), text.rindex("}") + 1
    value = json.loads(text[start:end])
    value["results"]["pots"][0]["options"]["min_score"] = 1_000_000  # all set aside
    data.write_text(text[:start] + json.dumps(value, ensure_ascii=False) + text[end:],
                    encoding="utf-8")
    browser.get(site_url(copy))
    assert wait_for(browser, "recount") == "mismatch"
