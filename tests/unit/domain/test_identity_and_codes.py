"""Tracking codes (a known code never changes, look-alikes forgiven) and personnummer checks;
the tracking codes' properties are in tests/property/test_tracking_code_properties.py."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain import base32, personnummer
from kiosk.domain.errors import EligibilityError
from kiosk.domain.tracking import normalize_code, tracking_code


def test_a_known_tracking_code_never_changes():
    assert base32.encode(b"\xff\x00") == "ZW00"
    assert tracking_code(bytes(range(32))) == "000G-40R4-0M30-E209"


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
