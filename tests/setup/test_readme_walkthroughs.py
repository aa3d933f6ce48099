"""The README's walkthroughs, run as written: every command a new user would type succeeds.

The shell blocks under "## Walkthrough" are read from README.md when the test runs (so the
README's final text is what is tested) and run with bash (`set -e`) in a temp folder, each
"###" section as one script; a section that says "Continuing" goes on in the previous one's
script. Only locations change, so that runs never collide: `/tmp/` and `/var/lib/rostkiosk`
point into the test's temp folder and the sync server's port 8700 becomes a free one. Two things
a person would type in are given as environment variables: TALLY_PASS, OUTER_PASS and STAFF_PIN.
`kiosk run` (the touchscreen, offscreen here) runs until someone stops it, so here it must start
and still be running after a few seconds, when it is stopped. Nothing may be left running after
a walkthrough (the sync one stops its server itself).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("fastapi")

REPO = Path(__file__).resolve().parents[2]
RUN_SECONDS = 3

# `kiosk` as the scripts find it on PATH: the real command (exec'd, so `kill %N` of a background
# job reaches it), except that `kiosk run` must still be running after RUN_SECONDS.
WRAPPER = f"""#!/usr/bin/env bash
if [ "$1" = run ]; then
  status=0
  timeout {RUN_SECONDS} "{Path(sys.executable).parent / 'kiosk'}" "$@" || status=$?
  if [ "$status" -ne 124 ]; then
    echo "walkthrough: kiosk run stopped by itself with status $status" >&2
    exit 1
  fi
  exit 0
fi
exec "{Path(sys.executable).parent / 'kiosk'}" "$@"
"""


def walkthrough_scripts(readme: str) -> dict[str, str]:
    """{first section title: script} for the shell blocks of the Walkthrough chapter."""
    chapter = readme.split("\n## Walkthrough", 1)[1].split("\n## ", 1)[0]
    scripts: dict[str, str] = {}
    title = ""
    for number, section in enumerate(re.split(r"\n### ", chapter)):
        heading, _, body = section.partition("\n")
        blocks = re.findall(r"```sh\n(.*?)```", body, flags=re.S)
        if number == 0 or "Continuing" not in body or not title:
            title = heading.strip(": ")
            scripts[title] = ""
        scripts[title] += "".join(blocks)
    return {name: text for name, text in scripts.items() if text}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def relocated(script: str, root: Path, port: int) -> str:
    script = script.replace("/var/lib/rostkiosk", f"{root}/var/lib/rostkiosk")
    script = re.sub(r"(?<![\w.])/tmp/", f"{root}/tmp/", script)
    return re.sub(r"\b8700\b", str(port), script)


def group_members(group: int) -> list[str]:
    """The command lines of the processes in a process group."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and os.getpgid(int(proc.name)) == group:
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except (OSError, ProcessLookupError):
            continue
    return found


def stop_process_group(group: int, grace: float = 10.0) -> list[str]:
    """What of the script's process group is still running after `grace` seconds (a server
    stopped by the script may take a moment to shut down); then it is killed."""
    deadline = time.monotonic() + grace
    while (left := group_members(group)) and time.monotonic() < deadline:
        time.sleep(0.2)
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return left


SCRIPTS = walkthrough_scripts((REPO / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_the_walkthroughs():
    assert len(SCRIPTS) >= 3, list(SCRIPTS)
    assert any("real election" in name for name in SCRIPTS)
    assert any("Sync" in name for name in SCRIPTS)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCRIPTS))
def test_walkthrough_runs_as_written(name, tmp_path):
    root = tmp_path
    for folder in ("tmp", "var/lib", "work"):
        (root / folder).mkdir(parents=True)
    bin_dir = root / "bin"
    bin_dir.mkdir()
    (bin_dir / "kiosk").write_text(WRAPPER, encoding="utf-8")
    (bin_dir / "kiosk").chmod(0o755)
    script = "set -e\n" + relocated(SCRIPTS[name], root, free_port())
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "QT_QPA_PLATFORM": "offscreen", "TALLY_PASS": "walkthrough passphrase",
           "OUTER_PASS": "other officers' passphrase",
           "STAFF_PIN": "975310"}
    env.pop("KIOSK_DEBUG", None)
    shell = subprocess.Popen(["bash", "-c", script], cwd=root / "work", env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        stdout, stderr = shell.communicate(timeout=300)
    finally:
        left = stop_process_group(shell.pid)
    assert shell.returncode == 0, f"{name}:\n{stdout[-3000:]}\n{stderr[-3000:]}"
    assert "internal error" not in stderr
    assert not left, f"the walkthrough left processes running: {left}"
    if "Sync" in name:
        logs = sorted((root / "tmp" / "sync-world").glob("station*.log"))
        assert len(logs) == 3
        for log in logs:
            last = log.read_text(encoding="utf-8").strip().splitlines()[-1]
            assert last.startswith("sync: 40 ballots acknowledged by the tally, 0 waiting"), last
