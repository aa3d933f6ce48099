"""Tracking codes, Crockford base32 and personnummer checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain import base32, personnummer
from kiosk.domain.errors import EligibilityError
from kiosk.domain.tracking import normalize_code, tracking_code
from kiosk.tally.bulk_codes import tracking_codes as bulk_tracking_codes


@given(st.binary(min_size=32, max_size=32))
def test_tracking_code_shape(digest):
    code = tracking_code(digest)
    assert len(code) == 19 and [len(g) for g in code.split("-")] == [4, 4, 4, 4]
    assert set(code.replace("-", "")) <= set(base32.ALPHABET)
    assert normalize_code(code.lower().replace("-", " ")) == code


@given(st.binary(min_size=10, max_size=10), st.binary(min_size=10, max_size=10))
def test_distinct_hashes_give_distinct_codes(a, b):
    assert (tracking_code(a + b"\0" * 22) == tracking_code(b + b"\0" * 22)) == (a == b)


def _reference_encode(data: bytes) -> str:
    """Crockford base32 bit by bit, as the first version did: codes on printed receipts and
    in published bulletins must never change."""
    number, bits = int.from_bytes(data, "big"), len(data) * 8
    chars = (bits + 4) // 5
    number <<= chars * 5 - bits
    return "".join(base32.ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(chars)))


@given(st.binary(max_size=40))
def test_base32_encode_matches_the_bitwise_reference(data):
    assert base32.encode(data) == _reference_encode(data)


def test_a_known_tracking_code_never_changes():
    assert base32.encode(b"\xff\x00") == "ZW00"
    assert tracking_code(bytes(range(32))) == "000G-40R4-0M30-E209"


@given(st.lists(st.binary(min_size=32, max_size=32), max_size=30))
def test_codes_in_bulk_are_the_codes_one_by_one(hashes):
    assert bulk_tracking_codes(b"".join(h[:10] for h in hashes)) == [
        tracking_code(h) for h in hashes]


def test_look_alikes_are_forgiven():
    assert base32.normalize("o1l-I") == "0111"
    assert normalize_code("0000-0000-0000-000U") is None  # U is not in the alphabet
    assert normalize_code("ABC") is None


TODAY = date(2027, 4, 10)


@pytest.mark.parametrize("text", ["19850412-1230", "850412-1230", "198504121230", "8504121230"])
def test_valid_personnummer_forms(text):
    person = personnummer.parse(text, TODAY)
    assert person.birth_date == date(1985, 4, 12)
    assert person.canonical == "198504121230"


@pytest.mark.parametrize(("text", "message_id"), [
    ("19850412-1234", "pnr.checksum"),
    ("1985-04-12", "pnr.format"),
    ("abc", "pnr.format"),
    ("19851332-1235", "pnr.date"),
])
def test_invalid_personnummer(text, message_id):
    with pytest.raises(EligibilityError) as error:
        personnummer.parse(text, TODAY)
    assert error.value.message_id == message_id


def test_plus_sign_means_a_hundred_years_or_more():
    assert personnummer.parse("250412+1233", TODAY).birth_date.year == 1925


def test_samordningsnummer_is_accepted():
    assert personnummer.parse("850472-1237", TODAY).birth_date == date(1985, 4, 12)


def test_minimum_age():
    person = personnummer.parse("20110410-1231", TODAY)
    personnummer.check_age(person, 16, TODAY)
    with pytest.raises(EligibilityError) as error:
        personnummer.check_age(personnummer.parse("20110411-1230", TODAY), 16, TODAY)
    assert error.value.message_id == "pnr.too_young"
