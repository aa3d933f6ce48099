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


def add_passphrase_options(parser, what: str) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=f"read the {what} passphrase from the first line of FILE")
    parser.add_argument("--passphrase-env", metavar="NAME",
                        help=f"read the {what} passphrase from environment variable NAME")


def get_passphrase(args, what: str, confirm: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            return args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as error:
            raise UsageError(f"cannot read the passphrase from {args.passphrase_file}: {error}") \
                from None
    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if not value:
            raise UsageError(f"environment variable {args.passphrase_env} is empty or not set")
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"the {what} passphrase is needed: use --passphrase-file or "
                         "--passphrase-env (no terminal to ask on)")
    first = getpass.getpass(f"{what} passphrase: ")
    if confirm and getpass.getpass("again: ") != first:
        raise UsageError("the passphrases do not match")
    if not first:
        raise UsageError("an empty passphrase is not allowed")
    return first
