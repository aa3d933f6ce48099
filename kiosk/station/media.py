"""Removable media (USB sticks) a staff member can export to, found without Qt.

Linux: the mount points under `/media/<user>/…`, `/run/media/<user>/…` and `/media/…` listed in
`/proc/mounts` (udisks, the kiosk's automount rule and most desktops mount sticks there), each
with its free space and whether it is mounted read-only. Windows drive letters are found by the
UI with Qt's storage info (`kiosk.ui.staff.media_qt`); this module stays free of Qt.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

MOUNT_ROOTS = ("/media", "/run/media")
# Pseudo and system file systems that are never a stick, even if mounted under /media.
NOT_MEDIA = {"proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "overlay",
             "squashfs", "autofs", "fuse.gvfsd-fuse", "securityfs", "debugfs", "tracefs"}
_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Medium:
    path: Path
    label: str           # the mount point's last part: usually the stick's volume label
    free_bytes: int
    total_bytes: int
    read_only: bool
    device: str = ""

    @property
    def free_mb(self) -> int:
        return self.free_bytes // (1024 * 1024)


def unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes space, tab, newline and backslash as octal escapes (\040 …)."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def _under_media_root(mount_point: str, roots: tuple[str, ...]) -> bool:
    for root in roots:
        root = root.rstrip("/")
        if mount_point.startswith(root + "/") and mount_point != root:
            return True
    return False


def parse_mounts(text: str, roots: tuple[str, ...] = MOUNT_ROOTS) -> list[tuple[str, str, bool]]:
    """(device, mount point, read-only) for each removable-looking mount in /proc/mounts text."""
    found = []
    seen = set()
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        device, mount_point, fs_type, options = fields[:4]
        mount_point = unescape_mount_field(mount_point)
        if fs_type in NOT_MEDIA or not _under_media_root(mount_point, roots):
            continue
        if mount_point in seen:  # mounted twice: the later line wins in the kernel; keep one
            continue
        seen.add(mount_point)
        read_only = "ro" in options.split(",")
        found.append((unescape_mount_field(device), mount_point, read_only))
    return found


def removable_media(mounts_file: Path = Path("/proc/mounts"),
                    roots: tuple[str, ...] = MOUNT_ROOTS) -> list[Medium]:
    """Mounted removable media with their free space; [] when none (or no /proc/mounts)."""
    try:
        text = Path(mounts_file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    media = []
    for device, mount_point, read_only in parse_mounts(text, roots):
        medium = describe(Path(mount_point), device=device, read_only=read_only)
        if medium is not None:
            media.append(medium)
    return sorted(media, key=lambda m: str(m.path))


def describe(path: Path, device: str = "", read_only: bool | None = None) -> Medium | None:
    """A Medium for any folder (also one chosen by hand); None if it is not there."""
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    if read_only is None:
        read_only = not os.access(path, os.W_OK)
    return Medium(Path(path), Path(path).name or str(path), usage.free, usage.total, read_only,
                  device)
