"""The `kiosk` command: a thin layer over the station service, the tally and the tools.

Expected failures (KioskError) print one line, `kiosk: <reason>`, and exit 2; a bug prints one
line too (set KIOSK_DEBUG=1 for the traceback) and exits 70. Users never see a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from importlib import import_module

from kiosk.cli import election_cmd, export_cmd, keys_cmd, simulate_cmd, station_cmd, sync_cmd
from kiosk.cli.common import UsageError
from kiosk.domain.errors import KioskError

# Commands that parse their own arguments: "words" -> "module:function(argv) -> int".
SELF_PARSING: dict[tuple[str, ...], str] = {
    ("demo", "setup"): "kiosk.cli.demo_cmd:setup_main",
    ("demo",): "kiosk.cli.demo_cmd:demo_main",
    ("run",): "kiosk.cli.run_cmd:main",
    ("station", "setup"): "kiosk.ui.staff.setup_main:main",
    ("export", "verify"): "kiosk.cli.export_cmd:verify_main",
    ("bench", "cast"): "kiosk.bench.cast:main",
    ("bench", "mes"): "kiosk.bench.mes:main",
    ("tally", "pb"): "kiosk.tally.pb_command:main",
    ("tally",): "kiosk.tally.cli:main",
    ("bench", "tally"): "kiosk.bench.tally:main",
    ("bench", "site"): "kiosk.bench.site:main",
    ("bench", "sync"): "kiosk.bench.sync:main",
    ("bench", "ui"): "kiosk.bench.ui:main",
    ("screenshots",): "kiosk.ui.screenshots:main",
    ("speech-check",): "kiosk.ui.speech_check:main",
    ("election", "recording-script"): "kiosk.ui.recording_script:main",
    ("translations",): "kiosk.cli.translations_cmd:main",
    ("paper",): "kiosk.cli.paper_cmd:main",
    ("election", "paper-ballot"): "kiosk.cli.paper_ballot_cmd:main",
}
# Optional packages (extras in pyproject.toml) a command may need; without one, the command
# says which, instead of failing with an internal error.
OPTIONAL_PACKAGES = frozenset({"PySide6", "shiboken6", "fastapi", "starlette", "uvicorn",
                               "shamir_mnemonic", "psycopg", "numpy", "qrcode"})


def needs_extra(words: list[str] | tuple[str, ...], package: str) -> KioskError:
    return KioskError("command.needs_extra", f"`kiosk {' '.join(words)}` needs the optional "
                      f"package {package}; install the matching extra (see pyproject.toml)")


def _resolve(spec: str, words: tuple[str, ...]) -> Callable[[list[str]], int]:
    module, function = spec.split(":")
    try:
        return getattr(import_module(module), function)
    except ModuleNotFoundError as error:
        if error.name and module.startswith(error.name):
            raise KioskError("command.unavailable", f"`kiosk {' '.join(words)}` is not part of "
                             "this build yet") from None
        if (error.name or "").split(".")[0] in OPTIONAL_PACKAGES:
            raise needs_extra(words, error.name.split(".")[0]) from None
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Röstkiosk: a voting station for participatory budgeting.",
        epilog="Also: kiosk run --data DIR (the station's touchscreen), "
               "kiosk demo [--world DIR] (the touchscreen on the demo election), "
               "kiosk demo setup DIR, kiosk export verify FILE, kiosk tally ..., "
               "kiosk screenshots --out DIR, kiosk speech-check --out DIR, "
               "kiosk paper import --data DIR FIRST.csv SECOND.csv, "
               "kiosk election paper-ballot --package PKG --authority FP --out DIR, "
               "kiosk bench cast|mes|tally|site|sync|ui.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (election_cmd, keys_cmd, station_cmd, export_cmd, simulate_cmd, sync_cmd):
        module.register(sub)
    return parser


def dispatch(argv: list[str]) -> int:
    for words in sorted(SELF_PARSING, key=len, reverse=True):
        if tuple(argv[: len(words)]) == words:
            return _resolve(SELF_PARSING[words], words)(argv[len(words):])
    args = build_parser().parse_args(argv)
    return args.func(args)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return dispatch(argv)
    except KioskError as error:
        print(f"kiosk: {error.text}", file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:  # an optional package imported when the command ran
        package = (error.name or "").split(".")[0]
        if package not in OPTIONAL_PACKAGES:
            return _internal_error(error)
        words = [word for word in argv[:2] if not word.startswith("-")]
        print(f"kiosk: {needs_extra(words, package).text}", file=sys.stderr)
        return 2
    except EOFError:  # a prompt (e.g. for a passphrase) found its input already ended
        print("kiosk: the input ended before a value that was asked for was given",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        return _internal_error(error)


def _internal_error(error: Exception) -> int:
    """A bug: one line for the user, the traceback on request."""
    if os.environ.get("KIOSK_DEBUG"):
        traceback.print_exc()
    print(f"kiosk: internal error ({type(error).__name__}: {error}); this is a bug, "
          "please report it (KIOSK_DEBUG=1 shows details)", file=sys.stderr)
    return 70
