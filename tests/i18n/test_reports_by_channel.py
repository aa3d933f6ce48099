"""Reports by channel: the protocol shows touch, paper and together; the results site shows them
too, hiding a small channel (and its complement); the terminal summary names both."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from kiosk.tally.site.record_data import turnout
from kiosk.tally.summary import result_lines

CHANNELS = {"touch": {"opened": 41, "valid": 40, "invalid": 1},
            "paper": {"opened": 16, "valid": 13, "invalid": 3},
            "all": {"opened": 57, "valid": 53, "invalid": 4}}


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize("language", ["en", "se"])
def test_protocol_shows_ballots_by_channel(tmp_path, demo_election, tied_results, language):
    from kiosk.tally.reports.protocol import write_protocol
    from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS

    results = {**tied_results, "channels": CHANNELS, "valid": 53,
               "invalid": {"ballot.spoiled": 3, "ballot.over_budget": 1}}
    text = pdf_text(write_protocol(tmp_path / "p.pdf", demo_election, results, "00" * 32,
                                   "11" * 16, language))
    rows = {line.split()[0]: line.split()[-3:] for line in text.splitlines() if line.split()}
    assert rows["Pekskärm"] == ["41", "40", "1"]
    assert rows["Papper"] == ["16", "13", "3"]
    assert rows["Sammanlagt"] == ["57", "53", "4"]
    flat = " ".join(text.split())
    assert PROTOCOL_LABELS["sv"]["by_channel"] in flat
    assert PROTOCOL_LABELS[language]["ballot.spoiled"] in flat


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_protocol_of_an_older_count_has_no_channel_table(tmp_path, demo_election, tied_results):
    from kiosk.tally.reports.protocol import write_protocol

    text = pdf_text(write_protocol(tmp_path / "p.pdf", demo_election, tied_results, "00" * 32,
                                   "11" * 16, "en"))
    assert "Per sätt att rösta" not in text


def test_site_turnout_by_channel_hides_small_channels():
    base = {"opened": 57, "stations": []}
    shown = turnout({**base, "channels": CHANNELS}, 5)
    assert (shown["touchscreen"], shown["paper"], shown["together"]) == (41, 16, 57)
    few = {**CHANNELS, "touch": {"opened": 54, "valid": 54, "invalid": 0},
           "paper": {"opened": 3, "valid": 3, "invalid": 0}}
    shown = turnout({**base, "channels": few}, 5)  # 57 - 54 would give the 3 away
    assert (shown["touchscreen"], shown["paper"], shown["together"]) == (None, None, 57)
    no_paper = {**CHANNELS, "touch": {"opened": 57, "valid": 57, "invalid": 0},
                "paper": {"opened": 0, "valid": 0, "invalid": 0}}
    for results in ({**base, "channels": no_paper}, base):  # no paper, or an older count
        shown = turnout(results, 5)
        assert shown["touchscreen"] == 57 and "paper" not in shown and "together" not in shown


def test_terminal_summary_names_both_channels(tied_results):
    lines = result_lines({**tied_results, "channels": CHANNELS, "election": "e"})
    assert ("  by channel: touchscreen 41 opened, 40 valid, 1 invalid; paper 16 opened, 13 "
            "valid, 3 invalid; together 57 opened, 53 valid, 4 invalid") in lines
