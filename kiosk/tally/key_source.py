"""The keys for counting, each from a passphrase-protected key file or K officers' shares:
the tally key (opens inner envelopes, signs results) and the outer-envelope key (opens outer
envelopes, for the duplicate check).

Either way the recovered keys must be the ones the election package names, so a wrong
passphrase or a share set from another election (or of the other key) fails here, clearly,
before anything is opened.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from kiosk.crypto.keys import SealKeyPair
from kiosk.crypto.shares import combine_shares, read_share_file
from kiosk.domain.errors import KeyFileError, KioskError
from kiosk.package.authority_keys import (
    TallyKeys,
    load_outer,
    load_tally,
    tally_keys_from_secret,
)
from kiosk.package.signed_package import LoadedPackage


def read_passphrase(args, what: str, prefix: str = "") -> str:
    """From --{prefix}passphrase-file, --{prefix}passphrase-env or the terminal."""
    attr = prefix.replace("-", "_")
    from_file = getattr(args, f"{attr}passphrase_file", None)
    from_env = getattr(args, f"{attr}passphrase_env", None)
    if from_file:
        try:
            return Path(from_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as error:
            raise KioskError("usage", f"cannot read the passphrase from "
                             f"{from_file}: {error}") from None
    if from_env:
        value = os.environ.get(from_env)
        if not value:
            raise KioskError("usage", f"environment variable {from_env} is empty "
                             "or not set")
        return value
    if not sys.stdin.isatty():
        raise KioskError("usage", f"the {what} passphrase is needed: use --{prefix}passphrase-"
                         f"file or --{prefix}passphrase-env (no terminal to ask on)")
    return getpass.getpass(f"{what} passphrase: ")


def tally_keys_for_count(args, package: LoadedPackage) -> TallyKeys:
    if args.key is not None:
        keys = load_tally(args.key, read_passphrase(args, "tally key"))
        source = f"{args.key}"
    else:
        keys = _keys_from_shares(args)
        source = "these key shares"
    check_keys_match(keys, package, source)
    return keys


def outer_key_for_count(args, package: LoadedPackage) -> SealKeyPair:
    """The outer-envelope key from --outer-key or --outer-shares, checked against the package
    (a package made before outer keys existed: the tally key's inner key)."""
    if args.outer_key is not None:
        key = load_outer(args.outer_key, read_passphrase(args, "outer-envelope key", "outer-"))
        source = f"{args.outer_key}"
    else:
        secret = _secret_from_shares(args.outer_shares, read_passphrase(
            args, "outer-envelope key share", "outer-"), "outer-envelope")
        if len(secret) == 64:  # a whole tally secret: packages made before outer keys
            key = tally_keys_from_secret(secret).seal
        elif len(secret) == 32:
            key = SealKeyPair.from_bytes(secret)
        else:
            raise KeyFileError("key.malformed", "the recovered outer-envelope secret has the "
                               "wrong length")
        source = "these key shares"
    if key.public != package.election.tally.outer_seal_public:
        raise KeyFileError("key.wrong_outer_key", f"the key from {source} is not the "
                           f"outer-envelope key of election {package.election.id} (a wrong "
                           "passphrase for the shares, the tally key instead, or a key of "
                           "another election)")
    return key


def _keys_from_shares(args) -> TallyKeys:
    secret = _secret_from_shares(args.shares, read_passphrase(args, "key share"), "tally")
    if len(secret) != 64:
        raise KeyFileError("key.wrong_tally_key", "these key shares do not recover a tally "
                           "key (the outer-envelope key's shares instead?)")
    return tally_keys_from_secret(secret)


def _secret_from_shares(share_paths, passphrase: str, what: str) -> bytes:
    paths = [Path(p) for p in share_paths]
    words = [read_share_file(path) for path in paths]
    for i, first in enumerate(words):
        for j in range(i + 1, len(words)):
            if words[j] == first:
                raise KeyFileError("shares.duplicate", f"{paths[i]} and {paths[j]} are the same "
                                   "key share; give different officers' shares")
    try:
        secret = combine_shares(words, passphrase)
    except KeyFileError as error:
        split = _split_of(paths)
        if error.message_id != "shares.insufficient" or split is None:
            raise
        # our words, not the SLIP-39 library's (which quotes a share's first words)
        raise KeyFileError("shares.insufficient", f"{len(words)} key share(s) do not recover "
                           f"the {what} key: it was split {split[0]}-of-{split[1]}, so "
                           f"{split[0]} different shares are needed") from None
    return secret


def _split_of(paths: list[Path]) -> tuple[int, int] | None:
    """(K, N) as the share files say (None for shares typed back as bare words)."""
    for path in paths:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            return int(doc["threshold"]), int(doc["count"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None


def check_keys_match(keys: TallyKeys, package: LoadedPackage, source: str) -> None:
    expected = package.election.tally
    if keys.seal.public != expected.seal_public or keys.sign.public.raw != expected.sign_public:
        raise KeyFileError("key.wrong_tally_key", f"the key from {source} is not the tally "
                           f"key of election {package.election.id} (a wrong passphrase for the "
                           "shares, or a key of another election)")
