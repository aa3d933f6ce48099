"""A station folder that cannot be written: `box verify`, `export` and `station status` still
work (they only read; an export is written to the stick, not recorded); every command that
must write says so in one sentence and exits 2, with nothing half-written and no traceback.

Three ways to make the folder read-only: a folder that refuses writes through os.open with
EROFS/EACCES (always; this runs as root too, where chmod is not enforced), chmod (skipped as
root) and a real read-only bind mount in a private mount namespace (skipped where `unshare`
may not mount)."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.station import StationService, folder_lock
from tests.tally_worlds import cast

SENTENCE = "is read-only"


def audit_count(station: str) -> int:
    with StationService.open(station) as service:
        return len(service.audit_entries(100_000))


def refusing_writes(monkeypatch, folder: str, code: int = errno.EROFS) -> None:
    """os.open refuses to create or write anything in `folder` (like a read-only mount)."""
    real_open = os.open
    root = os.path.realpath(folder)

    def guarded(path, flags, *args, **kwargs):
        inside = os.path.realpath(os.fspath(path)).startswith(root + os.sep)
        if inside and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(folder_lock.os, "open", guarded)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_commands(capsys, station: str, usb: Path, env_pin: str) -> None:
    for argv in (["polls", "open", "--data", station],
                 ["station", "pin", "--data", station, "--pin-env", env_pin],
                 ["station", "mode", "test", "--data", station],
                 ["sync", "--data", station, "--once", "--server", "http://127.0.0.1:9"]):
        code, out, err = run(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert err.count("\n") == 1 and SENTENCE in err and "Traceback" not in err, err
        assert f"the station folder {station} is read-only" in err
    code, out, err = run(capsys, "box", "verify", "--data", station)
    assert code == 0 and out.startswith("OK: 3 ballots"), (out, err)
    code, out, err = run(capsys, "station", "status", "--data", station, "--json")
    assert code == 0 and '"ballots": 3' in out
    code, out, err = run(capsys, "export", "--data", station, "--out", str(usb))
    assert code == 0 and "not recorded there" in err
    [written] = usb.iterdir()
    assert written.name.endswith("0000001-0000003.export") and out.strip() == str(written)


@pytest.fixture
def station(example_world) -> str:
    cast(example_world, 0, 3)
    return example_world["station"]


def test_a_folder_that_refuses_writes(station, tmp_path, capsys, monkeypatch):
    before = audit_count(station)
    monkeypatch.setenv("RK_TEST_PIN", "583920")
    refusing_writes(monkeypatch, station)
    check_commands(capsys, station, tmp_path / "usb", "RK_TEST_PIN")
    monkeypatch.undo()
    assert audit_count(station) == before  # nothing was recorded, not even the export
    (tmp_path / "usb2").mkdir()
    with StationService.open(station) as service:  # the export was not recorded: it repeats
        assert len(service.export_batches(tmp_path / "usb2")) == 1
        assert service.status().mode == "official"


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM])
def test_no_permission_reads_the_same(station, tmp_path, capsys, monkeypatch, code):
    refusing_writes(monkeypatch, station, code)
    code_, _out, err = run(capsys, "polls", "open", "--data", station)
    assert code_ == 2 and "(no permission to write)" in err


def test_init_in_a_read_only_folder_leaves_nothing(example_world, tmp_path, capsys,
                                                   monkeypatch):
    target = tmp_path / "new-station"
    target.mkdir()
    refusing_writes(monkeypatch, str(target))
    code, _out, err = run(capsys, "station", "init", "--data", str(target), "--package",
                          example_world["package"], "--authority",
                          example_world["authority_fingerprint"])
    assert code == 2 and SENTENCE in err
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores chmod; the other tests cover this")
def test_a_chmod_read_only_folder(station, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RK_TEST_PIN", "583920")
    paths = [Path(station), *Path(station).iterdir()]
    modes = {p: p.stat().st_mode for p in paths}
    try:
        for p in paths:
            p.chmod(modes[p] & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        check_commands(capsys, station, tmp_path / "usb", "RK_TEST_PIN")
    finally:
        for p in paths:
            p.chmod(modes[p])


def _can_bind_read_only() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                                "mount -t tmpfs none /mnt && mount -o remount,ro /mnt"],
                               capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


@pytest.mark.skipif(os.name != "posix" or not _can_bind_read_only(),
                    reason="needs `unshare -m` with mount rights")
def test_a_real_read_only_mount(station, tmp_path):
    mount, usb = tmp_path / "mnt", tmp_path / "usb"
    mount.mkdir()
    kiosk = f"{sys.executable} -m kiosk"
    script = (f"mount --bind {station} {mount} && mount -o remount,bind,ro {mount} && "
              f"{kiosk} box verify --data {mount}; echo rc=$?; "
              f"{kiosk} export --data {mount} --out {usb}; echo rc=$?; "
              f"{kiosk} polls open --data {mount}; echo rc=$?")
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    out, err = done.stdout, done.stderr
    assert "OK: 3 ballots" in out and out.count("rc=0") == 2 and "rc=2" in out, (out, err)
    assert f"the station folder {mount} is read-only (a read-only disk)" in err
    assert "not recorded there" in err and "Traceback" not in err
    assert len(list(usb.iterdir())) == 1
