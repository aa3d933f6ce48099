"""Canonical JSON: sorted keys, UTF-8, no insignificant whitespace, no floats.

Everything that is signed or hashed is encoded with `canonical()`, so the same value always has
the same bytes. `decode_canonical()` refuses input that is not in canonical form, so no byte of a
signed file can change without changing its meaning.
"""

from __future__ import annotations

import base64
import json

import pybase64  # SIMD base64: a tally decodes three base64 texts per ballot, a million times


class CanonicalError(ValueError):
    pass


def _check(value: object) -> None:
    if isinstance(value, float):
        raise CanonicalError("floats are not allowed in canonical JSON")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError("object keys must be strings")
            _check(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check(item)


def canonical(value: object) -> bytes:
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def decode_canonical(data: bytes) -> object:
    """Parse canonical JSON bytes; CanonicalError if they are not valid or not canonical."""
    try:
        value = json.loads(data.decode("utf-8"), parse_float=_no_float, parse_constant=_no_float)
    except (UnicodeDecodeError, json.JSONDecodeError, CanonicalError) as error:
        raise CanonicalError(f"not valid JSON: {error}") from None
    if canonical(value) != data:
        raise CanonicalError("not in canonical form")
    return value


def _no_float(text: str) -> object:
    raise CanonicalError(f"number {text} is not a whole number")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    """Strict base64: refuses anything that would not re-encode to the same text."""
    if not isinstance(text, str):
        raise CanonicalError("expected base64 text")
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise CanonicalError("invalid base64") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise CanonicalError("base64 is not in canonical form")
    return raw


_STD_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_STD_VALUE = bytes(_STD_ALPHABET.find(bytes([c])) % 64 for c in range(256))


def b64_tail_is_zero(text: bytes) -> bool:
    """Whether standard base64 that the strict decoder accepted is canonical, without
    re-encoding it: the strict decoder checks alphabet and padding, which leaves only the
    unused low bits of the last character before the padding, which canonical base64 has
    zero (else two texts decode alike). `unb64url` checks the same for base64url."""
    if text.endswith(b"=="):
        return not _STD_VALUE[text[-3]] & 0x0F
    if text.endswith(b"="):
        return not _STD_VALUE[text[-2]] & 0x03
    return True


def canonical_b64_or_none(text: bytes) -> bytes | None:
    """`text` decoded if it is standard base64 exactly as `b64` writes it, else None.

    No exception for the common "no" (a tally asks this twice per ballot). The decoder checks
    the alphabet and the padding (and refuses padding after a complete group, which
    binascii's strict mode lets through), `b64_tail_is_zero` the rest."""
    try:
        raw = pybase64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error is one
        return None
    return raw if b64_tail_is_zero(text) else None


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


_URL_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_URL_VALUE = {char: value for value, char in enumerate(_URL_ALPHABET)}


def unb64url(text: str | bytes) -> bytes:
    """Strict unpadded base64url: refuses anything that would not re-encode to the same text.

    Decoded without re-encoding (every ballot record goes through here twice): the decoder
    checks the alphabet (with "-_" in place of "+/", which it would also take, so those and
    "=" are refused first), the unused low bits of the last character are checked here.
    """
    raw_text = text.encode("ascii") if isinstance(text, str) else text
    rest = len(raw_text) % 4
    if rest == 1 or b"+" in raw_text or b"/" in raw_text or b"=" in raw_text:
        raise CanonicalError("invalid base64url")
    try:
        raw = pybase64.b64decode(raw_text + b"=" * (-rest % 4), altchars=b"-_", validate=True)
    except ValueError:
        raise CanonicalError("invalid base64url") from None
    if rest and _URL_VALUE[raw_text[-1]] & (0x0F if rest == 2 else 0x03):
        raise CanonicalError("base64url is not in canonical form")
    return raw
