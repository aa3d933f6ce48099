"""The pinned election authority: what every command that takes an election package is told.

A package carries its own signing key, so a signature alone proves nothing: anyone can re-sign
a changed package with a fresh key. What makes it trustworthy is that the reader knows, from
another channel, which authority to expect — its fingerprint (printed by `kiosk keys authority`,
read aloud or on paper) or its public key file (`authority.pub`). `--authority` takes either.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.domain.errors import PackageError

_FINGERPRINT = re.compile(r"[0-9A-HJKMNP-TV-Z]{16}")
_LOOK_ALIKES = str.maketrans("OIL", "011")  # Crockford base32 reads them as 0, 1, 1
UNPINNED_TEXT = ("package refused: say which election authority to trust with --authority "
                 "(its fingerprint, or its authority.pub file)")


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as printed (upper-case, 4 groups of 4); None if the text is not one.
    O, I and L, easily typed for 0 and 1, are read as those."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(_LOOK_ALIKES)
    if not _FINGERPRINT.fullmatch(cleaned):
        return None
    return "-".join(cleaned[i : i + 4] for i in range(0, 16, 4))


def pinned_fingerprint(authority: str | Path | None) -> str:
    """The expected authority's fingerprint from a fingerprint or an authority.pub file.

    Raises PackageError with one sentence when nothing, or nothing usable, was given.
    """
    if authority is None or str(authority).strip() == "":
        raise PackageError("package.unpinned", UNPINNED_TEXT)
    text = str(authority).strip()
    path = Path(text)
    if path.is_file():
        from kiosk.package.authority_keys import load_authority_public

        return load_authority_public(path).fingerprint
    found = normalise_fingerprint(text)
    if found is None:
        raise PackageError("package.bad_authority",
                           f"package refused: --authority {text[:60]!r} is neither an authority "
                           "fingerprint (16 characters, like 7K2M-9XDT-4TNC-HRWA) nor an "
                           "authority.pub file", authority=text[:60])
    return found


def same_fingerprint(actual: str, expected: str) -> bool:
    return normalise_fingerprint(actual) == normalise_fingerprint(expected)
