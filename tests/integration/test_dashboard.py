"""The officials' dashboard on `kiosk tally serve`: behind a login, read-only, in Swedish (English
on a switch), listing every enrolled station (and one that never synced as such), its records
arriving live (server-sent events) and refused batches with their reasons, and never a choice
or a total. In-process with the real store and intake, then live: a real server process, a station
casting and syncing with `kiosk simulate --sync`, and the page in headless Chromium."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kiosk.package.authority_keys import load_receipt_key
from kiosk.package.signed_package import load_package
from kiosk.tally.enrolled import enrol_stations
from kiosk.tally.server.app import create_app
from kiosk.tally.server.dashboard import ENV_DASHBOARD_TOKEN, dashboard_router
from kiosk.tally.server.store_intake import StoreIntake
from kiosk.tally.store import TallyStore
from tests.conftest import make_world
from tests.site.browser import chromium, needs_chromium
from tests.tally_worlds import cast, export

TOKEN = "dashboard-test-token-0123456789"
# what would reveal choices or results: none of these may appear in what the dashboard sends
FORBIDDEN = ("choices", "score", "funded", "votes", "results", "spent", "proposal")


@pytest.fixture
def served(tmp_path):
    world = make_world(tmp_path, stations=2)
    package = load_package(world["package"], world["authority_fingerprint"])
    store = TallyStore.create(f"sqlite:///{tmp_path / 'tally.db'}", package_raw=package.raw,
                              election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    intake = StoreIntake(store, package)
    app = create_app(intake, load_receipt_key(world["receipt_key"], world["passphrase"]),
                     # short event streams, so that a test reads one whole
                     dashboard=dashboard_router(store, TOKEN, stream_seconds=0.6,
                                                check_seconds=0.05))
    with TestClient(app) as client:
        yield {"client": client, "world": world, "package": package, "tmp": tmp_path,
               "store": store, "intake": intake}


def events(served) -> list[dict]:
    """The views one dashboard event stream sends in its (short, here) life."""
    answer = served["client"].get("/dashboard/events",
                                  headers={"authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/event-stream")
    lines = answer.text.split("\n")
    assert lines[0].startswith("retry: ")
    return [json.loads(line[6:]) for line in lines if line.startswith("data: ")]


def post(served, path) -> int:
    answer = served["client"].post(
        f"/v1/elections/{served['package'].election.id}/batches", content=path.read_bytes(),
        headers={"content-type": "application/vnd.rostkiosk.export"})
    return answer.status_code


def test_everything_but_the_login_needs_the_token(served):
    client = served["client"]
    for path in ("/dashboard/status", "/dashboard/app.js", "/dashboard/events"):
        assert client.get(path).status_code == 401
        assert client.get(path, headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/dashboard", follow_redirects=False).headers["location"] == \
        "/dashboard/login"
    wrong = client.post("/dashboard/login", content="token=not-the-token",
                        headers={"content-type": "application/x-www-form-urlencoded"})
    assert wrong.status_code == 401 and "kiosk_dashboard" not in wrong.cookies
    right = client.post("/dashboard/login", content=f"token={TOKEN}", follow_redirects=False,
                        headers={"content-type": "application/x-www-form-urlencoded"})
    assert right.status_code == 303 and right.headers["location"] == "/dashboard"
    assert "httponly" in right.headers["set-cookie"].lower()
    assert client.get("/dashboard/status").status_code == 200  # the cookie now
    assert "/dashboard" not in json.dumps(client.get("/openapi.json").json()["paths"])


def test_dashboard_shows_records_arriving_and_refusals_with_reasons(served):
    client, world, tmp = served["client"], served["world"], served["tmp"]
    auth = {"authorization": f"Bearer {TOKEN}"}
    assert client.get("/dashboard/status", headers=auth).json()["stations"] == []
    cast(world, 0, 4)
    first = export(world, 0, tmp / "usb1")
    cast(world, 0, 3, seed=2)
    second = export(world, 0, tmp / "usb2")
    assert post(served, second) == 409  # records 5-7 before 1-4: a gap, refused
    view = client.get("/dashboard/status", headers=auth).json()
    assert view["refused_total"] == 1 and view["refused"][0]["reason"]
    assert view["stations"] == []  # a refused batch delivers nothing
    assert post(served, first) == 200
    view = client.get("/dashboard/status", headers=auth).json()
    assert view["intake"] == "open"
    [station] = view["stations"]
    assert (station["records"], station["last_seq"], station["files"]) == (4, 4, 1)
    assert station["last_sync"]
    text = json.dumps(view).lower()
    assert not [word for word in FORBIDDEN if word in text]


def test_every_enrolled_station_is_listed_and_one_that_never_synced_says_so(served):
    client, world, tmp = served["client"], served["world"], served["tmp"]
    auth = {"authorization": f"Bearer {TOKEN}"}
    certificates = [Path(folder) / "certificate.json" for folder in world["stations"]]
    enrol_stations(served["store"], served["package"], certificates)
    view = client.get("/dashboard/status", headers=auth).json()
    assert len(view["stations"]) == 2 and view["synced"] == 0
    assert all(not s["synced"] and s["last_sync"] is None and s["records"] == 0
               for s in view["stations"])
    cast(world, 1, 3)
    assert post(served, export(world, 1, tmp / "usb")) == 200
    view = client.get("/dashboard/status", headers=auth).json()
    assert len(view["stations"]) == 2 and view["synced"] == 1
    [delivered] = [s for s in view["stations"] if s["synced"]]
    [silent] = [s for s in view["stations"] if not s["synced"]]
    assert delivered["records"] == 3 and delivered["last_sync"]
    assert silent["last_sync"] is None and silent["records"] == 0
    assert not [word for word in FORBIDDEN if word in json.dumps(view).lower()]


def test_event_stream_sends_the_view_and_each_change_and_no_totals(served):
    [first] = events(served)  # nothing changes: one event, then only the end of the stream
    assert first == served["client"].get(
        "/dashboard/status", headers={"authorization": f"Bearer {TOKEN}"}).json()
    world = served["world"]
    cast(world, 0, 2)
    assert post(served, export(world, 0, served["tmp"] / "usb")) == 200
    [after] = events(served)
    assert [s["records"] for s in after["stations"]] == [2]
    assert not [word for word in FORBIDDEN if word in json.dumps(after).lower()]


def test_dashboard_speaks_swedish_by_default_and_english_on_request(served):
    client = served["client"]
    texts = json.loads((Path(dashboard_router.__code__.co_filename).parent
                        / "dashboard_texts.json").read_text(encoding="utf-8"))
    assert set(texts) >= {"sv", "en"}
    assert all(set(texts[lang]) == set(texts["sv"]) for lang in texts)
    assert all(texts[lang][key].strip() for lang in texts for key in texts[lang])
    page = client.get("/dashboard", headers={"authorization": f"Bearer {TOKEN}"}).text
    assert '<html lang="sv">' in page
    assert set(re.findall(r'data-t="(\w+)"', page)) <= set(texts["sv"])
    script = client.get("/dashboard/app.js", headers={"authorization": f"Bearer {TOKEN}"}).text
    assert script.startswith("window.DASHBOARD_TEXTS = ")
    assert 'lang="sv"' in client.get("/dashboard/login").text
    assert "Logga in" in client.get("/dashboard/login").text
    english = client.get("/dashboard/login?lang=en").text
    assert 'lang="en"' in english and "Log in" in english
    assert "Logga in" in client.get("/dashboard/login?lang=xx").text  # unknown: Swedish


@needs_chromium
def test_live_dashboard_follows_a_syncing_station_in_the_browser(tmp_path, monkeypatch):
    from tests.site.browser import axe_violations
    from tests.tally_server import Server, init_tally, kiosk

    world = make_world(tmp_path, stations=1)
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    init_tally(world, db)
    kiosk("tally", "enrol", str(Path(world["stations"][0]) / "certificate.json"), "--db", db)
    monkeypatch.setenv(ENV_DASHBOARD_TOKEN, TOKEN)
    server = Server(db, world, tmp_path)
    server.start()
    try:
        with chromium() as browser:
            browser.get(server.url + "/dashboard")
            assert browser.current_url.endswith("/dashboard/login")
            browser.find_element("id", "token").send_keys(TOKEN + "\n")
            # Swedish first; the enrolled station is listed before it ever synced
            assert wait_until(browser, lambda: "aldrig synkad" in station_cells(browser))
            assert browser.find_element("tag name", "html").get_attribute("lang") == "sv"
            summary = browser.find_element("id", "summary")
            assert summary.get_attribute("data-updates") == "live"  # server-sent events
            assert axe_violations(browser) == []
            # two rounds of casting with sync; the page is never reloaded
            for ballots, total in ((10, 10), (15, 25)):
                done = subprocess.run(
                    [sys.executable, "-m", "kiosk", "simulate", "--data", world["stations"][0],
                     "--ballots", str(ballots), "--seed", str(total), "--sync", server.url],
                    capture_output=True, timeout=120, check=False)
                assert done.returncode == 0, done.stderr.decode()[-1000:]
                assert wait_for_records(browser, total) == total
                last_sync = station_cells(browser)[5]
                assert last_sync.startswith("20")  # a date, not the empty mark
            assert "25 poster mottagna" in browser.find_element("id", "summary").text
            browser.find_element("css selector", '#languages button[data-lang="en"]').click()
            assert browser.find_element("tag name", "html").get_attribute("lang") == "en"
            summary = browser.find_element("id", "summary")
            assert summary.get_attribute("data-intake") == "open"
            page = browser.find_element("tag name", "main").text.lower()
            assert "25 records received" in page and "1 of 1 station(s) synced" in page
            assert not [w for w in ("funded", "score", "votes", "points") if w in page]
    finally:
        server.kill()


def wait_until(browser, condition, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def station_cells(browser) -> list[str]:
    """The texts of the stations table's cells. The page redraws the table on every update, so a
    cell found just before a redraw is gone when read: then read the new table."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(20):
        try:
            return [cell.text for cell in
                    browser.find_elements("css selector", "#stations tbody td")]
        except StaleElementReferenceException:
            time.sleep(0.1)
    raise AssertionError("the stations table was redrawn during every read")


def wait_for_records(browser, expected: int, timeout: float = 30) -> int | None:
    """The records shown for the first station once they reach `expected` (else the last)."""
    shown = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cells = station_cells(browser)
        if len(cells) > 2 and cells[2].isdigit():
            shown = int(cells[2])
            if shown >= expected:
                return shown
        time.sleep(0.3)
    return shown
