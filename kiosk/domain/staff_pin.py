"""Staff PIN rules: at least six digits, nothing trivial; lockout after repeated misses."""

from __future__ import annotations

from kiosk.domain.errors import KioskError

MIN_DIGITS = 6
FREE_ATTEMPTS = 5
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 3600


class PinError(KioskError):
    pass


def check_new_pin(pin: str) -> None:
    """Refuse PINs a person could guess: too short, one digit repeated, runs, patterns."""
    if not pin.isdigit() or not pin.isascii():
        raise PinError("pin.digits_only", "a staff PIN has digits only")
    if len(pin) < MIN_DIGITS:
        raise PinError("pin.too_short", f"a staff PIN needs at least {MIN_DIGITS} digits",
                       minimum=MIN_DIGITS)
    digits = [int(d) for d in pin]
    steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
    if len(set(digits)) <= 2 or steps in ({1}, {-1}, {0}):
        raise PinError("pin.too_simple", "this PIN is too easy to guess (like 123456, "
                       "111111 or 121212); choose another")
    half = len(pin) // 2
    if len(pin) % 2 == 0 and pin[:half] == pin[half:]:
        raise PinError("pin.too_simple", "this PIN is too easy to guess (it repeats itself); "
                       "choose another")


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive misses: none for the first five, then
    30 s, doubling with each further miss, at most an hour."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS))
