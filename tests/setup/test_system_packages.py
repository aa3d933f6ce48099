"""The one list of system packages: complete for Qt's libraries, and `make demo` stops first."""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "system_packages.py"
sys.path.insert(0, str(SCRIPT.parent))
import system_packages  # noqa: E402

# Libraries any Debian/Ubuntu that runs Python has (the list leaves them out on purpose).
BASE = {"linux-vdso.so.1", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0",
        "librt.so.1", "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1", "libzstd.so.1",
        "liblzma.so.5", "liblz4.so.1", "libexpat.so.1", "libsystemd.so.0", "libcap.so.2",
        "libgcrypt.so.20", "libgpg-error.so.0", "libpcre2-8.so.0", "libbsd.so.0", "libmd.so.0",
        "libbrotlidec.so.1", "libbrotlicommon.so.1", "libXau.so.6", "libXdmcp.so.6",
        "libGLdispatch.so.0", "libGLX.so.0", "libgthread-2.0.so.0", "libffi.so.8"}


def qt_links() -> set[str]:
    """Shared libraries outside PySide6 that Qt's xcb plugin and GUI libraries link."""
    qt = Path(pytest.importorskip("PySide6").__file__).parent / "Qt"
    files = [qt / "plugins/platforms/libqxcb.so", qt / "plugins/platforms/libqoffscreen.so",
             *map(Path, glob.glob(str(qt / "lib/libQt6*.so.6")))]
    files = [f for f in files if f.name.split(".")[0] in {
        "libqxcb", "libqoffscreen", "libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6XcbQpa",
        "libQt6DBus"}]
    names = set()
    for file in files:
        out = subprocess.run(["ldd", str(file)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            name = line.split()[0] if line.strip() else ""
            if name and "/" not in name and "PySide6" not in line and "libQt6" not in name \
                    and "libpyside" not in name and "libshiboken" not in name:
                names.add(name)
    return names


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (Linux)")
def test_the_list_names_every_library_qt_links():
    listed = {r.check.partition(":")[2] for r in system_packages.read_list()
              if r.check.startswith("lib:")}
    unlisted = qt_links() - listed - BASE
    assert not unlisted, f"add the packages of {sorted(unlisted)} to system-packages.txt"


def test_each_line_is_well_formed_and_names_one_package():
    requirements = system_packages.read_list()
    packages = [r.package for r in requirements]
    assert len(packages) == len(set(packages))
    for needed in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "python3-venv"):
        assert needed in packages
    assert {r.needed_for for r in requirements} == {"run", "test"}


def write_list(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "packages.txt"
    path.write_text("# test list\nlibc6  lib:libc.so.6  run\n" + extra, encoding="utf-8")
    return path


def run_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux")
def test_check_names_exactly_the_missing_packages_and_the_command(tmp_path):
    path = write_list(tmp_path, "libnope1  lib:libnope-rostkiosk.so.1  run\n"
                                "nope-tools  file:/nonexistent/rostkiosk-tool  run\n"
                                "nope-test  file:/nonexistent/rostkiosk-test  test\n")
    done = run_check("check", "--list", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "missing: libnope1 nope-tools." in lines[0]
    assert lines[0].endswith("apt-get install -y libnope1 nope-tools")
    assert "libc6" not in lines[0] and "nope-test" not in lines[0]
    names = run_check("names", "--missing", "--for", "run,test", "--list", str(path))
    assert names.stdout.split() == ["libnope1", "nope-tools", "nope-test"]


def test_check_is_silent_when_everything_is_there(tmp_path):
    done = run_check("check", "--list", str(write_list(tmp_path, "")))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_broken_list_gets_one_sentence(tmp_path):
    done = run_check("check", "--list", str(write_list(tmp_path, "only-two fields\n")))
    assert done.returncode == 2
    assert done.stderr.startswith("system packages: packages.txt line 3: expected PACKAGE")
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(shutil.which("make") is None or not sys.platform.startswith("linux"),
                    reason="needs make on Linux")
def test_make_demo_stops_before_anything_else(tmp_path):
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["make", "-C", str(REPO), "demo", f"VENV={venv}", f"DEMO={tmp_path / 'world'}",
         f"SYSTEM_PACKAGES={write_list(tmp_path, 'libnope1  lib:libnope-rostkiosk.so.1  run')}"],
        capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "missing: libnope1. Install it with: " in done.stderr
    assert not venv.exists() and not (tmp_path / "world").exists()
