"""The results site from a published demo tally, opened via file:// in headless Chromium:
tracking-code lookups (counted, set aside, unknown), language switch (Arabic right to left,
North Sami), the in-browser re-count (match, and mismatch on altered ballots), axe-core,
phone width, and nothing loaded from outside the record folder."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from kiosk.tally.site.writer import strings
from tests.site.browser import (
    axe_violations,
    chromium,
    needs_chromium,
    select_language,
    site_url,
    wait_for,
)

pytestmark = needs_chromium


def codes(record, status: str) -> list[str]:
    with open(record / "bulletin.csv", encoding="ascii") as handle:
        return [row["tracking_code"] for row in csv.DictReader(handle) if row["status"] == status]


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def lookup(browser, record, code: str):
    browser.get(site_url(record, f"?code={code}"))
    status = wait_for(browser, "lookup-result")
    return status, browser.find_element("id", "lookup-result")


def test_counted_code_is_found_as_counted(browser, greedy_record):
    record = greedy_record["record"]
    code = codes(record, "counted")[5]
    status, box = lookup(browser, record, code.lower().replace("-", ""))  # as a person types it
    assert status == "counted"
    assert code in box.text and "räknades" in box.text


def test_unknown_code_is_not_found(browser, greedy_record):
    record = greedy_record["record"]
    known = set(codes(record, "counted")) | set(codes(record, "duplicate"))
    unknown = next(c for c in ("0000-0000-0000-0000", "ZZZZ-ZZZZ-ZZZZ-ZZZZ") if c not in known)
    status, box = lookup(browser, record, unknown)
    assert status == "not-found"
    assert unknown in box.text


def test_set_aside_code_says_set_aside_with_the_reason(browser, greedy_record):
    record = greedy_record["record"]
    duplicates = codes(record, "duplicate")
    assert len(duplicates) == 3
    status, box = lookup(browser, record, duplicates[0])
    assert status == "set-aside"
    assert box.get_attribute("data-reason") == "duplicate"
    assert "samma väljare röstade mer än en gång" in box.text


def test_lookup_loads_only_its_shard_and_nothing_from_outside(browser, greedy_record):
    record = greedy_record["record"]
    code = codes(record, "counted")[0]
    lookup(browser, record, code)
    loaded = browser.execute_script(  # every script, stylesheet or image the page refers to
        "return Array.from(document.querySelectorAll('script[src], link[href], img[src]'))"
        ".map(e => e.src || e.href);")
    assert loaded and all(url.startswith("file://") for url in loaded), loaded
    shards = [url for url in loaded if "/bulletin/" in url]
    assert shards == [(record / "site" / "bulletin" / f"{code[:2]}.js").resolve().as_uri()]


def test_recount_in_the_browser_matches_the_published_result(browser, greedy_record):
    browser.get(site_url(greedy_record["record"]))
    assert wait_for(browser, "recount") == "match"
    results = greedy_record["results"]
    how = browser.find_element("id", "how").text
    assert how.count("Får pengar;") == len(results["funded"])
    tables = browser.find_elements("css selector", "table#results")
    assert len(tables) == 1
    rows = tables[0].find_elements("css selector", "tbody tr")
    assert len(rows) == len(results["projects"])


# A Method of Equal Shares election with completion large enough to take a while: 30
# proposals, 700 distinct ballots (a deterministic pseudo-random draw in the page).
HEAVY_RECOUNT = """
const done = arguments[arguments.length - 1];
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const projects = [], groups = [];
for (let i = 0; i < 30; i++) projects.push({id: "p" + i, cost: 1000 + Math.floor(next() * 9000)});
for (let g = 0; g < 700; g++) {
  const w = {};
  projects.forEach(p => { if (next() < 0.2) w[p.id] = 1; });
  groups.push({w: w, n: 1 + Math.floor(next() * 3)});
}
const started = performance.now();
let last = started, longest = 0, ticks = 0;
const timer = setInterval(() => {
  const now = performance.now(); longest = Math.max(longest, now - last); last = now; ticks++;
}, 10);
const progress = [];
const atOnce = () => KioskRules.runRule("equalshares/add1", projects, 60000, groups, "s", null);
KioskRules.runRuleAsync("equalshares/add1", projects, 60000, groups, "s", null,
                        p => progress.push(p), 40).then(sliced => {
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const blockedAt = performance.now(); const same = atOnce();
  done({seconds: seconds, atOnceSeconds: (performance.now() - blockedAt) / 1000,
        longestGapMs: longest, ticks: ticks, progress: progress,
        same: JSON.stringify(same.funded) === JSON.stringify(sliced.funded)});
}, error => done({error: String(error)}));
"""


def test_a_long_recount_leaves_the_page_responsive_and_shows_progress(browser, greedy_record):
    """The page's re-count runs in slices: during a re-count of seconds a 10 ms timer still
    fires with no gap longer than a few slices, progress is reported, and the outcome is the
    one the rules give at once (which blocks the page for the whole time)."""
    browser.get(site_url(greedy_record["record"]))
    wait_for(browser, "recount")
    browser.set_script_timeout(300)
    run = browser.execute_async_script(HEAVY_RECOUNT)
    assert "error" not in run, run
    assert run["same"]
    assert run["seconds"] > 0.5, run  # long enough that blocking would show
    assert run["longestGapMs"] < 400, run  # slices of 40 ms; a blocked page: the whole run
    assert len(run["progress"]) >= 5 and run["progress"] == sorted(run["progress"])
    print(f"re-count in slices {run['seconds']:.2f} s (at once {run['atOnceSeconds']:.2f} s), "
          f"longest pause of the page {run['longestGapMs']:.0f} ms")


def test_the_recount_ends_not_busy_and_runs_again_on_the_button(browser, greedy_record):
    browser.get(site_url(greedy_record["record"], "?lang=en"))
    assert wait_for(browser, "recount") == "match"
    assert browser.find_element("id", "recount").get_attribute("aria-busy") == "false"
    browser.execute_script("document.getElementById('recount').textContent = '';"
                           "document.getElementById('recount-button').click();")
    assert wait_for(browser, "recount") == "match"
    assert browser.find_element("id", "recount").text.startswith("Match:")


def test_recount_reports_a_mismatch_when_the_ballots_were_altered(browser, greedy_record,
                                                                  tmp_path):
    copy = tmp_path / "record"
    shutil.copytree(greedy_record["record"], copy)
    path = copy / "site" / "data" / "ballots.js"
    prefix, _, payload = path.read_text(encoding="utf-8").partition("= ")
    data = json.loads(payload.rstrip().rstrip(";"))
    data["groups"][0][1] += 7  # seven more ballots for one choice
    path.write_text(f"{prefix}= {json.dumps(data)};\n", encoding="utf-8")
    browser.get(site_url(copy))
    assert wait_for(browser, "recount") == "mismatch"


def test_language_switch_to_arabic_and_north_sami(browser, greedy_record):
    browser.get(site_url(greedy_record["record"]))
    wait_for(browser, "recount")
    texts = strings()
    select_language(browser, "ar")
    html = browser.find_element("tag name", "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert browser.find_element("id", "results-heading").text == texts["ar"]["results_heading"]
    assert texts["ar"]["recount_match"].split(":")[0] in browser.find_element("id", "recount").text
    select_language(browser, "se")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("se", "ltr")
    assert browser.find_element("id", "lookup-heading").text == texts["se"]["lookup_heading"]
    first_row = browser.find_element("css selector", "#results tbody tr td").text
    titles = _record_titles(greedy_record)
    assert first_row in [p["titles"]["se"] for p in titles]
    assert first_row not in [p["titles"]["sv"] for p in titles]


def _record_titles(greedy_record) -> list[dict]:
    text = (greedy_record["record"] / "site" / "data" / "record.js").read_text(encoding="utf-8")
    return json.loads(text.partition("= ")[2].rstrip().rstrip(";"))["proposals"]


@pytest.mark.parametrize("lang", ["sv", "ar", "se"])
def test_axe_core_finds_no_violations(browser, greedy_record, lang):
    code = codes(greedy_record["record"], "duplicate")[0]
    browser.get(site_url(greedy_record["record"], f"?lang={lang}&code={code}"))
    wait_for(browser, "recount")
    wait_for(browser, "lookup-result")
    assert axe_violations(browser) == []


@pytest.mark.parametrize("lang", ["ar", "se"])
def test_phone_width_needs_no_sideways_scrolling(greedy_record, lang):
    with chromium(width=390, height=844) as phone:
        phone.get(site_url(greedy_record["record"], f"?lang={lang}"))
        wait_for(phone, "recount")
        overflow = phone.execute_script(
            "const boxes = [document.documentElement, ...document.querySelectorAll('.scroll')];"
            "return boxes"
            ".map(b => b.scrollWidth - b.clientWidth);")
        assert max(overflow) <= 0, overflow


def test_axe_core_does_report_a_violation_when_there_is_one(browser, greedy_record, tmp_path):
    copy = tmp_path / "record"
    shutil.copytree(greedy_record["record"], copy)
    page = copy / "site" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('<label for="code"', "<span")
                    .replace('id="code-label"></label>', 'id="code-label"></span>'),
                    encoding="utf-8")
    browser.get(site_url(copy))
    wait_for(browser, "recount")
    assert "label" in [v["id"] for v in axe_violations(browser)]


def test_lookup_works_with_the_keyboard_alone(browser, greedy_record):
    from selenium.webdriver.common.keys import Keys

    record = greedy_record["record"]
    browser.get(site_url(record))
    wait_for(browser, "recount")
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)  # the skip link
    focused = browser.switch_to.active_element
    assert focused.get_attribute("id") == "skip-link"
    for _ in range(10):  # on to the code field, as a keyboard user would
        if browser.switch_to.active_element.get_attribute("id") == "code":
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    field = browser.switch_to.active_element
    assert field.get_attribute("id") == "code"
    field.send_keys(codes(record, "counted")[1], Keys.ENTER)
    assert wait_for(browser, "lookup-result") == "counted"


def test_turnout_by_channel_shows_paper_and_together(browser, greedy_record, tmp_path):
    """The site as the generator writes it for a count with paper ballots (kiosk.tally.site
    .record_data.by_channel): touchscreen, paper and together; without paper, "not used"."""
    copy = tmp_path / "record"
    shutil.copytree(greedy_record["record"], copy)
    path = copy / "site" / "data" / "record.js"
    prefix, _, payload = path.read_text(encoding="utf-8").partition("= ")
    data = json.loads(payload.rstrip().rstrip(";"))
    together = data["turnout"]["touchscreen"]
    data["turnout"].update({"touchscreen": together - 6, "paper": 6, "together": together})
    path.write_text(f"{prefix}= {json.dumps(data)};\n", encoding="utf-8")
    texts = strings()["sv"]

    def channel_rows() -> list[str]:
        wait_for(browser, "recount")
        tables = browser.find_elements("css selector", "#turnout table")
        table = next(t for t in tables if texts["by_channel"] in t.text)
        return [row.text for row in table.find_elements("css selector", "tbody tr")]

    browser.get(site_url(copy))
    assert channel_rows() == [f"{texts['touchscreen']} {together - 6}", f"{texts['paper']} 6",
                              f"{texts['channels_together']} {together}"]
    browser.get(site_url(greedy_record["record"]))
    assert channel_rows() == [f"{texts['touchscreen']} {together}",
                              f"{texts['paper']} {texts['no_paper']}"]
