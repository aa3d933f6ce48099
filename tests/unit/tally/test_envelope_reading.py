"""Opened outer envelopes read by byte comparison give exactly what the JSON parser gives, and
anything not in canonical form goes to the parser."""

from __future__ import annotations

import json

import pytest

from kiosk.crypto.canonical import canonical
from kiosk.ledger.envelopes import OUTER_TYPE, pad
from kiosk.tally.envelopes_open import OuterShape

ELECTION = "hagaby-2027"


def _outer(**fields) -> bytes:
    base = {"type": OUTER_TYPE, "v": 1, "election": ELECTION, "voter_token": "ab12" * 16,
            "cast_at": "2027-04-01T10:00:00+00:00"}
    return pad(canonical(base | fields))


def _by_parser(plaintext: bytes):
    value = json.loads(plaintext)
    return value["voter_token"], value["cast_at"]


@pytest.mark.parametrize("plaintext", [
    _outer(),
    _outer(voter_token="kod-ÅÄÖ-1"),  # a code, not hex, with letters beyond ASCII
    _outer(cast_at="unknown"),
    _outer(cast_at="\u00e9"),
    _outer(voter_token=""),  # the caller refuses an empty token, as before
])
def test_canonical_outer_envelopes_read_as_the_parser_reads_them(plaintext):
    assert OuterShape(ELECTION).fields(plaintext) == _by_parser(plaintext)


@pytest.mark.parametrize("plaintext", [
    _outer(voter_token='a"b'),  # escaped quote
    _outer(voter_token="a\\b"),  # escaped backslash
    _outer(voter_token="a\nb"),  # escaped control character
    _outer(election="another-election"),
    _outer(v=2),
    _outer(extra=1),
    pad(json.dumps({"cast_at": "x", "election": ELECTION, "type": OUTER_TYPE, "v": 1,
                    "voter_token": "t"}).encode()),  # spaces after separators
    _outer()[:-1] + b"\n",  # other whitespace after the object
    _outer().rstrip(b" ") + b"x",
    b'{"cast_at":"\xff","election":"hagaby-2027","type":"kiosk/outer-envelope","v":1,'
    b'"voter_token":"t"}',  # not UTF-8
    b'{"cast_at":"a\x01b","election":"hagaby-2027","type":"kiosk/outer-envelope","v":1,'
    b'"voter_token":"t"}',  # a raw control character: JSON refuses it
])
def test_anything_else_goes_to_the_parser(plaintext):
    assert OuterShape(ELECTION).fields(plaintext) is None
