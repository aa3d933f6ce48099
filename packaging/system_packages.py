"""Which of the system packages in packaging/system-packages.txt are missing, and how to get them.

Runs with the system's python3 alone (no venv yet), before anything else is set up:

    python3 packaging/system_packages.py check [--for run|test|run,test]
        nothing and exit 0 when all are there; otherwise one message naming the missing
        packages and the one command that installs them, and exit 1
    python3 packaging/system_packages.py names [--for ...] [--missing]
        the package names, on one line (for apt-get install)

The check looks at the files themselves (a library in the system's library folders, a file, a
module python3 can import), so it also works where a package has another name (Ubuntu's t64
libraries) or where the files came from elsewhere. On a system other than Linux it checks nothing.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

LIST = Path(__file__).resolve().with_name("system-packages.txt")
LIB_FOLDERS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib",
               "/lib/*-linux-gnu*", "/usr/lib/*-linux-gnu*")


class ListError(Exception):
    """The list file itself is wrong (a line without three fields, an unknown check)."""


@dataclass(frozen=True)
class Requirement:
    package: str
    check: str
    needed_for: str

    def present(self) -> bool:
        kind, _, what = self.check.partition(":")
        if kind == "lib":
            return any(glob.glob(os.path.join(folder, what)) for folder in LIB_FOLDERS)
        if kind == "file":
            return bool(glob.glob(what))
        if kind == "python":
            return importlib.util.find_spec(what) is not None
        raise ListError(f"{self.package}: unknown check {self.check!r} (lib:, file: or python:)")


def read_list(path: Path = LIST) -> list[Requirement]:
    requirements = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) != 3 or fields[2] not in ("run", "test"):
            raise ListError(f"{path.name} line {number}: expected PACKAGE CHECK run|test, "
                            f"got {line.strip()!r}")
        requirements.append(Requirement(*fields))
    return requirements


def select(requirements: list[Requirement], needed_for: str) -> list[Requirement]:
    wanted = set(needed_for.split(","))
    return [r for r in requirements if r.needed_for in wanted]


def missing(requirements: list[Requirement]) -> list[str]:
    return [r.package for r in requirements if not r.present()]


def install_command(packages: list[str]) -> str:
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install -y {' '.join(packages)}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="system_packages.py", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("check", "names"))
    parser.add_argument("--for", dest="needed_for", default="run",
                        help="run, test or run,test (default run)")
    parser.add_argument("--missing", action="store_true", help="names: only the missing ones")
    parser.add_argument("--list", type=Path, default=LIST, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        requirements = select(read_list(args.list), args.needed_for)
        if args.action == "names":
            names = missing(requirements) if args.missing else [r.package for r in requirements]
            print(" ".join(names))
            return 0
        if not sys.platform.startswith("linux"):
            return 0
        absent = missing(requirements)
    except (OSError, ListError) as error:
        print(f"system packages: {error}", file=sys.stderr)
        return 2
    if not absent:
        return 0
    print(f"Röstkiosk needs {len(absent)} system package{'s' if len(absent) > 1 else ''} that "
          f"{'are' if len(absent) > 1 else 'is'} missing: {' '.join(absent)}. Install "
          f"{'them' if len(absent) > 1 else 'it'} with: {install_command(absent)}",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
