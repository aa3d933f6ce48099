"""Removable media for the staff screens: Linux mount points (kiosk.station.media) and, on
Windows, removable drive letters from Qt's QStorageInfo."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from kiosk.station.media import Medium, describe, removable_media


def windows_drives() -> list[Medium]:
    """Ready, mounted drives other than the system drive (USB sticks show up as D:, E: …)."""
    system = Path(sys.executable).anchor.upper()
    media = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or Path(root).anchor.upper() == system:
            continue
        media.append(Medium(Path(root), volume.displayName() or root,
                            int(volume.bytesAvailable()), int(volume.bytesTotal()),
                            bool(volume.isReadOnly()), bytes(volume.device()).decode(
                                errors="replace")))
    return media


def find_media(extra_folders: list[Path] | tuple[Path, ...] = ()) -> list[Medium]:
    """Sticks first (Windows drive letters or Linux /media, /run/media), then extra folders."""
    media = windows_drives() if sys.platform == "win32" else removable_media()
    for folder in extra_folders:
        medium = describe(Path(folder))
        if medium is not None and all(m.path != medium.path for m in media):
            media.append(medium)
    return media
