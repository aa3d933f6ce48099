"""Property of the count's bulk tracking codes (Hypothesis): exactly the domain's codes, for the
10-byte hash prefixes the count keeps. Fixed extremes: tests/unit/tally/test_bulk_codes.py."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.tracking import tracking_code
from kiosk.tally import bulk_codes


@given(st.lists(st.binary(min_size=10, max_size=10), max_size=40))
def test_bulk_codes_equal_the_domain_codes(prefixes):
    assert bulk_codes.tracking_codes(b"".join(prefixes)) == [
        tracking_code(p + bytes(22)) for p in prefixes]
