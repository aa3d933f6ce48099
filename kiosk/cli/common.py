"""Shared CLI helpers: passphrases, JSON output, and turning expected errors into one line."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path


class UsageError(Exception):
    """A command was called wrongly; the message is shown as is."""


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, sort_keys=True), flush=True)


def add_passphrase_options(parser, what: str, prefix: str = "") -> None:
    """--{prefix}passphrase-file and --{prefix}passphrase-env (prefix e.g. "outer-")."""
    parser.add_argument(f"--{prefix}passphrase-file", type=Path, metavar="FILE",
                        help=f"read the {what} passphrase from the first line of FILE")
    parser.add_argument(f"--{prefix}passphrase-env", metavar="NAME",
                        help=f"read the {what} passphrase from environment variable NAME")


def get_passphrase(args, what: str, confirm: bool = False, prefix: str = "") -> str:
    attr = prefix.replace("-", "_")
    from_file = getattr(args, f"{attr}passphrase_file", None)
    from_env = getattr(args, f"{attr}passphrase_env", None)
    if from_file:
        try:
            return from_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as error:
            raise UsageError(f"cannot read the passphrase from {from_file}: {error}") \
                from None
    if from_env:
        value = os.environ.get(from_env)
        if not value:
            raise UsageError(f"environment variable {from_env} is empty or not set")
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"the {what} passphrase is needed: use --{prefix}passphrase-file or "
                         f"--{prefix}passphrase-env (no terminal to ask on)")
    first = getpass.getpass(f"{what} passphrase: ")
    if confirm and getpass.getpass("again: ") != first:
        raise UsageError("the passphrases do not match")
    if not first:
        raise UsageError("an empty passphrase is not allowed")
    return first
