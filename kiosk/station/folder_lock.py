"""One program at a time per station folder.

Two processes on one ballot box (say `kiosk run` and a forgotten `kiosk simulate`) would each
keep their own idea of the chain head; the second cast would be refused by the database, and
staff would see a fault they cannot explain. An advisory lock on `station.lock`, taken when the
station service opens and released when it closes (or when the process dies, so a power cut or
a kill never leaves it stuck), turns that into one clear sentence up front.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kiosk.domain.errors import KioskError

LOCK_NAME = "station.lock"


class StationInUse(KioskError):
    pass


class StationReadOnly(KioskError):
    """The station folder cannot be written (a read-only mount, a write-protected stick, no
    permission): commands that must write say so in one sentence."""


READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)
PROBE_NAME = ".write-check"


def read_only(root: Path, error: OSError) -> StationReadOnly:
    why = "a read-only disk" if error.errno == errno.EROFS else "no permission to write"
    return StationReadOnly("station.read_only", f"the station folder {root} is read-only "
                           f"({why}): this command must write to it; make the folder writable "
                           "(or copy it to a writable place) and try again")


def check_writable(root: Path, files: tuple[Path, ...] = ()) -> None:
    """StationReadOnly unless a file can be made in `root` and each of `files` opened for
    writing (SQLite must also create its journal files beside the ballot box)."""
    probe = Path(root) / PROBE_NAME
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        os.unlink(probe)
        for path in files:
            if path.exists():
                os.close(os.open(path, os.O_RDWR))
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS:
            raise read_only(Path(root), error) from None
        raise


class FolderLock:
    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            if error.errno in READ_ONLY_ERRORS:
                raise read_only(self.path.parent, error) from None
            raise
        try:
            _lock(fd)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (process {holder})" if holder.isdigit() else ""
            raise StationInUse("station.in_use", f"{self.path.parent}: another kiosk program is "
                               f"using this station folder{who}; close it first") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
