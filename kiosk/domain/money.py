"""Whole-kronor amounts, formatted the Swedish way (narrow no-break space between thousands)."""

from __future__ import annotations

THIN_SPACE = "\u202f"


def group_thousands(amount: int, separator: str = THIN_SPACE) -> str:
    sign = "-" if amount < 0 else ""
    digits = str(abs(amount))
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + separator.join(groups or ["0"])


def format_kronor(amount: int, separator: str = THIN_SPACE) -> str:
    """1000000 -> '1 000 000 kr'."""
    return f"{group_thousands(amount, separator)}{separator}kr"
