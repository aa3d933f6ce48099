"""`kiosk run` on a read-only station folder: staff read why on the screen (in Swedish by
default), then the command exits with the same sentence on the command line."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from kiosk.station import folder_lock
from kiosk.station.folder_lock import StationReadOnly, read_only
from kiosk.ui.staff.start_problem import start_problem_box


def test_the_message_is_in_the_staff_language_with_the_path_as_detail(tmp_path):
    error = read_only(tmp_path, OSError(errno.EROFS, "Read-only file system"))
    sv = start_problem_box(error)
    assert sv.windowTitle() == "Stationen kan inte starta"
    assert sv.text().startswith("Stationens mapp är skrivskyddad")
    assert str(tmp_path) in sv.detailedText()
    en = start_problem_box(error, language="en")
    assert en.text() == ("The station folder is read-only, so this station cannot record "
                         "votes. Nothing was changed. Ask the election office to make the "
                         "folder writable.")


def test_kiosk_run_shows_it_before_exiting(staff_world, monkeypatch):
    from kiosk.ui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    real_open, root = os.open, os.path.realpath(staff_world["station"])

    def refusing(path, flags, *args, **kwargs):
        if os.path.realpath(os.fspath(path)).startswith(root + os.sep) and \
                flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(folder_lock.os, "open", refusing)
    with pytest.raises(StationReadOnly):
        app.run(staff_world["station"], windowed=True)
    assert shown and shown[0].startswith("Stationens mapp är skrivskyddad")
