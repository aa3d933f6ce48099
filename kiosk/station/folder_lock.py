"""One program at a time per station folder.

Two processes on one ballot box (say `kiosk run` and a forgotten `kiosk simulate`) would each
keep their own idea of the chain head; the second cast would be refused by the database, and
staff would see a fault they cannot explain. An advisory lock on `station.lock`, taken when the
station service opens and released when it closes (or when the process dies, so a power cut or
a kill never leaves it stuck), turns that into one clear sentence up front.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.domain.errors import KioskError

LOCK_NAME = "station.lock"


class StationInUse(KioskError):
    pass


class FolderLock:
    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
