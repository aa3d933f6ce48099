"""Tally key shares: the 64-byte tally secret split k-of-n as SLIP-39 mnemonics.

The splitting and combining are `shamir-mnemonic`'s (the SLIP-39 reference implementation);
nothing of Shamir's scheme is written here. A SLIP-39 passphrase has no check value (any
passphrase yields *some* secret), so callers must compare the recovered keys with the public
keys they expect; `kiosk tally count` compares them with the election package.

Share file (one per officer, JSON):
    {"type": "kiosk/tally-key-share", "v": 1, "fingerprint": ..., "threshold": k,
     "count": n, "index": i, "mnemonic": "word word …"}
A file holding only the words (typed back from paper) is read too.
"""

from __future__ import annotations

import json
from pathlib import Path

import shamir_mnemonic

from kiosk.crypto.keys import write_private_file
from kiosk.domain.errors import KeyFileError

SHARE_TYPE = "kiosk/tally-key-share"
MAX_SHARES = 16


def parse_threshold(text: str) -> tuple[int, int]:
    """'3-of-5' -> (3, 5); KeyFileError with the rule if it is not a usable split."""
    try:
        k_text, n_text = text.lower().replace(" ", "").split("-of-")
        k, n = int(k_text), int(n_text)
    except ValueError:
        raise KeyFileError("shares.bad_split", f"--shares wants K-of-N like 3-of-5, got "
                           f"{text!r}") from None
    if not 1 <= k <= n <= MAX_SHARES or (k == 1 and n > 1):
        raise KeyFileError("shares.bad_split", f"{text}: K and N must satisfy 2 <= K <= N <= "
                           f"{MAX_SHARES} (or 1-of-1)")
    return k, n


def _ascii(passphrase: str) -> bytes:
    """SLIP-39 allows printable ASCII only (so a share set opens in any SLIP-39 tool)."""
    if not all(32 <= ord(ch) <= 126 for ch in passphrase):
        raise KeyFileError("shares.passphrase_not_ascii", "a key-share passphrase may use only "
                           "printable ASCII characters (no å, ä, ö): SLIP-39 requires it")
    return passphrase.encode("ascii")


def split_secret(secret: bytes, threshold: int, count: int, passphrase: str) -> list[str]:
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], secret,
                                                _ascii(passphrase))
    return groups[0]


def combine_shares(mnemonics: list[str], passphrase: str) -> bytes:
    key = _ascii(passphrase)
    try:
        return shamir_mnemonic.combine_mnemonics(mnemonics, key)
    except shamir_mnemonic.MnemonicError as error:
        text = str(error)
        too_few = "nsufficient" in text or "Wrong number of mnemonics" in text
        raise KeyFileError("shares.insufficient" if too_few else "shares.invalid",
                           f"the key shares do not recover the tally key: {text}") from None


def write_share_files(out_dir: Path, mnemonics: list[str], threshold: int,
                      fingerprint: str, name: str = "tally") -> list[Path]:
    """One file per share: `{name}-share-I-of-N.json` (name "tally" or "outer")."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, words in enumerate(mnemonics, start=1):
        path = out / f"{name}-share-{index}-of-{len(mnemonics)}.json"
        if path.exists():
            raise KeyFileError("key.exists", f"{path} already exists; refusing to overwrite a "
                               "key share", path=str(path))
        doc = {"type": SHARE_TYPE, "v": 1, "fingerprint": fingerprint, "threshold": threshold,
               "count": len(mnemonics), "index": index, "mnemonic": words}
        write_private_file(path, json.dumps(doc, indent=2).encode() + b"\n")
        paths.append(path)
    return paths


def read_share_file(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError("shares.unreadable", f"{path}: cannot read the key share ({error})",
                           path=str(path)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        words = " ".join(text.split())  # the words alone, typed back from paper
    else:
        if not isinstance(doc, dict) or doc.get("type") != SHARE_TYPE or not isinstance(
                doc.get("mnemonic"), str):
            raise KeyFileError("shares.not_a_share", f"{path}: this is not a tally key share",
                               path=str(path))
        words = doc["mnemonic"]
    if len(words.split()) < 20:
        raise KeyFileError("shares.not_a_share", f"{path}: this is not a tally key share",
                           path=str(path))
    return words
