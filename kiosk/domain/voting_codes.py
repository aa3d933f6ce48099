"""Single-use voting codes: 16 characters from an alphabet without look-alikes.

12 random characters + 4 check characters, shown as 4 groups of 4 (e.g. "K7M4-9XDT-4TNC-HRWA").
The check characters are a keyed hash (computed in the station layer) of the first 12, so a
station can refuse typos and made-up codes offline, without a list of the codes. A code's
absence from the tally's list of issued codes is what stops codes minted by a package holder.
"""

from __future__ import annotations

# No 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: what is left cannot be mistaken for another.
ALPHABET = "3479ACEFHJKMNPRTWXY"
BODY_CHARS = 12
CHECK_CHARS = 4
CODE_CHARS = BODY_CHARS + CHECK_CHARS


def encode_number(number: int, length: int) -> str:
    out = []
    for _ in range(length):
        number, digit = divmod(number, len(ALPHABET))
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def check_chars(mac: bytes) -> str:
    return encode_number(int.from_bytes(mac[:8], "big"), CHECK_CHARS)


def normalize(text: str) -> str | None:
    """Upper-case and drop spaces and dashes; None unless 16 characters of the alphabet."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_.\t")
    if len(cleaned) != CODE_CHARS or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def display(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
