"""The tally reads a paper ballot's inner envelope: the channel only from `"channel": "paper"`
exactly, a spoiled sheet invalid (`ballot.spoiled`) with its choices never opened, touch
envelopes byte for byte as before (no channel, no spoiled)."""

from __future__ import annotations

import base64

import pytest

from kiosk.crypto.canonical import canonical
from kiosk.demo.world import DEMO_ELECTION
from kiosk.domain.ballot import Ballot
from kiosk.domain.manifest import election_from_manifest
from kiosk.ledger.envelopes import INNER_TYPE, inner_envelope, pad
from kiosk.package.source import read_source
from kiosk.tally import envelopes_open as opener

_KEY = base64.b64encode(bytes(32)).decode()


@pytest.fixture(scope="module")
def election():
    return election_from_manifest(read_source(DEMO_ELECTION, {"seal": _KEY, "sign": _KEY})
                                  .manifest)


@pytest.fixture
def reading(election, monkeypatch):
    monkeypatch.setattr(opener, "_ELECTION", election)
    return election


def test_touch_envelopes_are_unchanged(election):
    touch = inner_envelope(election, Ballot.of(["p1"]), "sv", False, None, False)
    assert touch == pad(canonical({
        "type": INNER_TYPE, "v": 1, "election": election.id, "choices": ["p1"],
        "language": "sv", "assisted": False, "survey": {}, "test": False}))
    assert b"channel" not in touch and b"spoiled" not in touch
    assert opener._facts(touch)[0] == "touch"


def test_paper_and_spoiled(reading):
    election = reading
    paper = inner_envelope(election, Ballot.of(["p1", "p2"]), "fi", False, None, False,
                           channel="paper")
    assert opener._facts(paper)[0] == "paper"
    assert opener._read_inner(paper) == ('["p1","p2"]', "fi", False, None)
    spoiled = inner_envelope(election, Ballot.of([]), "sv", False, None, False,
                             channel="paper", spoiled=True)
    assert opener._read_inner(spoiled) == (None, "sv", False, "ballot.spoiled")
    # a spoiled mark on a test ballot: still a test ballot first
    test = inner_envelope(election, Ballot.of([]), "sv", False, None, True, channel="paper",
                          spoiled=True)
    assert opener._read_inner(test)[3] == "envelope.test_ballot"


@pytest.mark.parametrize("channel", ["PAPER", "post", 1, None, ["paper"]])
def test_only_the_exact_word_is_paper(reading, channel):
    fields = {"type": INNER_TYPE, "v": 1, "election": reading.id, "choices": ["p1"],
              "language": "sv", "assisted": False, "survey": {}, "test": False,
              "channel": channel}
    assert opener._facts(pad(canonical(fields)))[0] == "touch"


def test_spoiled_must_be_true_itself(reading):
    fields = {"type": INNER_TYPE, "v": 1, "election": reading.id, "choices": ["p1"],
              "language": "sv", "assisted": False, "survey": {}, "test": False,
              "channel": "paper", "spoiled": "yes"}
    assert opener._read_inner(pad(canonical(fields)))[3] is None  # counted as its choices
