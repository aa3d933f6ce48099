"""Properties of tracking codes (Hypothesis): their shape, distinct hashes giving distinct codes,
Crockford base32 against the bit-by-bit reference, and the tally's bulk codes equal to the codes
one by one. Fixed examples and personnummer checks: tests/unit/domain/test_identity_and_codes.py."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain import base32
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


@given(st.lists(st.binary(min_size=32, max_size=32), max_size=30))
def test_codes_in_bulk_are_the_codes_one_by_one(hashes):
    assert bulk_tracking_codes(b"".join(h[:10] for h in hashes)) == [
        tracking_code(h) for h in hashes]
