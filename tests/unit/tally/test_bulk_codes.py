"""The count's bulk tracking codes at the extremes, and a wrong length refused (the property
that they are the domain's codes: tests/property/test_bulk_code_properties.py)."""

from __future__ import annotations

import pytest

from kiosk.tally import bulk_codes


def test_extremes_and_a_wrong_length():
    assert bulk_codes.tracking_codes(bytes(10) + b"\xff" * 10) == [
        "0000-0000-0000-0000", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"]
    with pytest.raises(ValueError):
        bulk_codes.tracking_codes(bytes(11))
