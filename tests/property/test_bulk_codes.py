"""The count's bulk tracking codes are exactly the domain's codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.tracking import tracking_code
from kiosk.tally import bulk_codes


@given(st.lists(st.binary(min_size=10, max_size=10), max_size=40))
def test_bulk_codes_equal_the_domain_codes(prefixes):
    assert bulk_codes.tracking_codes(b"".join(prefixes)) == [
        tracking_code(p + bytes(22)) for p in prefixes]


def test_extremes_and_a_wrong_length():
    assert bulk_codes.tracking_codes(bytes(10) + b"\xff" * 10) == [
        "0000-0000-0000-0000", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"]
    with pytest.raises(ValueError):
        bulk_codes.tracking_codes(bytes(11))
