"""The scripted tour waits for the station instead of racing it; `kiosk screenshots` refuses
what it cannot render with one line."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from kiosk.domain.errors import KioskError
from kiosk.ui import screenshots
from kiosk.ui import tour as tour_module
from kiosk.ui.tour import TourLost, tour

ALL_STOPS = ["welcome", "language", "howto", "proposals", "detail", "review", "help", "idle",
             "receipt", "problem"]


class LateWriter:
    """The station's writer thread on a loaded machine: every answer arrives `seconds` late, and
    the operation named `refuse` always fails."""

    def __init__(self, real, seconds: float, refuse: str) -> None:
        self.real, self.seconds, self.refuse = real, seconds, refuse

    def submit(self, fn, *args, **kwargs) -> Future:
        late: Future = Future()
        if getattr(fn, "__name__", "") == self.refuse:
            threading.Timer(self.seconds, late.set_exception,
                            [KioskError("station.busy", "The station is busy.")]).start()
            return late

        def forward(f: Future) -> None:
            error = f.exception()
            threading.Timer(self.seconds, late.set_exception if error else late.set_result,
                            [error if error else f.result()]).start()

        self.real.submit(fn, *args, **kwargs).add_done_callback(forward)
        return late

    def __getattr__(self, name):
        return getattr(self.real, name)


def answer_late(service, monkeypatch, seconds: float, refuse: str = "") -> None:
    """Every station operation (`op(...)` and `op.later(...)`) answers `seconds` late."""
    monkeypatch.setattr(service, "_writer", LateWriter(service._writer, seconds, refuse))


def test_the_tour_waits_for_a_slow_station(make_kiosk, monkeypatch):
    driver = make_kiosk()
    answer_late(driver.service, monkeypatch, 0.4)
    window = driver.window
    stops = []
    for stop in tour(window, "fi"):
        stops.append(stop)
        assert window.current_id == {"help": "review", "idle": "review"}.get(stop, stop)
        if stop == "receipt":
            assert driver.find("receipt-code").text()
    assert stops == ALL_STOPS
    assert window.current_id == "welcome" and window.ui.state.session is None


def test_a_lost_tour_says_where_it_was(make_kiosk, monkeypatch):
    driver = make_kiosk()
    answer_late(driver.service, monkeypatch, 0.05, refuse="start_session")
    monkeypatch.setattr(tour_module, "WAIT_SECONDS", 1.0)
    walk = tour(driver.window, "sv")
    assert next(walk) == "welcome"
    with pytest.raises(TourLost, match="did not reach a started session .* shows 'welcome'"):
        next(walk)


@pytest.mark.parametrize(("args", "says"), [
    (["--languages", "sv,tlh"], "unknown language tlh (known: sv, sv-simple"),
    (["--themes", "neon"], "unknown theme neon"),
    (["--size", "large"], "the size must look like 1280x800"),
])
def test_screenshots_refuse_with_one_line(tmp_path, capsys, args, says):
    out = tmp_path / "shots"
    assert screenshots.main(["--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kiosk screenshots: {says}") and err.count("\n") == 1
    assert not out.exists()
