"""Single-use voting codes: 20 characters from an alphabet without look-alikes.

19 random characters (19 × log2(19) ≈ 80.7 bits) + 1 public check character, shown as 5 groups
of 4 (e.g. "K7MA-9XHT-4TNC-HRWA-3PEN"). The check character only catches typing mistakes: it is
public, so anyone can make a code that passes it. What makes a code valid is the authority's
signed list of issued codes (kiosk.package.codes), which holds only each code's voter token (a
hash); with 80 bits of chance per code, nothing public lets anyone find a code on that list.
"""

from __future__ import annotations

# No 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: what is left cannot be mistaken for another.
ALPHABET = "3479ACEFHJKMNPRTWXY"
BODY_CHARS = 19
CHECK_CHARS = 1
CODE_CHARS = BODY_CHARS + CHECK_CHARS
ENTROPY_BITS = 80  # at least; 19 ** 19 > 2 ** 80
EXAMPLE = "K7MA-9XHT-4TNC-HRWA-3PEN"


def check_char(body: str) -> str:
    """A weighted sum modulo 19 (a prime): catches every single wrong character and every swap
    of two neighbours in the body."""
    total = sum(ALPHABET.index(ch) * (position % 18 + 1) for position, ch in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def code_from_body(body: str) -> str:
    return body + check_char(body)


def has_valid_check(code: str) -> bool:
    return check_char(code[:BODY_CHARS]) == code[BODY_CHARS:]


def normalize(text: str) -> str | None:
    """Upper-case and drop spaces and dashes; None unless 20 characters of the alphabet."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_.\t")
    if len(cleaned) != CODE_CHARS or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def display(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
