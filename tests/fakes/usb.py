"""A USB stick as the staff panel finds it: a folder, mounted, read-only or pulled out.

`FakeUsbDrive(tmp_path)` makes a folder that `find_media()` reports as one removable medium
(the same `describe` the real search uses), and writes a /proc/mounts-style line for it so
`kiosk.station.media.removable_media(drive.mounts_file, roots=drive.roots)` finds it too.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from kiosk.station.media import Medium, describe


class FakeUsbDrive:
    def __init__(self, base: Path, label: str = "USB-STICK", device: str = "/dev/sdb1") -> None:
        self.media_root = Path(base) / "media"
        self.path = self.media_root / "kiosk" / label
        self.path.mkdir(parents=True)
        self.device = device
        self.read_only = False
        self.mounts_file = Path(base) / "mounts"
        self._write_mounts()

    @property
    def roots(self) -> tuple[str, ...]:
        return (str(self.media_root),)

    @property
    def plugged_in(self) -> bool:
        return self.path.is_dir()

    def medium(self) -> Medium | None:
        if not self.plugged_in:
            return None
        return describe(self.path, device=self.device, read_only=self.read_only)

    def find_media(self) -> list[Medium]:
        """Drop-in for the staff panel's `find_media` setting."""
        medium = self.medium()
        return [medium] if medium is not None else []

    def files(self, pattern: str = "*") -> list[Path]:
        return sorted(self.path.glob(pattern)) if self.plugged_in else []

    def make_read_only(self) -> None:
        """Mounted read-only (a locked stick): reported so. The folder loses its write bits, but
        root may still write there: code must go by the reported flag, as with a real mount."""
        self.read_only = True
        self.path.chmod(stat.S_IRUSR | stat.S_IXUSR)
        self._write_mounts()

    def pull_out(self) -> None:
        """The stick is removed: the folder and its mount line are gone."""
        if self.read_only:
            self.path.chmod(stat.S_IRWXU)
        shutil.rmtree(self.path)
        self._write_mounts()

    def _write_mounts(self) -> None:
        lines = ["proc /proc proc rw 0 0", "tmpfs /run tmpfs rw 0 0"]
        if self.plugged_in:
            options = "ro,nosuid" if self.read_only else "rw,nosuid"
            mount_point = str(self.path).replace(" ", "\\040")
            lines.append(f"{self.device} {mount_point} vfat {options} 0 0")
        self.mounts_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
