"""The results site of an election with signed rule options, in headless Chromium: the
in-browser re-count applies the options and matches the published result, "how the rule
decided" names each option and every proposal set aside or skipped because of one, and a record
whose `options` were edited shows a mismatch."""

from __future__ import annotations

import json
import shutil

import pytest

from kiosk.tally.site.writer import strings
from tests.site.browser import chromium, needs_chromium, site_url, wait_for
from tests.site.conftest import published_record

pytestmark = needs_chromium

OPTIONS = ('\n[options]\nmin_voter_share_percent = 15\neligibility_k = 2\n'
           'incompatible = [["p1", "p2", "p3"], ["p4", "p5"]]\n')


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    return published_record(tmp_path_factory.mktemp("site-options"), options=OPTIONS)


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def test_the_recount_applies_the_options_and_matches(browser, record):
    results = record["results"]
    options = results["options"]
    assert options["set_aside"] or options["incompatible_skipped"]  # they did something
    browser.get(site_url(record["record"]))
    assert wait_for(browser, "recount") == "match"
    how = browser.find_element("id", "how").text
    sv = strings()["sv"]
    assert sv["options_intro"] in how
    assert sv["option_voter_share"].replace("{percent}", "15") in how
    assert how.count("Får inte pengar och räknas inte vidare.") == len(options["set_aside"])
    assert how.count("bara ett av förslagen kunde få pengar") == len(
        options["incompatible_skipped"])


def test_edited_options_in_the_record_show_a_mismatch(browser, record, tmp_path):
    copy = tmp_path / "record"
    shutil.copytree(record["record"], copy)
    data = copy / "site" / "data" / "record.js"
    text = data.read_text(encoding="utf-8")
    assert '"incompatible_skipped"' in text
    start = text.index("{")
    end = text.rindex("}") + 1
    value = json.loads(text[start:end])
    value["results"]["options"]["set_aside"] = {}  # one of the two was not empty
    value["results"]["options"]["incompatible_skipped"] = {}
    data.write_text(text[:start] + json.dumps(value, ensure_ascii=False) + text[end:],
                    encoding="utf-8")
    browser.get(site_url(copy))
    assert wait_for(browser, "recount") == "mismatch"
