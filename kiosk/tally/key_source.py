"""The tally keys for counting: a passphrase-protected key file or K officers' shares.

Either way the recovered keys must be the ones the election package names, so a wrong
passphrase or a share set from another election fails here, clearly, before anything is opened.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from kiosk.crypto.shares import combine_shares, read_share_file
from kiosk.domain.errors import KeyFileError, KioskError
from kiosk.package.authority_keys import TallyKeys, load_tally, tally_keys_from_secret
from kiosk.package.signed_package import LoadedPackage


def read_passphrase(args, what: str) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as error:
            raise KioskError("usage", f"cannot read the passphrase from "
                             f"{args.passphrase_file}: {error}") from None
    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if not value:
            raise KioskError("usage", f"environment variable {args.passphrase_env} is empty "
                             "or not set")
        return value
    if not sys.stdin.isatty():
        raise KioskError("usage", f"the {what} passphrase is needed: use --passphrase-file "
                         "or --passphrase-env (no terminal to ask on)")
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


def _keys_from_shares(args) -> TallyKeys:
    paths = [Path(p) for p in args.shares]
    words = [read_share_file(path) for path in paths]
    for i, first in enumerate(words):
        for j in range(i + 1, len(words)):
            if words[j] == first:
                raise KeyFileError("shares.duplicate", f"{paths[i]} and {paths[j]} are the same "
                                   "key share; give different officers' shares")
    passphrase = read_passphrase(args, "key share")
    try:
        secret = combine_shares(words, passphrase)
    except KeyFileError as error:
        split = _split_of(paths)
        if error.message_id != "shares.insufficient" or split is None:
            raise
        # our words, not the SLIP-39 library's (which quotes a share's first words)
        raise KeyFileError("shares.insufficient", f"{len(words)} key share(s) do not recover "
                           f"the tally key: it was split {split[0]}-of-{split[1]}, so "
                           f"{split[0]} different shares are needed") from None
    return tally_keys_from_secret(secret)


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
