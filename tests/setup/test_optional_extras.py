"""Commands that do not need an optional package work without it; those that do say which.

Each case runs `kiosk` in a child interpreter whose import system refuses the named packages
(a sys.meta_path hook), as in a venv where that extra was never installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

HTTP_STACK = ("fastapi", "starlette", "uvicorn")
QT = ("PySide6", "shiboken6")

RUNNER = textwrap.dedent("""
    import sys

    BLOCKED = set(sys.argv[1].split(","))

    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Refuse())
    from kiosk.cli.main import main

    code = main(sys.argv[2:])
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    print("LOADED:" + ",".join(loaded), file=sys.stderr)
    sys.exit(code)
""")


def run_without(blocked: tuple[str, ...], *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUNNER, ",".join(blocked), *argv],
                          capture_output=True, text=True, timeout=120)


def test_the_blocking_hook_really_blocks():
    done = run_without(HTTP_STACK, "tally", "serve", "--db", "sqlite:///nowhere.db",
                       "--key", "x.key")
    assert "fastapi" in done.stderr or "uvicorn" in done.stderr, done.stderr


def test_tally_help_without_the_http_stack():
    for argv in (["tally", "count", "--help"], ["tally", "--help"], ["tally", "serve", "--help"],
                 ["tally", "status", "--help"]):
        done = run_without(HTTP_STACK + QT, *argv)
        assert done.returncode == 0, (argv, done.stderr)
        assert "usage: kiosk tally" in done.stdout, argv
        assert "internal error" not in done.stderr
        assert "LOADED:\n" in done.stderr  # none of the blocked packages was imported


def test_tally_status_without_the_http_stack_or_qt(tmp_path):
    done = run_without(HTTP_STACK + QT, "tally", "status", "--db",
                       f"sqlite:///{tmp_path / 'missing.db'}")
    assert "internal error" not in done.stderr
    assert "LOADED:\n" in done.stderr


def test_tally_serve_without_the_http_stack_names_the_missing_package(tmp_path):
    done = run_without(HTTP_STACK, "tally", "serve", "--db", f"sqlite:///{tmp_path / 't.db'}",
                       "--key", str(tmp_path / "receipt.key"))
    assert done.returncode == 2, done.stderr
    first = done.stderr.splitlines()[0]
    assert first.startswith("kiosk: `kiosk tally serve` needs the optional package "), first
    assert any(name in first for name in HTTP_STACK)
    assert "Traceback" not in done.stderr
